/**
 * store: the knowledge base. One schema (kysely) on two engines — SQLite in one file (the
 * default) and PostgreSQL (team / scale-out) — with versioned migrations, idempotent
 * transactional ingest, claim merging, evidence grades and typed queries. See docs/store.md.
 *
 * @example
 * const store = await openStore("./secvar.db");
 * await store.ingestDocument({ article, extraction });
 * const { items } = await store.events({ actor: "PRK", from: "2024-10-01" });
 * await store.close();
 */
import { openSqlStore, type StoreOptions } from "./sql-store.js";
import type { StoreDialect } from "./store-dialect.js";
import type { Store } from "./store-types.js";

export { prepareDocument } from "./document-rows.js";
export type { Migration } from "./migrations.js";
export { MIGRATIONS, SCHEMA_VERSION } from "./migrations.js";
export { loadReliabilityTable, type StoreOptions } from "./sql-store.js";
export type { BulkConnection, StoreCapabilities, StoreDialect } from "./store-dialect.js";
export { isStoreError, STORE_ERROR_CODES, StoreError, type StoreErrorCode } from "./store-error.js";
export type * from "./store-types.js";

/** Where the store lives when no location is given. */
export const DEFAULT_STORE_PATH = "./secvar.db";

/** True for a PostgreSQL connection URL. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** The dialect for a location; the adapters are loaded only when used. */
async function dialectFor(location: string): Promise<StoreDialect> {
  if (isPostgresUrl(location)) {
    const { postgresDialect } = await import("./postgres/postgres-store.js");
    return postgresDialect(location);
  }
  const { sqliteDialect } = await import("./sqlite/sqlite-store.js");
  return sqliteDialect(location);
}

/**
 * Open (and create or upgrade) the store at a location: undefined → ./secvar.db, a file path or
 * ":memory:" → SQLite, "postgres://…" → PostgreSQL. A database written by a newer secvar is
 * refused with StoreError `schema_too_new`.
 *
 * @example
 * const store = await openStore(process.env.SECVAR_DB); // ./secvar.db when unset
 */
export async function openStore(location: string | undefined, options: StoreOptions = {}): Promise<Store> {
  return openSqlStore(await dialectFor(location ?? DEFAULT_STORE_PATH), options);
}
