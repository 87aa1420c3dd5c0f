import { describe, expect, it } from "vitest";
import { findTimes } from "../src/nlp/times.js";
import { annotate } from "../src/nlp/tokenizer.js";

/** [text, publication date, expected value, expected precision] */
const CASES: [string, string, string, string][] = [
  ["The minister said on Friday that talks had failed.", "2024-10-28", "2024-10-25", "day"],
  ["Ukrainian forces launched a surprise attack in August.", "2024-10-28", "2024-08", "month"],
  ["The vote follows the November 5 election.", "2024-10-28", "2024-11-05", "day"],
  ["The offensive began in August.", "2025-03-10", "2024-08", "month"],
  ["The summit will be held in August.", "2025-03-10", "2025-08", "month"],
  ["Delegations will meet on Tuesday in Riyadh.", "2025-03-06", "2025-03-11", "day"],
  ["The ministers met on Tuesday in Riyadh.", "2025-03-06", "2025-03-04", "day"],
  ["The strike happened yesterday.", "2024-12-04", "2024-12-03", "day"],
  ["Troops were first sent in 2023, officials said.", "2024-10-28", "2023", "year"],
  ["The treaty entered into force on December 4, 2024.", "2025-01-10", "2024-12-04", "day"],
  // A week or a weekend gives the month of its Thursday (Saturday): 22–28 January 2024.
  ["The protests began last week.", "2024-01-31", "2024-01", "month"],
  ["At the weekend, Congo broke off relations with Rwanda.", "2025-01-28", "2025-01", "month"],
  // 29 January – 4 February 2024: the week's Thursday is 1 February.
  ["Talks began last week.", "2024-02-07", "2024-02", "month"],
];

describe("findTimes", () => {
  it.each(CASES)("%s (published %s) → %s", (text, published, value, precision) => {
    const times = findTimes(annotate(text), published);
    expect(times.map((t) => [t.value, t.precision])).toContainEqual([value, precision]);
  });

  it("keeps the expression and its offsets", () => {
    const text = "North Korea's foreign minister said on Friday, referring to it.";
    const [t] = findTimes(annotate(text), "2024-10-28");
    expect(t).toBeDefined();
    expect(text.slice(t?.start, t?.end)).toBe(t?.text);
    expect(t?.text).toBe("Friday");
  });

  it.each([
    ["He has vowed to end the war in 24 hours."],
    ["The election is now less than 10 days away."],
    ["No dates appear in this sentence at all."],
  ])("finds no date in %s", (text) => {
    expect(findTimes(annotate(text), "2024-10-28").map((t) => t.value)).toEqual([]);
  });
});
