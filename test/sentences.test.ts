/** Sentence boundaries wink-nlp misses: after a clock time ("2 a.m.") that ends a sentence. */
import { describe, expect, it } from "vitest";
import { annotate } from "../src/nlp/index.js";

const sentences = (text: string) => annotate(text).sentences.map((s) => s.text);

describe("sentences after clock times", () => {
  it("end after a.m./p.m. when a capitalised word and a verb follow", () => {
    expect(sentences("The house was hit at about 2 a.m. Hamas said he had died.")).toEqual([
      "The house was hit at about 2 a.m.",
      "Hamas said he had died.",
    ]);
  });
  it("go on through a day, a month, a time zone or a city's time", () => {
    for (const text of [
      "The strike came at 5 p.m. Monday and hit a depot.",
      "It began at 9 a.m. GMT on Friday.",
      "Fire at 2 a.m. Moscow time hit it.",
      "The truce began at 5 p.m. in India.",
    ])
      expect(sentences(text)).toEqual([text]);
  });
});
