import * as chrono from "chrono-node";
import type { AnnotatedText, Token } from "./annotated-text.js";

export type TimePrecision = "day" | "month" | "year";

export interface TimeMention {
  start: number;
  end: number;
  text: string;
  /** "YYYY-MM-DD", "YYYY-MM" or "YYYY". */
  value: string;
  precision: TimePrecision;
  sentence: number;
  /** First and last token indices covered. */
  tokenStart: number;
  tokenEnd: number;
  /** How the value was obtained, for --explain. */
  rule: string;
}

type Tense = "past" | "future" | "present";

const WEEKDAY = /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const DURATION_ONLY =
  /^(in\s+)?(less than\s+|more than\s+|about\s+)?\d+\s+(hours?|minutes?|seconds?|days?|weeks?|months?|years?)$/i;
const DATE_HINT =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|today|tonight|yesterday|tomorrow|ago|last|next|this|past|coming|week|weekend|month|year|day|days|spring|summer|autumn|fall|winter|noon|midnight|morning|evening|night|afternoon|decade|century|earlier|later|now|recently)/i;
const PRESENT_ONLY = /^(?:now|right now|currently|at present|these days)$/i;
const BARE_YEAR =
  /\b(in|since|by|during|until|till|from|of|before|after|early|late|mid-?)\s+((?:19|20)\d\d)\b(?![-/]\d)/gi;
const FUTURE_AUX = new Set([
  "will",
  "shall",
  "'ll",
  "going",
  "plans",
  "plan",
  "planned",
  "scheduled",
  "set",
  "expected",
]);
const PAST_AUX = new Set(["was", "were", "had", "did", "'d"]);

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function isoDay(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Tense of the verb nearest to a token span, from auxiliaries and verb morphology. */
export function tenseNear(at: AnnotatedText, tokenStart: number, tokenEnd: number): Tense {
  const first = at.tokens[tokenStart] as Token;
  const sentence = at.sentences[first.sentence];
  if (!sentence) return "present";
  let best: { distance: number; tense: Tense } | null = null;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (i >= tokenStart && i < tokenEnd) continue;
    const t = at.tokens[i] as Token;
    const tense = tokenTense(at, t);
    if (!tense) continue;
    const distance = i < tokenStart ? tokenStart - i : i - tokenEnd + 1;
    if (!best || distance < best.distance) best = { distance, tense };
  }
  return best?.tense ?? "present";
}

function tokenTense(at: AnnotatedText, t: Token): Tense | null {
  if (t.pos !== "VERB" && t.pos !== "AUX") return null;
  if (FUTURE_AUX.has(t.lower)) return "future";
  if (PAST_AUX.has(t.lower)) return "past";
  if (t.pos === "VERB" && t.lower !== t.lemma && !t.lower.endsWith("ing") && !t.lower.endsWith("s")) {
    const before = at.tokens[t.i - 1];
    // "will be deployed", "to be signed": a participle after a future auxiliary is not past.
    if (before && (before.lower === "be" || before.lower === "to")) return null;
    return "past";
  }
  return null;
}

function weekdayDate(ref: Date, weekday: number, tense: Tense): Date {
  const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate()));
  const diff = weekday - d.getUTCDay();
  if (tense === "future") d.setUTCDate(d.getUTCDate() + (diff > 0 ? diff : diff + 7));
  else d.setUTCDate(d.getUTCDate() + (diff <= 0 ? diff : diff - 7));
  return d;
}

/** Token indices covering [start, end): binary search, tokens are sorted by offset. */
function tokenRange(at: AnnotatedText, start: number, end: number): [number, number] {
  const { tokens } = at;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).end <= start) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= tokens.length || (tokens[lo] as Token).start >= end) return [-1, 0];
  let b = lo;
  while (b + 1 < tokens.length && (tokens[b + 1] as Token).start < end) b++;
  return [lo, b + 1];
}

function fromChrono(
  at: AnnotatedText,
  r: chrono.ParsedResult,
  ref: Date,
  offset: number,
): TimeMention | null {
  let text = r.text;
  const trimmed = text.replace(/[\s,.;:]+$/, "");
  text = trimmed;
  if (DURATION_ONLY.test(text) || PRESENT_ONLY.test(text)) return null;
  const start = offset + r.index;
  const end = start + text.length;
  const [tokenStart, tokenEnd] = tokenRange(at, start, end);
  if (tokenStart < 0) return null;
  const sentence = (at.tokens[tokenStart] as Token).sentence;
  const c = r.start;
  const base = { start, end, text, sentence, tokenStart, tokenEnd };
  if (c.isCertain("weekday") && !c.isCertain("day") && WEEKDAY.test(text)) {
    const tense = tenseNear(at, tokenStart, tokenEnd);
    const d = weekdayDate(ref, c.get("weekday") ?? 0, tense === "future" ? "future" : "past");
    return { ...base, value: isoDay(d), precision: "day", rule: `time.weekday.${tense}` };
  }
  const date = c.date();
  const year = c.isCertain("year") ? (c.get("year") ?? date.getUTCFullYear()) : date.getUTCFullYear();
  const month = c.get("month") ?? date.getUTCMonth() + 1;
  if (c.isCertain("day") || (c.isCertain("month") && /\b(yesterday|today|tomorrow|ago)\b/i.test(text))) {
    const day = c.get("day") ?? date.getUTCDate();
    const y = c.isCertain("year") ? year : shiftYear(at, base, ref, year, month, day);
    return { ...base, value: `${y}-${pad(month)}-${pad(day)}`, precision: "day", rule: "time.chrono.day" };
  }
  if (c.isCertain("month")) {
    const y = c.isCertain("year") ? year : shiftYear(at, base, ref, year, month, 1);
    return { ...base, value: `${y}-${pad(month)}`, precision: "month", rule: "time.chrono.month" };
  }
  if (c.isCertain("year"))
    return { ...base, value: String(year), precision: "year", rule: "time.chrono.year" };
  return null;
}

/** A date without a year: past tense points back, future tense forward ("in August" in a March text is last August). */
function shiftYear(
  at: AnnotatedText,
  span: { tokenStart: number; tokenEnd: number },
  ref: Date,
  year: number,
  month: number,
  day: number,
): number {
  const tense = tenseNear(at, span.tokenStart, span.tokenEnd);
  const refKey = (ref.getUTCMonth() + 1) * 100 + ref.getUTCDate();
  const key = month * 100 + day;
  const refYear = ref.getUTCFullYear();
  if (year !== refYear) return year;
  if (tense === "past" && key > refKey + (day === 1 ? 100 : 0)) return refYear - 1;
  if (tense === "future" && key < refKey - (day === 1 ? 100 : 0)) return refYear + 1;
  return refYear;
}

/**
 * Find time expressions and resolve them against the publication date.
 * @example findTimes(annotate("They attacked on Friday."), "2024-10-28")[0].value // "2024-10-25"
 */
export function findTimes(at: AnnotatedText, reference: string): TimeMention[] {
  const ref = new Date(`${reference}T12:00:00Z`);
  const out: TimeMention[] = [];
  // chrono is the costliest stage: it only sees sentences that could hold a date at all.
  for (const s of at.sentences) {
    if (!DATE_HINT.test(s.text)) continue;
    const source = at.text.slice(s.start, s.end);
    for (const r of chrono.parse(source, { instant: ref, timezone: 0 }, { forwardDate: false })) {
      const m = fromChrono(at, r, ref, s.start);
      if (m) out.push(m);
    }
  }
  for (const match of at.text.matchAll(BARE_YEAR)) {
    const yearText = match[2] as string;
    const start = (match.index ?? 0) + match[0].length - yearText.length;
    if (out.some((m) => m.start <= start && start < m.end)) continue;
    const [tokenStart, tokenEnd] = tokenRange(at, start, start + 4);
    if (tokenStart < 0) continue;
    const sentence = (at.tokens[tokenStart] as Token).sentence;
    out.push({
      start,
      end: start + 4,
      text: yearText,
      value: yearText,
      precision: "year",
      sentence,
      tokenStart,
      tokenEnd,
      rule: "time.bare-year",
    });
  }
  return out.sort((a, b) => a.start - b.start);
}
