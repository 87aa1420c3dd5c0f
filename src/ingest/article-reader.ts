import { fileURLToPath } from "node:url";
import type { Article, ArticleOverrides } from "../knowledge/index.js";
import { articleFromBytes, DEFAULT_MAX_BYTES } from "./article-builder.js";
import { contentTypeForPath, readFileBytes } from "./file-source.js";
import { IngestError, type IngestProblem, isIngestError } from "./ingest-error.js";
import { readStreamBytes } from "./stream-source.js";
import { DEFAULT_TIMEOUT_MS, fetchDocument } from "./url-source.js";

/** Options of `readArticle`; the side effects (fetch, stdin) can be injected. */
export interface ReadOptions {
  /** Metadata that replaces whatever the document says (`published` must be a date). */
  overrides?: ArticleOverrides;
  /** Largest document accepted, in bytes (default 20 MiB). */
  maxBytes?: number;
  /** The fetch used for http(s) inputs (default: the global fetch). */
  fetch?: typeof fetch;
  /** The stream read for "-" (default: process.stdin). */
  stdin?: NodeJS.ReadableStream;
  /** Timeout for http(s) inputs, headers and body together, in ms (default 10 000). */
  timeoutMs?: number;
}

/** The outcome of `safeReadArticle`. */
export type ReadResult = { ok: true; article: Article } | { ok: false; problem: IngestProblem };

const HTTP_URL = /^https?:\/\//i;
const OTHER_URL = /^([a-z][a-z0-9+.-]*):\/\//i;

/** The bytes options shared by every input kind, without undefined fields. */
function bytesOptions(opts: ReadOptions, maxBytes: number) {
  return opts.overrides ? { overrides: opts.overrides, maxBytes } : { maxBytes };
}

async function readUrl(input: string, opts: ReadOptions, maxBytes: number): Promise<Article> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const fetched = await fetchDocument(input, input, { fetch: opts.fetch ?? fetch, maxBytes, timeoutMs });
  const base = { ...bytesOptions(opts, maxBytes), url: fetched.url };
  return articleFromBytes(
    fetched.bytes,
    input,
    fetched.contentType ? { ...base, contentType: fetched.contentType } : base,
  );
}

async function readFile(input: string, opts: ReadOptions, maxBytes: number): Promise<Article> {
  const path = /^file:/i.test(input) ? fileURLToPath(input) : input;
  const bytes = await readFileBytes(path, input, maxBytes);
  const type = contentTypeForPath(path);
  const base = bytesOptions(opts, maxBytes);
  return articleFromBytes(bytes, input, type ? { ...base, contentType: type } : base);
}

async function readStdin(opts: ReadOptions, maxBytes: number): Promise<Article> {
  const bytes = await readStreamBytes(opts.stdin ?? process.stdin, "-", maxBytes);
  return articleFromBytes(bytes, "-", bytesOptions(opts, maxBytes));
}

/**
 * Reads one document into an Article: a file path (or file: URL), an http(s) URL, or "-"
 * for stdin. Files are size-checked before they are read; URLs are fetched with a 10 s
 * timeout and the same size limit, and their Content-Type decides HTML or text; everything
 * else is `articleFromBytes`. Throws IngestError (see `IngestProblemCode`).
 *
 * @example
 * const article = await readArticle("examples/articles/talks.txt", { overrides: { outlet: "Example Wire" } });
 */
export async function readArticle(input: string, opts: ReadOptions = {}): Promise<Article> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (input === "-") return readStdin(opts, maxBytes);
  if (HTTP_URL.test(input)) return readUrl(input, opts, maxBytes);
  const scheme = OTHER_URL.exec(input)?.[1];
  if (scheme && scheme.toLowerCase() !== "file") {
    throw new IngestError(
      "not_found",
      input,
      `expected a file path, an http(s) URL or "-", found a ${scheme}: URL`,
    );
  }
  return readFile(input, opts, maxBytes);
}

/**
 * `readArticle` that never throws for document problems: a batch can record the problem
 * and go on. Unexpected errors (bugs) still throw.
 *
 * @example
 * const r = await safeReadArticle("missing.txt"); if (!r.ok) r.problem.code // "not_found"
 */
export async function safeReadArticle(input: string, opts: ReadOptions = {}): Promise<ReadResult> {
  try {
    return { ok: true, article: await readArticle(input, opts) };
  } catch (e) {
    if (isIngestError(e)) return { ok: false, problem: e.toProblem() };
    throw e;
  }
}
