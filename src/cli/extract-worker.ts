/**
 * Piscina worker: one article in, its extraction and near-duplicate sketch out (the analysis
 * stage of `secvar ingest`; the sketch is computed here to keep the writing thread free).
 */
import { analyzeArticle, loadResources, type PipelineResources } from "../coding/index.js";
import { packageVersion } from "../data/index.js";
import { type Sketch, sketchText } from "../ingest/index.js";
import type { Article, Extraction } from "../knowledge/index.js";

let resources: PipelineResources | undefined;
/** Read once per thread: packageVersion() reads package.json from disk on every call. */
let version: string | undefined;

export interface ExtractTask {
  article: Article;
  /** The run's "today" (YYYY-MM-DD), read once at the program's edge. */
  today: string;
}

/** What the worker sends back: the extraction and `sketchText(article.text)`. */
export interface Analysis {
  extraction: Extraction;
  sketch: Sketch;
}

export function extract({ article, today }: ExtractTask): Analysis {
  resources ??= loadResources();
  version ??= packageVersion();
  const extraction = analyzeArticle(article, resources, { version, today }).extraction;
  return { extraction, sketch: sketchText(article.text) };
}

export default extract;
