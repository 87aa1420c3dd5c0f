/**
 * Piscina worker: one article in, the rows the store writes for it and its near-duplicate sketch
 * out (the analysis stage of `secvar ingest`). The rows (`prepareDocument`) and the sketch are made
 * here: value arrays cost less to copy to the writing thread, and to keep queued there, than the
 * extraction's object graph, and the writing thread stays free.
 */
import { analyzeArticle, loadResources, type PipelineResources } from "../coding/index.js";
import { packageVersion } from "../data/index.js";
import { type Sketch, sketchText } from "../ingest/index.js";
import type { Article, Extraction } from "../knowledge/index.js";
import { type PreparedDocument, prepareDocument } from "../store/index.js";

let resources: PipelineResources | undefined;
/** Read once per thread: packageVersion() reads package.json from disk on every call. */
let version: string | undefined;

export interface ExtractTask {
  article: Article;
  /** The run's "today" (YYYY-MM-DD), read once at the program's edge. */
  today: string;
}

/** What the worker sends back to `secvar ingest`: the document's rows and `sketchText(article.text)`. */
export interface Analysis {
  prepared: PreparedDocument;
  sketch: Sketch;
}

/** The extraction itself and the sketch (`extractFully`, for benchmarks of the store's own writes). */
export interface FullAnalysis {
  extraction: Extraction;
  sketch: Sketch;
}

/** Analyses one article: its extraction and sketch. */
export function extractFully({ article, today }: ExtractTask): FullAnalysis {
  resources ??= loadResources();
  version ??= packageVersion();
  const extraction = analyzeArticle(article, resources, { version, today }).extraction;
  return { extraction, sketch: sketchText(article.text) };
}

/** Analyses one article: the rows the store writes for it and its sketch. */
export function extract(task: ExtractTask): Analysis {
  const { extraction, sketch } = extractFully(task);
  return { prepared: prepareDocument(extraction), sketch };
}

export default extract;
