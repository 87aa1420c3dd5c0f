/** `secvar eval` on timex and geo gold files: the layers run through the pipeline's own path. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runEval } from "../src/cli/eval-command.js";
import { layerOf } from "../src/cli/eval-layers.js";
import { figuresOf } from "../src/eval/index.js";

let dir = "";
const TEXT = "Officials said on Friday that the talks had lasted three weeks. Inspectors visit every month.";
const span = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length, text: s });
const PLACES = "Shelling hit Kharkiv overnight, and Georgia protested in Tbilisi.";
const at = (s: string) => ({ start: PLACES.indexOf(s), end: PLACES.indexOf(s) + s.length, name: s });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "secvar-layers-"));
  const timex = {
    id: "t1",
    corpus: "handmade",
    dct: "2024-10-28",
    text: TEXT,
    timexes: [
      { tid: "t1", ...span("Friday"), type: "DATE", value: "2024-10-25" },
      { tid: "t2", ...span("three weeks"), type: "DURATION", value: "P3W" },
      { tid: "t3", ...span("every month"), type: "SET", value: "P1M" },
    ],
  };
  const geo = {
    id: "g1",
    corpus: "handmade",
    text: PLACES,
    toponyms: [
      { ...at("Kharkiv"), lat: 49.98, lon: 36.25 },
      { ...at("Georgia"), lat: 42, lon: 43.5 },
      { ...at("Tbilisi"), lat: 41.69, lon: 44.83 },
    ],
  };
  writeFileSync(join(dir, "timex.jsonl"), `${JSON.stringify(timex)}\n`);
  writeFileSync(join(dir, "geo.jsonl"), `${JSON.stringify(geo)}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("secvar eval on the time and place layers", () => {
  it("tells the layers' files from event suites by their records", () => {
    expect(layerOf(join(dir, "timex.jsonl"))).toBe("timex");
    expect(layerOf(join(dir, "geo.jsonl"))).toBe("geo");
  });

  it("scores hand-made time expressions and places", () => {
    const run = runEval([join(dir, "timex.jsonl"), join(dir, "geo.jsonl")]);
    const f = figuresOf(run.results);
    expect(f["timex.value_f1"]).toBe(1);
    expect(f["timex.strict.f1"]).toBe(1);
    expect(f["geo.handmade.recall"]).toBe(1);
    expect(f["geo.handmade.acc161"]).toBe(1);
  });

  it("runs only the suite asked for", () => {
    const run = runEval([join(dir, "timex.jsonl"), join(dir, "geo.jsonl")], "geo");
    expect(run.results.timex).toBeUndefined();
    expect(run.results.geo?.size).toBe(1);
  });
});
