/** A document after ingest: normalised text plus the metadata the pipeline needs. */
export interface Article {
  /** Stable content hash of the normalised text (sha256 hex, first 16 chars). */
  id: string;
  text: string;
  title: string | null;
  /** Publication date, YYYY-MM-DD, or null when unknown. */
  published: string | null;
  url: string | null;
  outlet: string | null;
  /** ISO 639-1 code of the detected language ("en"). */
  language: string;
  /** Where it came from: a file path, a URL, "-" for stdin, or "batch:<line>". */
  origin: string;
}

/** Metadata a user can force onto any input (CLI --published, --outlet, --url, --title). */
export interface ArticleOverrides {
  published?: string;
  outlet?: string;
  url?: string;
  title?: string;
}
