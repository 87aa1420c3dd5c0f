/**
 * The columns of the tables the bulk write path fills, in insert order, with their value kind.
 * One list serves both engines (SQLite binds them one row at a time, PostgreSQL sends one array
 * per column); the `satisfies` checks tie every list to the kysely row types of
 * database-schema.ts, so a column added there without being added here fails to compile.
 */
import type { Database } from "./database-schema.js";

/** How a column's values travel: integers, floating-point numbers, text or bytes (a Buffer). */
export type ColumnKind = "int" | "bigint" | "real" | "text" | "bytes";

type ColumnsOf<T> = { readonly [K in keyof T]-?: ColumnKind };

/** Tables written by the bulk path and the kind of each of their columns. */
export const TABLE_COLUMNS = {
  documents: {
    id: "int",
    content_id: "text",
    source_id: "int",
    url: "text",
    outlet: "text",
    title: "text",
    published: "text",
    language: "text",
    text: "text",
    marking: "text",
    origin: "text",
    extractor: "text",
    ingested_at: "text",
    signature: "bytes",
    duplicate_of: "int",
    mentions: "text",
    sentences: "text",
  },
  document_bands: { band_key: "bigint", document_id: "int" },
  actors: {
    code: "text",
    name: "text",
    kind: "text",
    country: "text",
    mentions: "int",
    documents: "int",
    events_as_source: "int",
    events_as_target: "int",
    first_seen: "text",
  },
  events: {
    id: "int",
    document_id: "int",
    ext_id: "text",
    sentence_idx: "int",
    source_code: "text",
    source_name: "text",
    source_country: "text",
    target_code: "text",
    target_name: "text",
    target_country: "text",
    code: "text",
    root: "text",
    code_name: "text",
    quad_class: "int",
    goldstein: "real",
    plover: "text",
    modality: "text",
    negated: "int",
    quoted: "int",
    attributed_to: "text",
    attributed_text: "text",
    day: "text",
    date_value: "text",
    date_basis: "text",
    place_name: "text",
    place_country: "text",
    lat: "real",
    lon: "real",
    spans: "text",
    rule: "text",
    claim_id: "int",
    single_reliability: "text",
  },
  claims: {
    id: "int",
    block_key: "text",
    source_code: "text",
    target_code: "text",
    code: "text",
    root: "text",
    anchor_day: "text",
    anchor_basis: "text",
    place_name: "text",
    place_country: "text",
    window_lo: "text",
    window_hi: "text",
    first_seen: "text",
    event_count: "int",
    source_count: "int",
    corroboration: "int",
    denials: "int",
    contested: "int",
    strongest: "text",
    reliability: "text",
    credibility: "int",
    grade: "text",
    confidence: "int",
  },
  commitments: {
    id: "int",
    document_id: "int",
    sentence_idx: "int",
    name: "text",
    parties: "text",
    article: "text",
    obligation: "text",
    status: "text",
    status_by: "text",
    date_value: "text",
    date_precision: "text",
    rule: "text",
  },
  probabilities: {
    id: "int",
    document_id: "int",
    sentence_idx: "int",
    about: "text",
    text: "text",
    probability: "real",
    range_lo: "real",
    range_hi: "real",
    scale: "text",
    rule: "text",
  },
} as const satisfies { readonly [T in keyof Database]?: ColumnsOf<Database[T]> };

/** A table the bulk path writes. */
export type BulkTable = keyof typeof TABLE_COLUMNS;

/** A column of a bulk table. */
export type BulkColumn<T extends BulkTable> = keyof (typeof TABLE_COLUMNS)[T] & string;

/** A row of a bulk table as the writer builds it: every listed column, values as stored. */
export type BulkRow<T extends BulkTable> = { [K in keyof Database[T]]-?: Plain<Database[T][K]> };

type Plain<V> = V extends import("kysely").ColumnType<infer S, unknown, unknown> ? S : V;

/** A subset of a table's columns with their kinds, in the order given. */
export interface ColumnList {
  names: readonly string[];
  kinds: readonly ColumnKind[];
}

/** The columns (all, or those named) of a bulk table, in a fixed order. */
export function columnsOf<T extends BulkTable>(table: T, only?: readonly BulkColumn<T>[]): ColumnList {
  const all = TABLE_COLUMNS[table] as Record<string, ColumnKind>;
  const names = only ?? (Object.keys(all) as BulkColumn<T>[]);
  return { names, kinds: names.map((n) => all[n] as ColumnKind) };
}

/** The columns the batch writer fills, per table, in the order of its value arrays. */
export const WRITTEN_COLUMNS = {
  documents: columnsOf("documents"),
  document_bands: columnsOf("document_bands"),
  actors: columnsOf("actors"),
  events: columnsOf("events"),
  claims: columnsOf("claims"),
  commitments: columnsOf("commitments", [
    "document_id",
    "sentence_idx",
    "name",
    "parties",
    "article",
    "obligation",
    "status",
    "status_by",
    "date_value",
    "date_precision",
    "rule",
  ]),
  probabilities: columnsOf("probabilities", [
    "document_id",
    "sentence_idx",
    "about",
    "text",
    "probability",
    "range_lo",
    "range_hi",
    "scale",
    "rule",
  ]),
} satisfies Record<BulkTable, ColumnList>;

/** Each column's position in a value array of `columns` (a table's `WRITTEN_COLUMNS`). */
export function slotsOf<T extends BulkTable>(_table: T, columns: ColumnList): Record<BulkColumn<T>, number> {
  return Object.fromEntries(columns.names.map((n, i) => [n, i])) as Record<BulkColumn<T>, number>;
}
