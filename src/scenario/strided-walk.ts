/**
 * Walks a flat table against a smaller table over a subset of its variables without an index map:
 * the dimensions are collapsed where the two layouts run together, the innermost run is a tight
 * loop, and an odometer moves over the rest. This is what marginalise (sum / max) and extend
 * (multiply) do between a clique and a separator or a CPT.
 */

/** A precomputed walk: collapsed outer dims and the innermost run. */
export interface StridedPlan {
  /** Outer dims (outermost first), their cards and sub-table strides. */
  cards: Int32Array;
  sub: Int32Array;
  /** Length of the innermost run and its stride in the sub-table (0: one sub entry per run). */
  inner: number;
  innerStride: number;
  /** The two dims just outside the innermost run, walked by plain loops too. */
  mid: number;
  midStride: number;
  outer: number;
  outerStride: number;
  size: number;
}

let digitScratch = new Int32Array(32);

/** A zeroed odometer of n digits, re-used across walks (walks do not nest). */
function digits(n: number): Int32Array {
  if (digitScratch.length < n) digitScratch = new Int32Array(2 * n);
  digitScratch.fill(0, 0, n);
  return digitScratch;
}

/** Plans a walk of a table over `cards` (row-major) whose entries map to sub-table strides `subStride`. */
export function planWalk(cards: ArrayLike<number>, subStride: ArrayLike<number>): StridedPlan {
  const c: number[] = [];
  const s: number[] = [];
  let size = 1;
  for (let k = 0; k < cards.length; k++) {
    const card = cards[k] as number;
    size *= card;
    if (card === 1) continue;
    const sub = subStride[k] as number;
    const last = c.length - 1;
    // Merge with the previous (outer) dim when the sub-table layout runs on contiguously.
    if (last >= 0 && (s[last] as number) === sub * card) {
      c[last] = (c[last] as number) * card;
      s[last] = sub;
    } else {
      c.push(card);
      s.push(sub);
    }
  }
  const inner = c.pop() ?? 1;
  const innerStride = s.pop() ?? 0;
  const mid = c.pop() ?? 1;
  const midStride = s.pop() ?? 0;
  const outer = c.pop() ?? 1;
  const outerStride = s.pop() ?? 0;
  return {
    cards: Int32Array.from(c),
    sub: Int32Array.from(s),
    inner,
    innerStride,
    mid,
    midStride,
    outer,
    outerStride,
    size,
  };
}

/** t[off + i] *= f[fo + sub(i)] over the whole table. */
export function multiplyWalk(
  t: Float64Array,
  off: number,
  plan: StridedPlan,
  f: Float64Array,
  fo: number,
): void {
  const { cards, sub, inner, innerStride: st, mid, midStride: ms, outer, outerStride: os } = plan;
  const n = cards.length;
  const digit = digits(n);
  let idx = fo;
  const end = off + plan.size;
  const step = inner * mid * outer;
  for (let i0 = off; i0 < end; i0 += step) {
    let i = i0;
    for (let o = 0, y0 = idx; o < outer; o++, y0 += os)
      for (let m = 0, x0 = y0; m < mid; m++, i += inner, x0 += ms) {
        if (st === 0) {
          const x = f[x0] as number;
          if (x === 0) t.fill(0, i, i + inner);
          else if (x !== 1) for (let j = 0; j < inner; j++) t[i + j] = (t[i + j] as number) * x;
        } else if (st === 1)
          for (let j = 0; j < inner; j++) t[i + j] = (t[i + j] as number) * (f[x0 + j] as number);
        else for (let j = 0; j < inner; j++) t[i + j] = (t[i + j] as number) * (f[x0 + j * st] as number);
      }
    for (let k = n - 1; k >= 0; k--) {
      const dk = (digit[k] as number) + 1;
      if (dk < (cards[k] as number)) {
        digit[k] = dk;
        idx += sub[k] as number;
        break;
      }
      digit[k] = 0;
      idx -= (sub[k] as number) * (dk - 1);
    }
  }
}

/** out[oo + sub(i)] = Σ t[off + i] (sum) or max (when `max`); out[oo .. oo+outSize) zeroed first. */
export function marginaliseWalk(
  t: Float64Array,
  off: number,
  plan: StridedPlan,
  out: Float64Array,
  oo: number,
  outSize: number,
  max = false,
): void {
  out.fill(0, oo, oo + outSize);
  const { cards, sub, inner, innerStride: st, mid, midStride: ms, outer, outerStride: os } = plan;
  const n = cards.length;
  const digit = digits(n);
  let idx = oo;
  const end = off + plan.size;
  const step = inner * mid * outer;
  for (let i0 = off; i0 < end; i0 += step) {
    let i = i0;
    for (let o = 0, y0 = idx; o < outer; o++, y0 += os)
      for (let m = 0, x0 = y0; m < mid; m++, i += inner, x0 += ms) {
        if (st === 0) {
          if (max) {
            let acc = out[x0] as number;
            for (let j = 0; j < inner; j++) acc = Math.max(acc, t[i + j] as number);
            out[x0] = acc;
          } else out[x0] = (out[x0] as number) + sumRun(t, i, inner);
        } else if (max)
          for (let j = 0; j < inner; j++)
            out[x0 + j * st] = Math.max(out[x0 + j * st] as number, t[i + j] as number);
        else
          for (let j = 0; j < inner; j++)
            out[x0 + j * st] = (out[x0 + j * st] as number) + (t[i + j] as number);
      }
    for (let k = n - 1; k >= 0; k--) {
      const dk = (digit[k] as number) + 1;
      if (dk < (cards[k] as number)) {
        digit[k] = dk;
        idx += sub[k] as number;
        break;
      }
      digit[k] = 0;
      idx -= (sub[k] as number) * (dk - 1);
    }
  }
}

/** Σ t[from .. from+n): four independent sums, so a long run is bound by memory, not by one add chain. */
export function sumRun(t: Float64Array, from: number, n: number): number {
  let a = 0;
  let b = 0;
  let c = 0;
  let d = 0;
  const end4 = from + (n & ~3);
  let i = from;
  for (; i < end4; i += 4) {
    a += t[i] as number;
    b += t[i + 1] as number;
    c += t[i + 2] as number;
    d += t[i + 3] as number;
  }
  for (; i < from + n; i++) a += t[i] as number;
  return a + b + (c + d);
}
