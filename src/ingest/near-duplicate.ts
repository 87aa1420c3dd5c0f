/**
 * Near-duplicate detection with MinHash and locality-sensitive hashing (LSH): the same wire
 * story re-published with a new headline, a changed dateline or a trimmed last paragraph
 * shares most of its word 5-grams with the original. Pure functions, no I/O:
 * text → shingles → MinHash signature → LSH band keys (stored in an indexed table) →
 * estimated Jaccard similarity against the few candidates that share a band key.
 *
 * The signature has 128 hashes; its first 40 form 8 LSH bands of 5 rows, so two texts collide in
 * at least one band with probability 1 − (1 − J⁵)⁸ (`bandCollisionProbability`): 0.96 at J = 0.8,
 * 0.48 at J = 0.6, 0.08 at J = 0.4. A candidate counts as a near duplicate when its Jaccard,
 * estimated on all 128 hashes, is ≥ 0.8. (Until schema version 5: 16 bands of 8 rows, 0.95 at
 * J = 0.8 for twice the band keys a document writes.)
 */

/** Shape of a sketch: `hashes` hash functions, the first bands × rows of them in LSH bands. */
export interface SketchShape {
  bands: number;
  rows: number;
  /** Hash functions of the signature (≥ bands × rows). */
  hashes: number;
  /** Words per shingle. */
  shingleSize: number;
}

export const DEFAULT_SKETCH: SketchShape = { bands: 8, rows: 5, hashes: 128, shingleSize: 5 };

/** The probability that two texts of Jaccard similarity `j` share at least one band key. */
export function bandCollisionProbability(j: number, shape: SketchShape = DEFAULT_SKETCH): number {
  return 1 - (1 - j ** shape.rows) ** shape.bands;
}

/** Estimated Jaccard at or above which two documents are near duplicates. */
export const NEAR_DUPLICATE_THRESHOLD = 0.8;

/** A document's sketch: the MinHash signature and the LSH band keys derived from it. */
export interface Sketch {
  signature: Uint32Array;
  /** One integer per band: band × 2³² + the 32-bit hash of its rows (exact in a double, an int8 in SQL). */
  bandKeys: number[];
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Word n-gram shingles of a text, lower-cased; a text shorter than n words is one shingle. */
export function shingles(text: string, size = DEFAULT_SKETCH.shingleSize): Set<string> {
  const words = text.toLowerCase().match(WORD) ?? [];
  const out = new Set<string>();
  if (words.length === 0) return out;
  if (words.length < size) {
    out.add(words.join(" "));
    return out;
  }
  for (let i = 0; i + size <= words.length; i++) out.add(words.slice(i, i + size).join(" "));
  return out;
}

/** FNV-1a, 32 bits: a fast stable hash of a string. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finaliser: mixes a 32-bit value so every input bit affects every output bit. */
function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const seedCache = new Map<number, Uint32Array>();

/** Per-hash-function seeds, derived deterministically so signatures are comparable across runs. */
function seeds(count: number): Uint32Array {
  let out = seedCache.get(count);
  if (!out) {
    out = new Uint32Array(count);
    for (let i = 0; i < count; i++) out[i] = fmix32(0x9e3779b9 + Math.imul(i + 1, 0x27d4eb2d));
    seedCache.set(count, out);
  }
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Per UTF-16 code unit outside ASCII: 0 not yet known, 1 not a word character, 2 a word character. */
const wordUnits = new Uint8Array(65536);
/** Astral code points (surrogate pairs) seen so far: whether each is a word character. */
const wordAstral = new Map<number, boolean>();

/** Whether a BMP code unit (not ASCII) is a letter or digit; a lone surrogate never is. */
function isWordUnit(c: number): boolean {
  let known = wordUnits[c] as number;
  if (known === 0) {
    known = (c >= 0xd800 && c <= 0xdfff) || !WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    wordUnits[c] = known;
  }
  return known === 2;
}

function isWordCodePoint(cp: number): boolean {
  let known = wordAstral.get(cp);
  if (known === undefined) {
    known = WORD_CHAR.test(String.fromCodePoint(cp));
    wordAstral.set(cp, known);
  }
  return known;
}

/**
 * The words of a text as [start, end) offsets: the runs `WORD` matches (letters and digits by code
 * point), found without a regular expression or a string per word.
 */
function wordBounds(s: string, starts: number[], ends: number[]): void {
  const len = s.length;
  let start = -1;
  for (let i = 0; i < len; ) {
    const c = s.charCodeAt(i);
    let step = 1;
    let word: boolean;
    if (c < 128) word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        step = 2;
        word = isWordCodePoint(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
      } else word = false;
    } else word = isWordUnit(c);
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      starts.push(start);
      ends.push(i);
      start = -1;
    }
    i += step;
  }
  if (start >= 0) {
    starts.push(start);
    ends.push(len);
  }
}

/** FNV-1a of the words from..to-1 of `s` joined by single spaces, without building that string. */
function joinedHash(s: string, starts: readonly number[], ends: readonly number[], from: number, to: number) {
  let h = 0x811c9dc5;
  for (let w = from; w < to; w++) {
    if (w > from) h = Math.imul(h ^ 32, 0x01000193);
    const end = ends[w] as number;
    for (let i = starts[w] as number; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  }
  return h >>> 0;
}

/**
 * `fnv1a` of each shingle of a text, computed over its words in place (no shingle or word strings).
 * A shingle that occurs twice is hashed twice: MinHash takes minima, so repeats change nothing.
 */
export function shingleHashes(text: string, size = DEFAULT_SKETCH.shingleSize): number[] {
  const lower = text.toLowerCase();
  const starts: number[] = [];
  const ends: number[] = [];
  wordBounds(lower, starts, ends);
  const n = starts.length;
  if (n === 0) return [];
  if (n < size) return [joinedHash(lower, starts, ends, 0, n)];
  const out = new Array<number>(n - size + 1);
  for (let i = 0; i + size <= n; i++) out[i] = joinedHash(lower, starts, ends, i, i + size);
  return out;
}

/**
 * minhashSignature over shingle hashes already computed (`shingleHashes`). One hash function at a
 * time over all shingles, the running minimum kept in a register as a signed integer (x ^ 2³¹ orders
 * signed as x orders unsigned), so the inner loop stays in 32-bit integer arithmetic.
 */
export function minhashOfHashes(bases: readonly number[], hashes: number): Uint32Array {
  const s = seeds(hashes);
  const n = bases.length;
  const b = Int32Array.from(bases);
  const sig = new Uint32Array(hashes);
  for (let i = 0; i < hashes; i++) {
    const seed = (s[i] as number) | 0;
    let min = 0x7fffffff; // 0xffffffff, flipped
    for (let k = 0; k < n; k++) {
      let h = (b[k] as number) ^ seed;
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      h ^= h >>> 16;
      h ^= 0x80000000;
      if (h < min) min = h;
    }
    sig[i] = (min ^ 0x80000000) >>> 0;
  }
  return sig;
}

/**
 * MinHash signature of a shingle set: for each of `hashes` hash functions, the smallest hash
 * over the set. An empty set gives a signature of 0xffffffff, which matches only itself.
 */
export function minhashSignature(set: Iterable<string>, hashes: number): Uint32Array {
  return minhashOfHashes(Array.from(set, fnv1a), hashes);
}

/**
 * LSH band keys, one per band: band × 2³² + the hash of its rows; equal keys mean equal rows in that
 * band. Integers, so a store keeps them in a narrow integer index.
 */
export function bandKeys(signature: Uint32Array, shape: SketchShape = DEFAULT_SKETCH): number[] {
  const keys: number[] = [];
  for (let b = 0; b < shape.bands; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < shape.rows; r++) {
      h = fmix32(h ^ (signature[b * shape.rows + r] ?? 0));
    }
    keys.push(b * 2 ** 32 + h);
  }
  return keys;
}

/** Estimated Jaccard similarity: the share of signature positions on which two signatures agree. */
export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/**
 * The sketch of a text.
 *
 * @example
 * const a = sketchText(original), b = sketchText(republished);
 * a.bandKeys.some((k) => b.bandKeys.includes(k)) && estimatedJaccard(a.signature, b.signature) >= 0.8
 */
export function sketchText(text: string, shape: SketchShape = DEFAULT_SKETCH): Sketch {
  // The same signature as minhashSignature(shingles(text)), without building shingle strings.
  const signature = minhashOfHashes(shingleHashes(text, shape.shingleSize), shape.hashes);
  return { signature, bandKeys: bandKeys(signature, shape) };
}

const HEX_BYTES = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, "0"));

/** A signature as hex text (8 characters per hash, most significant first), for storage in any SQL dialect. */
export function signatureToHex(signature: Uint32Array): string {
  let out = "";
  for (const v of signature)
    out +=
      (HEX_BYTES[v >>> 24] as string) +
      (HEX_BYTES[(v >>> 16) & 255] as string) +
      (HEX_BYTES[(v >>> 8) & 255] as string) +
      (HEX_BYTES[v & 255] as string);
  return out;
}

/** Inverse of signatureToHex. */
export function signatureFromHex(hex: string): Uint32Array {
  const out = new Uint32Array(Math.floor(hex.length / 8));
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(i * 8, i * 8 + 8), 16);
  return out;
}
