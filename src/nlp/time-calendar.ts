/**
 * Calendar arithmetic for TIMEX3 values: days, ISO weeks, quarters, and formatting of the
 * values TimeML uses ("1998-01-08", "1998-W02", "1998-Q3", "1998-SU", "199"). Pure, UTC.
 */

/** A calendar day. Months are 1–12. */
export interface Day {
  y: number;
  m: number;
  d: number;
}

export function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/** "1998-01-08" → Day, or null when the text is not a full date. */
export function parseDay(iso: string): Day | null {
  const m = /^(\d{4})-(\d\d)-(\d\d)/.exec(iso);
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

function toUtc(day: Day): Date {
  return new Date(Date.UTC(day.y, day.m - 1, day.d));
}

function fromUtc(date: Date): Day {
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function addDays(day: Day, n: number): Day {
  const t = toUtc(day);
  t.setUTCDate(t.getUTCDate() + n);
  return fromUtc(t);
}

/** Add months, clamping the day to the month's length (Mar 31 − 1 month = Feb 28). */
export function addMonths(day: Day, n: number): Day {
  const index = day.y * 12 + (day.m - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { y, m, d: Math.min(day.d, last) };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: Day): number {
  return toUtc(day).getUTCDay();
}

/** ISO 8601 week: the year it belongs to and its number. */
export function isoWeek(day: Day): { year: number; week: number } {
  const t = toUtc(day);
  const dow = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - dow);
  const year = t.getUTCFullYear();
  const first = Date.UTC(year, 0, 1);
  return { year, week: Math.ceil(((t.getTime() - first) / 86400000 + 1) / 7) };
}

export function formatDay(day: Day): string {
  return `${day.y}-${pad2(day.m)}-${pad2(day.d)}`;
}

export function formatMonth(y: number, m: number): string {
  return `${y}-${pad2(m)}`;
}

/**
 * The day of an ISO week (`weekday` 1 = Monday … 7 = Sunday): 2024-W25, 4 → 2024-06-20.
 * Week 1 is the week holding January 4.
 */
export function isoWeekDay(year: number, week: number, weekday: number): Day {
  const jan4 = { y: year, m: 1, d: 4 };
  const monday = addDays(jan4, 1 - (weekdayOf(jan4) || 7));
  return addDays(monday, (week - 1) * 7 + weekday - 1);
}

/** "1998-W02". */
export function formatWeek(day: Day): string {
  const { year, week } = isoWeek(day);
  return `${year}-W${pad2(week)}`;
}

export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

/** The quarter `n` quarters away from (y, q). */
export function shiftQuarter(y: number, q: number, n: number): { y: number; q: number } {
  const index = y * 4 + (q - 1) + n;
  return { y: Math.floor(index / 4), q: (index % 4) + 1 };
}

/**
 * The day of `weekday` (0 = Sunday) nearest the reference in a direction: "past" is the latest
 * such day on or before it, "future" the first on or after it, "nearest" whichever is closer
 * (the past one on a tie).
 */
export function weekdayNear(ref: Day, weekday: number, direction: "past" | "future" | "nearest"): Day {
  const diff = weekday - weekdayOf(ref);
  const back = diff <= 0 ? diff : diff - 7;
  const ahead = diff >= 0 ? diff : diff + 7;
  if (direction === "past") return addDays(ref, back);
  if (direction === "future") return addDays(ref, ahead);
  return addDays(ref, -back <= ahead ? back : ahead);
}

/** The n-th `weekday` of a month (n = -1: the last one): Thanksgiving is the 4th Thursday of November. */
export function nthWeekday(y: number, m: number, weekday: number, n: number): Day {
  if (n < 0) {
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const lastDay = { y, m, d: last };
    return addDays(lastDay, -((weekdayOf(lastDay) - weekday + 7) % 7));
  }
  const first = { y, m, d: 1 };
  return addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + 7 * (n - 1));
}
