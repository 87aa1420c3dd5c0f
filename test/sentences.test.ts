/** Sentence boundaries wink-nlp misses (after a clock time, "2 a.m.", that ends a sentence), and verb groups. */
import { describe, expect, it } from "vitest";
import { verbGroups } from "../src/coding/clauses.js";
import { annotate } from "../src/nlp/index.js";
import { foldLetters } from "../src/nlp/letter-fold.js";
import { analyzeText } from "./helpers.js";

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

describe("words with extended Latin letters", () => {
  it("are one token each, at the original offsets, and names with them are found", () => {
    const text = "Tayyip Erdoğan met Aleksandar Vučić and Łukasz Wałęsa in Gdańsk.";
    const at = annotate(text);
    const words = at.tokens.map((t) => text.slice(t.start, t.end));
    expect(words).toEqual([
      "Tayyip",
      "Erdoğan",
      "met",
      "Aleksandar",
      "Vučić",
      "and",
      "Łukasz",
      "Wałęsa",
      "in",
      "Gdańsk",
      ".",
    ]);
    expect(at.tokens[1]?.pos).toBe("PROPN");
    expect(at.sentences[0]?.text).toBe(text);
    expect(foldLetters("Nguyễn Phú Trọng, Hamáček")).toBe("Nguyen Phú Trong, Hamácek");
    const events = analyzeText("President Tayyip Erdoğan condemned Russia.", "2015-11-25").events;
    expect(events.map((e) => [e.source, e.source_text])).toEqual([["TURGOV", "President Tayyip Erdoğan"]]);
  });
});

describe("possessives", () => {
  it("are split the same way whatever was read before (wink reads 'Chile's.' whole and remembers it)", () => {
    const words = (text: string) => annotate(text).tokens.map((t) => t.text);
    const before = words("Chile's Congress voted on Monday.");
    expect(words("The border had always been Chile's.")).toEqual([
      "The",
      "border",
      "had",
      "always",
      "been",
      "Chile",
      "'s",
      ".",
    ]);
    expect(words("Chile's Congress voted on Monday.")).toEqual(before);
    expect(before.slice(0, 3)).toEqual(["Chile", "'s", "Congress"]);
    const at = annotate("Peru's claim was rejected. The border was Chile's. Chile's navy sailed.");
    expect(at.sentences.map((s) => s.text)).toEqual([
      "Peru's claim was rejected.",
      "The border was Chile's.",
      "Chile's navy sailed.",
    ]);
    expect(at.tokens.every((t, i) => t.i === i)).toBe(true);
  });
});

describe("plurals after a demonym", () => {
  it("are nouns in an object, not verbs; a subject's verb stays a verb", () => {
    const pos = (text: string, word: string) => annotate(text).tokens.find((t) => t.text === word)?.pos;
    expect(pos("Chilean guards removed Peruvian navigation buoys from the river.", "buoys")).toBe("NOUN");
    expect(pos("Chilean guards removed Peruvian buoys from the river.", "buoys")).toBe("NOUN");
    expect(pos("The bridge opened as the Peruvian army deploys along the river.", "deploys")).toBe("VERB");
  });
});

describe("verb groups", () => {
  const groups = (text: string) => {
    const at = annotate(text);
    const s = at.sentences[0];
    if (!s) throw new Error("no sentence");
    return verbGroups(at, s).map((g) => `${at.tokens[g.head]?.text}${g.reduced ? " (reduced)" : ""}`);
  };
  it("read an -ed verb right after a passive's agent, before a preposition, as a reduced relative", () => {
    expect(
      groups("The building had been hit by six missiles fired from F-35 jets and he promised revenge."),
    ).toEqual(["hit", "fired (reduced)", "promised"]);
    // (Not after an active verb's object: "Russia struck the depot and fired at Kyiv".)
    expect(groups("Russian troops struck the depot and fired at Kyiv.")).toEqual(["struck", "fired"]);
  });
});
