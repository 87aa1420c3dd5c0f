/**
 * The bulk write path on PostgreSQL: one round trip per table per batch. New rows travel by COPY
 * in text format (one buffer a table); upserts and updates as one JSON array of arrays
 * (JSON.stringify is native; PostgreSQL's array literals would need every text escaped in
 * JavaScript), expanded server-side with jsonb_array_elements, so every statement has a fixed text
 * and runs as a named prepared statement (parsed and planned once per connection).
 */
import { once } from "node:events";
import type pg from "pg";
import copyStreams from "pg-copy-streams";
import type { BulkConnection } from "../store-dialect.js";
import type { BulkTable, ColumnKind, ColumnList } from "../table-columns.js";

const PG_TYPE: Record<ColumnKind, string> = {
  int: "int4",
  bigint: "int8",
  real: "float8",
  text: "text",
  bytes: "bytea",
};

const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(", ");

/** `?` placeholders → `$1, $2, …` (the bulk SQL has no `?` inside literals). */
export function numberedPlaceholders(text: string): string {
  let n = 0;
  return text.replace(/\?/g, () => `$${++n}`);
}

/** A character an element of an array's text must escape. */
const NEEDS_ESCAPE = /[\\"]/;

/**
 * A list as the text of a PostgreSQL array (what `= any(?::int8[])` reads): numbers as they are,
 * strings each double-quoted with its backslashes and quotes escaped, null as NULL — the driver's
 * text for a JavaScript array (which quotes numbers too: the same array), without its two
 * regular-expression replacements and its string concatenation for every element. The band keys,
 * ids, content ids and lock keys of ten batches: 15 ms against the driver's 30–44.
 */
export function arrayLiteral(values: readonly unknown[]): string {
  if (values.every((v) => typeof v === "number")) return `{${values.join(",")}}`;
  if (values.every((v) => typeof v === "string") && !NEEDS_ESCAPE.test(values.join("")))
    return values.length === 0 ? "{}" : `{"${values.join('","')}"}`;
  const out = values.map((v) =>
    v === null || v === undefined ? "NULL" : `"${String(v).replace(/[\\"]/g, "\\$&")}"`,
  );
  return `{${out.join(",")}}`;
}

/** A select of columns c0, c1, … over the rows of one JSON parameter (an array of arrays). */
function jsonRows(kinds: readonly ColumnKind[]): string {
  const columns = kinds.map((k, i) => `(v ->> ${i})::${PG_TYPE[k]} as c${i}`);
  return `select ${columns.join(", ")} from jsonb_array_elements(?::jsonb) as v`;
}

const COPY_ESCAPES = /[\\\t\n\r]/;

/** A string in COPY's text format: each backslash, tab, newline and carriage return escaped. */
function copyString(v: string): string {
  if (!COPY_ESCAPES.test(v)) return v;
  // One native pass per character present (texts have many newlines): cheaper than a callback per match.
  let s = v;
  if (s.includes("\\")) s = s.replaceAll("\\", "\\\\");
  if (s.includes("\n")) s = s.replaceAll("\n", "\\n");
  if (s.includes("\t")) s = s.replaceAll("\t", "\\t");
  if (s.includes("\r")) s = s.replaceAll("\r", "\\r");
  return s;
}

/**
 * One value in COPY's text format: \N for null, backslash escapes for the four characters that
 * need one, bytes as bytea's hex input (`\x…`, its backslash escaped).
 */
function copyValue(v: unknown): string {
  if (v === null || v === undefined) return "\\N";
  if (typeof v === "string") return copyString(v);
  if (v instanceof Uint8Array)
    return `\\\\x${Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString("hex")}`;
  return String(v);
}

/**
 * Rows in COPY's text format, UTF-8: tab-separated values, one row a line. Each line is joined
 * from its values and encoded straight into one growing buffer — what the socket sends — instead
 * of joining every line into one string that the stream then encodes (a copy of the whole batch
 * fewer). A lone UTF-16 surrogate is written as U+FFFD, as the driver's encoding of a string does.
 */
export function copyRows(rows: readonly (readonly unknown[])[]): Buffer {
  let buf = Buffer.allocUnsafe(1 << 16);
  let at = 0;
  const values: string[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as readonly unknown[];
    values.length = row.length;
    for (let i = 0; i < row.length; i++) values[i] = copyValue(row[i]);
    const line = values.join("\t");
    // A UTF-16 code unit takes at most 3 bytes in UTF-8; one more for the newline.
    if (buf.length - at < line.length * 3 + 1) {
      const grown = Buffer.allocUnsafe(Math.max(buf.length * 2, at + line.length * 3 + 1));
      buf.copy(grown, 0, 0, at);
      buf = grown;
    }
    at += buf.write(line, at, "utf8");
    buf[at++] = 10;
  }
  return buf.subarray(0, at);
}

/**
 * The update of `updateById`: one JSON parameter of rows, the id (c0) then the columns (c1, c2, …).
 * The ids also as an array (an init-plan, `= any`) make an index condition on the table: joined to
 * the parameter's rows alone, whose number the planner cannot see, the table could be hashed and
 * read whole for each statement (the claims' re-grading, each batch: 3.4 ms a statement at some
 * 50,000 claims during an ingest, 0.2 ms with the condition).
 */
export function updateByIdStatement(table: BulkTable, columns: ColumnList): string {
  return `update ${table} as t set ${columns.names.map((n, i) => `"${n}" = u.c${i + 1}`).join(", ")} from (${jsonRows(["int", ...columns.kinds])}) as u where t.id = u.c0 and t.id = any(array(select (v ->> 0)::int4 from jsonb_array_elements($1::jsonb) as v))`;
}

/** A BulkConnection over one pooled client. `names` maps statement texts to prepared names. */
export function postgresBulk(client: pg.PoolClient, names: Map<string, string>): BulkConnection {
  const query = async <R>(sql: string, params: readonly unknown[]): Promise<R[]> => {
    let name = names.get(sql);
    if (name === undefined) {
      name = `secvar_bulk_${names.size + 1}`;
      names.set(sql, name);
    }
    const result = await client.query({ name, text: numberedPlaceholders(sql), values: params as unknown[] });
    return result.rows as R[];
  };
  const simple = async (sql: string) => {
    await client.query(sql);
  };
  return {
    begin: () => simple("begin"),
    commit: () => simple("commit"),
    rollback: () => simple("rollback"),
    savepoint: (name) => simple(`savepoint ${name}`),
    release: (name) => simple(`release savepoint ${name}`),
    rollbackTo: (name) => simple(`rollback to savepoint ${name}`),
    inList: (kind) => `= any(?::${PG_TYPE[kind]}[])`,
    listParam: (values) => [arrayLiteral(values)],
    rows: jsonRows,
    lateral: true,
    rowsParams: (rows) => [jsonParam(rows)],
    all: query,
    async insert(table: BulkTable, columns: ColumnList, rows, conflict = "") {
      if (rows.length === 0) return;
      if (!conflict) {
        // COPY: the server parses text columns and inserts a page of rows at a time.
        const stream = client.query(copyStreams.from(`copy ${table} (${quoted(columns.names)}) from stdin`));
        const done = once(stream, "finish");
        stream.end(copyRows(rows));
        await done;
        return;
      }
      await query(`insert into ${table} (${quoted(columns.names)}) ${jsonRows(columns.kinds)} ${conflict}`, [
        jsonParam(rows),
      ]);
    },
    async updateById(table: BulkTable, columns: ColumnList, rows) {
      if (rows.length === 0) return;
      await query(updateByIdStatement(table, columns), [jsonParam(rows)]);
    },
    async allocateIds<T extends BulkTable>(counts: Readonly<Record<T, number>>) {
      const tables = Object.keys(counts) as T[];
      const out = {} as Record<T, number[]>;
      for (const t of tables) out[t] = [];
      // The sequences are looked up once per table, not once per id. Each table's ids come back as
      // a range when they are consecutive (no other writer drew from the sequence meanwhile), else
      // as a list: one row a table for the driver to parse, not one an id.
      const sql = `select x.t, min(x.id) as lo, max(x.id) as hi, case when max(x.id) - min(x.id) + 1 = count(*) then null else array_agg(x.id order by x.id) end as ids from (select q.t, nextval(q.seq)::int4 as id from (${tables
        .map(
          (t, i) => `select ${i} as t, pg_get_serial_sequence('${t}', 'id')::regclass as seq, ?::int4 as n`,
        )
        .join(" union all ")}) as q cross join lateral generate_series(1, q.n)) as x group by x.t`;
      const rows = await query<{ t: number; lo: number; hi: number; ids: number[] | null }>(
        sql,
        tables.map((t) => counts[t]),
      );
      for (const r of rows) {
        const table = tables[r.t] as T;
        if (r.ids) out[table] = r.ids;
        else for (let id = r.lo; id <= r.hi; id++) out[table].push(id);
      }
      return out;
    },
    locking: true,
    async lockKeys(keys) {
      if (keys.length === 0) return;
      await query(
        "select count(pg_advisory_xact_lock(hashtext(k))) from (select unnest(?::text[]) as k order by 1) as keys",
        [arrayLiteral([...keys].sort())],
      );
    },
    indexTexts: () => Promise.resolve(),
  };
}

/**
 * Rows as one JSON parameter. JSON.stringify escapes a lone UTF-16 surrogate as \udXXX, which
 * jsonb refuses; such a character becomes U+FFFD, as the driver's text encoding would make it.
 */
function jsonParam(rows: unknown): string {
  return JSON.stringify(rows).replace(/(?<!\\)((?:\\\\)*)\\ud[89a-f][0-9a-f]{2}/g, "$1\\ufffd");
}
