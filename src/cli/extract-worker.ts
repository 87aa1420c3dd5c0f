/**
 * Piscina worker: a chunk of articles in, the rows the store writes for each and its near-duplicate
 * sketch out, packed in one message (the analysis stage of `secvar ingest`). The rows
 * (`prepareDocument`) and the sketches are made here: value arrays cost less to copy to the writing
 * thread, and to keep queued there, than the extraction's object graph, and the writing thread stays
 * free. `extract` and `extractFully` analyse one article, for the store's benchmarks.
 */
import { move, transferableSymbol, valueSymbol } from "piscina";
import { analyzeArticle, analyzeEach, loadResources, type PipelineResources } from "../coding/index.js";
import { packageVersion } from "../data/index.js";
import { type Sketch, sketchText } from "../ingest/index.js";
import type { Article, Extraction } from "../knowledge/index.js";
import { prepareDocument } from "../store/index.js";
import { type Analysis, AnalysisPacker, chunkBuffers, type PackedChunk } from "./analysis-codec.js";

export type { Analysis } from "./analysis-codec.js";

let resources: PipelineResources | undefined;
/** Read once per thread: packageVersion() reads package.json from disk on every call. */
let version: string | undefined;

export interface ExtractTask {
  article: Article;
  /** The run's "today" (YYYY-MM-DD), read once at the program's edge. */
  today: string;
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

/** Several articles for one thread, analysed together. */
export interface ChunkTask {
  articles: Article[];
  today: string;
}

/**
 * Analyses several articles for `secvar ingest` together (`analyzeEach`: stage by stage, each
 * stage's tables warm across the chunk): each one's `Analysis`, or the error analysing it raised,
 * packed into one message (`analysis-codec.ts`; `unpackAnalysis` reads a document back where its
 * batch is written). The writing thread keeps each document until its batch is written — two
 * batches queued —; kept as objects the analyses were copied by every young-generation collection
 * they survived, packed they are three flat values a chunk, and their objects, made when the batch
 * is written, die young.
 */
export function extractChunkMessage(task: ChunkTask): PackedChunk {
  const chunk = packedChunk(task);
  // Moved, not copied: Piscina transfers the listed buffers with the answer.
  return move({
    [transferableSymbol]: chunkBuffers(chunk),
    [valueSymbol]: chunk,
  }) as unknown as PackedChunk;
}

/** `extractChunkMessage`'s chunk, on this thread (nothing moved). */
export function packedChunk({ articles, today }: ChunkTask): PackedChunk {
  resources ??= loadResources();
  version ??= packageVersion();
  const packer = new AnalysisPacker();
  for (const [k, a] of analyzeEach(articles, resources, { version, today }).entries()) {
    if (a instanceof Error) {
      packer.addError(a.message);
      continue;
    }
    try {
      const article = articles[k] as Article;
      packer.add({ prepared: prepareDocument(a.extraction), sketch: sketchText(article.text) });
    } catch (e) {
      packer.addError(e instanceof Error ? e.message : String(e));
    }
  }
  return packer.finish();
}

export default extractChunkMessage;
