/**
 * The bulk write path on SQLite: raw better-sqlite3 statements, prepared once per text and
 * reused, rows bound one at a time (no round trips to save in-process), lists passed as one JSON
 * parameter and read back with json_each.
 */
import type { BulkConnection } from "../store-dialect.js";
import type { BulkTable, ColumnList } from "../table-columns.js";

/** The part of a better-sqlite3 statement the bulk path uses. */
interface Statement {
  readonly reader: boolean;
  run(...params: unknown[]): unknown;
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
}

/** What the bulk connection needs of the database: statements prepared once per text. */
export interface StatementSource {
  prepare(text: string): Statement;
}

const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(", ");

/** A BulkConnection over one better-sqlite3 database. */
export function sqliteBulk(db: StatementSource): BulkConnection {
  const texts = new Map<string, string>();
  const text = (key: string, make: () => string): string => {
    let t = texts.get(key);
    if (t === undefined) {
      t = make();
      texts.set(key, t);
    }
    return t;
  };
  const exec = (sql: string) => {
    db.prepare(sql).run();
    return Promise.resolve();
  };
  const runEach = (sql: string, rows: readonly (readonly unknown[])[]) => {
    const stmt = db.prepare(sql);
    for (const row of rows) stmt.run(...row);
    return Promise.resolve();
  };
  return {
    begin: () => exec("begin immediate"),
    commit: () => exec("commit"),
    rollback: () => exec("rollback"),
    savepoint: (name) => exec(`savepoint ${name}`),
    release: (name) => exec(`release ${name}`),
    async rollbackTo(name) {
      await exec(`rollback to ${name}`);
      await exec(`release ${name}`);
    },
    inList: () => "in (select value from json_each(?))",
    listParam: (values) => [JSON.stringify(values)],
    rows: (kinds) => `select ${kinds.map((_, i) => `value ->> ${i} as c${i}`).join(", ")} from json_each(?)`,
    lateral: false,
    rowsParams: (rows) => [JSON.stringify(rows)],
    all<R>(sql: string, params: readonly unknown[]): Promise<R[]> {
      const stmt = db.prepare(sql);
      if (!stmt.reader) {
        stmt.run(...params);
        return Promise.resolve([]);
      }
      return Promise.resolve(stmt.all(...params) as R[]);
    },
    insert(table: BulkTable, columns: ColumnList, rows, conflict = "") {
      if (rows.length === 0) return Promise.resolve();
      const sql = text(
        `insert:${table}:${columns.names.join(",")}:${conflict}`,
        () =>
          `insert into ${table} (${quoted(columns.names)}) values (${columns.names.map(() => "?").join(", ")}) ${conflict}`,
      );
      return runEach(sql, rows);
    },
    updateById(table: BulkTable, columns: ColumnList, rows) {
      if (rows.length === 0) return Promise.resolve();
      const sql = text(
        `update:${table}:${columns.names.join(",")}`,
        () => `update ${table} set ${columns.names.map((n) => `"${n}" = ?`).join(", ")} where id = ?`,
      );
      // better-sqlite3 binds positional parameters in order: the id goes last.
      return runEach(
        sql,
        rows.map((r) => [...r.slice(1), r[0]]),
      );
    },
    allocateIds<T extends BulkTable>(counts: Readonly<Record<T, number>>) {
      const out = {} as Record<T, number[]>;
      const seq = db.prepare("select seq from sqlite_sequence where name = ?");
      for (const table of Object.keys(counts) as T[]) {
        // AUTOINCREMENT keeps the largest id ever used in sqlite_sequence; explicit ids move it on,
        // and so does this (an id drawn may have no row: a claim of one event is read from its event).
        const row = seq.get(table) as { seq: number } | undefined;
        const first = (row?.seq ?? 0) + 1;
        const n = counts[table];
        out[table] = Array.from({ length: n }, (_, i) => first + i);
        if (n === 0) continue;
        if (row) db.prepare("update sqlite_sequence set seq = ? where name = ?").run(first + n - 1, table);
        else db.prepare("insert into sqlite_sequence (name, seq) values (?, ?)").run(table, first + n - 1);
      }
      return Promise.resolve(out);
    },
    locking: false,
    lockKeys: () => Promise.resolve(),
    indexTexts(docs) {
      return runEach(
        "insert into documents_fts(rowid, title, text) values (?, ?, ?)",
        docs.map((d) => [d.id, d.title, d.text]),
      );
    },
  };
}
