/**
 * The bulk write path on PostgreSQL: one round trip per table per batch. Rows travel as one
 * array per column and are expanded server-side with unnest, so every statement has a fixed
 * text and runs as a named prepared statement (parsed and planned once per connection).
 */
import type pg from "pg";
import type { BulkConnection } from "../store-dialect.js";
import type { BulkTable, ColumnKind, ColumnList } from "../table-columns.js";

const PG_TYPE: Record<ColumnKind, string> = { int: "int4", real: "float8", text: "text" };

const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(", ");

/** `?` placeholders → `$1, $2, …` (the bulk SQL has no `?` inside literals). */
export function numberedPlaceholders(text: string): string {
  let n = 0;
  return text.replace(/\?/g, () => `$${++n}`);
}

function columnArrays(rows: readonly (readonly unknown[])[], width: number): unknown[][] {
  const out = Array.from({ length: width }, () => new Array<unknown>(rows.length));
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as readonly unknown[];
    for (let c = 0; c < width; c++) (out[c] as unknown[])[r] = row[c] ?? null;
  }
  return out;
}

function unnestOf(kinds: readonly ColumnKind[]): string {
  return `unnest(${kinds.map((k) => `?::${PG_TYPE[k]}[]`).join(", ")})`;
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
    list: (kind) => `select unnest(?::${PG_TYPE[kind]}[]) as value`,
    listParam: (values) => [values],
    rows: (kinds) => `select * from ${unnestOf(kinds)} as r(${kinds.map((_, i) => `c${i}`).join(", ")})`,
    rowsParams: (rows, kinds) => columnArrays(rows, kinds.length),
    all: query,
    async insert(table: BulkTable, columns: ColumnList, rows, conflict = "") {
      if (rows.length === 0) return;
      await query(
        `insert into ${table} (${quoted(columns.names)}) select * from ${unnestOf(columns.kinds)} ${conflict}`,
        columnArrays(rows, columns.names.length),
      );
    },
    async updateById(table: BulkTable, columns: ColumnList, rows) {
      if (rows.length === 0) return;
      const alias = ["id", ...columns.names.map((_, i) => `c${i}`)];
      await query(
        `update ${table} as t set ${columns.names.map((n, i) => `"${n}" = u.c${i}`).join(", ")} from ${unnestOf(["int", ...columns.kinds])} as u(${alias.join(", ")}) where t.id = u.id`,
        columnArrays(rows, columns.names.length + 1),
      );
    },
    async allocateIds<T extends BulkTable>(counts: Readonly<Record<T, number>>) {
      const tables = Object.keys(counts) as T[];
      const out = {} as Record<T, number[]>;
      for (const t of tables) out[t] = [];
      const sql = tables
        .map(
          (t, i) =>
            `select ${i} as t, nextval(pg_get_serial_sequence('${t}', 'id'))::int4 as id from generate_series(1, ?::int4)`,
        )
        .join(" union all ");
      const rows = await query<{ t: number; id: number }>(
        sql,
        tables.map((t) => counts[t]),
      );
      for (const r of rows) out[tables[r.t] as T].push(r.id);
      for (const t of tables) out[t].sort((a, b) => a - b);
      return out;
    },
    async lockKeys(keys) {
      if (keys.length === 0) return;
      await query(
        "select count(pg_advisory_xact_lock(hashtext(k))) from (select unnest(?::text[]) as k order by 1) as keys",
        [[...keys].sort()],
      );
    },
    indexTexts: () => Promise.resolve(),
  };
}
