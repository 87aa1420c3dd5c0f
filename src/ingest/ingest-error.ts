/** Every way reading a document can fail. */
export const INGEST_PROBLEM_CODES = [
  "not_found",
  "empty",
  "binary",
  "unknown_encoding",
  "too_large",
  "not_english",
  "unparseable_html",
  "bad_date",
  "fetch_failed",
  "no_text",
] as const;

export type IngestProblemCode = (typeof INGEST_PROBLEM_CODES)[number];

/** A problem as plain data, for batches that report a bad item and go on. */
export interface IngestProblem {
  code: IngestProblemCode;
  /** The input as the user gave it: a path, a URL, "-" or "batch:<line>". */
  input: string;
  message: string;
}

/**
 * The one error ingest throws. The message is a single line naming the input and saying
 * what was expected and what was found.
 *
 * @example
 * try { await readArticle("missing.txt") } catch (e) { if (e instanceof IngestError) e.code } // "not_found"
 */
export class IngestError extends Error {
  override readonly name = "IngestError";
  readonly code: IngestProblemCode;
  readonly input: string;

  constructor(code: IngestProblemCode, input: string, detail: string, options?: { cause?: unknown }) {
    // One line, whatever the detail quotes (a server's error text, a file name).
    super(`${input}: ${detail}`.replace(/\s*[\r\n]+\s*/g, " "), options);
    this.code = code;
    this.input = input;
  }

  /** The error as plain data (JSON-friendly). */
  toProblem(): IngestProblem {
    return { code: this.code, input: this.input, message: this.message };
  }
}

/** Type guard that also works across module copies (checks the shape, not the prototype). */
export function isIngestError(e: unknown): e is IngestError {
  return (
    e instanceof IngestError ||
    (e instanceof Error && e.name === "IngestError" && typeof (e as { code?: unknown }).code === "string")
  );
}
