/** Evidence grades: reliability defaults and overrides, credibility rules, STIX mapping. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  bestReliability,
  type ClaimSummary,
  claimCredibility,
  gradeClaim,
  isReliability,
  type ReliabilityTable,
  sourceReliability,
  stixConfidence,
} from "../src/knowledge/index.js";

const table = JSON.parse(
  readFileSync(join(import.meta.dirname, "..", "data", "sources", "reliability.json"), "utf8"),
) as ReliabilityTable;

type Facts = Pick<ClaimSummary, "corroboration" | "denials" | "strongest">;

describe("data/sources/reliability.json", () => {
  it("gives every kind a letter A–F and covers the kinds the store documents", () => {
    expect(Object.values(table.kinds).every(isReliability)).toBe(true);
    expect(isReliability(table.default)).toBe(true);
    for (const kind of [
      "wire-agency",
      "newspaper-of-record",
      "state-media",
      "government-statement",
      "intelligence-service",
      "social-media",
      "unknown",
    ])
      expect(table.kinds[kind], kind).toBeDefined();
  });
});

describe("sourceReliability", () => {
  it.each([
    [{ kind: "wire-agency", reliability: null }, "B"],
    [{ kind: "state-media", reliability: null }, "D"],
    [{ kind: "social-media", reliability: null }, "E"],
    [{ kind: "state-media", reliability: "A" }, "A"],
    [{ kind: "no-such-kind", reliability: null }, "F"],
    [{ kind: null, reliability: null }, "F"],
    [{ kind: "wire-agency", reliability: "Z" }, "B"],
  ] as const)("%j → %s", (source, expected) => {
    expect(sourceReliability(source, table)).toBe(expected);
  });
});

describe("claimCredibility", () => {
  it.each<[string, Facts, number]>([
    ["two independent origins, one direct", { corroboration: 2, denials: 0, strongest: "direct" }, 1],
    ["three reported origins", { corroboration: 3, denials: 0, strongest: "reported" }, 1],
    ["one origin in its own voice", { corroboration: 1, denials: 0, strongest: "direct" }, 2],
    ["one attributed report", { corroboration: 1, denials: 0, strongest: "reported" }, 3],
    ["two origins that only allege", { corroboration: 2, denials: 0, strongest: "alleged" }, 3],
    ["one allegation", { corroboration: 1, denials: 0, strongest: "alleged" }, 4],
    ["contested, more affirm than deny", { corroboration: 2, denials: 1, strongest: "direct" }, 4],
    ["contested, as many deny", { corroboration: 1, denials: 1, strongest: "direct" }, 5],
    ["only denied", { corroboration: 0, denials: 2, strongest: null }, 5],
    ["nothing to judge", { corroboration: 0, denials: 0, strongest: null }, 6],
  ])("%s → %i", (_label, facts, expected) => {
    expect(claimCredibility(facts)).toBe(expected);
  });
});

describe("STIX 2.1 confidence (Appendix A, Admiralty credibility)", () => {
  it.each([
    [1, 90],
    [2, 70],
    [3, 50],
    [4, 30],
    [5, 10],
    [6, null],
  ] as const)("%i → %s", (credibility, expected) => {
    expect(stixConfidence(credibility)).toBe(expected);
  });
});

describe("gradeClaim", () => {
  it("takes the best reliability among the sources it is given", () => {
    expect(bestReliability(["C", "B", "E"])).toBe("B");
    expect(bestReliability([])).toBe("F");
    expect(gradeClaim({ corroboration: 2, denials: 0, strongest: "direct" }, ["C", "B"])).toEqual({
      reliability: "B",
      credibility: 1,
      label: "B1",
      confidence: 90,
    });
    expect(gradeClaim({ corroboration: 0, denials: 0, strongest: null }, []).label).toBe("F6");
  });
});
