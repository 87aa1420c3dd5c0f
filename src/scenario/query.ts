/** Resolving a query's names (variables, states, likelihoods) against a network, with typed errors. */
import type { JunctionTree } from "./junction-tree.js";
import { ScenarioError } from "./scenario-error.js";

/** What the analyst asks: hard evidence, likelihood (virtual) evidence and interventions. */
export interface Query {
  /** Hard evidence: VAR → observed state. */
  evidence?: Record<string, string>;
  /** Likelihood (virtual) evidence: VAR → one non-negative likelihood per state, in declaration order. */
  soft?: Record<string, number[]>;
  /** Interventions do(VAR = STATE): the variable's parents are cut and it is clamped. */
  do?: Record<string, string>;
}

/** A query with names resolved to indices and likelihood vectors. */
export interface ResolvedQuery {
  likelihoods: { v: number; lambda: Float64Array }[];
  interventions: { v: number; state: number }[];
}

export function variableOf(jt: JunctionTree, name: string): number {
  const v = jt.index.get(name);
  if (v === undefined) {
    const names = jt.network.variables.map((x) => x.name);
    const hint = names.length <= 30 ? ` (variables: ${names.join(", ")})` : "";
    throw new ScenarioError({
      code: "unknown_variable",
      variable: name,
      message: `unknown variable "${name}"${hint}`,
    });
  }
  return v;
}

export function stateOf(jt: JunctionTree, v: number, state: string): number {
  const variable = jt.network.variables[v];
  const states = variable?.states ?? [];
  const s = states.indexOf(state);
  if (s < 0)
    throw new ScenarioError({
      code: "unknown_state",
      variable: variable?.name ?? String(v),
      state,
      states,
      message: `"${state}" is not a state of "${variable?.name}" (states: ${states.join(", ")})`,
    });
  return s;
}

function indicator(card: number, s: number): Float64Array {
  const l = new Float64Array(card);
  l[s] = 1;
  return l;
}

export function resolveQuery(jt: JunctionTree, q: Query): ResolvedQuery {
  const likelihoods: ResolvedQuery["likelihoods"] = [];
  const interventions: ResolvedQuery["interventions"] = [];
  for (const [name, state] of Object.entries(q.evidence ?? {})) {
    const v = variableOf(jt, name);
    likelihoods.push({ v, lambda: indicator(jt.cards[v] as number, stateOf(jt, v, state)) });
  }
  for (const [name, values] of Object.entries(q.soft ?? {})) {
    const v = variableOf(jt, name);
    likelihoods.push({ v, lambda: checkLikelihood(jt, v, values) });
  }
  for (const [name, state] of Object.entries(q.do ?? {})) {
    const v = variableOf(jt, name);
    const s = stateOf(jt, v, state);
    interventions.push({ v, state: s });
    likelihoods.push({ v, lambda: indicator(jt.cards[v] as number, s) });
  }
  return { likelihoods, interventions };
}

function checkLikelihood(jt: JunctionTree, v: number, values: number[]): Float64Array {
  const variable = jt.network.variables[v];
  const states = variable?.states ?? [];
  const bad = (why: string) =>
    new ScenarioError({
      code: "bad_likelihood",
      variable: variable?.name ?? "",
      message: `likelihood for "${variable?.name}" ${why} (states in order: ${states.join(", ")})`,
    });
  if (values.length !== states.length)
    throw bad(`has ${values.length} values, expected one per state (${states.length})`);
  if (values.some((x) => !(x >= 0) || !Number.isFinite(x))) throw bad("must be finite numbers ≥ 0");
  if (values.every((x) => x === 0)) throw bad("is zero for every state");
  return Float64Array.from(values);
}
