/** Letters that Unicode decomposition leaves alone but readers treat as their Latin base. */
const FOLDS: Readonly<Record<string, string>> = {
  ı: "i",
  ł: "l",
  Ł: "l",
  ø: "o",
  Ø: "o",
  đ: "d",
  Đ: "d",
  ð: "d",
  þ: "th",
  ß: "ss",
  æ: "ae",
  Æ: "ae",
  œ: "oe",
  Œ: "oe",
  "&": " and ",
};

const FOLD_RE = /[ıłŁøØđĐðþßæÆœŒ&]/g;
const MARKS_RE = /\p{M}+/gu;
const APOSTROPHES_RE = /['’ʼʻ`‘ʿʾ‛.]/g;
const SEPARATORS_RE = /[\s\-‐‑‒–—―_/]+/g;
const DROPPED_RE = /[,;:()"“”«»]/g;

/**
 * The lookup key of a place name: diacritics folded, apostrophes and periods dropped ("D.C." → "dc"),
 * hyphens and runs of spaces turned into one space, lower case.
 * @example normaliseKey("Kramators’k") // "kramatorsk"
 * @example normaliseKey("Tel Aviv-Yafo") // "tel aviv yafo"
 */
export function normaliseKey(name: string): string {
  return name
    .replace(FOLD_RE, (c) => FOLDS[c] ?? c)
    .normalize("NFKD")
    .replace(MARKS_RE, "")
    .replace(APOSTROPHES_RE, "")
    .replace(DROPPED_RE, " ")
    .replace(SEPARATORS_RE, " ")
    .trim()
    .toLowerCase();
}

const SAINT_PREFIXES: readonly (readonly [string, string])[] = [
  ["saint ", "st "],
  ["sainte ", "ste "],
  ["mount ", "mt "],
  ["fort ", "ft "],
];

/**
 * Spelling variants of a key that news writes interchangeably ("St. Louis" / "Saint Louis").
 * @example keyVariants("saint petersburg") // ["saint petersburg", "st petersburg"]
 */
export function keyVariants(key: string): string[] {
  const out = [key];
  for (const [long, short] of SAINT_PREFIXES) {
    if (key.startsWith(long)) out.push(short + key.slice(long.length));
    else if (key.startsWith(short)) out.push(long + key.slice(short.length));
  }
  return out;
}
