import { describe, expect, it } from "vitest";
import {
  CHUNK_CHARS,
  EXPORT_FORMATS,
  ExportError,
  exportEvents,
  exportEventsFromExtraction,
  writeExport,
} from "../../src/export/index.js";
import { Extraction } from "../../src/knowledge/index.js";
import { manyEvents } from "./export-fixtures.js";

const now = () => new Date("2025-01-01T00:00:00.000Z");
/** 100k events per format; STIX, the heaviest (two objects per event), gets 25k to keep the suite quick. */
const COUNTS: Record<string, number> = {
  jsonl: 100_000,
  csv: 100_000,
  gdelt: 100_000,
  geojson: 100_000,
  stix: 25_000,
};

describe("streaming exports", () => {
  it.each(EXPORT_FORMATS)(
    "%s: many events from an async generator, in bounded chunks, never one giant string",
    async (format) => {
      const COUNT = COUNTS[format] ?? 0;
      let chunks = 0;
      let largest = 0;
      let lines = 0;
      const summary = await writeExport(exportEvents(format, manyEvents(COUNT), { now }), (chunk) => {
        chunks++;
        largest = Math.max(largest, chunk.length);
        for (let i = chunk.indexOf("\n"); i !== -1; i = chunk.indexOf("\n", i + 1)) lines++;
      });
      expect(summary.read).toBe(COUNT);
      expect(summary.written + summary.skipped).toBe(COUNT);
      expect(chunks).toBeGreaterThan(20);
      // A chunk is at most one batch over the threshold (a CSV batch of 1000 rows is the largest).
      expect(largest).toBeLessThan(CHUNK_CHARS + 1_000_000);
      const expectedLines: Record<string, number> = {
        jsonl: COUNT,
        csv: COUNT + 1,
        gdelt: COUNT,
        geojson: summary.written + 2,
      };
      if (format in expectedLines) expect(lines).toBe(expectedLines[format]);
      if (format === "geojson") expect(summary.skipped).toBe(COUNT / 4);
    },
  );

  it("awaits a slow sink (back-pressure)", async () => {
    const seen: number[] = [];
    let busy = false;
    await writeExport(exportEvents("jsonl", manyEvents(5000)), async (chunk) => {
      expect(busy).toBe(false);
      busy = true;
      await new Promise((r) => setTimeout(r, 1));
      seen.push(chunk.length);
      busy = false;
    });
    expect(seen.length).toBeGreaterThan(1);
  });

  it("refuses an unknown format with a one-line error", () => {
    expect(() => exportEvents("xml", [])).toThrow(
      new ExportError(
        "unknown_format",
        "xml",
        'expected one of jsonl, csv, gdelt, stix, geojson, found "xml"',
      ),
    );
  });
});

describe("exportEventsFromExtraction", () => {
  it("maps an extraction's events with actor names and kinds, place details and the given extras", () => {
    const extraction = Extraction.parse({
      schema: "secvar.extraction/1",
      extractor: "test",
      document: {
        id: "d1",
        published: "2024-10-28",
        title: "T",
        url: null,
        outlet: "O",
        language: "en",
        characters: 40,
      },
      events: [
        {
          id: "d1:0:0",
          source: "RUSMIL",
          target: "UKR",
          source_text: "Russian forces",
          target_text: "Ukraine",
          code: "190",
          code_name: "Use conventional military force",
          plover: "ASSAULT",
          quad_class: 4,
          goldstein: -10,
          modality: "asserted",
          negated: false,
          quoted: false,
          attributed_to: null,
          attributed_text: null,
          date: { value: "2024-10-27", precision: "day", text: "on Sunday" },
          statement_date: null,
          place: { name: "Kharkiv", country: "UKR", lat: 49.98, lon: 36.25 },
          sentence: { index: 0, start: 0, end: 40, text: "Russian forces shelled Kharkiv on Sunday." },
          spans: { source: null, verb: { start: 15, end: 22, text: "shelled" }, target: null },
          rule: "verb:shell",
        },
      ],
      commitments: [],
      probabilities: [],
      actors: [
        {
          code: "RUSMIL",
          name: "Russian military",
          kind: "organisation",
          country: "RUS",
          mentions: 1,
          entry: null,
        },
      ],
      times: [],
      places: [
        {
          start: 23,
          end: 30,
          name: "Kharkiv",
          lat: 49.98,
          lon: 36.25,
          country: "UKR",
          admin1: "07",
          geonameid: 706483,
          feature: "city",
        },
      ],
    });
    const [event] = exportEventsFromExtraction(extraction, { tlp: "GREEN", evidenceGrade: "C3" });
    expect(event).toMatchObject({
      eventId: "d1:0:0",
      sourceName: "Russian military",
      sourceKind: "organisation",
      sourceCountry: "RUS",
      targetName: "Ukraine",
      targetKind: null,
      rootCode: "19",
      placeFeature: "city",
      placeGeonameId: 706483,
      documentOutlet: "O",
      sentenceIndex: 0,
      tlp: "GREEN",
      evidenceGrade: "C3",
      claimId: null,
      confidence: null,
    });
  });
});
