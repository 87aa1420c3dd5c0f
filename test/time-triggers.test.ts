import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Sentence } from "../src/nlp/annotated-text.js";
import { TIME_RULES } from "../src/nlp/time-expressions.js";
import { RULE_GATES } from "../src/nlp/time-rule-hints.js";
import { meetsNeeds, RULE_NEEDS, sentenceTriggers, T } from "../src/nlp/time-triggers.js";

/** One sentence spanning the whole text. */
function whole(text: string): Sentence[] {
  return [{ index: 0, start: 0, end: text.length, tokenStart: 0, tokenEnd: 0, text }];
}

/** Does the rule's expression match anywhere in the text? */
function matches(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const hit = re.test(text);
  re.lastIndex = 0;
  return hit;
}

/** Gates and trigger needs may only skip a rule that could not match: check it on a sentence. */
function sound(text: string): string[] {
  const mask = sentenceTriggers(text, whole(text))[0] as number;
  const broken: string[] = [];
  for (const rule of TIME_RULES) {
    if (!matches(rule.re, text)) continue;
    if (!meetsNeeds(mask, RULE_NEEDS[rule.id])) broken.push(`${rule.id} needs`);
    if (RULE_GATES[rule.id]?.test(text) === false) broken.push(`${rule.id} gate`);
  }
  return broken;
}

const SENTENCES = [
  "The talks resumed on Tuesday, May 5, 2024, after a 10-day pause.",
  "Fighting began three weeks ago and eased in the third quarter of 2023.",
  "Officials met at 5 p.m. on Monday and again at noon Wednesday.",
  "Exports fell over the past three years, the ministry said last week.",
  "Inspectors visit every other month; the council meets twice a year.",
  "The siege lasted more than four hours and a half hour later it ended.",
  "In the 1990s and early 2000s, the year-end figures rose in Q3 2001.",
  "Since May the truce held until Christmas Eve, 2019, and during the summer of 2021.",
  "The vote is set for tomorrow morning, a day and a half before the weekend.",
  "THE FIRST HALF OF THE YEAR SAW RECENT GAINS, NOW AND IN THE NEAR FUTURE.",
  "He said on Tuesdays the market opens daily at 09:30 GMT, 2024-10-28.",
  "The deal signed on 10/28/2024 runs from 5 May 2024 to the 3rd of March, and in March 2023 it began.",
  "Rates rise in May of next year and in fiscal '24, the 21st century's first Monday at 10 a.m.",
  "This morning in nineteen ninety-eight, for the whole year, year-earlier results stayed, for years and within months.",
  "Shelling hit Kharkiv overnight; it was the fortnight's worst, a year earlier.",
];

const WORDS = [
  "the",
  "a",
  "an",
  "in",
  "on",
  "for",
  "over",
  "since",
  "last",
  "next",
  "this",
  "past",
  "coming",
  "three",
  "ten",
  "twenty-one",
  "10",
  "2024",
  "'99",
  "1990s",
  "3rd",
  "Q2",
  "May",
  "may",
  "March",
  "Sept.",
  "Monday",
  "Tues.",
  "tuesday",
  "day",
  "days",
  "week",
  "weekend",
  "month",
  "months",
  "year",
  "year-end",
  "years",
  "quarter",
  "decade",
  "century",
  "hour",
  "minutes",
  "ago",
  "earlier",
  "later",
  "before",
  "after",
  "from now",
  "or so",
  "noon",
  "midnight",
  "5",
  "p.m.",
  "am",
  "9:30",
  "GMT",
  "morning",
  "night",
  "tonight",
  "today",
  "yesterday",
  "spring",
  "summer",
  "fall",
  "Christmas",
  "New Year's",
  "fiscal",
  "half",
  "every",
  "each",
  "per",
  "daily",
  "weekly",
  "now",
  "recently",
  "current",
  "future",
  "term",
  "twenties",
  "nineteen",
  "two thousand",
  "of",
  "and",
  "-",
  ",",
  ".",
  "  ",
  "\u00a0",
  "Tuesday",
  "today's",
];

describe("time triggers and gates", () => {
  it("never skip a rule on sentences where it matches", () => {
    for (const s of SENTENCES) expect(sound(s), s).toEqual([]);
  });

  it("never skip a rule on generated word sequences", () => {
    const word = fc.constantFrom(...WORDS);
    const sep = fc.constantFrom(" ", " ", "-", ", ", "");
    const text = fc
      .array(fc.tuple(word, sep), { minLength: 1, maxLength: 8 })
      .map((parts) => parts.map(([w, s]) => w + s).join(""));
    fc.assert(
      fc.property(text, (t) => sound(t).length === 0),
      { seed: 42, numRuns: 3000 },
    );
  });

  it("count a trigger only when it lies inside the sentence", () => {
    const text = "It ended. Next week talks resume.";
    const sentences: Sentence[] = [
      { index: 0, start: 0, end: 9, tokenStart: 0, tokenEnd: 0, text: "It ended." },
      { index: 1, start: 10, end: text.length, tokenStart: 0, tokenEnd: 0, text: text.slice(10) },
    ];
    const [first, second] = sentenceTriggers(text, sentences);
    expect((first as number) & T.unit).toBe(0);
    expect((second as number) & T.spacedUnit).toBe(T.spacedUnit);
  });

  it("tell a unit after a space from one inside a word", () => {
    const mask = (s: string) => sentenceTriggers(s, whole(s))[0] as number;
    expect(mask("on Tuesday") & T.spacedUnit).toBe(0);
    expect(mask("on Tuesday") & T.unit).toBe(T.unit);
    expect(mask("a 10-day truce") & T.spacedUnit).toBe(T.spacedUnit);
  });
});
