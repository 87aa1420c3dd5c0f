/**
 * ingest: documents in, Articles out. Reads text and HTML from files, URLs and stdin;
 * decodes, extracts the main text and metadata, normalises, hashes and checks the language.
 */

export type { Article, ArticleOverrides } from "../knowledge/index.js";
export type { BytesOptions, TextMeta } from "./article-builder.js";
export {
  articleFromBytes,
  articleFromText,
  DEFAULT_MAX_BYTES,
  MIN_WORDS_FOR_LANGUAGE_CHECK,
} from "./article-builder.js";
export { type ReadOptions, type ReadResult, readArticle, safeReadArticle } from "./article-reader.js";
export { contentHash } from "./content-hash.js";
export { parseDateLoose } from "./date-parser.js";
export { findDateline } from "./dateline-finder.js";
export { extractHtml, type HtmlExtraction } from "./html-extractor.js";
export {
  INGEST_PROBLEM_CODES,
  IngestError,
  type IngestProblem,
  type IngestProblemCode,
  isIngestError,
} from "./ingest-error.js";
export { countWords, detectLanguage, type LanguageGuess } from "./language-detector.js";
export * from "./near-duplicate.js";
export { normaliseInline, normaliseText } from "./text-normaliser.js";
export { DEFAULT_TIMEOUT_MS } from "./url-source.js";
