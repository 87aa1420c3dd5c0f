/**
 * ingest: documents in, Articles out. Reads text and HTML from files, URLs and stdin;
 * decodes, extracts the main text and metadata, normalises, hashes and checks the language.
 * `expandSources` / `readSources` expand folders, globs, JSONL batches and feeds into many.
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
export { documentsFromFeed } from "./feed-documents.js";
export { type Feed, type FeedItem, type FeedKind, parseFeed, sniffFeed } from "./feed-reader.js";
export { extractHtml, type HtmlExtraction } from "./html-extractor.js";
export {
  INGEST_PROBLEM_CODES,
  IngestError,
  type IngestProblem,
  type IngestProblemCode,
  isIngestError,
} from "./ingest-error.js";
export { countWords, detectLanguage, type LanguageGuess } from "./language-detector.js";
export { readLines, type StreamLine } from "./line-reader.js";
export * from "./near-duplicate.js";
export { globFiles, isGlobPattern, READABLE_EXTENSIONS, walkFolder } from "./path-walker.js";
export {
  articleFromSource,
  readSources,
  type SourceArticleOptions,
  type SourceResult,
} from "./source-articles.js";
export {
  SOURCE_ONLY_PROBLEM_CODES,
  SOURCE_PROBLEM_CODES,
  SourceError,
  type SourceProblemCode,
} from "./source-error.js";
export { expandSources, type SourceOptions } from "./source-expander.js";
export type { SourceContent, SourceDocument, SourceItem, SourceMeta, SourceProblem } from "./source-item.js";
export { documentFromJsonLine, documentFromRecord, SourceRecord } from "./source-record.js";
export { normaliseInline, normaliseText } from "./text-normaliser.js";
export { DEFAULT_TIMEOUT_MS } from "./url-source.js";
