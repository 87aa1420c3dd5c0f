/**
 * Dates for events: the calendar dates among the document's time expressions (see
 * time-expressions.ts), at day, month or year precision.
 */
import type { AnnotatedText } from "./annotated-text.js";
import { formatMonth, isoWeekDay } from "./time-calendar.js";
import { findTimexes, type Timex } from "./time-expressions.js";

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

/** The calendar date of a TIMEX3 value (a week gives its month), or null for durations, sets and references. */
export function calendarDate(value: string): { value: string; precision: TimePrecision } | null {
  const m = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:T.*)?$/.exec(value);
  if (m) {
    if (m[3]) return { value: `${m[1]}-${m[2]}-${m[3]}`, precision: "day" };
    if (m[2]) return { value: `${m[1]}-${m[2]}`, precision: "month" };
    return { value: m[1] as string, precision: "year" };
  }
  // A season, quarter or half of a known year dates an event to that year.
  const part = /^(\d{4})-(?:SP|SU|FA|WI|Q[1-4]|H[12])$/.exec(value);
  if (part) return { value: part[1] as string, precision: "year" };
  // "began last week" (2024-W25), "at the weekend" (2025-W04-WE): the month of the week's
  // Thursday (ISO's rule for the year a week belongs to), of its Saturday for a weekend.
  const week = /^(\d{4})-W(\d\d)(-WE)?$/.exec(value);
  if (!week) return null;
  const day = isoWeekDay(Number(week[1]), Number(week[2]), week[3] ? 6 : 4);
  return { value: formatMonth(day.y, day.m), precision: "month" };
}

/** Happenings a clause may take place in: "seized power in a 2021 coup". */
const HAPPENINGS =
  /^\s+(?:coup|war|election|elections|attack|attacks|strike|strikes|invasion|uprising|referendum|vote|offensive|raid|bombing|clash|clashes|revolution|crackdown|massacre)\b/i;

/**
 * "the 1974 agreement", "the 1960 Indus Waters Treaty": a year naming a thing dates the thing, not
 * the clause around it — unless the clause took place in that happening ("seized power together in
 * a 2021 coup", "killed during the 2014 war").
 */
function namesAThing(text: string, t: Timex): boolean {
  if (t.rule !== "time.year") return false;
  const before = text.slice(Math.max(0, t.start - 12), t.start);
  if (!/\b(?:the|a|an|its|their|his|her|this|that)\s+$/i.test(before)) return false;
  const after = text.slice(t.end, t.end + 16);
  if (!/^\s+[A-Za-z]/.test(after)) return false;
  return !(/\b(?:in|during)\s+(?:the|a|an)\s+$/i.test(before) && HAPPENINGS.test(after));
}

/** The event dates among time expressions: dates and times with a calendar value. */
export function timesFromTimexes(timexes: readonly Timex[], text = ""): TimeMention[] {
  const out: TimeMention[] = [];
  for (const t of timexes) {
    if ((t.type !== "DATE" && t.type !== "TIME") || namesAThing(text, t)) continue;
    const date = calendarDate(t.value);
    if (!date) continue;
    out.push({
      start: t.start,
      end: t.end,
      text: t.text,
      value: date.value,
      precision: date.precision,
      sentence: t.sentence,
      tokenStart: t.tokenStart,
      tokenEnd: t.tokenEnd,
      rule: t.rule,
    });
  }
  return out;
}

/**
 * Find time expressions that date events, resolved against the publication date.
 * @example findTimes(annotate("They attacked on Friday."), "2024-10-28")[0].value // "2024-10-25"
 */
export function findTimes(at: AnnotatedText, reference: string): TimeMention[] {
  return timesFromTimexes(findTimexes(at, reference), at.text);
}

export { tenseNear } from "./time-tense.js";
