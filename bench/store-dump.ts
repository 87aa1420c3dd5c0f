/**
 * `node dist/bench/store-dump.js LOCATION [OUT]`: every table of a secvar store (SQLite file or
 * postgres:// URL) in a canonical order — by primary key, else by every column — with the run's time
 * stamps masked (`documents.ingested_at`, `secvar_schema.applied_at`, `issues.at`). Prints each table's
 * row count and a hash of its rows; OUT receives the rows as `table<TAB>json` lines. Two stores
 * written from the same input by two versions of the write path should print the same hashes (with
 * the same `--batch`: every batch's source upsert moves SQLite's `sqlite_sequence` for sources).
 */
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import Database from "better-sqlite3";
import pg from "pg";

const MASKED: Record<string, readonly string[]> = {
  documents: ["ingested_at"],
  secvar_schema: ["applied_at"],
  issues: ["at"],
};

interface Table {
  name: string;
  /** Columns in table order. */
  columns: string[];
  /** ORDER BY list: the primary key, else every column. */
  order: string;
  rows: unknown[][];
}

function jsonValue(_key: string, v: unknown): unknown {
  if (typeof v === "bigint") return v.toString();
  if (v instanceof Uint8Array) return `hex:${Buffer.from(v).toString("hex")}`;
  if (v && typeof v === "object" && (v as { type?: string }).type === "Buffer")
    return `hex:${Buffer.from((v as { data: number[] }).data).toString("hex")}`;
  return v;
}

const quote = (n: string) => `"${n}"`;

function sqliteTables(path: string): Table[] {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const names = db
      .prepare(
        "select name from sqlite_master where type = 'table' and name not like 'documents_fts_%' and name not like 'sqlite_stat%' order by name",
      )
      .all() as { name: string }[];
    return names.map(({ name }) => {
      const info = db.prepare("select name, pk from pragma_table_info(?)").all(name) as {
        name: string;
        pk: number;
      }[];
      const fts = name === "documents_fts";
      const columns = [...(fts ? ["rowid"] : []), ...info.map((c) => c.name)];
      const pk = info
        .filter((c) => c.pk > 0)
        .sort((a, b) => a.pk - b.pk)
        .map((c) => c.name);
      const order = fts ? "rowid" : (pk.length > 0 ? pk : columns).map(quote).join(", ");
      const rows = db
        .prepare(`select ${columns.map(quote).join(", ")} from ${quote(name)} order by ${order}`)
        .raw(true)
        .all() as unknown[][];
      return { name, columns, order, rows };
    });
  } finally {
    db.close();
  }
}

async function postgresTables(url: string): Promise<Table[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const names = await client.query<{ name: string }>(
      "select tablename as name from pg_tables where schemaname = current_schema() order by 1",
    );
    const out: Table[] = [];
    for (const { name } of names.rows) {
      const cols = await client.query<{ name: string }>(
        "select column_name as name from information_schema.columns where table_schema = current_schema() and table_name = $1 order by ordinal_position",
        [name],
      );
      const pk = await client.query<{ name: string }>(
        "select a.attname as name from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey) where i.indrelid = $1::regclass and i.indisprimary order by array_position(i.indkey, a.attnum)",
        [name],
      );
      const columns = cols.rows.map((c) => c.name);
      const order = (pk.rows.length > 0 ? pk.rows.map((r) => r.name) : columns).map(quote).join(", ");
      const result = await client.query({
        text: `select ${columns.map(quote).join(", ")} from ${quote(name)} order by ${order}`,
        rowMode: "array",
      });
      out.push({ name, columns, order, rows: result.rows as unknown[][] });
    }
    return out;
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const [location, out] = process.argv.slice(2);
  if (!location) {
    process.stderr.write("usage: node dist/bench/store-dump.js SQLITE_FILE|postgres://… [OUT]\n");
    process.exit(2);
  }
  const tables = /^postgres(ql)?:\/\//i.test(location)
    ? await postgresTables(location)
    : sqliteTables(location);
  const lines: string[] = [];
  for (const t of tables) {
    const masked = (MASKED[t.name] ?? []).map((c) => t.columns.indexOf(c)).filter((i) => i >= 0);
    const hash = createHash("sha256");
    for (const row of t.rows) {
      for (const i of masked) row[i] = "<masked>";
      const line = `${t.name}\t${JSON.stringify(row, jsonValue)}`;
      hash.update(line);
      lines.push(line);
    }
    console.log(
      `${t.name.padEnd(20)} ${String(t.rows.length).padStart(8)} rows  ${hash.digest("hex").slice(0, 16)}`,
    );
  }
  if (out) writeFileSync(out, `${lines.join("\n")}\n`);
}

await main();
