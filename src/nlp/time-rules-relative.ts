/**
 * Time rules for relative expressions, durations, sets and references: "last week", "a year
 * ago", "three days later", "the past three years", "every week", "daily", "now", "recently",
 * "the year-earlier quarter".
 */
import { quarterOf, shiftQuarter } from "./time-calendar.js";
import {
  directionOf,
  durationValue,
  type Resolved,
  relativeValue,
  setValue,
  shiftedValue,
  type TimeEnv,
  weekdayValue,
  withModOf,
} from "./time-resolve.js";
import { capitalised, rule, type TimeRule } from "./time-rules-calendar.js";
import { modOf, monthNumber, parseNumber, RX, SEASON_CODES, unitOf, weekdayNumber } from "./time-words.js";

const { unit: UNIT, numberWord: NUMW, approx: APPROX, edge: EDGE } = RX;
const NUM = `(?:\\d+(?:\\.\\d+)?(?:\\s+\\d/\\d)?|${NUMW}|an?)`;
const SINGLE_UNIT = "(?:week|weekend|month|year|quarter|decade|century|day)";

function withMod(r: Resolved, word: string | undefined): Resolved {
  const mod = modOf(word?.trim());
  return mod ? withModOf(r, mod) : r;
}

function numberOf(text: string | undefined): number | null {
  if (!text) return 1;
  const n = parseNumber(text);
  return n === null || Number.isNaN(n) ? null : n;
}

function relOffset(rel: string): number {
  const r = rel.toLowerCase();
  if (/^(?:last|past|previous|prior|this past)$/.test(r)) return -1;
  if (/^(?:next|coming|following|this coming)$/.test(r)) return 1;
  return 0;
}

/** "the year-earlier quarter", "the latest quarter", "the quarter": a quarter the text already named. */
function contextQuarter(env: TimeEnv, shiftYears: number): string {
  const base = env.quarter ?? shiftQuarter(env.dct.y, quarterOf(env.dct.m), -1);
  const s = shiftQuarter(base.y, base.q, 4 * shiftYears);
  return `${s.y}-Q${s.q}`;
}

/** A month's name or abbreviation, but "may", which is as often the modal ("may 30 years pass"). */
const MONTH_NAME =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

/** Relative rules. */
export const RELATIVE_RULES: TimeRule[] = [
  rule(
    "time.relative-unit",
    `(?:(?<edge>${EDGE})[-\\s]+(?:in\\s+)?)?(?<det>the\\s+)?(?<rel>this|last|next|previous|following|current|same|that|this past|this coming|coming|past)\\s+(?:(?<fiscal>fiscal|calendar)\\s+)?(?<unit>${SINGLE_UNIT})(?![\\w-])`,
    (g, env) => {
      const rel = (g.rel as string).toLowerCase();
      const unit = (g.unit as string).toLowerCase();
      const det = !!g.det;
      if (!det && /^(?:coming|past)$/.test(rel)) return null;
      let value: string | null;
      if (rel === "that" || rel === "same" || (det && /^(?:following|previous)$/.test(rel))) {
        const from = env.anchor?.day ?? env.dct;
        value = shiftedValue(from, unit, relOffset(rel));
      } else if (unit === "quarter") value = relQuarter(env, relOffset(rel));
      else value = relativeValue(unit, relOffset(rel), { ...env, quarter: null }, false);
      return value ? withMod({ type: "DATE", value }, g.edge) : null;
    },
  ),
  rule(
    "time.the-unit-span",
    `(?<=\\b(?:for|over|throughout|during)\\s+)the\\s+(?:(?:full|whole|entire|fiscal|calendar)\\s+)?(?<unit>year|month|week)(?![\\w-]|\\s+(?:before|after|earlier|later|ago|of|in|to)\\b)`,
    (g) => ({ type: "DURATION", value: durationValue(1, (g.unit as string).toLowerCase()) }),
  ),
  rule(
    "time.the-unit",
    `(?:(?<edge>${EDGE})[-\\s]+)?the\\s+(?:(?:full|whole|entire|fiscal|calendar)\\s+)?(?<unit>year|month|week)(?![\\w-]|\\s+(?:before|after|earlier|later|ago|of|in|to)\\b)`,
    (g, env) => {
      const value = shiftedValue(env.dct, (g.unit as string).toLowerCase(), 0);
      return value ? withMod({ type: "DATE", value }, g.edge) : null;
    },
  ),
  rule("time.the-weekend", `(?<det>the|this|last|next|this past|this coming)\\s+weekend`, (g, env) => {
    const det = (g.det as string).toLowerCase();
    const direction = det === "the" ? directionOf(env) : relOffset(det) < 0 ? "past" : "future";
    const sat = weekdayValue(
      6,
      { ...env, tense: direction === "nearest" ? null : direction },
      det === "next" ? "next" : undefined,
    );
    const value = shiftedValue(sat, "weekend", 0);
    return value ? { type: "DATE", value } : null;
  }),
  rule(
    "time.ago",
    `(?:(?<approx>${APPROX})\\s+)?(?<num>${NUM})[-\\s]+(?:(?:more|full)\\s+)?(?<unit>${UNIT})(?:\\s+or\\s+so)?\\s+(?<dir>ago|earlier|later|hence|from now|previously|back|(?:before|after)(?!\\s*[\\w"“]))(?![\\w-])`,
    (g, env) => {
      const dir = (g.dir as string).toLowerCase();
      // "two days after the vote" is the duration; "two days after." is a date.
      if ((dir === "before" || dir === "after") && !env.anchor) return null;
      const n = numberOf(g.num);
      const unit = unitOf(g.unit as string);
      if (n === null)
        return {
          type: "DATE",
          value: /ago|earlier|before|previously|back/.test(dir) ? "PAST_REF" : "FUTURE_REF",
        };
      const sign = /ago|earlier|before|previously|back/.test(dir) ? -1 : 1;
      // "a year earlier" compares with the quarter or year the story is about, not the last date named.
      const yearly = unit === "year";
      const anchored = !yearly && dir !== "ago" && dir !== "from now" && dir !== "hence" && dir !== "back";
      const ctx = yearly ? { ...env, quarter: env.quarter ?? (dir === "ago" ? null : env.docQuarter) } : env;
      const value = relativeValue(unit, sign * n, ctx, anchored);
      return value ? withMod({ type: "DATE", value }, g.approx) : null;
    },
  ),
  rule(
    "time.year-earlier",
    `(?:the\\s+)?(?:(?<yr>year|year-|a year)(?:[-\\s])?(?:earlier|ago|before|prior)|(?<rel>same|latest|most recent|recent|current|last|previous|prior|comparable|corresponding)(?:\\s+(?:fiscal\\s+)?))?(?:\\s*(?<unit>quarter|period))(?![\\w-])(?<ly>\\s+(?:a\\s+year\\s+(?:earlier|ago|before)|(?:of\\s+)?last\\s+year|of\\s+the\\s+(?:previous|prior)\\s+year))?`,
    (g, env) => {
      const unit = (g.unit as string).toLowerCase();
      env = { ...env, quarter: env.quarter ?? env.docQuarter };
      if (unit === "period" && !env.quarter) return null;
      if (g.ly) return env.quarter ? { type: "DATE", value: contextQuarter(env, -1) } : null;
      if (!g.yr && !g.rel && !env.quarter && unit === "quarter")
        return { type: "DATE", value: contextQuarter(env, 0) };
      if (g.yr) return { type: "DATE", value: contextQuarter(env, -1) };
      const rel = (g.rel ?? "").toLowerCase();
      if (/^(?:previous|prior)$/.test(rel)) {
        const base = env.quarter ?? { y: env.dct.y, q: quarterOf(env.dct.m) };
        const s = shiftQuarter(base.y, base.q, -1);
        return { type: "DATE", value: `${s.y}-Q${s.q}` };
      }
      return { type: "DATE", value: contextQuarter(env, 0) };
    },
  ),
  rule(
    "time.year-earlier-adj",
    `\\b(?<w>year-earlier|year-ago|year-before)(?!\\s+(?:quarter|period))\\b`,
    (_g, env) => ({
      type: "DATE",
      value: env.quarter ? contextQuarter(env, -1) : String(env.dct.y - 1),
    }),
  ),
  rule(
    "time.set-rate",
    `(?<=\\b(?:times|twice|once|thrice|percent|%|million|billion|trillion|dollars|cents|\\d)\\s+)(?:a|an|per|each)\\s+(?<unit>day|week|month|year|hour|night|quarter)\\b`,
    (g) => ({ type: "SET", value: setValue(unitOf(g.unit as string)) }),
  ),
  rule(
    "time.duration",
    // (Not a month's day: "sentenced them on December 30 to 20 years" is a date, then a term.)
    `(?<!\\b${MONTH_NAME}\\.?\\s+)\\b(?:(?<approx>${APPROX})\\s+(?!(?:the|these|those|its|his|her|their)\\s))?(?:(?<det>the|these|those|its|his|her|their|each of the)\\s+)?(?:(?<rel>past|last|next|first|final|coming|previous|following|initial|remaining|latest)\\s+)?(?<num>${NUM})(?:\\s+(?:to|or)\\s+${NUM})?(?<hyphen>[-\\s]+)(?:(?:more|additional|full|straight|consecutive|long|extra|trading|business|working|calendar)\\s+)?(?<unit>${UNIT})(?<half>\\s+and\\s+a\\s+half)?(?<old>-old|[-\\s]+old\\b)?(?![\\w-]|\\s+(?:ago|earlier|later)\\b)`,
    (g) => {
      // Ages ("a 6-year-old") are not time expressions; "three-quarters" is a fraction.
      if (g.old || (/quarter/i.test(g.unit ?? "") && g.hyphen?.includes("-"))) return null;
      if (/^(?:an?|\d{4})$/i.test(g.num ?? "") && /^seconds?$/i.test(g.unit ?? "")) return null;
      if (/^[A-Z]/.test(g.unit ?? "")) return null;
      let n = numberOf(g.num);
      if (n !== null && g.half) n += 0.5;
      const unit = unitOf(g.unit as string);
      if (n !== null && n > 9999) return null;
      return withMod({ type: "DURATION", value: durationValue(n, unit) }, g.approx);
    },
  ),
  rule(
    "time.half-unit",
    `(?:(?<approx>${APPROX})\\s+)?(?:a|an)\\s+(?<unit>year|hour|minute|day)\\s+and\\s+a\\s+half|half\\s+an?\\s+(?<unit2>hour|day|year|century)`,
    (g) => {
      const unit = (g.unit ?? g.unit2 ?? "year").toLowerCase();
      const n = g.unit ? 1.5 : 0.5;
      return withMod({ type: "DURATION", value: durationValue(n, unit) }, g.approx);
    },
  ),
  rule(
    "time.vague-duration",
    `(?<=\\b(?:for|over|in|within|took|take|takes|lasted|last|spent|spend|than|after|before)\\s+)(?:(?<q>(?:the\\s+)?(?:past|last|next|many|several|few)|the)\\s+)?(?<unit>years|months|weeks|days|decades|hours|minutes|centuries)(?![\\w-]|\\s+(?:ago|earlier|later)\\b)`,
    (g) => ({ type: "DURATION", value: durationValue(null, unitOf(g.unit as string)) }),
  ),
  rule(
    "time.set-every",
    `\\b(?<every>every|each)\\s+(?:(?<other>other)\\s+)?(?:(?<num>${NUM})\\s+)?(?<unit>${UNIT}|(?<wd>${RX.weekdayFull})|(?<month>${RX.month})|(?<season>${RX.season}))(?![\\w-])`,
    (g) => {
      if (g.wd)
        return capitalised(g.wd) ? { type: "SET", value: `XXXX-WXX-${weekdayNumber(g.wd) || 7}` } : null;
      if (g.month)
        return capitalised(g.month)
          ? { type: "SET", value: `XXXX-${String(monthNumber(g.month)).padStart(2, "0")}` }
          : null;
      if (g.season) return { type: "SET", value: `XXXX-${SEASON_CODES[g.season.toLowerCase()]}` };
      const n = (numberOf(g.num) ?? 1) * (g.other ? 2 : 1);
      return { type: "SET", value: setValue(unitOf(g.unit as string), n) };
    },
  ),
  rule("time.set-adverb", `\\b(?<w>daily|weekly|monthly|yearly|hourly|nightly)\\b`, (g) => {
    const units: Record<string, string> = {
      daily: "day",
      nightly: "day",
      weekly: "week",
      monthly: "month",
      yearly: "year",
      annually: "year",
      hourly: "hour",
      quarterly: "quarter",
    };
    return { type: "SET", value: setValue(units[(g.w as string).toLowerCase()] ?? "day") };
  }),
  rule("time.set-plural-weekday", `(?<=\\bon\\s+)(?<wd>${RX.weekdayFull})s\\b`, (g) =>
    capitalised(g.wd) ? { type: "SET", value: `XXXX-WXX-${weekdayNumber(g.wd as string) || 7}` } : null,
  ),
  rule(
    "time.reference",
    `\\b(?<w>(?:more\\s+)?recently|now|currently|current(?![\\s-]+accounts?\\b)|at present|presently|these days|nowadays|lately|the (?:near |distant |foreseeable )?future|the past(?!\\s+(?:${NUM}|few|years|months|weeks|days|decades|hours|centuries)\\b)|(?:the\\s+)?coming (?:years|months|weeks|days|decades|quarters)|future (?:years|quarters)|the (?:near|short) term|past (?:years|decades)|recent(?:\\s+(?:years|months|weeks|days|decades|times))?)(?![\\w-])`,
    (g) => {
      const w = (g.w as string).toLowerCase();
      if (/future|coming|term/.test(w)) return { type: "DATE", value: "FUTURE_REF" };
      if (/recent|past|lately/.test(w)) return { type: "DATE", value: "PAST_REF" };
      return { type: "DATE", value: "PRESENT_REF" };
    },
  ),
];

function relQuarter(env: TimeEnv, offset: number): string {
  const s = shiftQuarter(env.dct.y, quarterOf(env.dct.m), offset);
  return `${s.y}-Q${s.q}`;
}
