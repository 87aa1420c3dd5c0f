import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { corpusDataFrom } from "../bench/corpus/corpus-data.js";
import { type CorpusRecord, generateCorpus, seededRandom } from "../bench/corpus/corpus-generator.js";
import { readDataJson } from "../src/data/index.js";
import { readSources } from "../src/ingest/index.js";

const data = corpusDataFrom({
  countries: readDataJson("actors/countries.json"),
  people: readDataJson("actors/people.json"),
  organisations: readDataJson("actors/organisations.json"),
});

const corpus = (docs: number, seed = 1, extra = {}) => [...generateCorpus(data, { docs, seed, ...extra })];

describe("synthetic corpus", () => {
  it("is deterministic for a seed and differs across seeds", () => {
    expect(corpus(50, 3)).toEqual(corpus(50, 3));
    expect(corpus(50, 4)[0]?.text).not.toBe(corpus(50, 3)[0]?.text);
    const r = seededRandom(9);
    const draws = [r(), r(), r()];
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(draws).size).toBe(3);
  });

  it("writes records with the batch line fields, dates in 2024–2025 and a dateline", () => {
    for (const r of corpus(300)) {
      expect(Object.keys(r).sort()).toEqual([
        "duplicate_of",
        "id",
        "kind",
        "outlet",
        "published",
        "text",
        "title",
        "url",
      ]);
      expect(r.published >= "2024-01-01" && r.published <= "2026-01-01").toBe(true);
      expect(r.text).toMatch(/^[\p{Lu} .'-]+ — \p{Lu}/u);
      expect(r.text).not.toMatch(/\$\{|undefined|null/);
      expect(r.url).toMatch(/^https:\/\/[a-z-]+\.example\/\d{4}\/\d{2}\/[a-z0-9-]+-syn-1-\d+$/);
    }
  });

  it("names office holders only while in office", () => {
    const texts = corpus(2000).map((r) => [r.published, r.text] as const);
    // Trump took office on 2025-01-20 and Biden left it that day.
    for (const [published, text] of texts) {
      if (text.includes("President Donald Trump")) expect(published >= "2025-01-20").toBe(true);
      if (text.includes("President Joe Biden")) expect(published < "2025-01-21").toBe(true);
    }
  });

  it("re-publishes at the configured rates: exact copies word for word, near copies with a change", () => {
    const records = corpus(4000, 2, { nearDuplicateRate: 0.1, exactDuplicateRate: 0.05 });
    const byId = new Map(records.map((r) => [r.id, r]));
    const share = (kind: CorpusRecord["kind"]) =>
      records.filter((r) => r.kind === kind).length / records.length;
    expect(share("exact-duplicate")).toBeGreaterThan(0.035);
    expect(share("exact-duplicate")).toBeLessThan(0.065);
    expect(share("near-duplicate")).toBeGreaterThan(0.08);
    expect(share("near-duplicate")).toBeLessThan(0.12);
    for (const r of records) {
      const source = r.duplicate_of === null ? undefined : byId.get(r.duplicate_of);
      if (r.kind === "original") expect(r.duplicate_of).toBeNull();
      else expect(source?.kind).toBe("original");
      if (r.kind === "exact-duplicate") expect(r.text).toBe(source?.text);
      if (r.kind === "near-duplicate") {
        expect(r.text).not.toBe(source?.text);
        expect(r.title).not.toBe(source?.title);
        expect(r.text.split("\n\n")[0]).toBe(source?.text.split("\n\n")[0]);
      }
    }
    expect(
      corpus(500, 5, { nearDuplicateRate: 0, exactDuplicateRate: 0 }).every((r) => r.kind === "original"),
    ).toBe(true);
  });

  it("reads back through the ingest sources as Articles; exact copies share a content hash", async () => {
    const dir = mkdtempSync(join(tmpdir(), "secvar-corpus-"));
    const path = join(dir, "corpus.jsonl");
    const records = corpus(120, 6, { exactDuplicateRate: 0.2 });
    writeFileSync(path, records.map((r) => `${JSON.stringify(r)}\n`).join(""));
    const results = [];
    for await (const r of readSources([path])) results.push(r);
    rmSync(dir, { recursive: true, force: true });
    expect(results.filter((r) => !r.ok)).toEqual([]);
    const ids = new Map(results.flatMap((r) => (r.ok ? [[r.meta.id, r.article] as const] : [])));
    const copy = records.find((r) => r.kind === "exact-duplicate");
    expect(copy).toBeDefined();
    expect(ids.get(copy?.id)?.id).toBe(ids.get(copy?.duplicate_of ?? "")?.id);
    expect(ids.get(records[0]?.id)?.published).toBe(records[0]?.published);
  });
});
