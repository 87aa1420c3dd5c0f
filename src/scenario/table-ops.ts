/**
 * Loops over flat row-major tables (last variable fastest). Everything here works on typed arrays
 * with offsets: no per-entry allocation.
 */

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

/** An index map stored in the narrowest unsigned type that holds its largest index. */
export type IndexMap = Uint8Array | Uint16Array | Int32Array;

/**
 * For every entry of a table over `cards`, the index in a sub-table whose strides per position are
 * `subStride` (0 where the variable is not in the sub-table) and which has `subSize` entries.
 */
export function projectionIndex(cards: Int32Array, subStride: Int32Array, size: number, subSize = 2 ** 31): IndexMap {
  const out = subSize <= 256 ? new Uint8Array(size) : subSize <= 65536 ? new Uint16Array(size) : new Int32Array(size);
  const n = cards.length;
  if (n === 0) return out;
  const digit = new Int32Array(n);
  const last = n - 1;
  const lastCard = cards[last] as number;
  const lastStride = subStride[last] as number;
  let idx = 0;
  for (let i = 0; i < size; i += lastCard) {
    for (let d = 0; d < lastCard; d++) out[i + d] = idx + d * lastStride;
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
  return out;
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

/** t[off + i] *= f[fo + map[i]] for i < size; one monomorphic loop per map type. */
export function multiplyMapped(t: Float64Array, off: number, size: number, f: Float64Array, fo: number, map: IndexMap): void {
  if (map instanceof Uint8Array) mulU8(t, off, size, f, fo, map);
  else if (map instanceof Uint16Array) mulU16(t, off, size, f, fo, map);
  else mulI32(t, off, size, f, fo, map);
}

function mulU8(t: Float64Array, off: number, size: number, f: Float64Array, fo: number, map: Uint8Array): void {
  for (let i = 0; i < size; i++) t[off + i] = (t[off + i] as number) * (f[fo + (map[i] as number)] as number);
}
function mulU16(t: Float64Array, off: number, size: number, f: Float64Array, fo: number, map: Uint16Array): void {
  for (let i = 0; i < size; i++) t[off + i] = (t[off + i] as number) * (f[fo + (map[i] as number)] as number);
}
function mulI32(t: Float64Array, off: number, size: number, f: Float64Array, fo: number, map: Int32Array): void {
  for (let i = 0; i < size; i++) t[off + i] = (t[off + i] as number) * (f[fo + (map[i] as number)] as number);
}

/** out[map[i]] += t[off + i] (out zeroed first); one monomorphic loop per map type. */
export function sumMapped(t: Float64Array, off: number, size: number, out: Float64Array, outSize: number, map: IndexMap): void {
  out.fill(0, 0, outSize);
  if (map instanceof Uint8Array) sumU8(t, off, size, out, map);
  else if (map instanceof Uint16Array) sumU16(t, off, size, out, map);
  else sumI32(t, off, size, out, map);
}

function sumU8(t: Float64Array, off: number, size: number, out: Float64Array, map: Uint8Array): void {
  for (let i = 0; i < size; i++) out[map[i] as number] = (out[map[i] as number] as number) + (t[off + i] as number);
}
function sumU16(t: Float64Array, off: number, size: number, out: Float64Array, map: Uint16Array): void {
  for (let i = 0; i < size; i++) out[map[i] as number] = (out[map[i] as number] as number) + (t[off + i] as number);
}
function sumI32(t: Float64Array, off: number, size: number, out: Float64Array, map: Int32Array): void {
  for (let i = 0; i < size; i++) out[map[i] as number] = (out[map[i] as number] as number) + (t[off + i] as number);
}

/** out[map[i]] = max(out[map[i]], t[off + i]) (out zeroed first). */
export function maxMapped(t: Float64Array, off: number, size: number, out: Float64Array, outSize: number, map: IndexMap): void {
  out.fill(0, 0, outSize);
  for (let i = 0; i < size; i++) {
    const k = map[i] as number;
    const x = t[off + i] as number;
    if (x > (out[k] as number)) out[k] = x;
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
    for (let d = 0; d < card; d++) {
      let s = 0;
      const b = o + d * stride;
      for (let j = 0; j < stride; j++) s += t[b + j] as number;
      out[d] = (out[d] as number) + s;
    }
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
