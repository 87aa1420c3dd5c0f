/** Opening stores and raw connections for the suite, on whichever dialect a location names. */
import { Kysely } from "kysely";
import type { Database } from "../../src/store/database-schema.js";
import { isPostgresUrl, openStore, type Store, type StoreOptions } from "../../src/store/index.js";
import { migrate } from "../../src/store/migrator.js";
import { postgresDialect } from "../../src/store/postgres/postgres-store.js";
import { sqliteDialect } from "../../src/store/sqlite/sqlite-store.js";
import type { StoreDialect } from "../../src/store/store-dialect.js";

/** The fixed clock of every test. */
export const NOW = () => new Date("2025-01-15T12:00:00.000Z");

export function dialectOf(location: string): StoreDialect {
  return isPostgresUrl(location) ? postgresDialect(location) : sqliteDialect(location);
}

export function open(location: string, options: StoreOptions = {}): Promise<Store> {
  return openStore(location, { now: NOW, ...options });
}

/** A raw kysely connection (for fixtures written below the Store API). */
export function rawConnection(location: string): { db: Kysely<Database>; dialect: StoreDialect } {
  const dialect = dialectOf(location);
  return { db: new Kysely<Database>({ dialect: dialect.createKyselyDialect() }), dialect };
}

/** Create a database at schema version `version` only, as an older secvar would have left it. */
export async function createAtVersion(location: string, version: number): Promise<Kysely<Database>> {
  const { db, dialect } = rawConnection(location);
  await migrate(db, dialect, NOW, version);
  return db;
}
