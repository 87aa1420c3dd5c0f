/**
 * The words of time expressions: month and weekday names, number words, units, seasons,
 * modifiers, and the regular-expression fragments the time grammar is built from.
 */

const MONTHS: [RegExp, number][] = [
  [/^jan/i, 1],
  [/^feb/i, 2],
  [/^mar/i, 3],
  [/^apr/i, 4],
  [/^may/i, 5],
  [/^jun/i, 6],
  [/^jul/i, 7],
  [/^aug/i, 8],
  [/^sep/i, 9],
  [/^oct/i, 10],
  [/^nov/i, 11],
  [/^dec/i, 12],
];

/** Month number of a month name or abbreviation ("Sept." → 9), 0 when unknown. */
export function monthNumber(word: string): number {
  return MONTHS.find(([re]) => re.test(word))?.[1] ?? 0;
}

const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

/** 0 = Sunday … 6 = Saturday, -1 when unknown. */
export function weekdayNumber(word: string): number {
  return WEEKDAYS.indexOf(word.slice(0, 3).toLowerCase());
}

const SMALL: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  thousand: 1000,
  dozen: 12,
  couple: 2,
  "a couple of": 2,
  "couple of": 2,
  "a dozen": 12,
  "a hundred": 100,
  "a thousand": 1000,
};

const VAGUE = /^(?:a few|few|several|some|many|a number of|numerous|the)$/i;

/**
 * A number written in figures or words ("24", "twenty-four", "a hundred", "1 1/2"); null for
 * vague quantities ("several", "a few"), NaN when not a number.
 */
export function parseNumber(text: string): number | null {
  const t = text.toLowerCase().replace(/,/g, "").trim();
  if (VAGUE.test(t)) return null;
  const frac = /^(\d+)\s+(\d)\/(\d)$/.exec(t);
  if (frac) return Number(frac[1]) + Number(frac[2]) / Number(frac[3]);
  if (/^\d+(?:\.\d+)?$/.test(t)) return Number(t);
  if (t in SMALL) return SMALL[t] as number;
  let total = 0;
  let current = 0;
  for (const w of t.split(/[\s-]+/)) {
    const n = SMALL[w];
    if (w === "and") continue;
    if (n === undefined) return Number.NaN;
    if (n === 100 || n === 1000) current = (current || 1) * n;
    else current += n;
  }
  total += current;
  return total;
}

/** Calendar units and their TIMEX3 duration letters (T marks time units). */
export const UNIT_CODES: Record<string, string> = {
  second: "TS",
  minute: "TM",
  hour: "TH",
  day: "D",
  night: "D",
  week: "W",
  weekend: "WE",
  fortnight: "W2",
  month: "M",
  quarter: "Q",
  year: "Y",
  decade: "DE",
  century: "CE",
};

/** Singular unit of a unit word ("centuries" → "century"). */
export function unitOf(word: string): string {
  const w = word.toLowerCase();
  if (w.startsWith("centur")) return "century";
  return w.replace(/s$/, "");
}

export const SEASON_CODES: Record<string, string> = {
  spring: "SP",
  summer: "SU",
  fall: "FA",
  autumn: "FA",
  winter: "WI",
};

export const PART_OF_DAY: Record<string, string> = {
  morning: "MO",
  afternoon: "AF",
  evening: "EV",
  night: "NI",
  overnight: "NI",
};

/** TIMEX3 mod of a modifier word in front of an expression. */
export function modOf(word: string | undefined): string | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase().replace(/\s+/g, " ").replace(/-$/, "");
  if (/^(?:early|earlier|the (?:beginning|start) of|the first half of)$/.test(w)) return "START";
  if (/^(?:late|later|the end of|the close of|the second half of)$/.test(w)) return "END";
  if (/^(?:mid|the middle of)$/.test(w)) return "MID";
  if (/^(?:more than|over|longer than)$/.test(w)) return "MORE_THAN";
  if (/^(?:less than|under|fewer than|shorter than)$/.test(w)) return "LESS_THAN";
  if (/^(?:at least|no less than)$/.test(w)) return "EQUAL_OR_MORE";
  if (/^(?:up to|no more than|at most|nearly|almost)$/.test(w)) return "EQUAL_OR_LESS";
  if (/^(?:about|around|roughly|some|approximately|nearly|almost)$/.test(w)) return "APPROX";
  return undefined;
}

/** Regular-expression fragments (sources, no flags) shared by the grammar's rules. */
export const RX = {
  month:
    "(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:tember|t\\.?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)",
  weekday: "(?:Mon|Tues|Tue|Wednes|Wed|Thurs|Thu|Fri|Satur|Sat|Sun)(?:day|\\.)",
  weekdayFull: "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day",
  day: "(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?",
  year: "(?:1[6-9]\\d\\d|20\\d\\d)",
  numberWord:
    "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a hundred|a thousand|hundreds|a dozen|a couple of|couple of|a few|few|several|many)",
  unit: "(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?|century|centuries)",
  season: "(?:spring|summer|fall|autumn|winter)",
  partOfDay: "(?:morning|afternoon|evening|night|overnight)",
  approx:
    "(?:about|around|roughly|some|approximately|nearly|almost|more than|less than|fewer than|over|under|at least|up to|no more than|at most|longer than)",
  edge: "(?:early|late|mid|earlier|later|the (?:beginning|start|end|middle|close) of)",
} as const;
