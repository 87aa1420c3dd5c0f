/**
 * Hugin propagation over the flat tables of a compiled junction tree: collect to the root with
 * every message normalised (its log accumulated, so P(evidence) of 1e-300 or smaller does not
 * underflow), then distribute. Afterwards every clique table holds P(clique | evidence).
 */
import type { JunctionTree } from "./junction-tree.js";
import { marginaliseWalk, multiplyWalk, sumRun } from "./strided-walk.js";

/** Scratch tables of one query: clique tables, separator messages and a separator buffer. */
export interface Workspace {
  t: Float64Array;
  sep: Float64Array;
  scratch: Float64Array;
  /** Per clique: the sum its upward message was divided by (so distribute can undo it). */
  scale: Float64Array;
  /** Per clique: 1 when evidence (or an intervention) sits in its subtree. */
  touched: Uint8Array;
}

/**
 * Allocates the tables one query needs; re-use it across queries of the same tree. With
 * `consumeBase`, the query works in the compiled prior tables themselves (no copy, half the
 * memory): the tree then answers exactly one query.
 */
export function createWorkspace(jt: JunctionTree, options: { consumeBase?: boolean } = {}): Workspace {
  let maxSep = 1;
  for (const s of jt.sepSize) maxSep = Math.max(maxSep, s);
  return {
    t: options.consumeBase ? jt.base : new Float64Array(jt.totalSize),
    sep: new Float64Array(jt.totalSepSize),
    scratch: new Float64Array(maxSep),
    scale: new Float64Array(jt.cliqueSize.length),
    touched: new Uint8Array(jt.cliqueSize.length),
  };
}

/** Marks the cliques whose subtree holds evidence: the given cliques and their ancestors. */
export function markTouched(jt: JunctionTree, ws: Workspace, cliques: Iterable<number>): void {
  ws.touched.fill(0);
  for (const start of cliques)
    for (let c = start; c >= 0 && !ws.touched[c]; c = jt.parent[c] as number) ws.touched[c] = 1;
}

/** Natural log of the normalising constant (P(evidence) × prior mass), -Infinity when it is 0. */
export function collect(jt: JunctionTree, ws: Workspace, sumProduct = true): number {
  const { t, sep } = ws;
  const order = jt.collectOrder;
  let logZ = 0;
  for (let k = 0; k < order.length - 1; k++) {
    const c = order[k] as number;
    if (sumProduct && jt.barren[c] && !ws.touched[c]) {
      // The message would be all ones: nothing to send, nothing to multiply.
      const so = jt.sepOffset[c] as number;
      sep.fill(1, so, so + (jt.sepSize[c] as number));
      ws.scale[c] = 1;
      continue;
    }
    const total = sumProduct ? sendUpSum(jt, t, sep, c) : sendUpMax(jt, t, sep, c);
    if (!(total > 0)) return Number.NEGATIVE_INFINITY;
    logZ += Math.log(total);
    ws.scale[c] = total;
    const map = jt.parentMap[c];
    // An empty separator carries only the scale, which logZ has taken.
    if (!map) continue;
    const p = jt.parent[c] as number;
    multiplyWalk(t, jt.cliqueOffset[p] as number, map, sep, jt.sepOffset[c] as number);
  }
  const r = jt.root;
  const off = jt.cliqueOffset[r] as number;
  const size = jt.cliqueSize[r] as number;
  let total = 0;
  if (sumProduct) total = sumRun(t, off, size);
  else for (let i = 0; i < size; i++) total = Math.max(total, t[off + i] as number);
  if (!(total > 0)) return Number.NEGATIVE_INFINITY;
  const inv = 1 / total;
  for (let i = 0; i < size; i++) t[off + i] = (t[off + i] as number) * inv;
  return logZ + Math.log(total);
}

/** Marginalises clique c onto its parent separator (contiguous blocks), normalised; returns the sum. */
function sendUpSum(jt: JunctionTree, t: Float64Array, sep: Float64Array, c: number): number {
  const off = jt.cliqueOffset[c] as number;
  const ss = jt.sepSize[c] as number;
  const block = (jt.cliqueSize[c] as number) / ss;
  const so = jt.sepOffset[c] as number;
  let total = 0;
  for (let s = 0; s < ss; s++) {
    const acc = sumRun(t, off + s * block, block);
    sep[so + s] = acc;
    total += acc;
  }
  if (total > 0) {
    const inv = 1 / total;
    for (let s = 0; s < ss; s++) sep[so + s] = (sep[so + s] as number) * inv;
  }
  return total;
}

/** Max-marginalises clique c onto its parent separator, scaled so the largest entry is 1. */
function sendUpMax(jt: JunctionTree, t: Float64Array, sep: Float64Array, c: number): number {
  const off = jt.cliqueOffset[c] as number;
  const ss = jt.sepSize[c] as number;
  const block = (jt.cliqueSize[c] as number) / ss;
  const so = jt.sepOffset[c] as number;
  let top = 0;
  for (let s = 0; s < ss; s++) {
    let acc = 0;
    const b = off + s * block;
    for (let j = 0; j < block; j++) acc = Math.max(acc, t[b + j] as number);
    sep[so + s] = acc;
    top = Math.max(top, acc);
  }
  if (top > 0) {
    const inv = 1 / top;
    for (let s = 0; s < ss; s++) sep[so + s] = (sep[so + s] as number) * inv;
  }
  return top;
}

/** Sends from every parent to its children, root first; the root must be normalised by collect. */
export function distribute(jt: JunctionTree, ws: Workspace): void {
  const { t, sep, scratch } = ws;
  const order = jt.collectOrder;
  for (let k = order.length - 2; k >= 0; k--) {
    const c = order[k] as number;
    const p = jt.parent[c] as number;
    const map = jt.parentMap[c];
    const ss = jt.sepSize[c] as number;
    if (map) marginaliseWalk(t, jt.cliqueOffset[p] as number, map, scratch, 0, ss);
    else scratch[0] = 1;
    const so = jt.sepOffset[c] as number;
    // The child still holds its unscaled table: the stored message was divided by scale[c].
    const inv = 1 / (ws.scale[c] as number);
    for (let s = 0; s < ss; s++) {
      const old = sep[so + s] as number;
      scratch[s] = old === 0 ? 0 : ((scratch[s] as number) / old) * inv;
    }
    const off = jt.cliqueOffset[c] as number;
    const block = (jt.cliqueSize[c] as number) / ss;
    for (let s = 0; s < ss; s++) {
      const r = scratch[s] as number;
      const b = off + s * block;
      if (r === 0) t.fill(0, b, b + block);
      else if (r !== 1) for (let j = 0; j < block; j++) t[b + j] = (t[b + j] as number) * r;
    }
  }
}
