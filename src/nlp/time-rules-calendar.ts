/**
 * Time rules for calendar expressions: full dates, months, years, decades, centuries,
 * quarters, halves, seasons, holidays, clock times and weekdays. Each rule is a regular
 * expression with named groups and a resolver; rule ids are stable (they appear in --explain).
 */
import {
  addDays,
  type Day,
  formatDay,
  formatMonth,
  isoWeek,
  isoWeekDay,
  nthWeekday,
  pad2,
  parseDay,
  quarterOf,
} from "./time-calendar.js";
import {
  type Resolved,
  seasonValue,
  type TimeEnv,
  weekdayValue,
  withModOf,
  yearFor,
} from "./time-resolve.js";
import { modOf, monthNumber, PART_OF_DAY, parseNumber, RX, weekdayNumber } from "./time-words.js";

export type Groups = Record<string, string | undefined>;

/** One rule of the time grammar. */
export interface TimeRule {
  id: string;
  re: RegExp;
  resolve: (g: Groups, env: TimeEnv) => Resolved | null;
}

const { month: MONTH, weekday: WEEKDAY, day: DAY, year: YEAR, edge: EDGE, partOfDay: POD } = RX;

export function rule(id: string, source: string, resolve: TimeRule["resolve"]): TimeRule {
  return { id, re: new RegExp(source, "gi"), resolve };
}

/** Month and weekday names are proper nouns: "may" and "march" in lower case are not dates. */
export function capitalised(word: string | undefined): boolean {
  return !word || /^[A-Z]/.test(word);
}

function withMod(r: Resolved, edge: string | undefined): Resolved {
  const mod = modOf(edge?.trim());
  return mod ? withModOf(r, mod) : r;
}

function twoDigitYear(text: string, env: TimeEnv): number {
  const n = Number(text.replace(/\D/g, ""));
  const century = Math.floor(env.dct.y / 100) * 100;
  return century + n > env.dct.y + 10 ? century - 100 + n : century + n;
}

function yearOf(g: Groups, env: TimeEnv): number | null {
  if (g.year) return /^'/.test(g.year) ? twoDigitYear(g.year, env) : Number(g.year);
  // ("October 8 last year", "12 June this year".)
  if (g.ryear) {
    const rel = g.ryear.toLowerCase();
    return env.dct.y + (rel === "last" ? -1 : rel === "next" ? 1 : 0);
  }
  return null;
}

/** "last year" after a month's day: that day in the year before the publication's. */
const RELATIVE_YEAR = "\\s+(?<ryear>this|last|next)\\s+year(?!'s)";

function dayValue(month: number, day: number, g: Groups, env: TimeEnv): string {
  const y = yearOf(g, env) ?? yearFor(month, day, env);
  return formatDay({ y, m: month, d: day });
}

function partOfDay(value: string, pod: string | undefined): Resolved {
  const code = pod ? PART_OF_DAY[pod.toLowerCase()] : undefined;
  return code ? { type: "TIME", value: `${value}T${code}` } : { type: "DATE", value };
}

function weekdayDay(g: Groups, env: TimeEnv): Day | null {
  if (!g.wd || !capitalised(g.wd)) return null;
  const n = weekdayNumber(g.wd);
  return n < 0 ? null : weekdayValue(n, env, g.rel);
}

/** The weekday `g.wd` of the week `g.wrel` names ("last", "this", "next"), weeks starting on Monday. */
function weekdayOfWeek(g: Groups, env: TimeEnv): Day | null {
  if (!g.wd || !capitalised(g.wd)) return null;
  const n = weekdayNumber(g.wd);
  if (n < 0) return null;
  const { year, week } = isoWeek(env.dct);
  const shift = g.wrel?.toLowerCase() === "last" ? -7 : g.wrel?.toLowerCase() === "next" ? 7 : 0;
  return addDays(isoWeekDay(year, week, n || 7), shift);
}

function relativeDay(word: string, env: TimeEnv): Day {
  const w = word.toLowerCase();
  if (w === "yesterday") return addDays(env.dct, -1);
  if (w === "tomorrow") return addDays(env.dct, 1);
  return env.dct;
}

/** Nouns a number counts ("2024 points"): a four-digit number before them is no year. */
const COUNT_NOUNS =
  "people|persons|points|troops|soldiers|votes|voters|cases|deaths|dead|casualties|units|tons|tonnes|miles|kilometers|kilometres|km|meters|metres|feet|barrels|shares|jobs|homes|houses|members|residents|refugees|civilians|fighters|rockets|missiles|drones|shells|prisoners|hostages|workers|students|children|women|men|companies|employees|delegates|seats|pages|words|calories|acres|hectares|rounds|vehicles|tanks|aircraft|planes|ships|boats";

const CLOCK = `(?<h>[01]?\\d|2[0-3])(?:[:.](?<min>[0-5]\\d))?\\s*(?<ap>a\\.m\\.|p\\.m\\.|am\\b|pm\\b)|(?<h24>[01]\\d|2[0-3]):(?<min24>[0-5]\\d)(?=\\s*(?:GMT|UTC|local time|hours|hrs))|(?<![A-Za-z])(?<noon>noon|midday|midnight)\\b`;

function clockValue(g: Groups): string | null {
  if (g.noon) return g.noon.toLowerCase() === "midnight" ? "24:00" : "12:00";
  let h = Number(g.h ?? g.h24);
  const min = g.min ?? g.min24 ?? "00";
  const ap = g.ap?.toLowerCase().replace(/\./g, "");
  if (ap === "pm" && h < 12) h += 12;
  if (ap === "am" && h === 12) h = 0;
  return Number.isNaN(h) ? null : `${pad2(h)}:${min}`;
}

function holidayDay(name: string, y: number): Day | null {
  const n = name
    .toLowerCase()
    .replace(/['’]s\b/, "")
    .replace(/\s+(?:day|eve)$/, "");
  const eve = /eve$/i.test(name);
  const fixed: Record<string, [number, number]> = {
    christmas: [12, 25],
    "new year": [1, 1],
    "independence day": [7, 4],
    independence: [7, 4],
    halloween: [10, 31],
    valentine: [2, 14],
  };
  const f = fixed[n];
  if (f) return eve ? addDays({ y, m: f[0], d: f[1] }, -1) : { y, m: f[0], d: f[1] };
  if (n === "thanksgiving") return nthWeekday(y, 11, 4, 4);
  if (n === "labor") return nthWeekday(y, 9, 1, 1);
  if (n === "memorial") return nthWeekday(y, 5, 1, -1);
  return null;
}

const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  "1st": 1,
  "2nd": 2,
  "3rd": 3,
  "4th": 4,
};

function quarterYear(g: Groups, env: TimeEnv, q: number): number {
  const y = yearOf(g, env);
  if (y !== null) return y;
  const rel = (g.ryear ?? g.owner ?? "").toLowerCase();
  if (/last|previous|prior/.test(rel)) return env.dct.y - 1;
  if (/next/.test(rel)) return env.dct.y + 1;
  if (/this|current/.test(rel)) return env.dct.y;
  if (env.tense === "past" && q > quarterOf(env.dct.m)) return env.dct.y - 1;
  return env.dct.y;
}

const DECADE_WORDS: Record<string, number> = {
  twenties: 2,
  thirties: 3,
  forties: 4,
  fifties: 5,
  sixties: 6,
  seventies: 7,
  eighties: 8,
  nineties: 9,
};

function decadeValue(g: Groups, env: TimeEnv): string | null {
  if (g.dec) return g.dec.slice(0, 3);
  const d = g.dec2 ? Number(g.dec2[0]) : DECADE_WORDS[(g.decw ?? "").toLowerCase()];
  if (d === undefined) return null;
  const century = Math.floor(env.dct.y / 100);
  const value = century * 10 + d;
  return String(value > Math.floor(env.dct.y / 10) ? value - 10 : value);
}

/** Calendar rules, longest and most specific first (the finder prefers longer matches anyway). */
export const CALENDAR_RULES: TimeRule[] = [
  rule("time.iso-date", `\\b(?<y>${YEAR})-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\\d|3[01])\\b`, (g) => ({
    type: "DATE",
    value: `${g.y}-${g.m}-${g.d}`,
  })),
  rule(
    "time.slash-date",
    `\\b(?<m>0?[1-9]|1[0-2])/(?<d>0?[1-9]|[12]\\d|3[01])/(?<y>(?:19|20)?\\d\\d)\\b`,
    (g, env) => {
      const y = (g.y as string).length === 2 ? twoDigitYear(g.y as string, env) : Number(g.y);
      return { type: "DATE", value: formatDay({ y, m: Number(g.m), d: Number(g.d) }) };
    },
  ),
  rule(
    "time.month-day",
    `(?:(?<wd>${WEEKDAY}),?\\s+)?(?:(?<edge>${EDGE})[-\\s]+)?(?<month>${MONTH})\\s+(?<day>${RX.day})(?![\\d:])\\b(?:,?\\s+(?<year>${YEAR}|'\\d\\d)(?!\\d)|${RELATIVE_YEAR})?`,
    (g, env) => {
      if (!capitalised(g.month) || !capitalised(g.wd)) return null;
      return withMod(
        {
          type: "DATE",
          value: dayValue(monthNumber(g.month as string), parseInt(g.day as string, 10), g, env),
        },
        g.edge,
      );
    },
  ),
  rule(
    "time.day-month",
    `(?:(?<wd>${WEEKDAY}),?\\s+)?(?:the\\s+)?(?<day>${DAY})\\s+(?:of\\s+)?(?<month>${MONTH})(?:,?\\s+(?<year>${YEAR})|${RELATIVE_YEAR})?\\b`,
    (g, env) => {
      if (!capitalised(g.month) || !capitalised(g.wd)) return null;
      return {
        type: "DATE",
        value: dayValue(monthNumber(g.month as string), parseInt(g.day as string, 10), g, env),
      };
    },
  ),
  rule(
    "time.month-year",
    `(?:(?<edge>${EDGE})[-\\s]+)?(?<month>${MONTH}),?\\s+(?:of\\s+)?(?<year>${YEAR}|'\\d\\d)(?!\\d)`,
    (g, env) => {
      if (!capitalised(g.month)) return null;
      return withMod(
        { type: "DATE", value: formatMonth(yearOf(g, env) as number, monthNumber(g.month as string)) },
        g.edge,
      );
    },
  ),
  rule(
    "time.month-relative-year",
    `(?<month>${MONTH})\\s+(?:of\\s+)?(?<rel>this|last|next)\\s+year`,
    (g, env) => {
      if (!capitalised(g.month)) return null;
      const rel = (g.rel as string).toLowerCase();
      const y = env.dct.y + (rel === "last" ? -1 : rel === "next" ? 1 : 0);
      return { type: "DATE", value: formatMonth(y, monthNumber(g.month as string)) };
    },
  ),
  rule(
    "time.month",
    `(?:(?<edge>${EDGE})[-\\s]+)?(?:(?<rel>last|next|this|this past|this coming|past|coming)\\s+)?(?<month>${MONTH})(?![\\w.]*\\s*\\d)(?!\\w)`,
    (g, env) => {
      if (!capitalised(g.month)) return null;
      // "May" is a modal verb unless a modifier says it is the month.
      if (/^may$/i.test(g.month as string) && !g.edge && !g.rel) return null;
      // "Jan" and "Dec." alone are names or abbreviations in tables, not months.
      const abbreviated =
        /^[A-Za-z]{3,4}\.?$/.test(g.month as string) && !/^(?:may|june|july)$/i.test(g.month as string);
      if (abbreviated && !g.rel && !g.edge) return null;
      const m = monthNumber(g.month as string);
      const rel = g.rel?.toLowerCase();
      let y = yearFor(m, null, env);
      if (rel === "last" || rel === "this past" || rel === "past")
        y = m < env.dct.m ? env.dct.y : env.dct.y - 1;
      else if (rel === "next" || rel === "this coming" || rel === "coming")
        y = m > env.dct.m ? env.dct.y : env.dct.y + 1;
      else if (rel === "this") y = env.dct.y;
      return withMod({ type: "DATE", value: formatMonth(y, m) }, g.edge);
    },
  ),
  rule(
    "time.may",
    `(?<=\\b(?:in|since|until|till|by|during|through|from|before|after|of|between|and)\\s+)(?<month>May)\\b(?!\\s+(?:be|have|not|also|well|never|still|soon|yet)\\b)`,
    (_g, env) => ({ type: "DATE", value: formatMonth(yearFor(5, null, env), 5) }),
  ),
  rule(
    "time.year-end",
    `(?:the\\s+)?(?:(?<y>${YEAR})\\s+)?(?:year-end|year end|year's end|end of the year)(?![\\w-])`,
    (g, env) => {
      const y = g.y ?? (env.tense === "past" && env.dct.m < 3 ? env.dct.y - 1 : env.dct.y);
      return { type: "DATE", value: String(y), mod: "END" };
    },
  ),
  rule(
    "time.year",
    `(?<![$£€#\\d.,/:-])(?:(?<edge>${EDGE})[-\\s]+(?:in\\s+)?)?(?:(?<fiscal>fiscal(?:\\s+year)?|FY|calendar(?:\\s+year)?|the\\s+year)\\s*)?(?<year>${YEAR})(?![\\d%]|[.,:/-]\\d|\\s*(?:percent|per cent)|\\s+(?:${COUNT_NOUNS})\\b)`,
    (g) => withMod({ type: "DATE", value: g.year as string }, g.edge),
  ),
  rule("time.fiscal-short", `\\bfiscal\\s+(?<year>'\\d\\d)\\b`, (g, env) => ({
    type: "DATE",
    value: String(yearOf(g, env)),
  })),
  rule(
    "time.decade",
    `(?:the\\s+)?(?:(?<edge>early|mid|late)[-\\s]+)?(?:(?<dec>1[6-9]\\d0|20\\d0)'?s|'(?<dec2>\\d0)s|(?<decw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\\b`,
    (g, env) => {
      const v = decadeValue(g, env);
      return v ? withMod({ type: "DATE", value: v }, g.edge) : null;
    },
  ),
  rule(
    "time.century",
    `(?:the\\s+)?(?:(?<edge>early|mid|late)[-\\s]+)?(?<n>\\d{1,2})(?:st|nd|rd|th)[-\\s]century`,
    (g) => withMod({ type: "DATE", value: pad2(Number(g.n) - 1) }, g.edge),
  ),
  rule(
    "time.quarter",
    `(?:(?<owner>this year's|last year's|next year's|the year's|(?:the\\s+)?(?:fiscal\\s+)?${YEAR}(?:'s)?)\\s+)?(?:the\\s+)?(?:(?:fiscal|calendar)\\s+)?(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)[-\\s](?:fiscal[-\\s])?quarter(?:\\s+of\\s+(?:fiscal\\s+)?(?:(?<year>${YEAR})|(?<ryear>this|last|next|the current|the previous)\\s+(?:fiscal\\s+)?year)|,?\\s+(?:fiscal\\s+)?(?<year2>${YEAR}))?`,
    (g, env) => {
      const q = ORDINALS[(g.ord as string).toLowerCase()] ?? 1;
      const own = /^(?:the\s+)?(?:fiscal\s+)?(\d{4})/.exec(g.owner ?? "");
      const y = g.year2 ? Number(g.year2) : own ? Number(own[1]) : quarterYear(g, env, q);
      return { type: "DATE", value: `${y}-Q${q}` };
    },
  ),
  rule("time.q-number", `\\b(?<q>Q[1-4])(?:\\s+(?<year>${YEAR}))?\\b`, (g, env) => {
    const q = Number((g.q as string).slice(1));
    return { type: "DATE", value: `${yearOf(g, env) ?? quarterYear(g, env, q)}-Q${q}` };
  }),
  rule(
    "time.half",
    `the\\s+(?<ord>first|second)\\s+half\\s+of\\s+(?:the\\s+)?(?:(?:fiscal\\s+)?year\\s+)?(?:(?<year>${YEAR})|(?<ryear>this|last|next)\\s+year|the\\s+year)`,
    (g, env) => {
      const h = (g.ord as string).toLowerCase() === "first" ? 1 : 2;
      const y = yearOf(g, env) ?? quarterYear(g, env, h * 2);
      return { type: "DATE", value: `${y}-H${h}` };
    },
  ),
  rule(
    "time.season",
    `(?:(?<edge>${EDGE})[-\\s]+)?(?:(?<rel>this|last|next|this past|this coming|the|past|coming)\\s+)?(?<season>spring|summer|fall|autumn|winter)(?:\\s+(?:of\\s+)?(?<year>${YEAR}))?\\b(?!\\s+of\\s)`,
    (g, env) => {
      if (!g.rel && !g.year && !g.edge) return null;
      const rel = (g.rel ?? "").toLowerCase();
      const offset = /last|past/.test(rel)
        ? -1
        : /next|coming/.test(rel)
          ? 1
          : rel === "this"
            ? 0
            : env.tense === "past"
              ? -1
              : env.tense === "future"
                ? 1
                : 0;
      const y = yearOf(g, env);
      return withMod(
        { type: "DATE", value: seasonValue(g.season as string, offset, env, y ?? undefined) },
        g.edge,
      );
    },
  ),
  rule(
    "time.holiday",
    `(?<name>Christmas(?:\\s+(?:Day|Eve))?|New Year's(?:\\s+(?:Day|Eve))|Thanksgiving(?:\\s+Day)?|Independence Day|Halloween|Valentine's Day|Labor Day|Memorial Day)(?:,?\\s+(?<year>${YEAR}))?`,
    (g, env) => {
      if (!capitalised(g.name)) return null;
      const guess = holidayDay(g.name as string, env.dct.y);
      if (!guess) return null;
      const y = yearOf(g, env) ?? yearFor(guess.m, guess.d, env);
      const day = holidayDay(g.name as string, y);
      return day ? { type: "DATE", value: formatDay(day) } : null;
    },
  ),
  rule(
    "time.clock",
    `(?:(?<approx>about|around|approximately|shortly after|shortly before|just after|just before)\\s+)?(?:${CLOCK})(?:\\s+(?:local time|GMT|UTC|[ECMP][SD]T))?(?:,?\\s+(?:on\\s+)?(?<wd>${WEEKDAY})|\\s+(?<rd>today|yesterday|tomorrow|tonight)|,?\\s+(?:on\\s+)?(?<month>${MONTH})\\s+(?<day>${RX.day})\\b)?`,
    (g, env) => {
      if (!capitalised(g.wd) || !capitalised(g.month)) return null;
      const time = clockValue(g);
      if (!time) return null;
      const date = g.month
        ? parseDay(dayValue(monthNumber(g.month), parseInt(g.day as string, 10), g, env))
        : null;
      // ("on Tuesday … from 9 a.m.": a bare clock time is on the day its sentence already named.)
      const day =
        date ??
        weekdayDay(g, env) ??
        (g.rd ? relativeDay(g.rd, env) : env.sentenceDay) ??
        relativeDay("today", env);
      const approx = g.approx && /about|around|approx/i.test(g.approx) ? "APPROX" : undefined;
      const r: Resolved = { type: "TIME", value: `${formatDay(day)}T${time}` };
      return approx ? withModOf(r, approx) : r;
    },
  ),
  rule("time.weekday-clock", `(?<wd>${WEEKDAY})\\s+(?:at\\s+)?(?:${CLOCK})`, (g, env) => {
    const day = weekdayDay(g, env);
    const time = clockValue(g);
    return day && time ? { type: "TIME", value: `${formatDay(day)}T${time}` } : null;
  }),
  rule(
    "time.weekday",
    `(?:(?<rel>last|next|this|this past|this coming|coming|past)\\s+|(?<edge>early|late|earlier|later)\\s+)?(?<wd>${WEEKDAY})(?!\\w)(?:\\s+(?<pod>${POD}))?(?:\\s+(?<wrel>last|next|this)\\s+week\\b)?`,
    (g, env) => {
      // ("on Friday last week": that weekday in the week before the publication's.)
      const day = g.wrel ? weekdayOfWeek(g, env) : weekdayDay(g, env);
      if (!day) return null;
      return withMod(partOfDay(formatDay(day), g.pod), g.edge);
    },
  ),
  rule(
    "time.relative-day",
    `(?:(?<edge>early|late|earlier|later)\\s+)?(?<rd>today|yesterday|tomorrow|tonight)(?:\\s+(?<pod>${POD}))?(?![\\w'’])`,
    (g, env) => {
      const rd = (g.rd as string).toLowerCase();
      const value = formatDay(relativeDay(rd, env));
      if (rd === "tonight") return { type: "TIME", value: `${value}TNI` };
      return withMod(partOfDay(value, g.pod), g.edge);
    },
  ),
  rule(
    "time.part-of-day",
    `(?:(?<edge>early|late|earlier|later|mid)[-\\s]+)?(?<rel>this|last)\\s+(?<pod>${POD})`,
    (g, env) => {
      const last = (g.rel as string).toLowerCase() === "last";
      const value = formatDay(last ? addDays(env.dct, -1) : env.dct);
      return withMod(partOfDay(value, g.pod), g.edge);
    },
  ),
  rule(
    "time.spoken-year",
    `\\b(?:the\\s+year\\s+)?(?<w>nineteen[- ](?:${RX.numberWord})|two thousand(?:\\s+and\\s+(?:${RX.numberWord}))?)\\b(?![-\\s]+${RX.unit})`,
    (g) => {
      const words = (g.w as string).toLowerCase();
      if (words.startsWith("two thousand")) {
        const rest = words.replace(/^two thousand(?:\s+and\s+)?/, "");
        const n = rest ? parseNumber(rest) : 0;
        return n === null || Number.isNaN(n) ? null : { type: "DATE", value: String(2000 + n) };
      }
      const n = parseNumber(words.replace(/^nineteen[- ]/, ""));
      return n === null || Number.isNaN(n) || n < 10 ? null : { type: "DATE", value: String(1900 + n) };
    },
  ),
];

/** A quarter value's anchor, for "the year-earlier quarter". */
export function quarterOfValue(value: string): { y: number; q: number } | null {
  const m = /^(\d{4})-Q([1-4])$/.exec(value);
  return m ? { y: Number(m[1]), q: Number(m[2]) } : null;
}
