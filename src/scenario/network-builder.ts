/** Turns declared variables into a checked Network: unique names, known parents, no cycles, rows sum to 1. */
import { type Network, normaliseRows, type Variable } from "./model.js";
import { ScenarioError } from "./scenario-error.js";

/** A variable before its table is filled. */
export interface DraftVariable {
  name: string;
  states: string[];
  parents: string[];
  description?: string;
  properties?: Record<string, string>;
}

/** How far a row may be from summing to 1 before it is an error (bnlearn files deviate by ≤ 3e-7). */
export const ROW_SUM_TOLERANCE = 1e-6;

/**
 * Checks the structure, allocates every CPT, lets `fill` write the numbers, then checks and
 * renormalises the rows.
 */
export function buildNetwork(
  name: string,
  drafts: DraftVariable[],
  fill: (v: Variable, byName: Map<string, Variable>) => void,
  tolerance = ROW_SUM_TOLERANCE,
): Network {
  const byName = new Map<string, Variable>();
  for (const d of drafts) {
    if (byName.has(d.name))
      throw new ScenarioError({
        code: "duplicate_variable",
        variable: d.name,
        message: `variable "${d.name}" is declared twice`,
      });
    if (d.states.length === 0)
      throw new ScenarioError({
        code: "invalid_model",
        path: d.name,
        message: `variable "${d.name}" has no states`,
      });
    const v: Variable = { name: d.name, states: d.states, parents: d.parents, cpt: new Float64Array(0) };
    if (d.description !== undefined) v.description = d.description;
    if (d.properties !== undefined) v.properties = d.properties;
    byName.set(d.name, v);
  }
  for (const v of byName.values()) checkParents(v, byName);
  checkAcyclic([...byName.values()]);
  for (const v of byName.values()) {
    let rows = 1;
    for (const p of v.parents) rows *= (byName.get(p) as Variable).states.length;
    v.cpt = new Float64Array(rows * v.states.length);
    fill(v, byName);
    checkRows(v, byName, tolerance);
    normaliseRows(v.cpt, v.states.length);
  }
  return { name, variables: [...byName.values()] };
}

function checkParents(v: Variable, byName: Map<string, Variable>): void {
  const seen = new Set<string>();
  for (const p of v.parents) {
    if (!byName.has(p))
      throw new ScenarioError({
        code: "unknown_parent",
        variable: v.name,
        parent: p,
        message: `variable "${v.name}" has unknown parent "${p}"`,
      });
    if (p === v.name)
      throw new ScenarioError({
        code: "cycle",
        cycle: [p, p],
        message: `the graph has a cycle: ${p} → ${p}`,
      });
    if (seen.has(p))
      throw new ScenarioError({
        code: "duplicate_variable",
        variable: p,
        message: `variable "${v.name}" lists parent "${p}" twice`,
      });
    seen.add(p);
  }
}

/** Throws a `cycle` problem naming the cycle, e.g. "a → b → a". */
export function checkAcyclic(vars: Variable[]): void {
  const state = new Map<string, 1 | 2>();
  const children = new Map<string, string[]>(vars.map((v) => [v.name, []]));
  for (const v of vars) for (const p of v.parents) children.get(p)?.push(v.name);
  for (const start of vars) {
    if (state.has(start.name)) continue;
    // Iterative DFS over children so deep networks do not overflow the stack.
    const stack: { name: string; i: number }[] = [{ name: start.name, i: 0 }];
    const path: string[] = [start.name];
    state.set(start.name, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { name: string; i: number };
      const kids = children.get(top.name) as string[];
      if (top.i >= kids.length) {
        state.set(top.name, 2);
        stack.pop();
        path.pop();
        continue;
      }
      const k = kids[top.i++] as string;
      const s = state.get(k);
      if (s === 1) {
        const cycle = [...path.slice(path.indexOf(k)), k];
        throw new ScenarioError({
          code: "cycle",
          cycle,
          message: `the graph has a cycle: ${cycle.join(" → ")}`,
        });
      }
      if (s === undefined) {
        state.set(k, 1);
        stack.push({ name: k, i: 0 });
        path.push(k);
      }
    }
  }
}

function checkRows(v: Variable, byName: Map<string, Variable>, tolerance: number): void {
  const card = v.states.length;
  const parentStates = v.parents.map((p) => (byName.get(p) as Variable).states);
  for (let o = 0, r = 0; o < v.cpt.length; o += card, r++) {
    let s = 0;
    for (let j = 0; j < card; j++) {
      const x = v.cpt[o + j] as number;
      if (!(x >= 0) || !Number.isFinite(x)) {
        const row = labelOf(parentStates, r);
        throw new ScenarioError({
          code: "bad_probability",
          variable: v.name,
          row,
          value: String(x),
          message: `"${v.name}" row ${row}: probability of "${v.states[j]}" is ${x}, not a number in [0, 1]`,
        });
      }
      s += x;
    }
    if (Math.abs(s - 1) > tolerance) {
      const row = labelOf(parentStates, r);
      throw new ScenarioError({
        code: "row_sum",
        variable: v.name,
        row,
        sum: s,
        message: `"${v.name}" row ${row} sums to ${+s.toPrecision(10)}, not 1`,
      });
    }
  }
}

function labelOf(parentStates: string[][], r: number): string {
  if (parentStates.length === 0) return "(prior)";
  const out: string[] = new Array(parentStates.length);
  let rest = r;
  for (let k = parentStates.length - 1; k >= 0; k--) {
    const states = parentStates[k] as string[];
    out[k] = states[rest % states.length] as string;
    rest = Math.floor(rest / states.length);
  }
  return `(${out.join(", ")})`;
}
