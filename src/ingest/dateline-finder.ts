import { findDates } from "./date-parser.js";

/** How far into a plain-text document a dateline may start. */
export const DATELINE_WINDOW = 200;

// A date right after one of these words is part of a sentence ("on October 25, 2024"),
// not a dateline, so it says when something happened rather than when it was published.
const SENTENCE_WORDS = new Set(
  "on since by until till before after in from of to between and through at during as than last next the".split(
    " ",
  ),
);
const WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*$/;

/** The word before `index` on the same line, looking past a weekday name. */
function wordBefore(text: string, index: number): string | null {
  const m = /([\p{L}]+)[^\p{L}\n]*$/u.exec(text.slice(0, index));
  const word = m?.[1]?.toLowerCase() ?? null;
  if (m && word !== null && WEEKDAY.test(word)) return wordBefore(text, m.index);
  return word;
}

/**
 * The publication date of a plain-text document, from a dateline near its start: the first
 * date written as "YYYY-MM-DD", "Month D, YYYY" or "D Month YYYY" in the first 200
 * characters that is not part of a sentence (not right after "on", "since", "by", "in", …).
 * A leading "date 2024-10-28" marker or "SEOUL, Oct. 28, 2024 -" dateline qualifies;
 * "On October 25, 2024, troops …" does not. Null when there is none.
 *
 * @example
 * findDateline("date 2024-10-28 Talks resume\n\nThe envoy said ...") // "2024-10-28"
 */
export function findDateline(text: string): string | null {
  const head = text.slice(0, DATELINE_WINDOW);
  for (const mention of findDates(head)) {
    const before = wordBefore(head, mention.index);
    if (before === null || !SENTENCE_WORDS.has(before)) return mention.date;
  }
  return null;
}
