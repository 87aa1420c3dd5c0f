import { describe, expect, it } from "vitest";
import { compileEstimative, findProbabilities } from "../src/coding/probabilities.js";
import { readDataJson } from "../src/data/index.js";
import { annotate } from "../src/nlp/tokenizer.js";

const table = compileEstimative(readDataJson("coding/estimative-words.json"));

function probs(text: string) {
  return findProbabilities(annotate(text), table);
}

describe("findProbabilities", () => {
  it.each([
    ["With Trump having a 50-50 chance of winning the election, rivals bet on him.", "50-50 chance", 0.5],
    ["Analysts give the ceasefire a 70% chance of holding through the winter.", "70% chance", 0.7],
    ["Forecasters put the odds at a one-in-three chance of a deal.", "one-in-three chance", 0.333],
    ["A breakthrough at the talks is very unlikely, diplomats said.", "very unlikely", 0.125],
    ["Pyongyang will almost certainly conduct another missile test.", "almost certainly", 0.97],
    ["The offensive is likely to resume in spring.", "likely", 0.675],
  ])("%s", (text, phrase, p) => {
    const found = probs(text);
    expect(found.map((f) => f.text)).toContain(phrase);
    expect(found.find((f) => f.text === phrase)?.probability).toBeCloseTo(p, 2);
  });

  it("says what the probability is about", () => {
    const [p] = probs(
      "With Trump having a 50-50 chance of winning the election, Kim and Putin see an opening.",
    );
    expect(p?.about).toBe("Trump winning the election");
  });

  it("prefers the longest estimative phrase", () => {
    expect(probs("Escalation is very likely.").map((p) => p.text)).toEqual(["very likely"]);
  });

  it.each([
    ["The likelihood of war was discussed."],
    ["Officials met on Monday."],
    ["He won 55% of the vote."],
  ])("finds nothing in %s", (text) => {
    expect(probs(text)).toEqual([]);
  });
});
