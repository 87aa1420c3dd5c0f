/**
 * Row types of the store's tables, as kysely sees them (schema version 6). Flags are integers
 * 0/1 and dates are ISO text in both dialects, so one set of queries serves both.
 */
import type { Generated } from "kysely";

export interface SourceTable {
  id: Generated<number>;
  name: string;
  kind: string;
  country: string | null;
  /** Per-source override of the kind's default reliability (A–F), or null. */
  reliability: string | null;
}

export interface DocumentTable {
  id: Generated<number>;
  content_id: string;
  source_id: number;
  url: string | null;
  outlet: string | null;
  title: string | null;
  published: string | null;
  language: string;
  text: string;
  marking: string;
  origin: string;
  extractor: string;
  ingested_at: string;
  /** MinHash signature (v2): 4 bytes a hash, big-endian (v6; hex text before). */
  signature: Uint8Array | null;
  /** The original this document near-duplicates (v2). */
  duplicate_of: number | null;
  /**
   * The document's mentions (v5; a table of their own before): a JSON list of
   * `[sentence_idx, start, end, text, type, entity]`, or null when it has none.
   */
  mentions: string | null;
  /**
   * The sentences the document's events, commitments and probability statements cite (v7; a
   * table of their own before): a JSON list of `[idx, start, end, text]` in index order, or null
   * when it has none.
   */
  sentences: string | null;
}

export interface DocumentBandTable {
  /** band × 2³² + the hash of the band's rows (v5; "band:hex" text before). PostgreSQL returns int8 as text. */
  band_key: number | string;
  document_id: number;
}

/** A cited sentence (a row of the `sentences` table until version 7, now an entry of `documents.sentences`). */
export interface SentenceTable {
  document_id: number;
  idx: number;
  start: number;
  end: number;
  text: string;
}

export interface ActorTable {
  code: string;
  name: string;
  kind: string;
  country: string | null;
  mentions: number;
  documents: number;
  events_as_source: number;
  events_as_target: number;
  first_seen: string;
}

export interface EventTable {
  id: Generated<number>;
  document_id: number;
  ext_id: string;
  sentence_idx: number;
  source_code: string | null;
  source_name: string | null;
  source_country: string | null;
  target_code: string | null;
  target_name: string | null;
  target_country: string | null;
  code: string;
  root: string;
  code_name: string;
  quad_class: number;
  goldstein: number;
  plover: string | null;
  modality: string;
  negated: number;
  quoted: number;
  attributed_to: string | null;
  attributed_text: string | null;
  day: string;
  date_value: string | null;
  date_basis: string;
  place_name: string | null;
  place_country: string | null;
  lat: number | null;
  lon: number | null;
  spans: string;
  rule: string;
  /** v2 */
  claim_id: number | null;
  /**
   * v9: the reliability letter (A–F) the event's claim was graded with when the claim has this
   * event alone and so no `claims` row (its other fields follow from the event); null otherwise.
   */
  single_reliability: string | null;
}

export interface ClaimTable {
  id: Generated<number>;
  block_key: string;
  source_code: string | null;
  target_code: string | null;
  code: string;
  root: string;
  anchor_day: string;
  anchor_basis: string;
  place_name: string | null;
  place_country: string | null;
  window_lo: string;
  window_hi: string;
  first_seen: string;
  event_count: number;
  source_count: number;
  corroboration: number;
  denials: number;
  contested: number;
  strongest: string | null;
  reliability: string;
  credibility: number;
  grade: string;
  confidence: number | null;
}

export interface CommitmentTable {
  id: Generated<number>;
  document_id: number;
  sentence_idx: number;
  name: string | null;
  parties: string;
  article: string | null;
  obligation: string | null;
  status: string | null;
  status_by: string | null;
  date_value: string | null;
  date_precision: string | null;
  rule: string;
}

export interface ProbabilityTable {
  id: Generated<number>;
  document_id: number;
  sentence_idx: number;
  about: string;
  text: string;
  probability: number;
  range_lo: number | null;
  range_hi: number | null;
  scale: string;
  rule: string;
}

export interface IssueTable {
  id: Generated<number>;
  origin: string;
  code: string;
  message: string;
  at: string;
}

export interface SchemaVersionTable {
  version: number;
  name: string;
  applied_at: string;
}

export interface Database {
  sources: SourceTable;
  documents: DocumentTable;
  document_bands: DocumentBandTable;
  actors: ActorTable;
  events: EventTable;
  claims: ClaimTable;
  commitments: CommitmentTable;
  probabilities: ProbabilityTable;
  issues: IssueTable;
  secvar_schema: SchemaVersionTable;
}
