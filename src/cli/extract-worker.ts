/**
 * Piscina worker: a chunk of articles in, the rows the store writes for each and its near-duplicate
 * sketch out, packed in one moved buffer (the analysis stage of `secvar ingest`). The rows
 * (`prepareDocument`) and the sketches are made here: value arrays cost less to copy to the writing
 * thread, and to keep queued there, than the extraction's object graph, and the writing thread stays
 * free. `extract` and `extractFully` analyse one article, for the store's benchmarks.
 */
import { serialize } from "node:v8";
import { move } from "piscina";
import { analyzeArticle, analyzeEach, loadResources, type PipelineResources } from "../coding/index.js";
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

/** Several articles for one thread, analysed together. */
export interface ChunkTask {
  articles: Article[];
  today: string;
}

/**
 * Analyses several articles for `secvar ingest` together (`analyzeEach`: stage by stage, each
 * stage's tables warm across the chunk): each one's `Analysis`, v8-serialised (`deserialize` it where
 * its batch is written), or the error analysing it raised. The writing thread keeps each document
 * until its batch is written — two batches queued —; kept as objects the analyses were copied by
 * every young-generation collection they survived, as buffers they sit outside its heap and their
 * objects, made when the batch is written, die young.
 */
export function analysesBytes({ articles, today }: ChunkTask): (Uint8Array | Error)[] {
  resources ??= loadResources();
  version ??= packageVersion();
  return analyzeEach(articles, resources, { version, today }).map((a, k) => {
    if (a instanceof Error) return a;
    try {
      const article = articles[k] as Article;
      return serialize({ prepared: prepareDocument(a.extraction), sketch: sketchText(article.text) });
    } catch (e) {
      return e instanceof Error ? e : new Error(String(e));
    }
  });
}

/** Status bytes of a packed chunk: the part is an analysis, or an error's message. */
const PART_OK = 0;
const PART_ERROR = 1;

/**
 * `analysesBytes` packed into one buffer, moved (not copied) to the writing thread: a 32-bit count,
 * then per article a status byte, a 32-bit length and its bytes (little-endian). `unpackChunk` reads it.
 */
export function extractChunkMessage(task: ChunkTask): Uint8Array {
  const parts = analysesBytes(task).map((x) =>
    x instanceof Error
      ? { status: PART_ERROR, bytes: new TextEncoder().encode(x.message) }
      : { status: PART_OK, bytes: x },
  );
  const size = 4 + parts.reduce((n, p) => n + 5 + p.bytes.byteLength, 0);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, parts.length, true);
  let at = 4;
  for (const p of parts) {
    view.setUint8(at, p.status);
    view.setUint32(at + 1, p.bytes.byteLength, true);
    out.set(p.bytes, at + 5);
    at += 5 + p.bytes.byteLength;
  }
  return move(out) as Uint8Array;
}

/** The parts of a packed chunk, in order: views into it (no copy), or the errors raised. */
export function unpackChunk(bytes: Uint8Array): (Uint8Array | Error)[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint32(0, true);
  const parts: (Uint8Array | Error)[] = [];
  let at = 4;
  for (let k = 0; k < count; k++) {
    const status = view.getUint8(at);
    const length = view.getUint32(at + 1, true);
    const part = bytes.subarray(at + 5, at + 5 + length);
    parts.push(status === PART_OK ? part : new Error(new TextDecoder().decode(part)));
    at += 5 + length;
  }
  return parts;
}

export default extractChunkMessage;
