/**
 * Resolving underspecified dates against the publication date (DCT), the tense of the sentence
 * and the dates already mentioned: the arithmetic behind every time rule. Pure.
 */
import {
  addDays,
  addMonths,
  type Day,
  formatDay,
  formatMonth,
  formatWeek,
  quarterOf,
  shiftQuarter,
  weekdayNear,
} from "./time-calendar.js";
import type { Tense } from "./time-tense.js";
import { SEASON_CODES, UNIT_CODES } from "./time-words.js";

export type TimexType = "DATE" | "TIME" | "DURATION" | "SET";

/** A resolved expression: TIMEX3 type, value and optional mod. */
export interface Resolved {
  type: TimexType;
  value: string;
  mod?: string;
}

/**
 * The resolution with a mod, as a new literal: V8 gives each spread copy that adds a field
 * (`{ ...r, mod }`) a map of its own, and the time stage's reader of resolutions went megamorphic.
 */
export function withModOf(r: Resolved, mod: string): Resolved {
  return { type: r.type, value: r.value, mod };
}

/** The last calendar date the text mentioned: what "a year earlier" or "that year" refer to. */
export interface Anchor {
  day: Day;
  granularity: "day" | "week" | "month" | "quarter" | "year";
}

/** What a rule knows when it resolves its match. */
export interface TimeEnv {
  dct: Day;
  /** Tense of the nearest verb, null when the sentence shows none. */
  tense: Tense | null;
  anchor: Anchor | null;
  /** A fiscal quarter named in this sentence or the one before ("third-quarter profit … a year earlier"). */
  quarter: { y: number; q: number } | null;
  /** The last fiscal quarter the document named ("the year-earlier period" refers to it). */
  docQuarter: { y: number; q: number } | null;
  /** The day a date named earlier in the same sentence gave ("on Tuesday … from 9 a.m."), if any. */
  sentenceDay?: Day | null;
}

/** The year of a month (and day) given without one: past tense looks back, future forward, else nearest. */
export function yearFor(month: number, day: number | null, env: TimeEnv): number {
  const { dct } = env;
  const ref = dct.m * 100 + dct.d;
  const key = month * 100 + (day ?? 1);
  // A date a few weeks ahead in a past-tense sentence is still this year's ("said the offer expires Nov. 16").
  const slack = day === null ? 100 : 200;
  if (env.tense === "past") return key > ref + slack ? dct.y - 1 : dct.y;
  if (env.tense === "future") return key < ref - slack ? dct.y + 1 : dct.y;
  const months = month - dct.m;
  if (months > 6) return dct.y - 1;
  if (months < -6) return dct.y + 1;
  return dct.y;
}

/** Direction a weekday or weekend without "last"/"next" points to, from the tense. */
export function directionOf(env: TimeEnv): "past" | "future" | "nearest" {
  if (env.tense === "past") return "past";
  if (env.tense === "future") return "future";
  return "nearest";
}

/** The day of a weekday named alone ("on Friday"), by tense. */
export function weekdayValue(weekday: number, env: TimeEnv, rel?: string): Day {
  const r = rel?.toLowerCase().replace(/\s+/g, " ");
  if (r === "last" || r === "this past" || r === "past")
    return weekdayNear(addDays(env.dct, -1), weekday, "past");
  if (r === "next") return weekdayNear(addDays(env.dct, 1), weekday, "future");
  if (r === "this" || r === "this coming" || r === "coming") return weekdayNear(env.dct, weekday, "future");
  return weekdayNear(env.dct, weekday, directionOf(env));
}

const SEASON_MONTH: Record<string, number> = { SP: 4, SU: 7, FA: 10, WI: 1 };

/** Season index in the year, counting winter as the year's last season from December. */
function seasonIndex(code: string): number {
  return ["WI", "SP", "SU", "FA"].indexOf(code);
}

/** "last summer", "this fall", "next winter": the year of a season relative to the DCT. */
export function seasonValue(season: string, offset: number, env: TimeEnv, year?: number): string {
  const code = SEASON_CODES[season.toLowerCase()] ?? "SU";
  if (year !== undefined) return `${year}-${code}`;
  const current = env.dct.m === 12 ? 0 : seasonIndex(seasonCode(env.dct.m));
  const idx = seasonIndex(code);
  const y = env.dct.y + (env.dct.m === 12 ? 1 : 0);
  if (offset < 0) return `${idx < current ? y : y - 1}-${code}`;
  if (offset > 0) return `${idx > current ? y : y + 1}-${code}`;
  return `${y}-${code}`;
}

function seasonCode(month: number): string {
  if (month >= 3 && month <= 5) return "SP";
  if (month >= 6 && month <= 8) return "SU";
  if (month >= 9 && month <= 11) return "FA";
  return "WI";
}

/** Month used as the representative day of a season, for anchors. */
export function seasonMonth(code: string): number {
  return SEASON_MONTH[code] ?? 7;
}

/** A calendar value `offset` units away from `from`, at the unit's granularity. */
export function shiftedValue(from: Day, unit: string, offset: number): string | null {
  switch (unit) {
    case "day":
    case "night":
      return formatDay(addDays(from, offset));
    case "week":
      return formatWeek(addDays(from, 7 * offset));
    case "weekend":
      return `${formatWeek(addDays(from, 7 * offset))}-WE`;
    case "fortnight":
      return formatDay(addDays(from, 14 * offset));
    case "month":
      return formatMonth(addMonths(from, offset).y, addMonths(from, offset).m);
    case "quarter": {
      const s = shiftQuarter(from.y, quarterOf(from.m), offset);
      return `${s.y}-Q${s.q}`;
    }
    case "year":
      return String(from.y + offset);
    case "decade":
      return String(Math.floor(from.y / 10) + offset);
    case "century":
      return String(Math.floor(from.y / 100) + offset).padStart(2, "0");
    default:
      return null;
  }
}

/**
 * "a year ago", "three days earlier", "last year" in a sentence about a quarter: shift the
 * reference; a year from a named quarter stays at quarter precision.
 */
export function relativeValue(unit: string, offset: number, env: TimeEnv, anchored: boolean): string | null {
  if (unit === "year" && env.quarter && Number.isInteger(offset)) {
    const s = shiftQuarter(env.quarter.y, env.quarter.q, 4 * offset);
    return `${s.y}-Q${s.q}`;
  }
  const from = anchored && env.anchor ? env.anchor.day : env.dct;
  if (!Number.isInteger(offset)) return null;
  // "two weeks ago": a day, which dates an event better than a week number.
  if (unit === "week" && Math.abs(offset) > 1) return formatDay(addDays(from, 7 * offset));
  return shiftedValue(from, unit, offset);
}

/** TIMEX3 duration value: P3Y, PT24H, P1DE, PXM (vague), P1Y6M for 1.5 years. */
export function durationValue(n: number | null, unit: string): string {
  const code = UNIT_CODES[unit] ?? "X";
  const time = code.startsWith("T");
  const letter = time ? code.slice(1) : code;
  const prefix = time ? "PT" : "P";
  if (n === null || Number.isNaN(n)) return `${prefix}X${letter}`;
  if (letter === "DE") return `P${n * 10}Y`;
  if (letter === "CE") return `P${n * 100}Y`;
  if (letter === "Q") return `P${n * 3}M`;
  if (letter === "WE") return `P${n * 2}D`;
  if (letter === "W2") return `P${n * 2}W`;
  if (!Number.isInteger(n)) return fractionalDuration(n, unit, prefix, letter);
  return `${prefix}${n}${letter}`;
}

function fractionalDuration(n: number, unit: string, prefix: string, letter: string): string {
  const whole = Math.floor(n);
  const rest = n - whole;
  if (unit === "year") return `P${whole ? `${whole}Y` : ""}${Math.round(rest * 12)}M`;
  if (unit === "hour") return `PT${whole ? `${whole}H` : ""}${Math.round(rest * 60)}M`;
  if (unit === "minute") return `PT${whole ? `${whole}M` : ""}${Math.round(rest * 60)}S`;
  if (unit === "day") return `P${whole ? `${whole}DT` : "T"}${Math.round(rest * 24)}H`;
  return `${prefix}${n}${letter}`;
}

/** TIMEX3 set value for "every N units": P1W, P2D, PT1H. */
export function setValue(unit: string, n = 1): string {
  return durationValue(n, unit);
}

/** The granularity of a calendar value, for anchors; null for references and durations. */
export function anchorOf(value: string): Anchor | null {
  let m = /^(\d{4})-(\d\d)-(\d\d)/.exec(value);
  if (m) return { day: { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) }, granularity: "day" };
  m = /^(\d{4})-W(\d\d)/.exec(value);
  if (m) {
    const jan4 = { y: Number(m[1]), m: 1, d: 4 };
    return { day: addDays(jan4, 7 * (Number(m[2]) - 1)), granularity: "week" };
  }
  m = /^(\d{4})-(\d\d)$/.exec(value);
  if (m) return { day: { y: Number(m[1]), m: Number(m[2]), d: 15 }, granularity: "month" };
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return { day: { y: Number(m[1]), m: 3 * Number(m[2]) - 1, d: 15 }, granularity: "quarter" };
  m = /^(\d{4})(?:-(SP|SU|FA|WI|H[12]))?$/.exec(value);
  if (m) return { day: { y: Number(m[1]), m: 7, d: 1 }, granularity: "year" };
  return null;
}
