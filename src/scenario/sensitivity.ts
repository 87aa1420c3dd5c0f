/**
 * Sensitivity of a target posterior P(T = t | e): to every CPT parameter (swept over [0, 1] with
 * the rest of its row rescaled proportionally: P(t | e) is then a ratio of two linear functions of
 * the parameter) and to every candidate evidence variable (P(t | e, V = v) for each state v).
 */
import { marginalOf, propagate } from "./inference.js";
import type { JunctionTree } from "./junction-tree.js";
import { rowStates } from "./model.js";
import { createWorkspace, type Workspace } from "./propagation.js";
import { type Query, resolveQuery, stateOf, variableOf } from "./query.js";
import { marginaliseWalk, planWalk } from "./strided-walk.js";
import { stridesOf } from "./table-ops.js";

/** One CPT parameter's effect on the target. */
export interface ParameterSensitivity {
  variable: string;
  /** Parent states of the row, in the variable's parent order. */
  parents: Record<string, string>;
  state: string;
  value: number;
  /** d P(t | e) / d θ at the current value (proportional co-variation of the row). */
  derivative: number;
  /** P(t | e) when θ is swept to `from` and to `to` (monotone in between). */
  low: number;
  high: number;
  from: number;
  to: number;
  /** The assumption written next to this row in the model, if any. */
  note?: string;
}

/** How the target would move if a variable were observed in each of its states. */
export interface EvidenceSensitivity {
  variable: string;
  /** P(V = v | e) and P(t | e, V = v) per state v. */
  states: { state: string; probability: number; target: number }[];
  low: number;
  high: number;
}

export interface SensitivityReport {
  target: { variable: string; state: string; probability: number };
  parameters: ParameterSensitivity[];
  evidence: EvidenceSensitivity[];
}

export interface SensitivityOptions {
  /** Sweep each parameter by ±delta around its value instead of over [0, 1]. */
  delta?: number;
}

/**
 * Tornado data for P(target = state | evidence), largest swing first.
 * @example sensitivity(jt, { variable: "risk", state: "high" }).parameters[0]
 */
export function sensitivity(
  jt: JunctionTree,
  target: { variable: string; state: string },
  q: Query = {},
  options: SensitivityOptions = {},
  ws: Workspace = createWorkspace(jt),
): SensitivityReport {
  const tv = variableOf(jt, target.variable);
  const ts = stateOf(jt, tv, target.state);
  const base = resolveQuery(jt, q);
  propagate(jt, base, ws);
  const famE = familyMarginals(jt, ws);
  const margE = jt.network.variables.map((_, v) => marginalOf(jt, ws, v));
  const pt = (margE[tv] as Float64Array)[ts] as number;
  const parameters: ParameterSensitivity[] = [];
  const evidence: EvidenceSensitivity[] = [];
  if (pt > 0 && pt < 1) {
    const lambda = new Float64Array(jt.cards[tv] as number);
    lambda[ts] = 1;
    propagate(jt, { ...base, likelihoods: [...base.likelihoods, { v: tv, lambda }] }, ws);
    const famT = familyMarginals(jt, ws);
    const margT = jt.network.variables.map((_, v) => marginalOf(jt, ws, v));
    jt.network.variables.forEach((_, v) => {
      parameters.push(
        ...parameterSweeps(jt, v, famE[v] as Float64Array, famT[v] as Float64Array, pt, options),
      );
    });
    const observed = new Set(base.likelihoods.map((l) => l.v));
    jt.network.variables.forEach((variable, v) => {
      if (v === tv || observed.has(v)) return;
      const pv = margE[v] as Float64Array;
      const pvt = margT[v] as Float64Array;
      const states = variable.states.map((state, s) => ({
        state,
        probability: pv[s] as number,
        target:
          (pv[s] as number) > 0 ? Math.min(1, ((pvt[s] as number) * pt) / (pv[s] as number)) : Number.NaN,
      }));
      const seen = states.filter((s) => !Number.isNaN(s.target)).map((s) => s.target);
      evidence.push({ variable: variable.name, states, low: Math.min(...seen), high: Math.max(...seen) });
    });
  }
  parameters.sort(
    (a, b) => b.high - b.low - (a.high - a.low) || Math.abs(b.derivative) - Math.abs(a.derivative),
  );
  evidence.sort((a, b) => b.high - b.low - (a.high - a.low));
  return {
    target: { variable: target.variable, state: target.state, probability: pt },
    parameters,
    evidence,
  };
}

/** P(family | e) for every variable, laid out like its CPT. */
function familyMarginals(jt: JunctionTree, ws: Workspace): Float64Array[] {
  return jt.network.variables.map((variable, v) => {
    const fam = [...variable.parents.map((p) => jt.index.get(p) as number), v];
    const famStr = stridesOf(fam.map((u) => jt.cards[u] as number));
    const c = jt.familyClique[v] as number;
    const vars = jt.cliqueVars[c] as Int32Array;
    const sub = Int32Array.from(vars, (u) => {
      const at = fam.indexOf(u);
      return at < 0 ? 0 : (famStr[at] as number);
    });
    const out = new Float64Array(variable.cpt.length);
    marginaliseWalk(
      ws.t,
      jt.cliqueOffset[c] as number,
      planWalk(jt.cliqueCards[c] as Int32Array, sub),
      out,
      0,
      out.length,
    );
    return out;
  });
}

function parameterSweeps(
  jt: JunctionTree,
  v: number,
  famE: Float64Array,
  famT: Float64Array,
  pt: number,
  options: SensitivityOptions,
): ParameterSensitivity[] {
  const variable = jt.network.variables[v];
  if (!variable) return [];
  const card = variable.states.length;
  const out: ParameterSensitivity[] = [];
  for (let r = 0, o = 0; o < variable.cpt.length; r++, o += card) {
    let pu = 0;
    let put = 0;
    for (let j = 0; j < card; j++) {
      pu += famE[o + j] as number;
      put += (famT[o + j] as number) * pt;
    }
    if (pu <= 0) continue;
    const note = variable.notes?.find((n) => n.row === r)?.text;
    // With two states both parameters of a row trace the same curve: report the first only.
    for (let x = 0; x < (card === 2 ? 1 : card); x++) {
      const theta = variable.cpt[o + x] as number;
      if (theta <= 0 || theta >= 1) continue;
      const a = (famT[o + x] as number) * pt;
      const A = famE[o + x] as number;
      const from = options.delta === undefined ? 0 : Math.max(0, theta - options.delta);
      const to = options.delta === undefined ? 1 : Math.min(1, theta + options.delta);
      const at = (th: number) => {
        const num = pt - put + (a * th) / theta + ((put - a) * (1 - th)) / (1 - theta);
        const den = 1 - pu + (A * th) / theta + ((pu - A) * (1 - th)) / (1 - theta);
        return den > 0 ? num / den : Number.NaN;
      };
      const dN = a / theta - (put - a) / (1 - theta);
      const dD = A / theta - (pu - A) / (1 - theta);
      // At an end where P(evidence) would vanish, take the limit from inside the range.
      const y0 = Number.isNaN(at(from)) ? at(from + 1e-9) : at(from);
      const y1 = Number.isNaN(at(to)) ? at(to - 1e-9) : at(to);
      const entry: ParameterSensitivity = {
        variable: variable.name,
        parents: Object.fromEntries(
          variable.parents.map((p, k) => [p, rowStates(jt.network, variable, r, jt.index)[k] as string]),
        ),
        state: variable.states[x] as string,
        value: theta,
        derivative: dN - pt * dD,
        low: Math.min(y0, y1),
        high: Math.max(y0, y1),
        from,
        to,
      };
      if (note !== undefined) entry.note = note;
      out.push(entry);
    }
  }
  return out;
}
