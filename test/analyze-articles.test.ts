/** Stage-by-stage analysis of several articles gives each exactly what analysing it alone gives. */
import { describe, expect, it } from "vitest";
import { analyzeLine, analyzeLines } from "../src/cli/analyze-line.js";
import { exampleArticles } from "../src/cli/demo-command.js";
import { analyzeArticle, analyzeArticles, loadResources } from "../src/coding/index.js";
import { articleFromText } from "../src/ingest/index.js";

const opts = { version: "test", today: "2026-11-27" };

describe("analyzeArticles", () => {
  const articles = exampleArticles()
    .slice(0, 12)
    .map(({ file, data }) =>
      articleFromText(data.text, {
        origin: file,
        published: data.published ?? null,
        title: data.title ?? null,
      }),
    );

  it("equals analyzeArticle on each article, in order", () => {
    const res = loadResources();
    const together = analyzeArticles(articles, res, opts).map((a) => a.extraction);
    const alone = articles.map((a) => analyzeArticle(a, res, opts).extraction);
    expect(together.length).toBe(articles.length);
    expect(together).toEqual(alone);
    // (A real comparison: the articles' events differ from one another.)
    expect(new Set(together.map((x) => JSON.stringify(x.events))).size).toBe(articles.length);
  });

  it("returns nothing for no articles", () => {
    expect(analyzeArticles([], loadResources(), opts)).toEqual([]);
  });
});

describe("analyzeLines", () => {
  it("keeps the order and the error lines of a chunk, and each good line's extraction", () => {
    const lines = [
      JSON.stringify({ id: "a", text: "Russia attacked Ukraine on Monday.", published: "2024-11-04" }),
      "{not json",
      JSON.stringify({ id: "c" }),
      JSON.stringify({ id: "d", text: "China warned Japan on Friday.", published: "2024-11-04" }),
    ].map((line, k) => ({ line, n: k + 1 }));
    const results = analyzeLines(lines);
    expect(results.map((r) => r.ok)).toEqual([true, false, false, true]);
    expect(results.map((r) => JSON.parse(r.json).id)).toEqual(["a", "line-2", "c", "d"]);
    // Each good line as if it were analysed on its own.
    for (const k of [0, 3]) {
      const { line, n } = lines[k] as { line: string; n: number };
      expect(results[k]).toEqual(analyzeLine(line, n));
    }
  });
});
