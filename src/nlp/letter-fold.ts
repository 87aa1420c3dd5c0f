/**
 * Letters of Latin Extended-A/B and Latin Extended Additional folded to their base letter, one code
 * unit for one ("Erdoğan" → "Erdogan", "Hamáček" → "Hamácek", "Wałęsa" → "Walesa", "Nguyễn" →
 * "Nguyen"): wink-nlp's tokenizer splits a word at such a letter ("Erdo" "ğ" "an"), so the tokenizer
 * reads the folded text, whose offsets are the original's. Latin-1 letters (é, ó, ü) are words to
 * wink already and are kept.
 */

/** Letters with no canonical decomposition, and their base. */
const BASES: Record<string, string> = {
  ł: "l",
  Ł: "L",
  đ: "d",
  Đ: "D",
  ı: "i",
  ħ: "h",
  Ħ: "H",
  ŧ: "t",
  Ŧ: "T",
  ŀ: "l",
  Ŀ: "L",
  œ: "o",
  Œ: "O",
  ŋ: "n",
  Ŋ: "N",
  ĸ: "k",
  ƒ: "f",
  ſ: "s",
  ƀ: "b",
  ɨ: "i",
  ʉ: "u",
};

const EXTENDED = /[\u0100-\u024f\u1e00-\u1eff]/;
const EXTENDED_ALL = /[\u0100-\u024f\u1e00-\u1eff]/g;

const cache = new Map<string, string>();

function base(ch: string): string {
  let out = cache.get(ch);
  if (out !== undefined) return out;
  const first = ch.normalize("NFD").charAt(0);
  out = BASES[ch] ?? (/^[A-Za-z]$/.test(first) ? first : ch);
  cache.set(ch, out);
  return out;
}

/** The text with extended Latin letters folded to their base, of the same length. */
export function foldLetters(text: string): string {
  return EXTENDED.test(text) ? text.replace(EXTENDED_ALL, base) : text;
}
