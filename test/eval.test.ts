import { describe, expect, it } from "vitest";
import {
  compareKeys,
  figuresOf,
  type GoldEvent,
  prf,
  regressions,
  type SentenceRecord,
  scoreCameoManual,
  scoreNews,
  scorePetr2,
  scorePlover,
} from "../src/eval/index.js";
import type { EventRecord, Modality } from "../src/knowledge/index.js";

function ev(
  source: string | null,
  target: string | null,
  code: string,
  extra: Partial<EventRecord> = {},
): EventRecord {
  return {
    id: "x",
    source,
    target,
    source_text: null,
    target_text: null,
    code,
    code_name: "",
    plover: extra.plover ?? null,
    quad_class: 0,
    goldstein: 0,
    modality: (extra.modality ?? "asserted") as Modality,
    negated: extra.negated ?? false,
    quoted: false,
    attributed_to: extra.attributed_to ?? null,
    attributed_text: extra.attributed_text ?? null,
    date: extra.date ?? null,
    statement_date: null,
    place: null,
    sentence: extra.sentence ?? { index: 0, start: 0, end: 10, text: "Russia attacked Ukraine." },
    spans: { source: null, verb: { start: 0, end: 1, text: "x" }, target: null },
    rule: "test",
  };
}

function rec(
  expected: [string | null, string | null, string][],
  suite = "petr2_gsr_en",
  none = false,
): SentenceRecord {
  return {
    id: "r",
    suite,
    date: null,
    text: "t",
    expect_none: none,
    expected: expected.map(([source, target, code]) => ({ source, target, code })),
  };
}

describe("scorers", () => {
  it("computes precision, recall and F1", () => {
    expect(prf({ tp: 2, fp: 2, fn: 0 })).toEqual({ precision: 0.5, recall: 1, f1: 2 / 3 });
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it("compares keys as multisets", () => {
    expect(compareKeys(["a", "a", "b"], ["a", "c"])).toEqual({ tp: 1, fp: 2, fn: 1 });
  });

  it("scores petr2 exactly and at country/root level, and no-event sentences", () => {
    const s = scorePetr2([
      {
        record: rec([["RUSGOV", "UKR", "190"]]),
        events: [ev("RUSMIL", "UKR", "193"), ev("RUS", "UKR", "190", { modality: "hypothetical" })],
      },
      { record: rec([], "petr2_gsr_en", true), events: [] },
      { record: rec([], "petr2_gsr_en", true), events: [ev("USA", "IRQ", "190")] },
    ]);
    expect(s.exact).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(s.country).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(s.noEventAccuracy).toBe(0.5);
  });

  it("treats a missing actor as CAMEO's unidentified actor '---'", () => {
    const s = scorePetr2([{ record: rec([["RWALEG", "---", "140"]]), events: [ev("RWALEG", null, "140")] }]);
    expect(s.exact).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(s.country).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it("scores cameo-manual codes and extra events", () => {
    const s = scoreCameoManual([
      {
        record: rec([[null, null, "0231"]], "cameo_manual_examples"),
        events: [ev("A", "B", "0231"), ev("A", "B", "190")],
      },
      { record: rec([[null, null, "120"]], "cameo_manual_examples"), events: [ev("A", "B", "121")] },
      { record: rec([[null, null, "042"]], "cameo_manual_examples"), events: [] },
    ]);
    expect(s.exact).toBeCloseTo(1 / 3);
    expect(s.root).toBeCloseTo(2 / 3);
    expect(s.extraPerSentence).toBeCloseTo(1 / 3);
  });

  it("maps old PLOVER names and scores source-country pairs", () => {
    const s = scorePlover([
      {
        record: rec(
          [
            ["JOR", "", "AGREE"],
            ["GBR", "", "AGREE"],
          ],
          "plover_gsr",
        ),
        events: [ev("JORGOV", "GBR", "057", { plover: "AGREE" })],
      },
      {
        record: rec([["ISR", "", "FIGHT"]], "plover_gsr"),
        events: [ev("ISR", "PSE", "190", { plover: "ASSAULT" })],
      },
    ]);
    expect(s.pairs).toEqual({ precision: 1, recall: 2 / 3, f1: 0.8 });
    expect(s.categoryAccuracy).toBe(1);
  });

  it("scores news events by sentence, countries and root, with modality, attribution and date", () => {
    const sentence = { index: 0, start: 0, end: 30, text: "Russia attacked Ukraine, Kyiv said." };
    const gold: GoldEvent[] = [
      {
        sentence: "Russia attacked Ukraine, Kyiv said.",
        source_actor: { code: "RUS MIL" },
        target_actor: { code: "UKR" },
        cameo_root: "19",
        event_date: "2024-08",
        attributed_to: "Kyiv (Ukrainian government)",
        modality: "reported",
      },
      {
        sentence: "Nothing else.",
        source_actor: { code: "USA" },
        target_actor: null,
        cameo_root: "01",
        event_date: null,
        attributed_to: "outlet",
        modality: "asserted",
      },
    ];
    const produced = [
      ev("RUS", "UKR", "190", {
        sentence,
        modality: "reported",
        attributed_to: "UKRGOV",
        attributed_text: "Kyiv",
        date: { value: "2024-08", precision: "month", text: "August" },
      }),
      ev("UKR", "RUS", "111", { sentence }),
    ];
    const s = scoreNews({ id: "n", published: "2024-10-28", events: gold }, produced);
    expect([s.matched, s.gold, s.producedCorrect, s.producedInGoldSentences]).toEqual([1, 2, 1, 2]);
    expect([s.modalityCorrect, s.attributionCorrect, s.dateCorrect]).toEqual([1, 1, 1]);
  });

  it("counts a news event without a target as CAMEO's unidentified actor, as the gold writes it", () => {
    const sentence = { index: 0, start: 0, end: 30, text: "Gunmen opened fire, police said." };
    const gold = (target: { code: string } | null): GoldEvent => ({
      sentence: "Gunmen opened fire, police said.",
      source_actor: { code: "--- REB" },
      target_actor: target,
      cameo_root: "19",
      event_date: null,
      attributed_to: "police",
      modality: "reported",
    });
    const score = (g: GoldEvent, target: string | null) =>
      scoreNews({ id: "n", published: "2024-10-28", events: [g] }, [
        ev("---REB", target, "190", { sentence }),
      ]).matched;
    expect(score(gold(null), null)).toBe(1);
    expect(score(gold({ code: "---" }), null)).toBe(1);
    expect(score(gold({ code: "--- CVL" }), null)).toBe(1);
    expect(score(gold({ code: "KEN CVL" }), null)).toBe(0);
    expect(score(gold(null), "KENCVL")).toBe(0);
  });

  it("flags only figures that dropped more than 2 points (or rose, where lower is better)", () => {
    const now = figuresOf({ cameo: { exact: 0.5, root: 0.7, extraPerSentence: 0.6, records: 1 } });
    const base = { "cameo.exact": 0.51, "cameo.root": 0.75, "cameo.extra_per_sentence": 0.5 };
    expect(regressions(now, base).map((r) => r.figure)).toEqual(["cameo.root", "cameo.extra_per_sentence"]);
  });
});
