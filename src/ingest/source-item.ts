/** What `expandSources` yields: documents ready to become Articles, or problems. */
import type { SourceProblemCode } from "./source-error.js";

/** Metadata a source brings along with a document (a JSONL record, a feed item, an article file). */
export interface SourceMeta {
  /** The id the input gives the document (JSONL `id`, article-file `id`, feed `guid`). */
  id?: string;
  title?: string;
  /** As written by the source; checked and normalised when the Article is built. */
  published?: string;
  url?: string;
  outlet?: string;
  /** Who originated the document when the input says so (JSONL `source`, the feed's own URL). */
  source?: string;
}

/** The body of a document, in the form the input gave it. */
export type SourceContent =
  | { kind: "bytes"; bytes: Uint8Array; contentType?: string; url?: string }
  | { kind: "text"; text: string }
  | { kind: "html"; html: string };

/** One document found in an input. */
export interface SourceDocument {
  type: "document";
  /** Where exactly: `path`, `path:line 12`, `url#item 3`, `path#item 3`. */
  origin: string;
  content: SourceContent;
  meta: SourceMeta;
}

/** One thing in an input that could not be read; the stream goes on after it. */
export interface SourceProblem {
  type: "problem";
  origin: string;
  code: SourceProblemCode;
  /** One line naming the origin and the problem. */
  message: string;
}

/** An item of `expandSources`. */
export type SourceItem = SourceDocument | SourceProblem;
