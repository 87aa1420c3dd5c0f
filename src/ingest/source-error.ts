import { INGEST_PROBLEM_CODES, type IngestProblemCode } from "./ingest-error.js";

/** Problems that only arise when an input expands into many documents. */
export const SOURCE_ONLY_PROBLEM_CODES = [
  "bad_jsonl_line",
  "bad_json",
  "bad_feed",
  "symlink_loop",
  "no_match",
] as const;

/** Every problem code a source item can carry: the IngestError codes plus the source-only ones. */
export const SOURCE_PROBLEM_CODES = [...INGEST_PROBLEM_CODES, ...SOURCE_ONLY_PROBLEM_CODES] as const;

export type SourceProblemCode = IngestProblemCode | (typeof SOURCE_ONLY_PROBLEM_CODES)[number];

/**
 * The error the source readers throw internally; `expandSources` turns it into a problem
 * item. The message is one line naming the input.
 *
 * @example
 * new SourceError("bad_feed", "news.xml", "expected <rss>, <feed> or <rdf:RDF>, found <html>").message
 * // "news.xml: expected <rss>, <feed> or <rdf:RDF>, found <html>"
 */
export class SourceError extends Error {
  override readonly name = "SourceError";
  readonly code: SourceProblemCode;
  readonly input: string;

  constructor(code: SourceProblemCode, input: string, detail: string, options?: { cause?: unknown }) {
    super(`${input}: ${detail}`.replace(/\s*[\r\n]+\s*/g, " "), options);
    this.code = code;
    this.input = input;
  }
}
