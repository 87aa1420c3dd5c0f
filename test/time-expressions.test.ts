import { describe, expect, it } from "vitest";
import { findTimexes } from "../src/nlp/time-expressions.js";
import { annotate } from "../src/nlp/tokenizer.js";

/** [text, publication date, expression, TIMEX3 type, TIMEX3 value] */
const CASES: [string, string, string, string, string][] = [
  ["The minister said last Friday that talks had failed.", "2024-10-28", "last Friday", "DATE", "2024-10-25"],
  ["Prices rose this week.", "2024-10-23", "this week", "DATE", "2024-W43"],
  ["Prices rose last week.", "2024-10-23", "last week", "DATE", "2024-W42"],
  ["The offensive began in August.", "2025-03-10", "August", "DATE", "2024-08"],
  ["The summit will be held in August.", "2025-03-10", "August", "DATE", "2025-08"],
  ["The troops are now in Kursk.", "2024-10-28", "now", "DATE", "PRESENT_REF"],
  ["The army currently holds the town.", "2024-10-28", "currently", "DATE", "PRESENT_REF"],
  ["The group recently moved south.", "2024-10-28", "recently", "DATE", "PAST_REF"],
  ["The talks lasted three weeks.", "2024-10-28", "three weeks", "DURATION", "P3W"],
  ["A truce of 10 days was agreed.", "2024-10-28", "10 days", "DURATION", "P10D"],
  ["Exports fell over the past three years.", "2024-10-28", "the past three years", "DURATION", "P3Y"],
  ["The siege lasted more than four hours.", "2024-10-28", "more than four hours", "DURATION", "PT4H"],
  ["Inspectors visit every week.", "2024-10-28", "every week", "SET", "P1W"],
  ["The ministry publishes casualty figures daily.", "2024-10-28", "daily", "SET", "P1D"],
  ["The council meets twice a year.", "2024-10-28", "a year", "SET", "P1Y"],
  ["Fighting resumed in early 1998.", "1999-05-01", "early 1998", "DATE", "1998"],
  ["Output fell in the third quarter.", "2024-10-28", "the third quarter", "DATE", "2024-Q3"],
  ["The drills were held in the summer of 2023.", "2024-10-28", "the summer of 2023", "DATE", "2023-SU"],
  ["Troops arrived last summer.", "2024-10-28", "last summer", "DATE", "2024-SU"],
  ["The war of the 1990s left scars.", "2024-10-28", "the 1990s", "DATE", "199"],
  ["The budget for fiscal 2025 was cut.", "2024-10-28", "fiscal 2025", "DATE", "2025"],
  ["The strike happened yesterday.", "2024-12-04", "yesterday", "DATE", "2024-12-03"],
  // A weekday of a named week: "Friday last week" against Friday 2022-09-23 is 2022-09-16.
  ["She died in hospital on Friday last week.", "2022-09-23", "Friday last week", "DATE", "2022-09-16"],
  // The tense of a weekday is its own clause's, not that of a speech verb past a comma.
  [
    "Finland will close the last crossing from Thursday, the government said on Tuesday.",
    "2023-11-28",
    "Thursday",
    "DATE",
    "2023-11-30",
  ],
  // Nor that of a verb in a relative clause after it ("under which Britain will help").
  [
    "Both sides signed an agreement on board a ship on Monday under which Britain will help Ukraine.",
    "2021-06-24",
    "Monday",
    "DATE",
    "2021-06-21",
  ],
  // A bare clock time is on the day its sentence named before it, and "that day" is that day too.
  [
    "Moscow said on Tuesday that it had brokered a ceasefire from 9 a.m. that day.",
    "2022-09-15",
    "9 a.m.",
    "TIME",
    "2022-09-13T09:00",
  ],
  [
    "Moscow said on Tuesday that it had brokered a ceasefire from 9 a.m. that day.",
    "2022-09-15",
    "that day",
    "DATE",
    "2022-09-13",
  ],
  ["The vote is set for tomorrow.", "2024-12-04", "tomorrow", "DATE", "2024-12-05"],
  // "set" is a future only before "to" or "for": "then set the building on fire" is a past act.
  [
    "Gunmen opened fire at the venue on Friday evening and then set the building on fire.",
    "2024-03-25",
    "Friday evening",
    "TIME",
    "2024-03-22TEV",
  ],
  ["The summit is set for Friday.", "2024-03-25", "Friday", "DATE", "2024-03-29"],
  ["The ministers plan to meet on Friday.", "2024-03-25", "Friday", "DATE", "2024-03-29"],
  ["The blast came at 5 p.m. on Tuesday.", "2024-12-05", "5 p.m. on Tuesday", "TIME", "2024-12-03T17:00"],
  ["The rally is planned for this morning.", "2024-12-05", "this morning", "TIME", "2024-12-05TMO"],
  [
    "The treaty entered into force on December 4, 2024.",
    "2025-01-10",
    "December 4, 2024",
    "DATE",
    "2024-12-04",
  ],
  ["The attack came two years ago.", "2024-10-28", "two years ago", "DATE", "2022"],
  [
    "Profit rose in the third quarter from a year earlier.",
    "2024-10-28",
    "a year earlier",
    "DATE",
    "2023-Q3",
  ],
  ["Talks are expected in the coming months.", "2024-10-28", "the coming months", "DATE", "FUTURE_REF"],
  ["He was born in the 20th century.", "2024-10-28", "the 20th century", "DATE", "19"],
  ["Profit fell 3% for the year.", "2024-10-28", "the year", "DURATION", "P1Y"],
  ["Output rose earlier in the year.", "2024-10-28", "the year", "DATE", "2024"],
  ["Repairs will take two to three weeks.", "2024-10-28", "two to three weeks", "DURATION", "P2W"],
  ["A few years ago the plant closed.", "2024-10-28", "A few years ago", "DATE", "PAST_REF"],
  // A month's day followed by a term is a date, then a duration, not "30 to 20 years".
  ["A court jailed them on December 30 to 20 years.", "2023-01-08", "December 30", "DATE", "2022-12-30"],
  ["A court jailed them on December 30 to 20 years.", "2023-01-08", "20 years", "DURATION", "P20Y"],
  ["They face 30 to 40 years in prison.", "2023-01-08", "30 to 40 years", "DURATION", "P30Y"],
  // A month's day with "last year" is that day a year back.
  ["The raids began on October 8 last year.", "2024-11-27", "October 8 last year", "DATE", "2023-10-08"],
  ["The raids began on 8 October last year.", "2024-11-27", "8 October last year", "DATE", "2023-10-08"],
  ["The deal was signed on March 3 this year.", "2024-11-27", "March 3 this year", "DATE", "2024-03-03"],
];

describe("findTimexes", () => {
  it.each(CASES)("%s (%s) → %s %s %s", (text, dct, expression, type, value) => {
    const found = findTimexes(annotate(text), dct).map((t) => [t.text, t.type, t.value]);
    expect(found).toContainEqual([expression, type, value]);
  });

  it("marks the edge of a period as a mod", () => {
    const [t] = findTimexes(annotate("Fighting resumed in early 1998."), "1999-05-01");
    expect(t?.mod).toBe("START");
  });

  it("reads no clock time inside a word ('afternoon' holds no 'noon')", () => {
    const found = findTimexes(annotate("He called his counterpart that afternoon."), "2025-05-11");
    expect(found.some((t) => t.text === "noon")).toBe(false);
    const [noon] = findTimexes(annotate("The ceasefire took effect at noon on Friday."), "2025-05-11");
    expect(noon?.value).toBe("2025-05-09T12:00");
  });

  it("gives offsets into the text and a rule id", () => {
    const text = "Shelling resumed on Friday, officials said.";
    for (const t of findTimexes(annotate(text), "2024-10-28")) {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(t.rule).toMatch(/^time\./);
    }
  });

  it.each([
    ["A 6-year-old boy was hurt."],
    ["About three-quarters of the votes were counted."],
    ["May I ask a question?"],
    ["The march on the capital drew thousands."],
    ["The fall of Assad surprised many."],
    ["He scored 2024 points in his career."],
    ["No dates appear in this sentence at all."],
    ["Jan Kowalski, a former minister, spoke."],
  ])("finds nothing in %s", (text) => {
    expect(findTimexes(annotate(text), "2024-10-28").map((t) => t.text)).toEqual([]);
  });
});
