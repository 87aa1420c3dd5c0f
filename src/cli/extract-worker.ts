/**
 * Piscina worker: one article in, the rows the store writes for it and its near-duplicate sketch
 * out, as one moved buffer (the analysis stage of `secvar ingest`). The rows (`prepareDocument`) and the sketch are made
 * here: value arrays cost less to copy to the writing thread, and to keep queued there, than the
 * extraction's object graph, and the writing thread stays free.
 */
import { serialize } from "node:v8";
import { move } from "piscina";
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

/**
 * Analyses one article for `secvar ingest`: its `Analysis`, v8-serialised (`deserialize` it where
 * its batch is written). The writing thread keeps each document until its batch is written — two
 * batches queued —; kept as objects the analyses were copied by every young-generation collection
 * they survived, as buffers they sit outside its heap and their objects, made when the batch is
 * written, die young.
 */
export function analysisBytes(task: ExtractTask): Uint8Array {
  return serialize(extract(task));
}

/** `analysisBytes` as a thread's answer: the buffer is moved, not copied, to the writing thread. */
export function extractMessage(task: ExtractTask): Uint8Array {
  const bytes = analysisBytes(task);
  // Only a buffer that owns its memory may be moved (a slice of a shared pool may not).
  const own =
    bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : Uint8Array.from(bytes);
  return move(own) as Uint8Array;
}

export default extractMessage;
