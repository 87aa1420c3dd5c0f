/**
 * PostgreSQL dialect of the store: `postgres://` URL, node-postgres pool, a generated tsvector
 * column with a GIN index for full-text search, transaction-scoped advisory locks so any number
 * of writer processes can merge claims safely.
 */

import { type Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import type { Database as Schema } from "../database-schema.js";
import type { AnyKysely, AnyTableBuilder, StoreDialect } from "../store-dialect.js";
import { postgresBulk } from "./postgres-bulk.js";

/** The documents' search vector (schema version 5): the GIN index's expression, matched as written. */
const SEARCH_VECTOR = "to_tsvector('english', coalesce(title, '') || ' ' || text)";

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "postgres://(unparseable URL)";
  }
}

export interface PostgresOptions {
  /** Pool size (default 4). */
  poolSize?: number;
}

/** The PostgreSQL dialect for a connection URL. */
export function postgresDialect(url: string, options: PostgresOptions = {}): StoreDialect {
  let pool: pg.Pool | undefined;
  // Prepared statement names by text; pg prepares a name on each pooled connection's first use.
  const names = new Map<string, string>();
  return {
    capabilities: { concurrentWriters: true, fullTextSearch: "tsvector" },
    location: redactUrl(url),
    realType: "double precision",
    createKyselyDialect: () => {
      pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 4 });
      return new PostgresDialect({ pool });
    },
    addIdColumn: (t: AnyTableBuilder) => t.addColumn("id", "serial", (c) => c.primaryKey()),
    keyTables: false,
    keyTable: (t: AnyTableBuilder) => t,
    json: {
      array: "json_build_array",
      arrayAgg: "json_agg",
      arrayLength: (column) => `json_array_length(${column}::json)`,
    },
    async createFullTextIndex(db: AnyKysely) {
      await sql`alter table documents add column search tsvector generated always as (to_tsvector('english', coalesce(title, '') || ' ' || text)) stored`.execute(
        db,
      );
      await sql`create index documents_search on documents using gin (search)`.execute(db);
    },
    async upgradeFullTextIndex(db: AnyKysely) {
      // The index keeps the lexemes; the stored column only cost every insert a second copy of them.
      await sql`alter table documents drop column search`.execute(db);
      await sql`create index documents_search on documents using gin (${sql.raw(SEARCH_VECTOR)})`.execute(db);
    },
    async signaturesToBytes(db: AnyKysely) {
      await sql`alter table documents alter column signature type bytea using decode(signature, 'hex')`.execute(
        db,
      );
    },
    async byteOrderColumns(db: AnyKysely, columns) {
      // Same type, another collation: the table is not rewritten, the columns' indexes are rebuilt.
      for (const [table, names] of Object.entries(columns))
        await sql
          .raw(
            `alter table ${table} ${names.map((n) => `alter column "${n}" type text collate "C"`).join(", ")}`,
          )
          .execute(db);
    },
    async cheaperUpkeep(db: AnyKysely, { unfiltered, documentStatistics, longText }) {
      const target = (table: string, names: readonly string[], n: number) =>
        sql
          .raw(
            `alter table ${table} ${names.map((c) => `alter column "${c}" set statistics ${n}`).join(", ")}`,
          )
          .execute(db);
      for (const [table, names] of Object.entries(unfiltered)) await target(table, names, 0);
      await target("documents", documentStatistics.columns, documentStatistics.target);
      // The expression's statistics: ANALYZE computes the tsvector of every sampled document.
      await sql
        .raw(`alter index documents_search alter column 1 set statistics ${documentStatistics.target}`)
        .execute(db);
      const lz4 = await sql<{
        ok: boolean;
      }>`select 'lz4' = any(enumvals) as ok from pg_settings where name = 'default_toast_compression'`.execute(
        db,
      );
      if (!lz4.rows[0]?.ok) return;
      for (const [table, names] of Object.entries(longText))
        await sql
          .raw(
            `alter table ${table} ${names.map((n) => `alter column "${n}" set compression lz4`).join(", ")}`,
          )
          .execute(db);
    },
    indexDocumentText: async (_db: Kysely<Schema>) => undefined,
    matchingDocumentIds: (words) =>
      sql<{
        id: number;
      }>`select id from documents where ${sql.raw(SEARCH_VECTOR)} @@ plainto_tsquery('english', ${words.join(" ")})`,
    async lockKeys(trx: Kysely<Schema>, keys: readonly string[]) {
      if (keys.length === 0) return;
      const sorted = [...keys].sort();
      await sql`select pg_advisory_xact_lock(hashtext(k)) from (select unnest(${sorted}::text[]) as k order by 1) as keys`.execute(
        trx,
      );
    },
    async withBulk(_db, fn) {
      if (!pool) throw new Error(`${redactUrl(url)}: the pool is not open`);
      const client = await pool.connect();
      try {
        return await fn(postgresBulk(client, names));
      } finally {
        client.release();
      }
    },
  };
}
