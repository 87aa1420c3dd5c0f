/**
 * Greedy elimination orderings of the moral graph (min-fill, weighted min-fill, min-weight,
 * min-neighbours) and the choice of the cheapest: the sum of the elimination cliques' table sizes.
 */

/** Elimination heuristics; "auto" tries each and keeps the cheapest ordering. */
export type Heuristic = "min-fill" | "weighted-min-fill" | "min-weight" | "min-neighbours";

export const HEURISTICS: readonly Heuristic[] = [
  "weighted-min-fill",
  "min-fill",
  "min-weight",
  "min-neighbours",
];

/** An elimination ordering with each variable's neighbours at the moment it is eliminated. */
export interface Elimination {
  heuristic: Heuristic;
  order: Int32Array;
  /** neighbours[v]: v's neighbours when v was eliminated (the elimination clique minus v). */
  neighbours: Int32Array[];
  /** Sum over elimination cliques of their table sizes. */
  cost: number;
}

/** Undirected moral graph: parents married, directions dropped. */
export function moralGraph(n: number, parents: Int32Array[]): Set<number>[] {
  const adj = Array.from({ length: n }, () => new Set<number>());
  for (let v = 0; v < n; v++) {
    const ps = parents[v] as Int32Array;
    for (let a = 0; a < ps.length; a++) {
      const pa = ps[a] as number;
      adj[v]?.add(pa);
      adj[pa]?.add(v);
      for (let b = a + 1; b < ps.length; b++) {
        const pb = ps[b] as number;
        adj[pa]?.add(pb);
        adj[pb]?.add(pa);
      }
    }
  }
  return adj;
}

let scratch = new Int32Array(64);

function score(h: Heuristic, u: number, adj: Set<number>[], cards: Int32Array): number {
  const nb = adj[u] as Set<number>;
  if (h === "min-neighbours") return nb.size;
  if (h === "min-weight") {
    let w = cards[u] as number;
    for (const x of nb) w *= cards[x] as number;
    return w;
  }
  if (scratch.length < nb.size) scratch = new Int32Array(2 * nb.size);
  const list = scratch;
  let n = 0;
  for (const x of nb) list[n++] = x;
  let fill = 0;
  const weighted = h === "weighted-min-fill";
  for (let a = 0; a < n; a++) {
    const xa = list[a] as number;
    const na = adj[xa] as Set<number>;
    for (let b = a + 1; b < n; b++) {
      const xb = list[b] as number;
      if (!na.has(xb)) fill += weighted ? (cards[xa] as number) * (cards[xb] as number) : 1;
    }
  }
  return fill;
}

function cliqueWeight(u: number, adj: Set<number>[], cards: Int32Array): number {
  let w = cards[u] as number;
  for (const x of adj[u] as Set<number>) w *= cards[x] as number;
  return w;
}

/** One greedy ordering; ties go to the smaller elimination clique, then the lower index. */
export function eliminate(h: Heuristic, moral: Set<number>[], cards: Int32Array): Elimination {
  const n = moral.length;
  const adj = moral.map((s) => new Set(s));
  const primary = new Float64Array(n);
  const weight = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    primary[u] = score(h, u, adj, cards);
    weight[u] = cliqueWeight(u, adj, cards);
  }
  const done = new Uint8Array(n);
  const order = new Int32Array(n);
  const neighbours: Int32Array[] = new Array(n);
  const dirtyMark = new Int32Array(n).fill(-1);
  let cost = 0;
  for (let step = 0; step < n; step++) {
    let best = -1;
    for (let u = 0; u < n; u++) {
      if (done[u]) continue;
      if (
        best < 0 ||
        (primary[u] as number) < (primary[best] as number) ||
        (primary[u] === primary[best] && (weight[u] as number) < (weight[best] as number))
      )
        best = u;
    }
    const v = best;
    order[step] = v;
    done[v] = 1;
    cost += weight[v] as number;
    const nb = Int32Array.from(adj[v] as Set<number>);
    neighbours[v] = nb;
    let filled = false;
    for (let a = 0; a < nb.length; a++) {
      const x = nb[a] as number;
      const sx = adj[x] as Set<number>;
      sx.delete(v);
      for (let b = a + 1; b < nb.length; b++) {
        const y = nb[b] as number;
        if (!sx.has(y)) {
          sx.add(y);
          adj[y]?.add(x);
          filled = true;
        }
      }
    }
    adj[v]?.clear();
    const dirty: number[] = [];
    for (const x of nb) {
      if (dirtyMark[x] !== step) {
        dirtyMark[x] = step;
        dirty.push(x);
      }
      if (filled && h !== "min-weight" && h !== "min-neighbours")
        for (const y of adj[x] as Set<number>)
          if (dirtyMark[y] !== step) {
            dirtyMark[y] = step;
            dirty.push(y);
          }
    }
    for (const u of dirty) {
      primary[u] = score(h, u, adj, cards);
      weight[u] = cliqueWeight(u, adj, cards);
    }
  }
  return { heuristic: h, order, neighbours, cost };
}

/** Runs each heuristic and keeps the ordering with the smallest total clique size. */
export function bestElimination(
  moral: Set<number>[],
  cards: Int32Array,
  heuristics: readonly Heuristic[] = HEURISTICS,
): Elimination {
  let best: Elimination | undefined;
  for (const h of heuristics) {
    const e = eliminate(h, moral, cards);
    if (!best || e.cost < best.cost) best = e;
  }
  if (!best) throw new Error("no elimination heuristic given");
  return best;
}
