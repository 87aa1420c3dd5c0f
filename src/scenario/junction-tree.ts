/**
 * Compiles a Network into a junction tree once: elimination ordering, cliques, the tree, CPT
 * assignment, flat clique tables and the separator index maps that propagation re-uses.
 */
import { type Network, variableIndex } from "./model.js";
import { ScenarioError } from "./scenario-error.js";
import { planWalk, type StridedPlan } from "./strided-walk.js";
import { multiplyProjected, stridesOf } from "./table-ops.js";
import { bestElimination, eliminate, HEURISTICS, type Heuristic, moralGraph } from "./triangulation.js";

/** Options of `compile`. */
export interface CompileOptions {
  /** Elimination heuristic, or "auto" (default): try each and keep the smallest total table size. */
  heuristic?: Heuristic | "auto";
  /** Refuse to compile when the clique tables would hold more entries than this (default 4e8). */
  maxTableEntries?: number;
}

/** A compiled junction tree: structure and the prior (evidence-free) clique potentials. */
export interface JunctionTree {
  network: Network;
  index: Map<string, number>;
  cards: Int32Array;
  /** Per clique: its variables (separator to the parent first), cards and strides. */
  cliqueVars: Int32Array[];
  cliqueCards: Int32Array[];
  cliqueStrides: Int32Array[];
  cliqueSize: Float64Array;
  cliqueOffset: Float64Array;
  /** Parent clique, -1 for the root. */
  parent: Int32Array;
  /** Entries of the separator to the parent (1 when the separator is empty). */
  sepSize: Float64Array;
  /** Number of separator variables (they lead the clique's variable list). */
  sepLen: Int32Array;
  sepOffset: Float64Array;
  /** For each non-root clique: for every entry of its parent's table, the separator index (null: empty separator). */
  parentMap: (StridedPlan | null)[];
  /** Cliques children-first (collect order); reversed, parents-first (distribute order). */
  collectOrder: Int32Array;
  root: number;
  /** The clique each CPT was multiplied into, and each variable's smallest clique. */
  familyClique: Int32Array;
  home: Int32Array;
  /** Per variable: its position in its home clique. */
  homePos: Int32Array;
  /**
   * barren[c] = 1 when, without evidence below c, every upward message in c's subtree is all ones:
   * in each of those subtrees, the variables that occur only there are exactly the heads of the
   * CPTs assigned there. Collect skips such subtrees.
   */
  barren: Uint8Array;
  /** All clique tables, flat: the product of the assigned CPTs. */
  base: Float64Array;
  totalSize: number;
  totalSepSize: number;
  heuristic: Heuristic;
}

/**
 * Compiles the network. Costly once; every query re-uses the result.
 * @example const jt = compile(parseBif(text)); const r = infer(jt, { evidence: { xray: "yes" } });
 */
export function compile(net: Network, options: CompileOptions = {}): JunctionTree {
  const index = variableIndex(net);
  const n = net.variables.length;
  const cards = Int32Array.from(net.variables, (v) => v.states.length);
  const parents = net.variables.map((v) => Int32Array.from(v.parents, (p) => index.get(p) as number));
  const moral = moralGraph(n, parents);
  const h = options.heuristic ?? "auto";
  const elim = h === "auto" ? bestElimination(moral, cards, HEURISTICS) : eliminate(h, moral, cards);
  const tree = cliquesFromElimination(elim.order, elim.neighbours);
  const jt = layout(net, index, cards, tree, options.maxTableEntries ?? 4e8);
  jt.heuristic = elim.heuristic;
  assignFamilies(jt, parents, elim.order);
  markBarren(jt);
  fillBase(jt);
  return jt;
}

interface CliqueTree {
  members: Int32Array[];
  parent: Int32Array;
  sep: Int32Array[];
}

/** Maximal elimination cliques and the tree between them (elimination tree, contracted). */
export function cliquesFromElimination(order: Int32Array, neighbours: Int32Array[]): CliqueTree {
  const n = order.length;
  const pos = new Int32Array(n);
  order.forEach((v, i) => {
    pos[v] = i;
  });
  const first = new Int32Array(n).fill(-1);
  const absorbedBy = new Int32Array(n).fill(-1);
  for (const v of order) {
    const nb = neighbours[v] as Int32Array;
    let f = -1;
    for (const u of nb) if (f < 0 || (pos[u] as number) < (pos[f] as number)) f = u;
    first[v] = f;
    // C_f ⊆ C_v exactly when N_v = C_f, i.e. |N_v| = |N_f| + 1.
    if (f >= 0 && nb.length === (neighbours[f] as Int32Array).length + 1) absorbedBy[f] = v;
  }
  const rep = new Int32Array(n);
  const groupOf = new Int32Array(n).fill(-1);
  const members: Int32Array[] = [];
  for (const v of order) {
    const a = absorbedBy[v] as number;
    rep[v] = a >= 0 ? (rep[a] as number) : v;
    if (a < 0) {
      groupOf[v] = members.length;
      const nb = neighbours[v] as Int32Array;
      const c = new Int32Array(nb.length + 1);
      c[0] = v;
      c.set(nb, 1);
      members.push(c);
    }
  }
  const m = members.length;
  const parent = new Int32Array(m).fill(-1);
  const sep: Int32Array[] = Array.from({ length: m }, () => new Int32Array(0));
  for (const v of order) {
    const f = first[v] as number;
    if (f < 0) continue;
    const a = groupOf[rep[v] as number] as number;
    const b = groupOf[rep[f] as number] as number;
    if (a !== b) {
      parent[a] = b;
      sep[a] = (neighbours[v] as Int32Array).slice();
    }
  }
  // A forest (disconnected network): hang every other root under the last one, empty separator.
  let root = -1;
  for (let c = m - 1; c >= 0; c--) if (parent[c] === -1) root = root < 0 ? c : root;
  for (let c = 0; c < m; c++) if (parent[c] === -1 && c !== root) parent[c] = root;
  return { members, parent, sep };
}

function layout(
  net: Network,
  index: Map<string, number>,
  cards: Int32Array,
  tree: CliqueTree,
  maxEntries: number,
): JunctionTree {
  const m = tree.members.length;
  const cliqueVars: Int32Array[] = new Array(m);
  const cliqueCards: Int32Array[] = new Array(m);
  const cliqueStrides: Int32Array[] = new Array(m);
  const cliqueSize = new Float64Array(m);
  const cliqueOffset = new Float64Array(m);
  const sepSize = new Float64Array(m);
  const sepOffset = new Float64Array(m);
  const sepLen = new Int32Array(m);
  let total = 0;
  let totalSep = 0;
  // How many child separators hold each variable of a clique: variables in few of them go last
  // (innermost), so the walks between a clique and its children's separators run long and contiguous.
  const inChildSeps = Array.from({ length: m }, () => new Map<number, number>());
  for (let c = 0; c < m; c++) {
    const p = tree.parent[c] as number;
    if (p >= 0)
      for (const v of tree.sep[c] as Int32Array) inChildSeps[p]?.set(v, (inChildSeps[p]?.get(v) ?? 0) + 1);
  }
  for (let c = 0; c < m; c++) {
    const sep = Int32Array.from(tree.sep[c] as Int32Array).sort();
    const inSep = new Set(sep);
    const count = inChildSeps[c] as Map<number, number>;
    const rest = Int32Array.from((tree.members[c] as Int32Array).filter((v) => !inSep.has(v))).sort(
      (a, b) => (count.get(b) ?? 0) - (count.get(a) ?? 0) || a - b,
    );
    const vars = new Int32Array(sep.length + rest.length);
    vars.set(sep);
    vars.set(rest, sep.length);
    cliqueVars[c] = vars;
    sepLen[c] = sep.length;
    cliqueCards[c] = Int32Array.from(vars, (v) => cards[v] as number);
    cliqueStrides[c] = stridesOf(cliqueCards[c] as Int32Array);
    let size = 1;
    for (const v of vars) size *= cards[v] as number;
    let ss = 1;
    for (const v of sep) ss *= cards[v] as number;
    cliqueSize[c] = size;
    cliqueOffset[c] = total;
    sepSize[c] = ss;
    sepOffset[c] = totalSep;
    total += size;
    totalSep += ss;
  }
  if (total > maxEntries)
    throw new ScenarioError({
      code: "too_large",
      message: `the junction tree of "${net.name}" needs ${total.toExponential(2)} table entries, more than the limit ${maxEntries.toExponential(2)}`,
    });
  const root = tree.parent.indexOf(-1);
  const jt: JunctionTree = {
    network: net,
    index,
    cards,
    cliqueVars,
    cliqueCards,
    cliqueStrides,
    cliqueSize,
    cliqueOffset,
    parent: tree.parent,
    sepSize,
    sepLen,
    sepOffset,
    parentMap: new Array(m).fill(null),
    collectOrder: collectOrder(tree.parent, root),
    root,
    familyClique: new Int32Array(cards.length),
    home: new Int32Array(cards.length),
    homePos: new Int32Array(cards.length),
    barren: new Uint8Array(m),
    base: new Float64Array(total),
    totalSize: total,
    totalSepSize: totalSep,
    heuristic: "min-fill",
  };
  for (let c = 0; c < m; c++) if (c !== root) jt.parentMap[c] = parentIndexMap(jt, c);
  homes(jt);
  return jt;
}

/** For every entry of the parent's table, its index in c's separator (c's leading variables). */
function parentIndexMap(jt: JunctionTree, c: number): StridedPlan | null {
  if (jt.sepLen[c] === 0) return null;
  const p = jt.parent[c] as number;
  const pv = jt.cliqueVars[p] as Int32Array;
  const sepVars = (jt.cliqueVars[c] as Int32Array).subarray(0, jt.sepLen[c] as number);
  const sepStr = stridesOf(Int32Array.from(sepVars, (v) => jt.cards[v] as number));
  const sub = new Int32Array(pv.length);
  for (let k = 0; k < pv.length; k++) {
    const at = sepVars.indexOf(pv[k] as number);
    sub[k] = at < 0 ? 0 : (sepStr[at] as number);
  }
  return planWalk(jt.cliqueCards[p] as Int32Array, sub);
}

function collectOrder(parent: Int32Array, root: number): Int32Array {
  const m = parent.length;
  const kids: number[][] = Array.from({ length: m }, () => []);
  for (let c = 0; c < m; c++) if (c !== root) kids[parent[c] as number]?.push(c);
  const down: number[] = [root];
  for (let i = 0; i < down.length; i++) for (const k of kids[down[i] as number] as number[]) down.push(k);
  return Int32Array.from(down.reverse());
}

function homes(jt: JunctionTree): void {
  jt.home.fill(-1);
  for (let c = 0; c < jt.cliqueVars.length; c++) {
    const vars = jt.cliqueVars[c] as Int32Array;
    for (let k = 0; k < vars.length; k++) {
      const v = vars[k] as number;
      const h = jt.home[v] as number;
      if (h < 0 || (jt.cliqueSize[c] as number) < (jt.cliqueSize[h] as number)) {
        jt.home[v] = c;
        jt.homePos[v] = k;
      }
    }
  }
}

function assignFamilies(jt: JunctionTree, parents: Int32Array[], order: Int32Array): void {
  const pos = new Int32Array(order.length);
  order.forEach((v, i) => {
    pos[v] = i;
  });
  const cliqueOfVar = new Int32Array(order.length).fill(-1);
  // The first-eliminated member of a family has the whole family in its elimination clique; find
  // the smallest clique that contains the family instead, by scanning the cliques of that member.
  const cliquesWith: number[][] = Array.from({ length: order.length }, () => []);
  jt.cliqueVars.forEach((vars, c) => {
    for (const v of vars) cliquesWith[v]?.push(c);
  });
  for (let v = 0; v < parents.length; v++) {
    const fam = [v, ...(parents[v] as Int32Array)];
    let best = -1;
    let anchor = v;
    for (const u of fam) if ((pos[u] as number) < (pos[anchor] as number)) anchor = u;
    for (const c of cliquesWith[anchor] as number[]) {
      const vars = jt.cliqueVars[c] as Int32Array;
      if (
        fam.every((u) => vars.includes(u)) &&
        (best < 0 || (jt.cliqueSize[c] as number) < (jt.cliqueSize[best] as number))
      )
        best = c;
    }
    if (best < 0) throw new Error(`internal: no clique holds the family of variable ${v}`);
    cliqueOfVar[v] = best;
  }
  jt.familyClique = cliqueOfVar;
}

/** Marks the cliques whose prior upward message is all ones (see JunctionTree.barren). */
function markBarren(jt: JunctionTree): void {
  const m = jt.parent.length;
  const depth = new Int32Array(m);
  const order = jt.collectOrder;
  for (let k = order.length - 2; k >= 0; k--) {
    const c = order[k] as number;
    depth[c] = (depth[jt.parent[c] as number] as number) + 1;
  }
  const top = new Int32Array(jt.cards.length).fill(-1);
  jt.cliqueVars.forEach((vars, c) => {
    for (const v of vars)
      if ((top[v] as number) < 0 || (depth[c] as number) < (depth[top[v] as number] as number)) top[v] = c;
  });
  jt.barren.fill(1);
  // A subtree holding a variable's CPT but not the variable's top clique sums that CPT over a
  // head it does not own: its message is not all ones.
  for (let v = 0; v < jt.cards.length; v++)
    for (let c = jt.familyClique[v] as number; c !== top[v] && c >= 0; c = jt.parent[c] as number)
      jt.barren[c] = 0;
  // Skipping c skips its whole subtree, so every message inside it must be all ones too.
  for (let k = 0; k < order.length - 1; k++) {
    const c = order[k] as number;
    if (!jt.barren[c]) jt.barren[jt.parent[c] as number] = 0;
  }
}

/** Writes the product of the assigned CPTs into every clique table (jt.base). */
function fillBase(jt: JunctionTree): void {
  jt.base.fill(1);
  for (let v = 0; v < jt.familyClique.length; v++)
    multiplyFamily(jt, jt.base, v, jt.network.variables[v]?.cpt as Float64Array);
}

/** Multiplies variable v's CPT (or a replacement over the same family) into its clique in `t`. */
export function multiplyFamily(jt: JunctionTree, t: Float64Array, v: number, cpt: Float64Array): void {
  const c = jt.familyClique[v] as number;
  const vars = jt.cliqueVars[c] as Int32Array;
  const famVars = [...(jt.network.variables[v]?.parents ?? []).map((p) => jt.index.get(p) as number), v];
  const famStr = stridesOf(famVars.map((u) => jt.cards[u] as number));
  const sub = new Int32Array(vars.length);
  for (let k = 0; k < vars.length; k++) {
    const at = famVars.indexOf(vars[k] as number);
    sub[k] = at < 0 ? 0 : (famStr[at] as number);
  }
  multiplyProjected(
    t,
    jt.cliqueOffset[c] as number,
    jt.cliqueCards[c] as Int32Array,
    sub,
    jt.cliqueSize[c] as number,
    cpt,
  );
}
