/**
 * Calendar dates as publishers write them, reduced to "YYYY-MM-DD". The date is taken as
 * written: "2024-10-28T23:30:00-05:00" is 2024-10-28 (the publisher's local day), never
 * shifted to UTC.
 */

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`(\d{4})`;
const WEEKDAY = String.raw`(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?`;

/** One way of writing a date: its pattern and where year, month and day are in the match. */
interface DateForm {
  source: string;
  order: readonly ["y" | "m" | "d", "y" | "m" | "d", "y" | "m" | "d"];
  monthName: boolean;
}

const DATE_FORMS: readonly DateForm[] = [
  { source: String.raw`(?<!\d)${YEAR}-(\d{2})-(\d{2})(?!\d)`, order: ["y", "m", "d"], monthName: false },
  {
    source: String.raw`(?<!\d)${YEAR}[/.](\d{1,2})[/.](\d{1,2})(?!\d)`,
    order: ["y", "m", "d"],
    monthName: false,
  },
  { source: String.raw`\b${MONTH}\s*${DAY},?\s+${YEAR}(?!\d)`, order: ["m", "d", "y"], monthName: true },
  {
    source: String.raw`\b${DAY}\s+(?:of\s+)?${MONTH},?\s+${YEAR}(?!\d)`,
    order: ["d", "m", "y"],
    monthName: true,
  },
];

/** Forms accepted only when the whole string is a date: numeric day-first with dots. */
const WHOLE_STRING_FORMS: readonly DateForm[] = [
  { source: String.raw`(\d{1,2})\.(\d{1,2})\.${YEAR}`, order: ["d", "m", "y"], monthName: false },
];

// Whatever may follow a date in a timestamp: a time, a zone, a zone name.
const TRAILER = String.raw`(?:(?:[T\s,]|\s+at\s+)[\s\S]*)?`;

const ANCHORED = [...DATE_FORMS, ...WHOLE_STRING_FORMS].map(
  (form) => [new RegExp(`^${WEEKDAY}${form.source}${TRAILER}$`, "i"), form] as const,
);
const SEARCH = new RegExp(DATE_FORMS.map((f) => `(?:${f.source})`).join("|"), "gi");

/** The date as "YYYY-MM-DD" when it exists on the calendar (leap years included). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1800 || year > 2199 || month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function fromParts(parts: readonly string[], form: DateForm): string | null {
  const value = (field: "y" | "m" | "d"): number => {
    const raw = parts[form.order.indexOf(field)] ?? "";
    if (field === "m" && form.monthName) return MONTHS[raw.slice(0, 3).toLowerCase()] ?? 0;
    return Number.parseInt(raw, 10);
  };
  return isoDate(value("y"), value("m"), value("d"));
}

/**
 * Parses a date the way it appears in page metadata, feeds and datelines, with an optional
 * leading weekday and anything time-like after it. Returns "YYYY-MM-DD", or null when the
 * string is not a date or names a day that does not exist. Numeric dates are accepted only
 * year-first ("2024-10-28", "2024/10/28") or day-first with dots ("28.10.2024"), never the
 * ambiguous "10/11/2024".
 *
 * @example
 * parseDateLoose("2024-10-28T09:46:00+09:00") // "2024-10-28"
 * parseDateLoose("October 28, 2024")          // "2024-10-28"
 * parseDateLoose("Mon, 28 Oct 2024 09:46:00 GMT") // "2024-10-28"
 */
export function parseDateLoose(s: string): string | null {
  const text = s.trim();
  for (const [re, form] of ANCHORED) {
    const m = re.exec(text);
    if (m) return fromParts(m.slice(1, 4), form);
  }
  return null;
}

/** A date found inside running text, with where it was found. */
export interface DateMention {
  date: string;
  index: number;
  text: string;
}

/** Every well-formed date in a text (ISO, "Month D, YYYY", "D Month YYYY"), in order. */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const m of text.matchAll(SEARCH)) {
    const date = dateOfSearchMatch(m);
    if (date) found.push({ date, index: m.index, text: m[0] });
  }
  return found;
}

/** Which alternative of SEARCH matched, and its date. */
function dateOfSearchMatch(m: RegExpMatchArray): string | null {
  let group = 1;
  for (const form of DATE_FORMS) {
    if (m[group] !== undefined) return fromParts(m.slice(group, group + 3), form);
    group += 3;
  }
  return null;
}
