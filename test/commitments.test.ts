import { describe, expect, it } from "vitest";
import { analyzeText } from "./helpers.js";

describe("commitments", () => {
  it("extracts an article with its obligation and parties", () => {
    const x = analyzeText(
      "Article 5 of the North Atlantic Treaty between the United States and Canada commits members to collective defence.",
    );
    const c = x.commitments.find((k) => k.article === "Article 5");
    expect(c?.obligation).toBe("members to collective defence");
    expect(c?.parties).toEqual(["USA", "CAN"]);
  });

  it("records a status change by a named body with its date", () => {
    const x = analyzeText(
      "The State Duma ratified the new Russia-North Korea treaty on Thursday.",
      "2024-10-28",
    );
    const c = x.commitments.find((k) => k.status === "ratified");
    expect(c?.status_by).toBe("RUSLEG");
    expect(c?.parties.sort()).toEqual(["PRK", "RUS"]);
    expect(c?.date?.value).toBe("2024-10-24");
  });

  it("records entry into force", () => {
    const x = analyzeText(
      "The treaty between Russia and North Korea entered into force on December 4.",
      "2024-12-05",
    );
    expect(x.commitments.find((k) => k.status === "in force")?.date?.value).toBe("2024-12-04");
  });

  it("records pledges by an actor", () => {
    const x = analyzeText("Germany pledged to deliver four more air defence systems to Ukraine.");
    const c = x.commitments.find((k) => k.status === "pledged");
    expect(c?.status_by).toBe("DEU");
    expect(c?.obligation).toBe("deliver four more air defence systems to Ukraine");
  });

  it.each([
    ["The minister said the talks were useful."],
    ["Yoon had committed insurrection, the opposition said."],
  ])("finds none in %s", (text) => {
    expect(analyzeText(text).commitments).toEqual([]);
  });
});
