/** The packed hand-over of analyses from `secvar ingest`'s threads gives back exactly what was packed. */
import { deserialize, serialize } from "node:v8";
import { describe, expect, it } from "vitest";
import { type Analysis, AnalysisPacker, packAnalyses, unpackAnalysis } from "../src/cli/analysis-codec.js";
import { exampleArticles } from "../src/cli/demo-command.js";
import { extract, packedChunk } from "../src/cli/extract-worker.js";
import { articleFromText, sketchText } from "../src/ingest/index.js";
import type { PreparedDocument } from "../src/store/index.js";

/** What v8's structured clone (a worker's postMessage) makes of a value. */
const cloned = <T>(x: T): T => deserialize(serialize(x)) as T;

function analysis(prepared: Partial<PreparedDocument>, text = "Russia shelled Kharkiv on Monday."): Analysis {
  return {
    prepared: {
      documentId: "d1",
      extractor: "secvar test",
      events: [],
      sentences: null,
      mentions: null,
      actors: [],
      commitments: [],
      probabilities: [],
      ...prepared,
    },
    sketch: sketchText(text),
  };
}

/** Values compared with Object.is (−0, NaN), strings by their UTF-16 code units. */
function expectSameValues(a: unknown, b: unknown): void {
  if (Array.isArray(a)) {
    expect(Array.isArray(b)).toBe(true);
    expect((b as unknown[]).length).toBe(a.length);
    for (const [i, x] of a.entries()) expectSameValues(x, (b as unknown[])[i]);
  } else expect(Object.is(a, b), `${String(a)} vs ${String(b)}`).toBe(true);
}

describe("analysis codec", () => {
  it("gives back every value: null, integers, −0, NaN, huge and fractional numbers, booleans, any UTF-16", () => {
    const row = [
      null,
      0,
      -0,
      Number.NaN,
      -10,
      3.86667,
      2 ** 53 + 2,
      1e-300,
      "",
      "a",
      "Yaoundé — “quoted” 北京 🚀",
      "lone \ud800 high",
      "\udc00 lone low",
      "tab\tnew\nline\\",
      true,
      false,
    ];
    const a = analysis({
      sentences: '[[0,0,5,"Kyiv"]]',
      mentions: "",
      events: [row, row.slice().reverse()],
      actors: [["RUS", "Russia", "state", "RUS", 1, 1, 0, 0, null]],
      commitments: [[]],
      probabilities: [[null, "x", 0.5]],
    });
    const packed = packAnalyses([a]);
    // (Characters beyond Latin-1: the text travels as UTF-16 code units.)
    expect(packed.latin1).toBe(false);
    const back = unpackAnalysis(cloned(packed), 0) as Analysis;
    expectSameValues(back.prepared.events, a.prepared.events);
    expectSameValues(back.prepared.actors, a.prepared.actors);
    expectSameValues(back.prepared.commitments, a.prepared.commitments);
    expectSameValues(back.prepared.probabilities, a.prepared.probabilities);
    expect(back.prepared.sentences).toBe(a.prepared.sentences);
    expect(back.prepared.mentions).toBe("");
    expect(back.prepared.documentId).toBe("d1");
    expect(back.sketch.signature).toEqual(a.sketch.signature);
    expect(back.sketch.signature).toBeInstanceOf(Uint32Array);
    expect(back.sketch.bandKeys).toEqual(a.sketch.bandKeys);
  });

  it("keeps a chunk's documents apart and in order, errors in their place", () => {
    const docs = [
      analysis({ documentId: "a", events: [["x", 1]] }, "one text here"),
      new Error("analysing b failed"),
      analysis({ documentId: "c", sentences: "[]", events: [] }, "another text entirely, longer"),
    ];
    const chunk = cloned(packAnalyses(docs));
    expect(chunk.latin1).toBe(true);
    expect(chunk.parts.length).toBe(3);
    expect((unpackAnalysis(chunk, 2) as Analysis).prepared.documentId).toBe("c");
    expect((unpackAnalysis(chunk, 0) as Analysis).prepared).toEqual((docs[0] as Analysis).prepared);
    const error = unpackAnalysis(chunk, 1);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe("analysing b failed");
    expect((unpackAnalysis(chunk, 2) as Analysis).sketch).toEqual((docs[2] as Analysis).sketch);
    expect(() => unpackAnalysis(chunk, 3)).toThrow(RangeError);
  });

  it("refuses a value a row cannot hold, and leaves the chunk as it was", () => {
    const packer = new AnalysisPacker();
    packer.add(analysis({ documentId: "ok", events: [["kept", 1]] }));
    expect(() => packer.add(analysis({ events: [["a", { not: "a value" }]] }))).toThrow(/cannot pack/);
    packer.add(analysis({ documentId: "after", events: [["also kept", 2]] }));
    const chunk = packer.finish();
    expect(chunk.parts.length).toBe(2);
    expect((unpackAnalysis(chunk, 0) as Analysis).prepared.events).toEqual([["kept", 1]]);
    expect((unpackAnalysis(chunk, 1) as Analysis).prepared.events).toEqual([["also kept", 2]]);
    // packAnalyses turns such a document into its error, the others stay.
    const mixed = packAnalyses([analysis({ events: [[1n]] }), analysis({ documentId: "z" })]);
    expect(unpackAnalysis(mixed, 0)).toBeInstanceOf(Error);
    expect((unpackAnalysis(mixed, 1) as Analysis).prepared.documentId).toBe("z");
  });

  it("gives the writing thread the rows and sketch of each real extraction", () => {
    const articles = exampleArticles()
      .slice(0, 16)
      .map(({ file, data }) =>
        articleFromText(data.text, {
          origin: file,
          published: data.published ?? null,
          title: data.title ?? null,
        }),
      );
    const chunk = cloned(packedChunk({ articles, today: "2026-11-27" }));
    expect(chunk.parts.length).toBe(articles.length);
    let events = 0;
    for (const [k, article] of articles.entries()) {
      const back = unpackAnalysis(chunk, k) as Analysis;
      const alone = extract({ article, today: "2026-11-27" });
      expect(back.prepared.documentId).toBe(article.id);
      expect(back).toEqual(alone);
      expectSameValues(back.prepared.events, alone.prepared.events);
      expectSameValues(back.prepared.actors, alone.prepared.actors);
      events += back.prepared.events.length;
    }
    expect(events).toBeGreaterThan(0);
  });
});
