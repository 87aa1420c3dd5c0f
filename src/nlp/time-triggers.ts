/**
 * Trigger words of the time rules, found in one pass over each sentence: each sentence gets a bit
 * mask of the trigger classes it contains, and a rule only runs on a sentence holding every class
 * its matches cannot do without (a month name, a unit, a digit…). The scan visits every position
 * of the text, so it sees overlapping triggers too, and it matches case-insensitively exactly as
 * the rules do: it skips only rules that could not match, never changing what the rules find.
 */
import type { Sentence } from "./annotated-text.js";

/** Trigger classes, one bit each. */
export const T = {
  digit: 1 << 0,
  month: 1 << 1,
  weekday: 1 << 2,
  unit: 1 << 3,
  noon: 1 << 4,
  half: 1 << 5,
  season: 1 << 6,
  holiday: 1 << 7,
  relativeDay: 1 << 8,
  partOfDay: 1 << 9,
  spoken: 1 << 10,
  period: 1 << 11,
  every: 1 << 12,
  adverb: 1 << 13,
  reference: 1 << 14,
  ties: 1 << 15,
  fiscal: 1 << 16,
  /** A unit word right after a space or hyphen ("ten days", "10-day"), not inside "Tuesday". */
  spacedUnit: 1 << 17,
} as const;

/** The literals of each class, lower case; a match of the class's rules contains one of them. */
const CLASS_WORDS: readonly (readonly [number, readonly string[]])[] = [
  [T.month, ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]],
  [T.weekday, ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]],
  [
    T.unit,
    [
      "second",
      "minute",
      "hour",
      "day",
      "night",
      "week",
      "fortnight",
      "month",
      "quarter",
      "year",
      "decade",
      "centur",
    ],
  ],
  [T.noon, ["noon", "midday", "midnight"]],
  [T.half, ["half"]],
  [T.season, ["spring", "summer", "fall", "autumn", "winter"]],
  [
    T.holiday,
    [
      "christmas",
      "new year",
      "thanksgiving",
      "independence",
      "halloween",
      "valentine",
      "labor day",
      "memorial day",
    ],
  ],
  [T.relativeDay, ["today", "yesterday", "tomorrow", "tonight"]],
  [T.partOfDay, ["morning", "afternoon", "evening", "night", "overnight"]],
  [T.spoken, ["nineteen", "two thousand"]],
  [T.period, ["quarter", "period"]],
  [T.every, ["every", "each"]],
  [T.adverb, ["daily", "weekly", "monthly", "yearly", "hourly", "nightly"]],
  [
    T.reference,
    ["recent", "now", "current", "present", "these", "lately", "future", "past", "coming", "term"],
  ],
  [T.ties, ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"]],
  [T.fiscal, ["fiscal"]],
];

/**
 * What each rule needs: every mask in the list must meet the sentence's classes. A rule missing
 * here always runs. Every entry names literals that any match of the rule's expression contains.
 */
export const RULE_NEEDS: Readonly<Record<string, readonly number[]>> = {
  "time.iso-date": [T.digit],
  "time.slash-date": [T.digit],
  "time.month-day": [T.month, T.digit],
  "time.day-month": [T.month, T.digit],
  "time.month-year": [T.month, T.digit],
  "time.month-relative-year": [T.month, T.spacedUnit],
  "time.month": [T.month],
  "time.may": [T.month],
  "time.year-end": [T.unit],
  "time.year": [T.digit],
  "time.fiscal-short": [T.fiscal, T.digit],
  "time.decade": [T.digit | T.ties],
  "time.century": [T.digit, T.spacedUnit],
  "time.quarter": [T.spacedUnit],
  "time.q-number": [T.digit],
  "time.half": [T.half],
  "time.season": [T.season],
  "time.holiday": [T.holiday],
  "time.clock": [T.digit | T.noon],
  "time.weekday-clock": [T.weekday, T.digit | T.noon],
  "time.weekday": [T.weekday],
  "time.relative-day": [T.relativeDay],
  "time.part-of-day": [T.partOfDay],
  "time.spoken-year": [T.spoken],
  "time.relative-unit": [T.spacedUnit],
  "time.the-unit-span": [T.spacedUnit],
  "time.the-unit": [T.spacedUnit],
  "time.the-weekend": [T.spacedUnit],
  "time.ago": [T.spacedUnit],
  "time.year-earlier": [T.period],
  "time.year-earlier-adj": [T.unit],
  "time.set-rate": [T.spacedUnit],
  "time.duration": [T.spacedUnit],
  "time.half-unit": [T.spacedUnit],
  "time.vague-duration": [T.spacedUnit],
  "time.set-every": [T.every],
  "time.set-adverb": [T.adverb],
  "time.set-plural-weekday": [T.weekday],
  "time.reference": [T.reference],
};

/** Trie symbols: the letters a–z (either case), then the space. */
const SYMBOLS = 27;

function symbolOf(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 65 && c <= 90) return c - 65;
  return c === 0x20 ? 26 : -1;
}

/**
 * The literals as a trie over SYMBOLS: `next[node * SYMBOLS + symbol]` is the child (0: none),
 * `classes[node]` the classes of the literal ending at the node. Letters match either case and
 * nothing else, as in the rules (case-insensitive without the u flag folds no other letter to
 * a–z); a space matches only a space.
 */
function buildTrie(): { next: Int32Array; classes: Int32Array } {
  const next: number[] = new Array(SYMBOLS).fill(0);
  const classes: number[] = [0];
  for (const [bit, words] of CLASS_WORDS) {
    for (const w of words) {
      let node = 0;
      for (let k = 0; k < w.length; k++) {
        const sym = symbolOf(w.charCodeAt(k));
        let child = next[node * SYMBOLS + sym] as number;
        if (child === 0) {
          child = classes.length;
          classes.push(0);
          for (let x = 0; x < SYMBOLS; x++) next.push(0);
          next[node * SYMBOLS + sym] = child;
        }
        node = child;
      }
      classes[node] = (classes[node] as number) | bit;
    }
  }
  return { next: Int32Array.from(next), classes: Int32Array.from(classes) };
}

const TRIE = buildTrie();

/**
 * The trigger classes of each sentence: bit masks indexed like `sentences`, counting only
 * triggers that lie wholly inside the sentence's [start, end). Every position is tried, so
 * triggers inside words ("day" in "Tuesday") and overlapping ones count too.
 * @example sentenceTriggers("Talks end next week.", sentences)[0] & T.unit // != 0
 */
export function sentenceTriggers(text: string, sentences: readonly Sentence[]): Uint32Array {
  const out = new Uint32Array(sentences.length);
  const { next, classes } = TRIE;
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k] as Sentence;
    const to = Math.min(s.end, text.length);
    let mask = 0;
    for (let p = s.start; p < to; p++) {
      const c = text.charCodeAt(p);
      if (c >= 48 && c <= 57) {
        mask |= T.digit;
        continue;
      }
      let node = 0;
      for (let q = p; q < to; q++) {
        const sym = symbolOf(text.charCodeAt(q));
        if (sym < 0) break;
        node = next[node * SYMBOLS + sym] as number;
        if (node === 0) break;
        const found = classes[node] as number;
        if (found === 0) continue;
        mask |= found;
        // The space or hyphen before a unit must lie in the sentence too.
        if (found & T.unit && p > s.start && isSpaceOrHyphen(text.charCodeAt(p - 1))) mask |= T.spacedUnit;
      }
    }
    out[k] = mask;
  }
  return out;
}

/** `[-\s]` of a regular expression: a hyphen or any JavaScript white space. */
function isSpaceOrHyphen(c: number): boolean {
  if (c === 0x2d || c === 0x20 || (c >= 0x09 && c <= 0x0d)) return true;
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** True when a sentence's trigger classes meet every need of a rule. */
export function meetsNeeds(mask: number, needs: readonly number[] | undefined): boolean {
  if (!needs) return true;
  for (const n of needs) if ((mask & n) === 0) return false;
  return true;
}
