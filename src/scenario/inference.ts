/** Queries on a compiled junction tree: posterior marginals, P(evidence), evidence, interventions. */
import { type JunctionTree, multiplyFamily } from "./junction-tree.js";
import { collect, createWorkspace, distribute, markTouched, type Workspace } from "./propagation.js";
import { type Query, type ResolvedQuery, resolveQuery } from "./query.js";
import { ScenarioError } from "./scenario-error.js";
import { marginalOnto, multiplyLikelihood } from "./table-ops.js";

/** The answer to a query. */
export interface Posterior {
  /** P(evidence) (under the interventions, if any); 0 when it underflows — see logPEvidence. */
  pEvidence: number;
  /** Natural log of P(evidence); finite even when P(evidence) is below 1e-308. */
  logPEvidence: number;
  /** Posterior marginal of every variable, in declaration order of variables and states. */
  marginals: Float64Array[];
}

/**
 * Loads the clique tables for a query (prior potentials × likelihoods, interventions applied) and
 * propagates; returns log P(evidence). Throws "evidence has probability 0" when it is impossible.
 */
export function propagate(jt: JunctionTree, rq: ResolvedQuery, ws: Workspace, sumProduct = true): number {
  loadTables(jt, rq, ws);
  const logZ = collect(jt, ws, sumProduct);
  if (logZ === Number.NEGATIVE_INFINITY)
    throw new ScenarioError({ code: "zero_probability_evidence", message: "evidence has probability 0" });
  if (sumProduct) distribute(jt, ws);
  return logZ;
}

/** Prior tables × likelihoods, interventions applied; marks the cliques evidence touches. */
function loadTables(jt: JunctionTree, rq: ResolvedQuery, ws: Workspace): void {
  if (ws.t !== jt.base) ws.t.set(jt.base);
  for (const { v } of rq.interventions) cutParents(jt, ws.t, v);
  for (const { v, lambda } of rq.likelihoods) {
    const c = jt.home[v] as number;
    const k = jt.homePos[v] as number;
    multiplyLikelihood(
      ws.t,
      jt.cliqueOffset[c] as number,
      jt.cliqueSize[c] as number,
      (jt.cliqueStrides[c] as Int32Array)[k] as number,
      (jt.cliqueCards[c] as Int32Array)[k] as number,
      lambda,
    );
  }
  markTouched(jt, ws, [
    ...rq.likelihoods.map(({ v }) => jt.home[v] as number),
    ...rq.interventions.map(({ v }) => jt.familyClique[v] as number),
  ]);
}

/** Rebuilds the family clique of v without v's CPT (graph surgery for do(v = ·)). */
function cutParents(jt: JunctionTree, t: Float64Array, v: number): void {
  const c = jt.familyClique[v] as number;
  const off = jt.cliqueOffset[c] as number;
  t.fill(1, off, off + (jt.cliqueSize[c] as number));
  for (let u = 0; u < jt.familyClique.length; u++)
    if (u !== v && jt.familyClique[u] === c)
      multiplyFamily(jt, t, u, jt.network.variables[u]?.cpt as Float64Array);
}

/** The marginal of variable v from the propagated tables in ws, normalised. */
export function marginalOf(
  jt: JunctionTree,
  ws: Workspace,
  v: number,
  out = new Float64Array(jt.cards[v] as number),
) {
  const c = jt.home[v] as number;
  const k = jt.homePos[v] as number;
  marginalOnto(
    ws.t,
    jt.cliqueOffset[c] as number,
    jt.cliqueSize[c] as number,
    (jt.cliqueStrides[c] as Int32Array)[k] as number,
    (jt.cliqueCards[c] as Int32Array)[k] as number,
    out,
  );
  let s = 0;
  for (const x of out) s += x;
  if (s > 0) for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) / s;
  return out;
}

/**
 * All posterior marginals and P(evidence) for a query.
 * @example infer(jt, { evidence: { xray: "yes" }, soft: { dysp: [0.9, 0.1] } }).marginals[0]
 */
export function infer(jt: JunctionTree, q: Query = {}, ws: Workspace = createWorkspace(jt)): Posterior {
  const logZ = propagate(jt, resolveQuery(jt, q), ws);
  const marginals = jt.network.variables.map((_, v) => marginalOf(jt, ws, v));
  return { pEvidence: Math.exp(logZ), logPEvidence: logZ, marginals };
}

/** P(evidence) alone (no distribute pass); 0 for impossible evidence instead of an error. */
export function probabilityOfEvidence(
  jt: JunctionTree,
  q: Query,
  ws: Workspace = createWorkspace(jt),
): number {
  return Math.exp(logProbabilityOfEvidence(jt, q, ws));
}

/** Natural log of P(evidence); -Infinity for impossible evidence. */
export function logProbabilityOfEvidence(
  jt: JunctionTree,
  q: Query,
  ws: Workspace = createWorkspace(jt),
): number {
  loadTables(jt, resolveQuery(jt, q), ws);
  return collect(jt, ws);
}
