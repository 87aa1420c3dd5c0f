/** The project's example articles, analysed once by the real pipeline, as store inputs. */
import { exampleArticles } from "../../src/cli/demo-command.js";
import { analyzeArticle, loadResources } from "../../src/coding/index.js";
import { articleFromText } from "../../src/ingest/index.js";
import type { ExtractedDocumentInput } from "../../src/store/index.js";

let cached: ExtractedDocumentInput[] | null = null;

/** Every example article with its extraction (fixed clock), filed under its outlet. */
export function analysedExamples(): ExtractedDocumentInput[] {
  if (cached) return cached;
  const resources = loadResources();
  cached = exampleArticles().map(({ file, data }) => {
    const article = articleFromText(data.text, {
      origin: file,
      title: data.title ?? null,
      published: data.published ?? null,
      url: data.url ?? null,
      outlet: data.outlet ?? null,
    });
    const { extraction } = analyzeArticle(article, resources, { version: "test", today: "2025-06-30" });
    return { article, extraction, source: { name: `examples ${data.id}`, kind: "newspaper" } };
  });
  return cached;
}
