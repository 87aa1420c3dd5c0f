/**
 * Validation of read filters and their translation into WHERE clauses over `events as e`.
 * A bad filter value is a StoreError `bad_filter` naming the field, the expected form and
 * what was found.
 */
import { type ExpressionBuilder, type Kysely, type SelectQueryBuilder, sql } from "kysely";
import { MODALITIES, type Modality } from "../knowledge/index.js";
import type { Database } from "./database-schema.js";
import type { StoreDialect } from "./store-dialect.js";
import { StoreError } from "./store-error.js";
import type { EventFilter, PageOptions } from "./store-types.js";

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 10_000;

function bad(field: string, expected: string, found: unknown): StoreError {
  return new StoreError(
    "bad_filter",
    `filter ${field}: expected ${expected}, found ${JSON.stringify(found)}`,
  );
}

/** The page size asked for, checked. */
export function pageLimit(options: PageOptions, fallback = DEFAULT_LIMIT): number {
  const limit = options.limit ?? fallback;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)
    throw bad("limit", `an integer from 1 to ${MAX_LIMIT}`, options.limit);
  return limit;
}

export function checkDay(field: string, value: string | undefined): string | undefined {
  if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw bad(field, "a day YYYY-MM-DD", value);
  return value;
}

export function checkCountry(value: string | undefined): string | undefined {
  if (value !== undefined && !/^[A-Z]{3}$/.test(value))
    throw bad("country", "3 capital letters (ISO alpha-3)", value);
  return value;
}

export function checkCode(value: string | undefined): string | undefined {
  if (value !== undefined && !/^\d{2,4}$/.test(value))
    throw bad("code", "a CAMEO code or family of 2–4 digits", value);
  return value;
}

function checkModalities(value: Modality | readonly Modality[] | undefined): readonly Modality[] | undefined {
  if (value === undefined) return undefined;
  const list = typeof value === "string" ? [value] : value;
  const unknown = list.find((m) => !(MODALITIES as readonly string[]).includes(m));
  if (unknown !== undefined || list.length === 0)
    throw bad("modality", `one of ${MODALITIES.join(", ")}`, value);
  return list;
}

/** The words of a full-text query; at least one is required. */
export function searchWords(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) throw bad("text", "at least one word", text);
  return words.slice(0, 32);
}

/** True when a string looks like an actor code ("PRK", "USAGOV") rather than a name. */
export function isActorCode(value: string): boolean {
  return /^[A-Z0-9]{3,}$/.test(value);
}

/** Codes of the actors an `actor` filter names: the code itself, or the actors with that name. */
export async function resolveActor(db: Kysely<Database>, actor: string): Promise<string[]> {
  if (isActorCode(actor)) return [actor];
  const rows = await db
    .selectFrom("actors")
    .select("code")
    .where(sql<string>`lower(name)`, "=", actor.toLowerCase())
    .execute();
  return rows.map((r) => r.code);
}

/**
 * The actor codes of a country (ISO alpha-3): the stored actors whose code starts with it, as
 * `actorCountry` derives an event's `source_country` / `target_country`. Read from the actors
 * table's key (every event's codes have an actor row), so that the country filter can walk the
 * events' actor-code indexes, one ordered scan per code.
 */
export async function resolveCountry(db: Kysely<Database>, country: string): Promise<string[]> {
  const next = country.slice(0, -1) + String.fromCharCode(country.charCodeAt(country.length - 1) + 1);
  const rows = await db
    .selectFrom("actors")
    .select("code")
    .where("code", ">=", country)
    .where("code", "<", next)
    .orderBy("code")
    .execute();
  return rows.map((r) => r.code).filter((code) => code.startsWith(country));
}

/** A (day, id) keyset cursor. */
export interface DayCursor {
  day: string;
  id: number;
}

export function encodeCursor(c: DayCursor): string {
  return `${c.day}_${c.id}`;
}

export function decodeCursor(after: string | undefined): DayCursor | null {
  if (after === undefined) return null;
  const m = /^(\d{4}-\d{2}-\d{2})_(\d+)$/.exec(after);
  if (!m) throw bad("after", "a cursor from a previous page's `next`", after);
  return { day: m[1] as string, id: Number(m[2]) };
}

/** The ordered end of a CAMEO code prefix range: digits sort before ":". */
function codeRange(prefix: string): [string, string] {
  return [prefix, `${prefix}:`];
}

// biome-ignore lint/suspicious/noExplicitAny: the builder's selection varies per query; only `e` matters
type EventQuery = SelectQueryBuilder<Database & { e: Database["events"] }, "e" | any, any>;

/** Which role an actor or country condition applies to. */
export type Side = "either" | "source" | "target";

/**
 * How the actor and country conditions apply: the codes each stands for (the country's from
 * `resolveCountry`) and a side each ("either" is an OR of both).
 */
export interface SideClauses {
  actorCodes: readonly string[] | null;
  actorSide: Side;
  countryCodes: readonly string[] | null;
  countrySide: Side;
}

type Eb = ExpressionBuilder<Database & { e: Database["events"] }, "e">;

function sideCondition(
  q: EventQuery,
  side: Side,
  columns: ["e.source_code", "e.target_code"],
  values: readonly string[],
): EventQuery {
  if (side === "source") return q.where(columns[0], "in", values);
  if (side === "target") return q.where(columns[1], "in", values);
  return q.where((eb: Eb) => eb.or([eb(columns[0], "in", values), eb(columns[1], "in", values)]));
}

/**
 * Applies every event filter field except pagination to a query over `events as e`. The actor
 * and country fields apply as the codes `sides` gives for them (resolved by the caller).
 */
export function applyEventFilter(
  q: EventQuery,
  f: EventFilter,
  dialect: StoreDialect,
  sides: SideClauses,
): EventQuery {
  const modalities = checkModalities(f.modality);
  checkCountry(f.country);
  const code = checkCode(f.code);
  const from = checkDay("from", f.from);
  const to = checkDay("to", f.to);
  let out = q;
  if (sides.actorCodes)
    out = sideCondition(out, sides.actorSide, ["e.source_code", "e.target_code"], sides.actorCodes);
  if (f.source !== undefined) out = out.where("e.source_code", "=", f.source);
  if (f.target !== undefined) out = out.where("e.target_code", "=", f.target);
  if (sides.countryCodes)
    out = sideCondition(out, sides.countrySide, ["e.source_code", "e.target_code"], sides.countryCodes);
  if (code) {
    const [lo, hi] = codeRange(code);
    out = out.where("e.code", ">=", lo).where("e.code", "<", hi);
  }
  if (modalities) out = out.where("e.modality", "in", modalities);
  if (from) out = out.where("e.day", ">=", from);
  if (to) out = out.where("e.day", "<=", to);
  if (f.place !== undefined) out = placeFilter(out, f.place);
  if (f.text !== undefined)
    out = out.where(sql<boolean>`e.document_id in (${dialect.matchingDocumentIds(searchWords(f.text))})`);
  if (f.claimId !== undefined) out = out.where("e.claim_id", "=", f.claimId);
  if (f.documentId !== undefined) out = out.where("e.document_id", "=", f.documentId);
  return out;
}

function placeFilter(q: EventQuery, place: string): EventQuery {
  if (/^[A-Z]{3}$/.test(place)) return q.where("e.place_country", "=", place);
  return q.where(sql<string>`lower(e.place_name)`, "=", place.toLowerCase());
}
