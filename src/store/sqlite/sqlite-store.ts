/**
 * SQLite dialect of the store: one file (WAL journal) or ":memory:", better-sqlite3 driver,
 * FTS5 full-text index, one writer process at a time.
 */
import Database from "better-sqlite3";
import { type Kysely, SqliteDialect, sql } from "kysely";
import type { Database as Schema } from "../database-schema.js";
import type { AnyKysely, AnyTableBuilder, StoreDialect } from "../store-dialect.js";
import { StoreError } from "../store-error.js";
import { sqliteBulk } from "./sqlite-bulk.js";

/** Page size of a new database file, in bytes. */
export const PAGE_SIZE = 16384;

/** Statements kept prepared per connection; kysely prepares on every call otherwise. */
const STATEMENT_CACHE = 512;

type Statement = ReturnType<Database.Database["prepare"]>;

/** better-sqlite3 with a cache of prepared statements, in the shape kysely's SqliteDialect wants. */
function cachedDatabase(db: Database.Database) {
  const cache = new Map<string, Statement>();
  return {
    close: () => db.close(),
    prepare(text: string): Statement {
      let stmt = cache.get(text);
      if (!stmt) {
        if (cache.size >= STATEMENT_CACHE) cache.clear();
        stmt = db.prepare(text);
        cache.set(text, stmt);
      }
      return stmt;
    },
  };
}

function openFile(path: string): Database.Database {
  try {
    const db = new Database(path);
    // Pages of 16 KB for a new database (an existing one keeps its size: it changes only on an
    // empty file): a quarter as many pages, the events' table and its widest indexes a level
    // shallower (3,000 synthetic documents), a batch dirties fewer pages; store-only write CPU
    // about 7% lower (store-write bench, 10,000 documents: 0.341 against 0.369 ms a document).
    db.pragma(`page_size = ${PAGE_SIZE}`);
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma("foreign_keys = ON");
    db.pragma("busy_timeout = 5000");
    // A 2 MB default page cache thrashes once the event indexes outgrow it.
    db.pragma("cache_size = -262144");
    db.pragma("temp_store = MEMORY");
    // Checkpoint every 4,000 pages of WAL (64 MB of 16 KB pages; 16 MB in a database of 4 KB
    // pages) instead of 1,000: a page rewritten by several batches is copied to the database file
    // once (store-only write CPU -10% at 10,000 documents, 4 KB pages).
    db.pragma("wal_autocheckpoint = 4000");
    return db;
  } catch (e) {
    throw new StoreError(
      "open_failed",
      `${path}: cannot open as an SQLite database: ${(e as Error).message}`,
      {
        cause: e,
      },
    );
  }
}

/** An FTS5 query that requires every word (each quoted, so no word is read as an operator). */
export function fts5Query(words: readonly string[]): string {
  return words.map((w) => `"${w.replaceAll('"', "")}"`).join(" ");
}

/** The SQLite dialect for a file path (or ":memory:"). */
export function sqliteDialect(path: string): StoreDialect {
  // The one connection kysely opens; the bulk path uses it directly while holding kysely's lock.
  let handle: ReturnType<typeof cachedDatabase> | undefined;
  let bulk: ReturnType<typeof sqliteBulk> | undefined;
  return {
    capabilities: { concurrentWriters: false, fullTextSearch: "fts5" },
    location: path,
    realType: "real",
    createKyselyDialect: () =>
      new SqliteDialect({
        database: async () => {
          handle = cachedDatabase(openFile(path));
          bulk = sqliteBulk(handle);
          return handle;
        },
      }),
    addIdColumn: (t: AnyTableBuilder) => t.addColumn("id", "integer", (c) => c.primaryKey().autoIncrement()),
    keyTables: true,
    keyTable: (t: AnyTableBuilder) => t.modifyEnd(sql`without rowid`),
    json: {
      array: "json_array",
      arrayAgg: "json_group_array",
      arrayLength: (column) => `json_array_length(${column})`,
    },
    async createFullTextIndex(db: AnyKysely) {
      await sql`create virtual table documents_fts using fts5(title, text, content='documents', content_rowid='id', tokenize='porter unicode61')`.execute(
        db,
      );
      await sql`insert into documents_fts(rowid, title, text) select id, title, text from documents`.execute(
        db,
      );
    },
    // FTS5 keeps its own index: nothing to change.
    upgradeFullTextIndex: async () => undefined,
    async signaturesToBytes(db: AnyKysely) {
      // A column's declared type does not bind its values in SQLite: BLOBs stay BLOBs in it.
      await sql`update documents set signature = unhex(signature) where typeof(signature) = 'text'`.execute(
        db,
      );
    },
    // BINARY, SQLite's default collation, already compares bytes.
    byteOrderColumns: async () => undefined,
    // SQLite gathers statistics only when asked (ANALYZE) and stores text uncompressed.
    cheaperUpkeep: async () => undefined,
    async indexDocumentText(db: Kysely<Schema>, doc) {
      await sql`insert into documents_fts(rowid, title, text) values (${doc.id}, ${doc.title}, ${doc.text})`.execute(
        db,
      );
    },
    matchingDocumentIds: (words) =>
      sql<{ id: number }>`select rowid from documents_fts where documents_fts match ${fts5Query(words)}`,
    lockKeys: async () => undefined,
    withBulk: (db, fn) =>
      db.connection().execute(() => {
        if (!bulk) throw new StoreError("write_failed", `${path}: the database is not open`);
        return fn(bulk);
      }),
  };
}
