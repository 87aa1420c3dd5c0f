/**
 * Trigger words of the time rules, found in one pass over each sentence: each sentence gets a bit
 * mask of the trigger classes it contains, and a rule only runs on a sentence holding every class
 * its matches cannot do without (a month name, a unit, a digit…). The scan visits every position
 * of the text, so it sees overlapping triggers too, and it matches case-insensitively exactly as
 * the rules do: it skips only rules that could not match, never changing what the rules find.
 */

import type { Sentence } from "./annotated-text.js";
import { isSpaceOrHyphen } from "./char-classes.js";

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
  // Literals of single rules' hints (see time-rule-hints.ts): a hint can only pass on a sentence
  // holding its literal, so a rule needing it skips the hint wherever the literal is missing.
  end: 1 << 18,
  weekend: 1 << 19,
  century: 1 << 20,
  may: 1 << 21,
  days: 1 << 22,
  year: 1 << 23,
  yearMonthWeek: 1 << 24,
  q: 1 << 25,
  agoWord: 1 << 26,
  relativeWord: 1 << 27,
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
  [T.end, ["end"]],
  [T.weekend, ["weekend"]],
  [T.century, ["century"]],
  [T.may, ["may"]],
  [T.days, ["days"]],
  [T.year, ["year"]],
  [T.yearMonthWeek, ["year", "month", "week"]],
  [T.q, ["q"]],
  [T.agoWord, ["ago", "earlier", "later", "before", "after", "hence", "from now", "previously", "back"]],
  [
    T.relativeWord,
    ["this", "last", "next", "previous", "following", "current", "same", "that", "coming", "past"],
  ],
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
  "time.may": [T.month, T.may],
  "time.year-end": [T.unit, T.end],
  "time.year": [T.digit],
  "time.fiscal-short": [T.fiscal, T.digit],
  "time.decade": [T.digit | T.ties],
  "time.century": [T.digit, T.spacedUnit, T.century],
  "time.quarter": [T.spacedUnit, T.period],
  "time.q-number": [T.digit, T.q],
  "time.half": [T.half],
  "time.season": [T.season],
  "time.holiday": [T.holiday],
  "time.clock": [T.digit | T.noon],
  "time.weekday-clock": [T.weekday, T.digit | T.noon],
  "time.weekday": [T.weekday],
  "time.relative-day": [T.relativeDay],
  "time.part-of-day": [T.partOfDay],
  "time.spoken-year": [T.spoken],
  "time.relative-unit": [T.spacedUnit, T.relativeWord],
  "time.the-unit-span": [T.spacedUnit, T.yearMonthWeek],
  "time.the-unit": [T.spacedUnit, T.yearMonthWeek],
  "time.the-weekend": [T.spacedUnit, T.weekend],
  "time.ago": [T.spacedUnit, T.agoWord],
  "time.year-earlier": [T.period],
  "time.year-earlier-adj": [T.unit, T.year],
  "time.set-rate": [T.spacedUnit],
  "time.duration": [T.spacedUnit],
  "time.half-unit": [T.spacedUnit, T.half],
  "time.vague-duration": [T.spacedUnit],
  "time.set-every": [T.every],
  "time.set-adverb": [T.adverb],
  "time.set-plural-weekday": [T.weekday, T.days],
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
 * The literals as an Aho–Corasick automaton over SYMBOLS, so one pass over a sentence finds every
 * occurrence of every literal, overlapping ones and ones inside words included: `next[state *
 * SYMBOLS + symbol]` is the state after reading a symbol (0: the root), `classes[state]` the
 * classes of every literal that ends there (the literal of the state and those that are its
 * suffixes), `unitLengths[state]` a bit (1 << length) for each unit literal among them. Letters
 * match either case and nothing else, as in the rules (case-insensitive without the u flag folds
 * no other letter to a–z); a space matches only a space; any other character ends every literal.
 */
interface Automaton {
  next: Int32Array;
  classes: Int32Array;
  unitLengths: Int32Array;
}

function buildAutomaton(): Automaton {
  // The trie of the literals first.
  const next: number[] = new Array(SYMBOLS).fill(0);
  const classes: number[] = [0];
  const unitLengths: number[] = [0];
  for (const [bit, words] of CLASS_WORDS) {
    for (const w of words) {
      let node = 0;
      for (let k = 0; k < w.length; k++) {
        const sym = symbolOf(w.charCodeAt(k));
        let child = next[node * SYMBOLS + sym] as number;
        if (child === 0) {
          child = classes.length;
          classes.push(0);
          unitLengths.push(0);
          for (let x = 0; x < SYMBOLS; x++) next.push(0);
          next[node * SYMBOLS + sym] = child;
        }
        node = child;
      }
      classes[node] = (classes[node] as number) | bit;
      if (bit === T.unit) unitLengths[node] = (unitLengths[node] as number) | (1 << w.length);
    }
  }
  // Then failure links, breadth first: a missing transition follows the failure state's, and a
  // state also reports what its failure state reports (the literals that are its suffixes).
  const fail: number[] = new Array(classes.length).fill(0);
  const queue: number[] = [];
  for (let sym = 0; sym < SYMBOLS; sym++) {
    const child = next[sym] as number;
    if (child !== 0) queue.push(child);
  }
  for (let q = 0; q < queue.length; q++) {
    const node = queue[q] as number;
    const f = fail[node] as number;
    classes[node] = (classes[node] as number) | (classes[f] as number);
    unitLengths[node] = (unitLengths[node] as number) | (unitLengths[f] as number);
    for (let sym = 0; sym < SYMBOLS; sym++) {
      const child = next[node * SYMBOLS + sym] as number;
      const viaFail = next[f * SYMBOLS + sym] as number;
      if (child === 0) next[node * SYMBOLS + sym] = viaFail;
      else {
        fail[child] = viaFail;
        queue.push(child);
      }
    }
  }
  return {
    next: Int32Array.from(next),
    classes: Int32Array.from(classes),
    unitLengths: Int32Array.from(unitLengths),
  };
}

const AUTOMATON = buildAutomaton();

/**
 * The trigger classes of each sentence: bit masks indexed like `sentences`, counting only
 * triggers that lie wholly inside the sentence's [start, end). Every occurrence counts, so
 * triggers inside words ("day" in "Tuesday") and overlapping ones count too.
 * @example sentenceTriggers("Talks end next week.", sentences)[0] & T.unit // != 0
 */
export function sentenceTriggers(text: string, sentences: readonly Sentence[]): Uint32Array {
  const out = new Uint32Array(sentences.length);
  const { next, classes, unitLengths } = AUTOMATON;
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k] as Sentence;
    const to = Math.min(s.end, text.length);
    let mask = 0;
    let state = 0;
    for (let q = s.start; q < to; q++) {
      const c = text.charCodeAt(q);
      const sym = symbolOf(c);
      if (sym < 0) {
        if (c >= 48 && c <= 57) mask |= T.digit;
        state = 0;
        continue;
      }
      state = next[state * SYMBOLS + sym] as number;
      mask |= classes[state] as number;
      const lengths = unitLengths[state] as number;
      // A unit literal ending here counts as spaced when the space or hyphen before it lies in the sentence too.
      if (lengths !== 0 && (mask & T.spacedUnit) === 0) mask |= spacedUnit(text, s.start, q, lengths);
    }
    out[k] = mask;
  }
  return out;
}

/** T.spacedUnit when one of the unit literals (lengths: bits 1 << length) ending at q follows a space or hyphen. */
function spacedUnit(text: string, start: number, q: number, lengths: number): number {
  for (let n = 1; n < 32; n++) {
    if ((lengths & (1 << n)) === 0) continue;
    const p = q - n + 1;
    if (p > start && isSpaceOrHyphen(text.charCodeAt(p - 1))) return T.spacedUnit;
  }
  return 0;
}

/** True when a sentence's trigger classes meet every need of a rule. */
export function meetsNeeds(mask: number, needs: readonly number[] | undefined): boolean {
  if (!needs) return true;
  for (const n of needs) if ((mask & n) === 0) return false;
  return true;
}
