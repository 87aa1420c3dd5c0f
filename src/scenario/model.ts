/**
 * The network as the engine sees it: variables with states, parents in declaration order, and a
 * flat conditional probability table per variable.
 */

/** Where a CPT row came from, so sensitivity and `show` can name the assumption behind a number. */
export interface RowNote {
  /** Index of the parent configuration (row) the note applies to. */
  row: number;
  text: string;
}

/** One discrete variable and its conditional probability table. */
export interface Variable {
  name: string;
  states: string[];
  /** Parent names, in the order the CPT rows are laid out (first parent varies slowest). */
  parents: string[];
  /**
   * P(variable | parents), row-major: row r = parent configuration (first parent slowest, last
   * fastest), column = this variable's state. Length = product(parent cards) × states.length.
   */
  cpt: Float64Array;
  description?: string;
  /** Assumption text per row (from a YAML model); absent for BIF imports. */
  notes?: RowNote[];
  /** Free-form properties kept for round trips (BIF `property`, YAML extras). */
  properties?: Record<string, string>;
}

/** A discrete Bayesian network: variables in declaration order. */
export interface Network {
  name: string;
  title?: string;
  description?: string;
  sources?: string[];
  /** Variables whose states `scenario run` shows as branches (from a YAML model). */
  branchOn?: string[];
  variables: Variable[];
}

/** Index of every variable by name. */
export function variableIndex(net: Network): Map<string, number> {
  const m = new Map<string, number>();
  for (const [i, v] of net.variables.entries()) m.set(v.name, i);
  return m;
}

/** Number of rows (parent configurations) of a variable's CPT, given the network's cards. */
export function rowCount(net: Network, v: Variable, index = variableIndex(net)): number {
  let n = 1;
  for (const p of v.parents) n *= net.variables[index.get(p) ?? -1]?.states.length ?? 1;
  return n;
}

/** The states of each parent in a row, e.g. row 3 of (A:2, B:2) → ["a2", "b2"]. */
export function rowStates(net: Network, v: Variable, row: number, index = variableIndex(net)): string[] {
  const cards = v.parents.map((p) => net.variables[index.get(p) ?? -1]?.states ?? []);
  const out: string[] = new Array(cards.length);
  let r = row;
  for (let k = cards.length - 1; k >= 0; k--) {
    const states = cards[k] as string[];
    out[k] = states[r % states.length] as string;
    r = Math.floor(r / states.length);
  }
  return out;
}

/** Divides every CPT row by its sum (bnlearn files deviate from 1 by up to 3e-7). */
export function normaliseRows(cpt: Float64Array, card: number): void {
  for (let o = 0; o < cpt.length; o += card) {
    let s = 0;
    for (let j = 0; j < card; j++) s += cpt[o + j] as number;
    if (s > 0 && s !== 1) for (let j = 0; j < card; j++) cpt[o + j] = (cpt[o + j] as number) / s;
  }
}
