/**
 * Event reads: filtered, ordered by (day, id), paged by keyset; and the timeline (events
 * grouped by day).
 */
import { type Kysely, sql } from "kysely";
import type { Modality } from "../knowledge/index.js";
import type { Database } from "./database-schema.js";
import {
  applyEventFilter,
  checkDay,
  type DayCursor,
  decodeCursor,
  encodeCursor,
  pageLimit,
  resolveActor,
  type SideClauses,
} from "./query-filters.js";
import type { StoreDialect } from "./store-dialect.js";
import type { EventFilter, EventRow, Page, TimelineDay, TimelineFilter } from "./store-types.js";

type Db = Kysely<Database>;

function baseQuery(db: Db) {
  return db
    .selectFrom("events as e")
    .innerJoin("documents as d", "d.id", "e.document_id")
    .innerJoin("sources as s", "s.id", "d.source_id")
    .leftJoin("sentences as st", (j) =>
      j.onRef("st.document_id", "=", "e.document_id").onRef("st.idx", "=", "e.sentence_idx"),
    )
    .leftJoin("claims as c", "c.id", "e.claim_id")
    .selectAll("e")
    .select([
      "d.content_id",
      "d.url",
      "d.outlet",
      "d.title",
      "d.published",
      "d.extractor",
      "s.name as source_label",
      "st.text as sentence_text",
      "c.grade",
    ]);
}

type RawEvent = Awaited<ReturnType<ReturnType<typeof baseQuery>["execute"]>>[number];

function toEventRow(r: RawEvent): EventRow {
  return {
    id: r.id,
    extId: r.ext_id,
    document: {
      id: r.document_id,
      contentId: r.content_id,
      url: r.url,
      outlet: r.outlet,
      title: r.title,
      published: r.published,
      source: r.source_label,
    },
    sentence: { index: r.sentence_idx, text: r.sentence_text },
    source: { code: r.source_code, name: r.source_name, country: r.source_country },
    target: { code: r.target_code, name: r.target_name, country: r.target_country },
    code: r.code,
    codeName: r.code_name,
    root: r.root,
    quadClass: r.quad_class,
    goldstein: r.goldstein,
    plover: r.plover,
    place: r.place_name ? { name: r.place_name, country: r.place_country, lat: r.lat, lon: r.lon } : null,
    date: { day: r.day, value: r.date_value, basis: r.date_basis },
    modality: r.modality as Modality,
    negated: r.negated === 1,
    quoted: r.quoted === 1,
    attributedTo: r.attributed_to,
    attributedText: r.attributed_text,
    rule: r.rule,
    extractor: r.extractor,
    claimId: r.claim_id,
    grade: r.grade ?? null,
  };
}

interface Key {
  id: number;
  day: string;
}

function compareKeys(a: Key, b: Key): number {
  return a.day < b.day ? -1 : a.day > b.day ? 1 : a.id - b.id;
}

/** One ordered, limited scan for the page's keys; each branch can walk one index in order. */
async function pageKeys(
  db: Db,
  dialect: StoreDialect,
  f: EventFilter,
  sides: SideClauses,
  limit: number,
  cursor: DayCursor | null,
): Promise<Key[]> {
  const desc = f.order === "desc";
  let q = applyEventFilter(db.selectFrom("events as e").select(["e.id", "e.day"]), f, dialect, sides);
  if (cursor)
    q = q.where(sql<boolean>`(e.day, e.id) ${sql.raw(desc ? "<" : ">")} (${cursor.day}, ${cursor.id})`);
  const dir = desc ? "desc" : "asc";
  return (await q.orderBy("e.day", dir).orderBy("e.id", dir).limit(limit).execute()) as Key[];
}

/**
 * The branches a filter splits into: an "either side" condition (actor, else country) is run as
 * two ordered scans — source side and target side — merged, instead of one OR that must sort.
 */
function branches(f: EventFilter, codes: readonly string[] | null): SideClauses[] {
  if (codes) {
    return (["source", "target"] as const).map((side) => ({
      actorCodes: codes,
      actorSide: side,
      countrySide: "either",
    }));
  }
  if (f.country) {
    return (["source", "target"] as const).map((side) => ({
      actorCodes: null,
      actorSide: "either",
      countrySide: side,
    }));
  }
  return [{ actorCodes: null, actorSide: "either", countrySide: "either" }];
}

async function mergedKeys(
  db: Db,
  dialect: StoreDialect,
  f: EventFilter,
  codes: readonly string[] | null,
  limit: number,
) {
  const cursor = decodeCursor(f.after);
  const seen = new Map<number, Key>();
  for (const b of branches(f, codes)) {
    for (const k of await pageKeys(db, dialect, f, b, limit, cursor)) seen.set(k.id, k);
  }
  const keys = [...seen.values()].sort(compareKeys);
  if (f.order === "desc") keys.reverse();
  return keys.slice(0, limit);
}

/** Events matching a filter, a page at a time, ordered by (day, id). */
export async function queryEvents(db: Db, dialect: StoreDialect, f: EventFilter): Promise<Page<EventRow>> {
  const limit = pageLimit(f);
  const codes = f.actor !== undefined ? await resolveActor(db, f.actor) : null;
  if (codes && codes.length === 0) return { items: [], next: null };
  const keys = await mergedKeys(db, dialect, f, codes, limit + 1);
  const page = keys.slice(0, limit);
  if (page.length === 0) return { items: [], next: null };
  const dir = f.order === "desc" ? "desc" : "asc";
  const rows = (await baseQuery(db)
    .where(
      "e.id",
      "in",
      page.map((k) => k.id),
    )
    .orderBy("e.day", dir)
    .orderBy("e.id", dir)
    .execute()) as RawEvent[];
  const last = page.at(-1);
  return { items: rows.map(toEventRow), next: keys.length > limit && last ? encodeCursor(last) : null };
}

/** Days with matching events, each with its count and its first events. */
export async function queryTimeline(
  db: Db,
  dialect: StoreDialect,
  f: TimelineFilter,
): Promise<Page<TimelineDay>> {
  const limit = pageLimit(f);
  const after = checkDay("after", f.after);
  const codes = f.actor !== undefined ? await resolveActor(db, f.actor) : null;
  if (codes && codes.length === 0) return { items: [], next: null };
  const { after: _after, limit: _limit, eventsPerDay, ...filter } = f;
  let q = applyEventFilter(
    db.selectFrom("events as e").select(["e.day", sql<number | string>`count(*)`.as("n")]),
    filter,
    dialect,
    { actorCodes: codes, actorSide: "either", countrySide: "either" },
  );
  if (after) q = q.where("e.day", ">", after);
  const days = (await q
    .groupBy("e.day")
    .orderBy("e.day")
    .limit(limit + 1)
    .execute()) as { day: string; n: number | string }[];
  const items: TimelineDay[] = [];
  for (const d of days.slice(0, limit)) {
    const page = await queryEvents(db, dialect, {
      ...filter,
      from: d.day,
      to: d.day,
      limit: eventsPerDay ?? 20,
    });
    items.push({ day: d.day, count: Number(d.n), events: page.items });
  }
  const last = items.at(-1);
  return { items, next: days.length > limit && last ? last.day : null };
}
