/**
 * Loops over flat row-major tables (last variable fastest). Everything here works on typed arrays
 * with offsets: no per-entry allocation.
 */

import { sumRun } from "./strided-walk.js";

/** Row-major strides of a table with the given cards. */
export function stridesOf(cards: ArrayLike<number>): Int32Array {
  const s = new Int32Array(cards.length);
  let acc = 1;
  for (let k = cards.length - 1; k >= 0; k--) {
    s[k] = acc;
    acc *= cards[k] as number;
  }
  return s;
}

/** t[off + i] *= f[sub(i)] for every entry of a table over `cards`, sub() as in projectionIndex. */
export function multiplyProjected(
  t: Float64Array,
  off: number,
  cards: Int32Array,
  subStride: Int32Array,
  size: number,
  f: Float64Array,
): void {
  const n = cards.length;
  if (n === 0) {
    t[off] = (t[off] as number) * (f[0] as number);
    return;
  }
  const digit = new Int32Array(n);
  const last = n - 1;
  const lastCard = cards[last] as number;
  const lastStride = subStride[last] as number;
  let idx = 0;
  for (let i = off; i < off + size; i += lastCard) {
    for (let d = 0; d < lastCard; d++) t[i + d] = (t[i + d] as number) * (f[idx + d * lastStride] as number);
    for (let k = last - 1; k >= 0; k--) {
      const dk = (digit[k] as number) + 1;
      if (dk < (cards[k] as number)) {
        digit[k] = dk;
        idx += subStride[k] as number;
        break;
      }
      digit[k] = 0;
      idx -= (subStride[k] as number) * (dk - 1);
    }
  }
}

/** Sums the table t[off .. off+size) onto the variable at stride `stride` with `card` states. */
export function marginalOnto(
  t: Float64Array,
  off: number,
  size: number,
  stride: number,
  card: number,
  out: Float64Array,
): void {
  out.fill(0);
  const block = stride * card;
  for (let o = off; o < off + size; o += block)
    for (let d = 0; d < card; d++) out[d] = (out[d] as number) + sumRun(t, o + d * stride, stride);
}

/** Multiplies the table by a likelihood over one of its variables (at `stride`, `card` states). */
export function multiplyLikelihood(
  t: Float64Array,
  off: number,
  size: number,
  stride: number,
  card: number,
  lambda: Float64Array,
): void {
  const block = stride * card;
  for (let o = off; o < off + size; o += block)
    for (let d = 0; d < card; d++) {
      const l = lambda[d] as number;
      if (l === 1) continue;
      const b = o + d * stride;
      if (l === 0) t.fill(0, b, b + stride);
      else for (let j = 0; j < stride; j++) t[b + j] = (t[b + j] as number) * l;
    }
}
