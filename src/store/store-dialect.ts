/**
 * The one small interface a database engine implements for the store. Shared code asks the
 * dialect for capabilities and for the few statements that differ (ids, full-text search,
 * write locks); it never asks which engine it is talking to.
 */
import type { ColumnDataType, CreateTableBuilder, Dialect, Kysely, RawBuilder } from "kysely";
import type { Database } from "./database-schema.js";

/** What an engine can do, for callers that plan work (e.g. how many ingest workers to run). */
export interface StoreCapabilities {
  /** Several processes may write at once (PostgreSQL), or only one (SQLite). */
  concurrentWriters: boolean;
  fullTextSearch: "fts5" | "tsvector";
}

// biome-ignore lint/suspicious/noExplicitAny: kysely's schema builders are untyped by design
export type AnyKysely = Kysely<any>;
// biome-ignore lint/suspicious/noExplicitAny: as above
export type AnyTableBuilder = CreateTableBuilder<any, any>;

export interface StoreDialect {
  readonly capabilities: StoreCapabilities;
  /** A human-readable location for messages (file path, or URL without password). */
  readonly location: string;
  /** The kysely dialect that carries queries to the engine. */
  createKyselyDialect(): Dialect;
  /** Column type of floating-point numbers. */
  readonly realType: ColumnDataType;
  /** Adds an auto-increment integer primary key `id` to a table being created. */
  addIdColumn(table: AnyTableBuilder): AnyTableBuilder;
  /** Migration step: creates the full-text index over documents and fills it from existing rows. */
  createFullTextIndex(db: AnyKysely): Promise<void>;
  /** Adds one document to the full-text index (no-op where the engine maintains it). */
  indexDocumentText(
    db: Kysely<Database>,
    doc: { id: number; title: string | null; text: string },
  ): Promise<void>;
  /** A sub-query yielding the ids of the documents that match a user's search words. */
  matchingDocumentIds(words: readonly string[]): RawBuilder<{ id: number }>;
  /**
   * Serialises concurrent writers on the given keys until the transaction ends (no-op for
   * single-writer engines). Keys must be taken in sorted order.
   */
  lockKeys(trx: Kysely<Database>, keys: readonly string[]): Promise<void>;
}
