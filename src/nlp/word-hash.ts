/** FNV-1a over UTF-16 code units: the word hash the annotator stores and the dictionaries' bitmaps use. */

export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 16777619;

/**
 * FNV-1a of s, continued from h: hashing a key piece by piece hashes the whole key.
 * @example fnv1a(fnv1a(FNV_OFFSET, "new "), "york") === wordHash("new york")
 */
export function fnv1a(h: number, s: string): number {
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), FNV_PRIME);
  return h;
}

/** FNV-1a of a word (a 32-bit integer). */
export function wordHash(s: string): number {
  return fnv1a(FNV_OFFSET, s);
}
