/**
 * Inputs (files, folders, globs, JSONL batches, feeds, URLs, stdin) → a stream of source
 * documents and problems. One bad document never stops the stream.
 */

import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { extname, isAbsolute, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_MAX_BYTES } from "./article-builder.js";
import { decodeBytes } from "./charset-decoder.js";
import { asciiPrefix } from "./content-sniffer.js";
import { documentsFromFeed, feedItemMeta, itemOrigin } from "./feed-documents.js";
import { type Feed, type FeedItem, parseFeed, sniffFeed } from "./feed-reader.js";
import { contentTypeForPath, readFileBytes } from "./file-source.js";
import { isIngestError } from "./ingest-error.js";
import { readLines } from "./line-reader.js";
import { globFiles, isGlobPattern, walkFolder } from "./path-walker.js";
import { SourceError } from "./source-error.js";
import type { SourceItem, SourceProblem } from "./source-item.js";
import { documentFromJsonLine, documentFromRecord } from "./source-record.js";
import { readStreamBytes } from "./stream-source.js";
import { DEFAULT_TIMEOUT_MS, fetchDocument } from "./url-source.js";

/** Options of `expandSources`; the side effects (fetch, stdin, cwd) can be injected. */
export interface SourceOptions {
  /** Largest document (and largest JSONL line) accepted, in bytes (default 20 MiB). */
  maxBytes?: number;
  /** The fetch used for URLs and followed feed links (default: the global fetch). */
  fetch?: typeof fetch;
  /** Timeout of one fetch, in ms (default 10 000). */
  timeoutMs?: number;
  /** Fetch each feed item's link and read the page instead of the item's summary (default false). */
  followLinks?: boolean;
  /** The stream read for "-" (default: process.stdin). */
  stdin?: NodeJS.ReadableStream;
  /** Folder relative globs are matched in (default: process.cwd()). */
  cwd?: string;
}

interface Context {
  maxBytes: number;
  fetch: typeof fetch;
  timeoutMs: number;
  followLinks: boolean;
  stdin: NodeJS.ReadableStream | undefined;
  cwd: string;
}

const HTTP_URL = /^https?:\/\//i;
const JSONL_EXTENSIONS = new Set([".jsonl", ".ndjson"]);
const FEED_EXTENSIONS = new Set([".xml", ".rss", ".atom"]);

/** A problem item from any error ingest or the source readers throw; other errors are bugs. */
function problemOf(e: unknown): SourceProblem {
  if (e instanceof SourceError || isIngestError(e)) {
    return { type: "problem", origin: e.input, code: e.code, message: e.message };
  }
  throw e;
}

function notFound(origin: string, detail: string): SourceProblem {
  return { type: "problem", origin, code: "not_found", message: `${origin}: ${detail}` };
}

/** Fetched feed item pages: bytes with the item's metadata. */
async function* followedItems(feed: Feed, origin: string, ctx: Context): AsyncGenerator<SourceItem> {
  const fallback = documentsFromFeed(feed, origin);
  for (const [i, item] of feed.items.entries()) {
    if (item.link === null) yield fallback[i] as SourceItem;
    else yield await fetchItem(feed, item, origin, ctx);
  }
}

async function fetchItem(feed: Feed, item: FeedItem, feedOrigin: string, ctx: Context): Promise<SourceItem> {
  const origin = itemOrigin(feedOrigin, item);
  const link = item.link as string;
  try {
    const page = await fetchDocument(link, origin, ctx);
    const content = { kind: "bytes" as const, bytes: page.bytes, url: page.url };
    const typed = page.contentType ? { ...content, contentType: page.contentType } : content;
    return { type: "document", origin, content: typed, meta: feedItemMeta(feed, item, feedOrigin) };
  } catch (e) {
    return problemOf(e);
  }
}

async function* feedItems(bytes: Uint8Array, origin: string, ctx: Context): AsyncGenerator<SourceItem> {
  let feed: Feed;
  try {
    const declared = /<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(asciiPrefix(bytes, 256))?.[1];
    feed = parseFeed(decodeBytes(bytes, origin, declared ?? null).text, origin);
  } catch (e) {
    yield problemOf(e);
    return;
  }
  if (ctx.followLinks) yield* followedItems(feed, origin, ctx);
  else yield* documentsFromFeed(feed, origin);
}

/** Article files: one record, or an array of records (`path#3` for the third). */
function jsonItems(bytes: Uint8Array, origin: string): SourceItem[] {
  let raw: unknown;
  try {
    raw = JSON.parse(decodeBytes(bytes, origin).text);
  } catch (e) {
    if (isIngestError(e)) return [problemOf(e)];
    const detail = `expected an article record {text|html, …} as JSON, found invalid JSON (${(e as Error).message})`;
    return [{ type: "problem", origin, code: "bad_json", message: `${origin}: ${detail}` }];
  }
  const records = Array.isArray(raw)
    ? raw.map((r, i) => [r, `${origin}#${i + 1}`] as const)
    : [[raw, origin] as const];
  return records.map(([record, where]) => {
    try {
      return documentFromRecord(record, where, "bad_json");
    } catch (e) {
      return problemOf(e);
    }
  });
}

/** What a whole document turns out to be: a feed, article JSON, or one document. */
async function* classifiedItems(
  bytes: Uint8Array,
  origin: string,
  ctx: Context,
  hints: { extension?: string; contentType?: string; url?: string },
): AsyncGenerator<SourceItem> {
  if (sniffFeed(asciiPrefix(bytes, 4096)) !== null) return yield* feedItems(bytes, origin, ctx);
  const extension = hints.extension ?? "";
  if (extension === ".json" || /^application\/json\b/i.test(hints.contentType ?? "")) {
    return yield* jsonItems(bytes, origin);
  }
  if (FEED_EXTENSIONS.has(extension) && bytes.length > 0) {
    yield {
      type: "problem",
      origin,
      code: "bad_feed",
      message: `${origin}: expected a feed (root <rss>, <feed> or <rdf:RDF>), found none`,
    };
    return;
  }
  const content = { kind: "bytes" as const, bytes, ...definedHints(hints) };
  yield { type: "document", origin, content, meta: {} };
}

function definedHints(hints: { contentType?: string; url?: string }): { contentType?: string; url?: string } {
  const out: { contentType?: string; url?: string } = {};
  if (hints.contentType) out.contentType = hints.contentType;
  if (hints.url) out.url = hints.url;
  return out;
}

/** A JSON Lines file, streamed line by line: `path:line 12` for each record. */
async function* jsonlItems(path: string, origin: string, ctx: Context): AsyncGenerator<SourceItem> {
  const stream = createReadStream(path);
  try {
    for await (const line of readLines(stream, ctx.maxBytes)) {
      const where = `${origin}:line ${line.n}`;
      if ("tooLarge" in line) yield tooLarge(where, ctx.maxBytes, line.tooLarge);
      else if (line.text.trim() !== "")
        yield jsonlLine(line.n === 1 ? line.text.replace(/^\uFEFF/, "") : line.text, where);
    }
  } catch (e) {
    // Open and read errors (missing, no permission, a device that fails): the file stops, the stream goes on.
    yield notFound(
      origin,
      `expected a readable file, found ${(e as NodeJS.ErrnoException).code ?? String(e)}`,
    );
  } finally {
    stream.destroy();
  }
}

function tooLarge(origin: string, maxBytes: number, size: number): SourceProblem {
  return {
    type: "problem",
    origin,
    code: "too_large",
    message: `${origin}: expected at most ${maxBytes} bytes, found ${size}`,
  };
}

function jsonlLine(line: string, origin: string): SourceItem {
  try {
    return documentFromJsonLine(line, origin);
  } catch (e) {
    return problemOf(e);
  }
}

async function* fileItems(path: string, origin: string, ctx: Context): AsyncGenerator<SourceItem> {
  const extension = extname(path).toLowerCase();
  if (JSONL_EXTENSIONS.has(extension)) return yield* jsonlItems(path, origin, ctx);
  let bytes: Uint8Array;
  try {
    bytes = await readFileBytes(path, origin, ctx.maxBytes);
  } catch (e) {
    yield problemOf(e);
    return;
  }
  const contentType = contentTypeForPath(path);
  yield* classifiedItems(bytes, origin, ctx, contentType ? { extension, contentType } : { extension });
}

async function* urlItems(url: string, ctx: Context): AsyncGenerator<SourceItem> {
  try {
    const page = await fetchDocument(url, url, ctx);
    const hints = page.contentType ? { contentType: page.contentType, url: page.url } : { url: page.url };
    yield* classifiedItems(page.bytes, url, ctx, hints);
  } catch (e) {
    yield problemOf(e);
  }
}

async function* stdinItems(ctx: Context): AsyncGenerator<SourceItem> {
  try {
    const bytes = await readStreamBytes(ctx.stdin ?? process.stdin, "-", ctx.maxBytes);
    yield* classifiedItems(bytes, "-", ctx, {});
  } catch (e) {
    yield problemOf(e);
  }
}

/** The same problem told from another origin (the message starts with the origin). */
function relocated(problem: SourceProblem, origin: string): SourceProblem {
  const message = `${origin}${problem.message.slice(problem.origin.length)}`;
  return { ...problem, origin, message };
}

/** Origins keep the form the user gave: relative inputs give paths relative to cwd. */
function originOf(path: string, input: string, ctx: Context): string {
  return isAbsolute(input) ? path : relative(ctx.cwd, path);
}

async function* folderItems(dir: string, input: string, ctx: Context): AsyncGenerator<SourceItem> {
  for await (const found of walkFolder(dir)) {
    if (found.type === "file") yield* fileItems(found.path, originOf(found.path, input, ctx), ctx);
    else yield relocated(found, originOf(found.origin, input, ctx));
  }
}

async function* globItems(pattern: string, ctx: Context): AsyncGenerator<SourceItem> {
  const paths = await globFiles(pattern, ctx.cwd);
  if (paths.length === 0) {
    const message = `${pattern}: expected the pattern to match files, found none`;
    yield { type: "problem", origin: pattern, code: "no_match", message };
  }
  for (const path of paths) yield* fileItems(resolve(ctx.cwd, path), path, ctx);
}

async function* pathItems(input: string, ctx: Context): AsyncGenerator<SourceItem> {
  const path = resolve(ctx.cwd, /^file:/i.test(input) ? fileURLToPath(input) : input);
  const info = await stat(path).catch((e: NodeJS.ErrnoException) => e);
  if (info instanceof Error) {
    if (isGlobPattern(input)) return yield* globItems(input, ctx);
    const found = info.code === "ENOENT" ? "no such file or folder" : (info.code ?? info.message);
    yield notFound(input, `expected a file, folder, glob or URL, found ${found}`);
  } else if (info.isDirectory()) yield* folderItems(path, input, ctx);
  else yield* fileItems(path, input, ctx);
}

function contextOf(opts: SourceOptions): Context {
  return {
    maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES,
    fetch: opts.fetch ?? fetch,
    timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    followLinks: opts.followLinks ?? false,
    stdin: opts.stdin,
    cwd: opts.cwd ?? process.cwd(),
  };
}

/**
 * Turns inputs into a stream of documents and problems, input by input, each in a
 * deterministic order (folders and globs sorted by path). An input is "-" (stdin), an
 * http(s) URL, a folder (walked recursively), a file (`.jsonl`/`.ndjson` streamed line by
 * line; feeds recognised by their root element whatever the extension; `.json` article
 * records; anything else one document), or a glob. Never throws for input problems: each
 * becomes a `{type: "problem", origin, code, message}` item and the stream goes on.
 *
 * @example
 * for await (const item of expandSources(["news/", "batch.jsonl", "https://example.org/feed.xml"])) {
 *   if (item.type === "problem") console.error(item.message);
 * }
 */
export async function* expandSources(
  inputs: readonly string[],
  opts: SourceOptions = {},
): AsyncGenerator<SourceItem> {
  const ctx = contextOf(opts);
  for (const input of inputs) {
    if (input === "-") yield* stdinItems(ctx);
    else if (HTTP_URL.test(input)) yield* urlItems(input, ctx);
    else yield* pathItems(input, ctx);
  }
}
