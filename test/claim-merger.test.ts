/** Claim merge rules: tables of [case, expected], negative cases included. */
import { describe, expect, it } from "vitest";
import {
  actorsMatch,
  type ClaimEvidence,
  type ClaimLink,
  claimBlockKey,
  dateWindow,
  earliestOverlappingStart,
  type Happening,
  isDenial,
  mergeIntoClaims,
  sameHappening,
  shiftDay,
  summariseClaim,
} from "../src/knowledge/index.js";

const base: Happening = {
  sourceCode: "PRK",
  targetCode: "RUS",
  code: "074",
  day: "2024-10-23",
  basis: "day",
  placeName: null,
  placeCountry: null,
};

describe("actorsMatch", () => {
  it.each([
    ["PRK", "PRK", true],
    ["PRK", "PRKMIL", true],
    ["PRKMIL", "PRK", true],
    ["PRKMIL", "PRKGOV", false],
    ["PRK", "KOR", false],
    ["PRKMIL", "KORMIL", false],
    [null, null, true],
    [null, "PRK", false],
    ["RUS", null, false],
  ] as const)("%s ~ %s → %s", (a, b, expected) => {
    expect(actorsMatch(a, b)).toBe(expected);
  });
});

describe("dateWindow", () => {
  it.each([
    ["2024-10-23", "day", { lo: "2024-10-22", hi: "2024-10-24" }],
    ["2024-03-01", "day", { lo: "2024-02-29", hi: "2024-03-02" }],
    ["2024-02-01", "month", { lo: "2024-02-01", hi: "2024-02-29" }],
    ["2024-01-01", "year", { lo: "2024-01-01", hi: "2024-12-31" }],
    ["2024-10-23", "published", { lo: "2024-10-20", hi: "2024-10-23" }],
    ["2024-10-23", "statement", { lo: "2024-10-20", hi: "2024-10-23" }],
  ] as const)("%s (%s)", (day, basis, expected) => {
    expect(dateWindow(day, basis)).toEqual(expected);
  });
});

describe("shiftDay", () => {
  it.each([
    ["2024-02-28", 1, "2024-02-29"],
    ["2024-02-29", 1, "2024-03-01"],
    ["2023-02-28", 1, "2023-03-01"],
    ["2024-12-31", 1, "2025-01-01"],
    ["2000-03-01", -1, "2000-02-29"],
    ["1900-03-01", -1, "1900-02-28"],
    ["2024-01-01", -365, "2023-01-01"],
    ["0001-01-01", 0, "0001-01-01"],
  ] as const)("%s %i → %s", (day, n, expected) => {
    expect(shiftDay(day, n)).toBe(expected);
  });

  it("agrees with the calendar of Date over decades", () => {
    for (let t = Date.UTC(1950, 0, 1); t < Date.UTC(2060, 0, 1); t += 7 * 86_400_000 + 3_600_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      for (const n of [-400, -3, -1, 1, 29, 366])
        expect(shiftDay(day, n)).toBe(new Date(Date.parse(day) + n * 86_400_000).toISOString().slice(0, 10));
    }
  });
});

describe("earliestOverlappingStart", () => {
  it.each([
    ["2024-01-01", "year", "2024-12-31"],
    ["2023-01-01", "year", "2023-12-31"],
    ["2024-02-01", "month", "2024-02-29"],
    ["2024-10-23", "day", "2024-10-24"],
    ["2024-10-23", "published", "2024-10-23"],
  ] as const)("bounds the start of a %s (%s) window seen from its last day", (day, basis, last) => {
    const w = dateWindow(day, basis);
    expect(w.hi).toBe(last);
    // The window overlaps one starting on its last day, so its start must not fall before the bound.
    expect(w.lo >= earliestOverlappingStart(w.hi)).toBe(true);
  });

  it("is a year (365 days) before", () => {
    expect(earliestOverlappingStart("2024-12-31")).toBe("2024-01-01");
    expect(earliestOverlappingStart("2024-12-30")).toBe("2023-12-31");
  });
});

describe("sameHappening", () => {
  it.each([
    ["identical", {}, true],
    ["country-level source", { sourceCode: "PRKMIL" }, true],
    ["same root, other code", { code: "070" }, true],
    ["a day apart", { day: "2024-10-24" }, true],
    ["two days apart (windows touch)", { day: "2024-10-25" }, true],
    ["month containing the day", { day: "2024-10-01", basis: "month" }, true],
    ["undated report two days later", { day: "2024-10-25", basis: "published" }, true],
    ["place given on one side only", { placeName: "Kursk", placeCountry: "RUS" }, true],
    ["other root", { code: "190" }, false],
    ["other source role", { sourceCode: "PRKMIL" }, true],
    ["swapped actors", { sourceCode: "RUS", targetCode: "PRK" }, false],
    ["missing target", { targetCode: null }, false],
    ["three days apart", { day: "2024-10-26" }, false],
    ["other month", { day: "2024-11-01", basis: "month" }, false],
    ["undated report a week later", { day: "2024-10-30", basis: "published" }, false],
  ] as const)("%s → %s", (_label, change, expected) => {
    expect(sameHappening(base, { ...base, ...change })).toBe(expected);
  });

  it("never merges across place countries", () => {
    const a = { ...base, placeName: "Kursk", placeCountry: "RUS" };
    expect(sameHappening(a, { ...base, placeName: "Seoul", placeCountry: "KOR" })).toBe(false);
    expect(sameHappening(a, { ...base, placeName: "Belgorod", placeCountry: "RUS" })).toBe(true);
  });

  it("gives every pair it merges the same blocking key", () => {
    const variants: Happening[] = [base, { ...base, sourceCode: "PRKMIL" }, { ...base, code: "070" }];
    for (const v of variants) expect(claimBlockKey(v)).toBe(claimBlockKey(base));
    expect(claimBlockKey({ ...base, targetCode: null })).toBe("07|PRK|-");
  });
});

function link(over: Partial<ClaimLink> = {}): ClaimLink {
  return {
    eventId: 1,
    modality: "asserted",
    negated: false,
    day: "2024-10-23",
    sourceId: 1,
    origin: "source:1",
    ...over,
  };
}

describe("isDenial", () => {
  it.each([
    ["asserted", false, false],
    ["denied", false, true],
    ["asserted", true, true],
    ["reported", true, true],
    ["reported", false, false],
  ] as const)("%s negated=%s → %s", (modality, negated, expected) => {
    expect(isDenial({ modality, negated })).toBe(expected);
  });
});

describe("summariseClaim", () => {
  it("counts distinct origins, not events or outlets", () => {
    const s = summariseClaim([
      link({ eventId: 1, sourceId: 1, origin: "actor:USAGOV", modality: "reported" }),
      link({ eventId: 2, sourceId: 2, origin: "actor:USAGOV", modality: "reported", day: "2024-10-22" }),
      link({ eventId: 3, sourceId: 3, origin: "source:3" }),
    ]);
    expect(s).toEqual({
      eventIds: [1, 2, 3],
      sourceIds: [1, 2, 3],
      firstSeen: "2024-10-22",
      corroboration: 2,
      denials: 0,
      contested: false,
      strongest: "direct",
    });
  });

  it("flags a claim contested only when some affirm and some deny", () => {
    expect(
      summariseClaim([link(), link({ eventId: 2, origin: "source:2", modality: "denied" })]).contested,
    ).toBe(true);
    expect(summariseClaim([link({ modality: "denied" })])).toMatchObject({
      contested: false,
      corroboration: 0,
      denials: 1,
      strongest: null,
    });
    expect(summariseClaim([link(), link({ eventId: 2, origin: "source:2" })]).contested).toBe(false);
  });
});

describe("mergeIntoClaims", () => {
  const ev = (eventId: number, over: Partial<ClaimEvidence> = {}): ClaimEvidence => ({
    ...base,
    ...link({ eventId }),
    ...over,
  });

  it("groups same happenings, keeps others apart and leaves non-factual modalities out", () => {
    const groups = mergeIntoClaims([
      ev(1),
      ev(2, { sourceCode: "PRKMIL", day: "2024-10-24" }),
      ev(3, { code: "190" }),
      ev(4, { modality: "hypothetical" }),
      ev(5, { modality: "vowed" }),
      ev(6, { modality: "denied" }),
    ]);
    expect(groups.map((g) => g.map((e) => e.eventId))).toEqual([[1, 2, 6], [3]]);
  });
});
