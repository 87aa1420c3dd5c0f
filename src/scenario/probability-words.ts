/**
 * Words of estimative probability → numbers, with the bands of ICD 203 (US Office of the Director
 * of National Intelligence, Intelligence Community Directive 203, Analytic Standards, 2015). A word
 * stands for its band's midpoint; the same bands as data/coding/estimative-words.json.
 */

/** One ICD 203 band: its words and its range. */
export interface ProbabilityBand {
  words: readonly string[];
  range: readonly [number, number];
}

export const ICD_203: readonly ProbabilityBand[] = [
  { words: ["almost no chance", "remote", "remote chance"], range: [0.01, 0.05] },
  { words: ["very unlikely", "highly improbable", "highly unlikely"], range: [0.05, 0.2] },
  { words: ["unlikely", "improbable"], range: [0.2, 0.45] },
  {
    words: ["roughly even chance", "roughly even odds", "even chance", "even odds", "coin toss", "50-50"],
    range: [0.45, 0.55],
  },
  { words: ["likely", "probable"], range: [0.55, 0.8] },
  { words: ["very likely", "highly probable", "highly likely"], range: [0.8, 0.95] },
  { words: ["almost certain", "almost certainly", "nearly certain"], range: [0.95, 0.99] },
];

const WORDS = new Map<string, ProbabilityBand>(ICD_203.flatMap((b) => b.words.map((w) => [w, b] as const)));

/** The band of a probability word, or undefined. Case and spacing are ignored. */
export function probabilityBand(word: string): ProbabilityBand | undefined {
  return WORDS.get(word.trim().toLowerCase().replace(/\s+/g, " "));
}

/**
 * A probability written as a number, a percentage ("30%") or an ICD 203 word ("likely" → 0.675).
 * Returns undefined when the text is none of these.
 */
export function probabilityValue(x: number | string): number | undefined {
  if (typeof x === "number") return x;
  const t = x.trim();
  const pct = /^(\d+(?:\.\d+)?)\s*%$/.exec(t);
  if (pct) return Number(pct[1]) / 100;
  if (/^\d*\.?\d+(?:e-?\d+)?$/i.test(t)) return Number(t);
  const band = probabilityBand(t);
  return band ? (band.range[0] + band.range[1]) / 2 : undefined;
}
