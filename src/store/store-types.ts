/**
 * The store's public types: what goes in (documents, sources, issues), what comes out (rows,
 * pages, counts) and the filters of the read queries.
 */
import type { Sketch } from "../ingest/index.js";
import type { Article, EvidenceGrade, Extraction, Modality, Reliability } from "../knowledge/index.js";
import type { StoreCapabilities } from "./store-dialect.js";

/** Kinds of source with a default reliability in data/sources/reliability.json. */
export type SourceKind = string;

/** Who published a document. Unset fields keep what the store already holds. */
export interface SourceInput {
  name: string;
  kind?: SourceKind;
  country?: string | null;
  /** Override of the kind's default reliability. */
  reliability?: Reliability | null;
}

interface DocumentInputBase {
  article: Article;
  /** Defaults to the article's outlet (or URL host, or "unknown") with kind "unknown". */
  source?: SourceInput;
  /** TLP marking; default "TLP:CLEAR". */
  marking?: string;
  /**
   * The article text's near-duplicate sketch, `sketchText(article.text)`, when the caller has it
   * already (e.g. computed in an extraction worker); else the store computes it.
   */
  sketch?: Sketch;
}

/** A document and its extraction: the store builds the rows. */
export interface ExtractedDocumentInput extends DocumentInputBase {
  extraction: Extraction;
  prepared?: never;
  rows?: never;
}

/**
 * A document whose rows were built already with `prepareDocument(extraction)`: an extraction
 * worker sends these value arrays instead of the extraction (a smaller object graph to copy between
 * threads and to keep while queued). The stored rows are the same.
 */
export interface PreparedDocumentInput extends DocumentInputBase {
  prepared: PreparedDocument;
  extraction?: never;
  rows?: never;
}

/**
 * A document whose rows (and sketch) are made only when the writer reaches it: on SQLite a batch is
 * written a group of documents at a time inside its one transaction, so only a group's rows are alive
 * at once (`secvar ingest` unpacks them from its threads' buffers here). `rows` may be called more
 * than once (a batch that failed is written again one document at a time). The stored rows are the
 * same as for `prepared`.
 */
export interface DeferredDocumentInput extends DocumentInputBase {
  rows: () => { prepared: PreparedDocument; sketch?: Sketch };
  extraction?: never;
  prepared?: never;
}

export type DocumentInput = ExtractedDocumentInput | PreparedDocumentInput | DeferredDocumentInput;

/**
 * What the store writes for an extraction, independent of the article's metadata, the store's
 * clock and ids (`prepareDocument`). Rows are value arrays in the column order of the bulk writer
 * (`WRITTEN_COLUMNS` in src/store/table-columns.ts) with `id`, `document_id` and `claim_id` null.
 */
export interface PreparedDocument {
  /** The extraction's document id: the content id of the article it was made from. */
  documentId: string;
  extractor: string;
  /**
   * Event rows; `day` and `date_basis` are null for an event with neither a date of its own nor a
   * statement's day: the writer files it under the publication day, else the ingest day.
   */
  events: unknown[][];
  /** `documents.sentences`: the JSON list of `[idx, start, end, text]` of the cited sentences, null for none. */
  sentences: string | null;
  /** `documents.mentions`: the JSON list of mention tuples, null for none. */
  mentions: string | null;
  /** Actor rows with `first_seen` null (the writer sets the publication or ingest day). */
  actors: unknown[][];
  commitments: unknown[][];
  probabilities: unknown[][];
}

export interface IngestOutcome {
  status: "new" | "duplicate" | "near-duplicate";
  /** The stored document's id (for "duplicate", the document already stored). */
  documentId: number;
  /** For "near-duplicate": the original document's id. */
  duplicateOf?: number;
  /** Events written (0 for a duplicate). */
  events: number;
  claimsCreated: number;
  claimsUpdated: number;
}

/** One item of a batch: its outcome, or the problem that rolled it back alone. */
export type BatchOutcome =
  | ({ ok: true } & IngestOutcome)
  | { ok: false; contentId: string; code: string; message: string };

export interface IssueInput {
  origin: string;
  code: string;
  message: string;
}

export interface IssueRow extends IssueInput {
  id: number;
  at: string;
}

/** Keyset pagination: pass a page's `next` as the following call's `after`. */
export interface PageOptions {
  /** Default 100, at most 10,000. */
  limit?: number;
  after?: string;
}

export interface Page<T> {
  items: T[];
  /** Cursor of the next page, or null at the end. */
  next: string | null;
}

export interface EventFilter extends PageOptions {
  /** Actor code (source or target), or an actor's name as stored. */
  actor?: string;
  /** Source actor code; with `target`, a dyad. */
  source?: string;
  target?: string;
  /** ISO 3166 alpha-3 prefix of the source or target actor code. */
  country?: string;
  /** CAMEO code or family: a prefix ("19" is the root, "193" one code). */
  code?: string;
  modality?: Modality | readonly Modality[];
  /** Inclusive day range, YYYY-MM-DD. */
  from?: string;
  to?: string;
  /** Place name (case-insensitive) or, when 3 capital letters, the place's country. */
  place?: string;
  /** Full-text search over the documents' title and text. */
  text?: string;
  claimId?: number;
  documentId?: number;
  /** "asc" (default): oldest first. */
  order?: "asc" | "desc";
}

export interface ActorRef {
  code: string | null;
  name: string | null;
  country: string | null;
}

export interface EventRow {
  id: number;
  /** The extraction's event id, `<content id>:<sentence>:<n>`. */
  extId: string;
  document: {
    id: number;
    contentId: string;
    url: string | null;
    outlet: string | null;
    title: string | null;
    published: string | null;
    source: string;
  };
  sentence: { index: number; text: string | null };
  source: ActorRef;
  target: ActorRef;
  code: string;
  codeName: string;
  root: string;
  quadClass: number;
  goldstein: number;
  plover: string | null;
  place: { name: string; country: string | null; lat: number | null; lon: number | null } | null;
  /** `day` is the first day of the date; `basis` says how it was obtained. */
  date: { day: string; value: string | null; basis: string };
  modality: Modality;
  negated: boolean;
  quoted: boolean;
  attributedTo: string | null;
  attributedText: string | null;
  rule: string;
  extractor: string;
  claimId: number | null;
  /** The claim's evidence grade ("B2"), or null for events outside any claim. */
  grade: string | null;
}

export interface ClaimFilter extends PageOptions {
  actor?: string;
  source?: string;
  target?: string;
  country?: string;
  code?: string;
  /** Inclusive range on first-seen day. */
  from?: string;
  to?: string;
  contested?: boolean;
  /** Keep claims with credibility ≤ this (1 is best). */
  maxCredibility?: number;
  /** Events per claim to return (default 20). */
  eventsPerClaim?: number;
}

export interface ClaimSource {
  id: number;
  name: string;
  kind: string;
  reliability: Reliability;
}

export interface ClaimRow {
  id: number;
  code: string;
  root: string;
  sourceCode: string | null;
  targetCode: string | null;
  placeName: string | null;
  placeCountry: string | null;
  firstSeen: string;
  eventCount: number;
  sourceCount: number;
  corroboration: number;
  denials: number;
  contested: boolean;
  grade: EvidenceGrade;
  sources: ClaimSource[];
  events: EventRow[];
}

export interface ActorFilter extends PageOptions {
  country?: string;
  /** Case-insensitive substring of the name, or a code prefix. */
  name?: string;
}

export interface ActorRow {
  code: string;
  name: string;
  kind: string;
  country: string | null;
  mentions: number;
  documents: number;
  eventsAsSource: number;
  eventsAsTarget: number;
  firstSeen: string;
}

export interface TimelineFilter extends Omit<EventFilter, "order" | "limit"> {
  /** Days per page (default 100). */
  limit?: number;
  /** Events listed per day (default 20); `count` is always the full count. */
  eventsPerDay?: number;
}

export interface TimelineDay {
  day: string;
  count: number;
  events: EventRow[];
}

export interface DocumentHit {
  id: number;
  contentId: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  published: string | null;
  source: string;
  duplicateOf: number | null;
  ingestedAt: string;
}

export interface StoreCounts {
  sources: number;
  documents: number;
  nearDuplicates: number;
  sentences: number;
  mentions: number;
  actors: number;
  events: number;
  claims: number;
  contestedClaims: number;
  commitments: number;
  probabilities: number;
  issues: number;
}

/** The knowledge store: one interface over SQLite and PostgreSQL. */
export interface Store {
  readonly capabilities: StoreCapabilities;
  /** Schema version of the open database. */
  readonly schemaVersion: number;
  /** Write one analysed document in one transaction (idempotent by content hash). */
  ingestDocument(input: DocumentInput): Promise<IngestOutcome>;
  /** Write many documents: each commits or rolls back alone, statements are amortised. */
  ingestDocuments(batch: readonly DocumentInput[]): Promise<BatchOutcome[]>;
  /** Create or update a source (e.g. to override its reliability). */
  upsertSource(source: SourceInput): Promise<number>;
  recordIssue(issue: IssueInput): Promise<void>;
  issues(options?: PageOptions): Promise<Page<IssueRow>>;
  /** True when a document with this content hash is stored (for resuming a run). */
  hasDocument(contentId: string): Promise<boolean>;
  /** Which of the given content ids are stored (one query). */
  storedDocuments(contentIds: readonly string[]): Promise<Set<string>>;
  events(filter?: EventFilter): Promise<Page<EventRow>>;
  claims(filter?: ClaimFilter): Promise<Page<ClaimRow>>;
  actors(filter?: ActorFilter): Promise<Page<ActorRow>>;
  timeline(filter?: TimelineFilter): Promise<Page<TimelineDay>>;
  searchDocuments(text: string, options?: PageOptions): Promise<Page<DocumentHit>>;
  counts(): Promise<StoreCounts>;
  close(): Promise<void>;
}
