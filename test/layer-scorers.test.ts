import { describe, expect, it } from "vitest";
import {
  figuresOf,
  type GeoDocument,
  pairTimexes,
  regressions,
  scoreGeoDoc,
  scoreTimexDoc,
  summarizeGeo,
  summarizeTimex,
  type TimexSpan,
} from "../src/eval/index.js";

const t = (start: number, end: number, value = "2024", type = "DATE"): TimexSpan => ({
  start,
  end,
  type,
  value,
});

describe("TempEval-3 timex scoring", () => {
  it("pairs overlapping expressions one to one, largest overlap first", () => {
    const gold = [t(0, 10), t(12, 20)];
    const produced = [t(5, 15), t(14, 20)];
    const pairs = pairTimexes(gold, produced);
    expect(pairs[0]?.produced).toBe(produced[0]);
    expect(pairs[1]?.produced).toBe(produced[1]);
  });

  it("does not pair one produced expression with two gold ones", () => {
    const s = scoreTimexDoc([t(0, 5), t(6, 10)], [t(0, 10)]);
    expect(s.relaxed).toBe(1);
    expect(s.strict).toBe(0);
  });

  it("counts strict matches only for identical extents", () => {
    const s = scoreTimexDoc([t(0, 9), t(20, 25)], [t(0, 9), t(21, 25)]);
    expect([s.relaxed, s.strict]).toEqual([2, 1]);
  });

  it("takes value F1 as relaxed F1 times value accuracy", () => {
    const gold = [t(0, 4, "2024"), t(10, 14, "P1W", "DURATION"), t(20, 24, "2023")];
    const produced = [t(0, 4, "2024"), t(10, 14, "P7D", "DURATION"), t(30, 34, "2022")];
    const s = summarizeTimex([scoreTimexDoc(gold, produced)]);
    expect(s.relaxed.f1).toBeCloseTo(2 / 3);
    expect(s.valueAccuracy).toBeCloseTo(1 / 2);
    expect(s.valueF1).toBeCloseTo(1 / 3);
    expect(s.typeAccuracy).toBe(1);
    expect(s.byType.DURATION).toEqual({ gold: 1, found: 1, valueCorrect: 0 });
  });

  it("scores nothing found as zero, not NaN", () => {
    const s = summarizeTimex([scoreTimexDoc([t(0, 4)], [])]);
    expect([s.relaxed.f1, s.valueF1]).toEqual([0, 0]);
  });
});

const doc: GeoDocument = {
  id: "d",
  corpus: "test",
  text: "Shelling hit Kyiv and Paris, then Kyiv again near Odesa.",
  toponyms: [
    { start: 13, end: 17, name: "Kyiv", lat: 50.45, lon: 30.52 },
    { start: 22, end: 27, name: "Paris", lat: 48.85, lon: 2.35 },
    { start: 34, end: 38, name: "Kyiv", lat: 50.45, lon: 30.52 },
  ],
  unresolved: [{ start: 50, end: 55 }],
};

describe("EUPEG geo scoring", () => {
  it("matches same surface (ignoring case) with centres under 10 characters apart", () => {
    const s = scoreGeoDoc(doc, [
      { start: 13, end: 17, lat: 50.45, lon: 30.52 },
      { start: 22, end: 27, lat: 33.66, lon: -95.56 },
      { start: 28, end: 32, lat: 0, lon: 0 },
    ]);
    expect(s.pairs.map((p) => p.gold.start)).toEqual([13, 22]);
    expect(s.pairs[1]?.km).toBeGreaterThan(7000);
    expect(s.missed.map((g) => g.start)).toEqual([34]);
    expect(s.spurious).toHaveLength(1);
  });

  it("ignores places found on unresolved gold spans", () => {
    const s = scoreGeoDoc(doc, [{ start: 50, end: 55, lat: 46.48, lon: 30.73 }]);
    expect(s.produced).toBe(0);
  });

  it("computes accuracy at 161 km, median error and the AUC of log errors", () => {
    const s = summarizeGeo([
      scoreGeoDoc(doc, [
        { start: 13, end: 17, lat: 50.45, lon: 30.52 },
        { start: 22, end: 27, lat: 33.66, lon: -95.56 },
        { start: 34, end: 38, lat: 50.45, lon: 30.52 },
      ]),
    ]);
    expect(s.found.recall).toBe(1);
    expect(s.acc161).toBeCloseTo(2 / 3);
    expect(s.medianKm).toBe(0);
    const paris = Math.log(1 + s.meanKm * 3) / Math.log(20039);
    expect(s.auc).toBeCloseTo(paris / 3);
  });

  it("puts timex and per-corpus geo figures in the baseline, with AUC lower-is-better", () => {
    const geo = summarizeGeo([scoreGeoDoc(doc, [{ start: 13, end: 17, lat: 50.45, lon: 30.52 }])]);
    const timex = summarizeTimex([scoreTimexDoc([t(0, 4)], [t(0, 4)])]);
    const f = figuresOf({ timex, geo: new Map([["lgl", geo]]) });
    expect(f["timex.value_f1"]).toBe(1);
    expect(f["geo.lgl.recall"]).toBeCloseTo(0.3333, 4);
    expect(regressions({ "geo.lgl.auc": 0.2 }, { "geo.lgl.auc": 0.1 })).toHaveLength(1);
    expect(regressions({ "geo.lgl.auc": 0.05 }, { "geo.lgl.auc": 0.1 })).toHaveLength(0);
  });
});
