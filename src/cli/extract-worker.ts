/** Piscina worker: one article in, its extraction out (the analysis stage of `secvar ingest`). */
import { analyzeArticle, loadResources, type PipelineResources } from "../coding/index.js";
import { packageVersion } from "../data/index.js";
import type { Article, Extraction } from "../knowledge/index.js";

let resources: PipelineResources | undefined;

export interface ExtractTask {
  article: Article;
  /** The run's "today" (YYYY-MM-DD), read once at the program's edge. */
  today: string;
}

export function extract({ article, today }: ExtractTask): Extraction {
  resources ??= loadResources();
  return analyzeArticle(article, resources, { version: packageVersion(), today }).extraction;
}

export default extract;
