import type { Article, ArticleOverrides } from "../knowledge/index.js";
import { decodeBytes } from "./charset-decoder.js";
import { contentHash } from "./content-hash.js";
import {
  asciiPrefix,
  declaredKind,
  looksLikeHtml,
  metaCharset,
  parseContentType,
} from "./content-sniffer.js";
import { parseDateLoose } from "./date-parser.js";
import { findDateline } from "./dateline-finder.js";
import { extractHtml } from "./html-extractor.js";
import { absoluteUrl } from "./html-metadata.js";
import { IngestError } from "./ingest-error.js";
import { countWords, detectLanguage, LANGUAGE_SAMPLE_CHARS } from "./language-detector.js";
import { normaliseInline, normaliseText } from "./text-normaliser.js";

/** Default size limit for one document: 20 MiB. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
/** Texts with fewer words are never rejected for their language: too little to tell. */
export const MIN_WORDS_FOR_LANGUAGE_CHECK = 20;
/** Texts whose language cannot be told are refused only from this length on. */
export const MIN_WORDS_FOR_UNDETERMINED = 80;

/** Metadata that goes with a text: what `articleFromText` accepts. */
export interface TextMeta {
  origin: string;
  title?: string | null;
  published?: string | null;
  url?: string | null;
  outlet?: string | null;
}

/** Options of `articleFromBytes`. */
export interface BytesOptions {
  /** Content-Type of the bytes (HTTP header, or derived from a file extension). */
  contentType?: string;
  overrides?: ArticleOverrides;
  maxBytes?: number;
  /** Where the bytes were fetched from: base for relative links and the URL if the page names none. */
  url?: string;
}

/** A user-given date, which must be a real date. */
function validDate(value: string, input: string, field: string): string {
  const date = parseDateLoose(value);
  if (date === null) {
    throw new IngestError("bad_date", input, `expected ${field} as a date like 2024-10-28, found "${value}"`);
  }
  return date;
}

function checkLanguage(text: string, input: string): string {
  const guess = detectLanguage(text);
  // Counting words in the sample detectLanguage reads is enough to know whether there are 20.
  const words = countWords(text.slice(0, LANGUAGE_SAMPLE_CHARS));
  if (words < MIN_WORDS_FOR_LANGUAGE_CHECK || guess.language === "en") return guess.language;
  // Headline-style English has few function words: only a long text of unknown language is refused.
  if (guess.language === "und" && words < MIN_WORDS_FOR_UNDETERMINED) return "en";
  const found =
    guess.language === "und" ? "text in an undetermined language" : `language "${guess.language}"`;
  throw new IngestError(
    "not_english",
    input,
    `expected English text, found ${found} (confidence ${guess.confidence})`,
  );
}

/** An Article from already normalised text. */
function buildArticle(normalised: string, meta: TextMeta): Article {
  const input = meta.origin;
  if (normalised === "") throw new IngestError("empty", input, "expected text, found only whitespace");
  const language = checkLanguage(normalised, input);
  const published = meta.published ? validDate(meta.published, input, "the published date") : null;
  return {
    id: contentHash(normalised),
    text: normalised,
    title: normaliseInline(meta.title),
    published,
    url: meta.url?.trim() || null,
    outlet: normaliseInline(meta.outlet),
    language,
    origin: input,
  };
}

/**
 * Builds an Article from text and its metadata: normalises the text (see `normaliseText`),
 * hashes it for the id, checks it is English, normalises title and outlet to one line and
 * the date to YYYY-MM-DD. Used for JSON Lines batches, where each record brings its own
 * fields. Throws IngestError `empty` (no text), `not_english` (20 words or more in another
 * language) or `bad_date` (a published value that is not a date).
 *
 * @example
 * articleFromText("Ministers met on Monday.", { origin: "batch:1", published: "28 Oct 2024" }).published // "2024-10-28"
 */
export function articleFromText(text: string, meta: TextMeta): Article {
  return buildArticle(normaliseText(text), meta);
}

/** Metadata with the user's overrides on top; the published override must be a date. */
function applyOverrides(meta: TextMeta, overrides: ArticleOverrides | undefined): TextMeta {
  if (!overrides) return meta;
  const out = { ...meta };
  if (overrides.published !== undefined)
    out.published = validDate(overrides.published, meta.origin, "--published");
  if (overrides.title !== undefined) out.title = overrides.title;
  if (overrides.outlet !== undefined) out.outlet = overrides.outlet;
  if (overrides.url !== undefined) out.url = overrides.url;
  return out;
}

function baseUrlOf(origin: string, url: string | undefined): string | null {
  return absoluteUrl(url ?? origin, null);
}

function checkSize(bytes: Uint8Array, origin: string, maxBytes: number): void {
  if (bytes.length === 0)
    throw new IngestError("empty", origin, "expected text, found an empty document (0 bytes)");
  if (bytes.length > maxBytes) {
    throw new IngestError("too_large", origin, `expected at most ${maxBytes} bytes, found ${bytes.length}`);
  }
}

/** Decoded text and whether it is HTML, from the bytes and their content type. */
function decode(bytes: Uint8Array, origin: string, contentType: string | undefined) {
  const type = parseContentType(contentType);
  const kind = declaredKind(type.mediaType);
  if (kind === "binary") {
    throw new IngestError("binary", origin, `expected text or HTML, found content type ${type.mediaType}`);
  }
  const maybeHtml = kind === "html" || (kind === "unknown" && looksLikeHtml(asciiPrefix(bytes)));
  const declared = type.charset ?? (maybeHtml ? metaCharset(bytes) : null);
  const { text } = decodeBytes(bytes, origin, declared);
  if (text.trim() === "") throw new IngestError("empty", origin, "expected text, found only whitespace");
  const isHtml = kind === "html" || (kind === "unknown" && looksLikeHtml(text));
  return { text, isHtml };
}

/**
 * Builds an Article from raw document bytes, without I/O: checks size, rejects binary data,
 * decodes (BOM, declared charset, UTF-8, detection), tells HTML from plain text by content
 * type or by sniffing, extracts the main text and metadata, applies overrides (they always
 * win; `published` must be a date, else `bad_date`) and checks the language.
 *
 * Plain text keeps its first line as written (no title is guessed), but a dateline in the
 * first 200 characters, such as a leading "date 2024-10-28" marker or "October 28, 2024",
 * becomes the published date when no override gives one (see `findDateline`).
 *
 * @example
 * articleFromBytes(new TextEncoder().encode("<html><title>T</title><p>Hello.</p></html>"), "page.html").title // "T"
 */
export function articleFromBytes(bytes: Uint8Array, origin: string, opts: BytesOptions = {}): Article {
  checkSize(bytes, origin, opts.maxBytes ?? DEFAULT_MAX_BYTES);
  const { text, isHtml } = decode(bytes, origin, opts.contentType);
  const baseUrl = baseUrlOf(origin, opts.url);
  let meta: TextMeta;
  let body: string;
  if (isHtml) {
    const page = extractHtml(text, origin, baseUrl);
    meta = { origin, title: page.title, published: page.published, url: page.url, outlet: page.outlet };
    body = page.text;
  } else {
    body = normaliseText(text);
    const published = opts.overrides?.published === undefined ? findDateline(body) : null;
    meta = { origin, published, url: baseUrl };
  }
  return buildArticle(body, applyOverrides(meta, opts.overrides));
}
