/** Most probable explanation: max-product collect, then a trace-back from the root. */
import { propagate } from "./inference.js";
import type { JunctionTree } from "./junction-tree.js";
import { createWorkspace, type Workspace } from "./propagation.js";
import { type Query, resolveQuery } from "./query.js";

/** The single most probable joint state of every variable given the evidence. */
export interface Explanation {
  /** VAR → state, every variable (evidence variables at their observed state). */
  assignment: Record<string, string>;
  /** Natural log of P(assignment, evidence). */
  logJoint: number;
  /** P(assignment | evidence) = P(assignment, evidence) / P(evidence). */
  posterior: number;
}

/**
 * The MPE (ties broken towards the lower state index).
 * @example mostProbableExplanation(jt, { evidence: { dysp: "yes" } }).assignment
 */
export function mostProbableExplanation(
  jt: JunctionTree,
  q: Query = {},
  ws: Workspace = createWorkspace(jt),
): Explanation {
  const rq = resolveQuery(jt, q);
  const logPe = propagate(jt, rq, ws, true);
  const logJoint = propagate(jt, rq, ws, false);
  const state = new Int32Array(jt.cards.length).fill(-1);
  const order = jt.collectOrder;
  for (let k = order.length - 1; k >= 0; k--) decodeClique(jt, ws.t, order[k] as number, state);
  const assignment: Record<string, string> = {};
  jt.network.variables.forEach((v, i) => {
    assignment[v.name] = v.states[state[i] as number] as string;
  });
  return { assignment, logJoint, posterior: Math.exp(logJoint - logPe) };
}

/** Fixes the clique's separator variables (already decoded), takes the argmax of the rest. */
function decodeClique(jt: JunctionTree, t: Float64Array, c: number, state: Int32Array): void {
  const vars = jt.cliqueVars[c] as Int32Array;
  const strides = jt.cliqueStrides[c] as Int32Array;
  const cards = jt.cliqueCards[c] as Int32Array;
  const lead = jt.sepLen[c] as number;
  let start = 0;
  for (let k = 0; k < lead; k++) start += (state[vars[k] as number] as number) * (strides[k] as number);
  const block = (jt.cliqueSize[c] as number) / (jt.sepSize[c] as number);
  const off = (jt.cliqueOffset[c] as number) + start;
  let best = 0;
  for (let j = 1; j < block; j++) if ((t[off + j] as number) > (t[off + best] as number)) best = j;
  const idx = start + best;
  for (let k = lead; k < vars.length; k++)
    state[vars[k] as number] = Math.floor(idx / (strides[k] as number)) % (cards[k] as number);
}
