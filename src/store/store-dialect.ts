/**
 * The one small interface a database engine implements for the store. Shared code asks the
 * dialect for capabilities and for the few statements that differ (ids, full-text search,
 * write locks); it never asks which engine it is talking to.
 */
import type { ColumnDataType, CreateTableBuilder, Dialect, Kysely, RawBuilder } from "kysely";
import type { Database } from "./database-schema.js";
import type { BulkTable, ColumnKind, ColumnList } from "./table-columns.js";

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
  /**
   * The engine can store a table in its primary key's B-tree alone (SQLite: WITHOUT ROWID);
   * `keyTable` makes a table being created so, and leaves it as it is elsewhere.
   */
  readonly keyTables: boolean;
  keyTable(table: AnyTableBuilder): AnyTableBuilder;
  /** Names of the JSON functions that differ: build an array of values, aggregate values into one; SQL for an array's length. */
  readonly json: { array: string; arrayAgg: string; arrayLength(textColumn: string): string };
  /** Migration step: creates the full-text index over documents and fills it from existing rows. */
  createFullTextIndex(db: AnyKysely): Promise<void>;
  /**
   * Migration step of version 5: the full-text index as the engine writes it most cheaply
   * (PostgreSQL: a GIN index over the tsvector expression instead of a stored column; SQLite: as is).
   */
  upgradeFullTextIndex(db: AnyKysely): Promise<void>;
  /**
   * Migration step of version 6: `documents.signature` from hex text to bytes (SQLite: BLOB
   * values in the column as it is; PostgreSQL: the column becomes bytea).
   */
  signaturesToBytes(db: AnyKysely): Promise<void>;
  /**
   * Migration step of version 6: the given text columns compare bytewise ("C" collation) where
   * the engine's default may be a locale's (PostgreSQL); nothing where it already is (SQLite's BINARY).
   */
  byteOrderColumns(db: AnyKysely, columns: Readonly<Record<string, readonly string[]>>): Promise<void>;
  /**
   * Migration step of version 8: no planner statistics for the `unfiltered` columns; the documents'
   * `documentStatistics` columns and the full-text index's expression at its target; the `longText`
   * columns compressed the cheapest way the engine has (PostgreSQL: LZ4 when built with it); nothing
   * where the engine gathers no statistics by itself and does not compress (SQLite).
   */
  cheaperUpkeep(
    db: AnyKysely,
    plan: {
      unfiltered: Readonly<Record<string, readonly string[]>>;
      documentStatistics: { columns: readonly string[]; target: number };
      longText: Readonly<Record<string, readonly string[]>>;
    },
  ): Promise<void>;
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
  /**
   * Runs `fn` on a connection of its own for the bulk write path (raw statements, prepared
   * once and reused), serialised with the kysely queries of the same store.
   */
  withBulk<T>(db: Kysely<Database>, fn: (c: BulkConnection) => Promise<T>): Promise<T>;
}

/**
 * The raw statements of the hot write path. SQL text uses `?` placeholders and the fragments
 * `list` / `rows` for values passed as one parameter; the engine prepares each text once.
 */
export interface BulkConnection {
  /** Opens a write transaction (SQLite: immediate, so no other writer slips in). */
  begin(): Promise<void>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
  savepoint(name: string): Promise<void>;
  release(name: string): Promise<void>;
  rollbackTo(name: string): Promise<void>;
  /**
   * `x ${inList(kind)}`: x is one of a list passed as one parameter (see `listParam`). PostgreSQL:
   * `= any(array)`, which the planner reads as an index condition, however long the list.
   */
  inList(kind: ColumnKind): string;
  listParam(values: readonly unknown[]): unknown[];
  /** A sub-select of columns c0, c1, … over rows passed as parameters (see `rowsParams`). */
  rows(kinds: readonly ColumnKind[]): string;
  rowsParams(rows: readonly (readonly unknown[])[], kinds: readonly ColumnKind[]): unknown[];
  /**
   * The engine joins a sub-select run once per row of a list (`cross join lateral`, PostgreSQL);
   * false where it has no LATERAL and always runs a join with a list as a loop over the list's rows,
   * each an index look-up (SQLite).
   */
  readonly lateral: boolean;
  /** Rows of a query (or nothing for a statement). */
  all<R>(text: string, params: readonly unknown[]): Promise<R[]>;
  /** Inserts rows (values in `columns` order); `conflict` is an ON CONFLICT clause. */
  insert(
    table: BulkTable,
    columns: ColumnList,
    rows: readonly (readonly unknown[])[],
    conflict?: string,
  ): Promise<void>;
  /** Sets `columns` of the rows whose `id` is each row's first value (the rest follow in order). */
  updateById(table: BulkTable, columns: ColumnList, rows: readonly (readonly unknown[])[]): Promise<void>;
  /** Reserves `n` new ids of each table's id column, in increasing order. */
  allocateIds<T extends BulkTable>(counts: Readonly<Record<T, number>>): Promise<Record<T, number[]>>;
  /** Concurrent writers are serialised by `lockKeys` (PostgreSQL); false where it does nothing. */
  readonly locking: boolean;
  /** As StoreDialect.lockKeys, inside this connection's transaction. */
  lockKeys(keys: readonly string[]): Promise<void>;
  /** Adds documents to the full-text index (nothing where the engine maintains it). */
  indexTexts(docs: readonly { id: number; title: string | null; text: string }[]): Promise<void>;
}
