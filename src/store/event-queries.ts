/**
 * Event reads: filtered, ordered by (day, id), paged by keyset; and the timeline (events
 * grouped by day).
 */
import { type Kysely, type RawBuilder, sql } from "kysely";
import type { Modality } from "../knowledge/index.js";
import type { Database } from "./database-schema.js";
import {
  applyEventFilter,
  checkCountry,
  checkDay,
  type DayCursor,
  decodeCursor,
  encodeCursor,
  pageLimit,
  resolveActor,
  resolveCountry,
  type SideClauses,
} from "./query-filters.js";
import { singleClaimGrade } from "./single-claims.js";
import type { StoreDialect } from "./store-dialect.js";
import type { EventFilter, EventRow, Page, TimelineDay, TimelineFilter } from "./store-types.js";

type Db = Kysely<Database>;

function baseQuery(db: Db) {
  return db
    .selectFrom("events as e")
    .innerJoin("documents as d", "d.id", "e.document_id")
    .innerJoin("sources as s", "s.id", "d.source_id")
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
      "d.sentences as document_sentences",
      "c.grade",
    ]);
}

type RawEvent = Awaited<ReturnType<ReturnType<typeof baseQuery>["execute"]>>[number];

/** A page's documents' cited sentences, text by index, each list parsed once. */
class SentenceTexts {
  private readonly byDocument = new Map<number, Map<number, string>>();

  text(documentId: number, list: string | null, idx: number): string | null {
    let texts = this.byDocument.get(documentId);
    if (!texts) {
      texts = new Map();
      if (list !== null)
        for (const [i, , , text] of JSON.parse(list) as [number, number, number, string][])
          texts.set(i, text);
      this.byDocument.set(documentId, texts);
    }
    return texts.get(idx) ?? null;
  }
}

function toEventRow(r: RawEvent, sentences: SentenceTexts): EventRow {
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
    sentence: {
      index: r.sentence_idx,
      text: sentences.text(r.document_id, r.document_sentences, r.sentence_idx),
    },
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
    grade: r.grade ?? (r.single_reliability !== null ? singleClaimGrade(r).grade.label : null),
  };
}

/** One ordered, limited scan for the page's keys; each branch can walk one index in order. */
function branchKeys(
  db: Db,
  dialect: StoreDialect,
  f: EventFilter,
  sides: SideClauses,
  limit: number,
  cursor: DayCursor | null,
) {
  const desc = f.order === "desc";
  let q = applyEventFilter(db.selectFrom("events as e").select(["e.id", "e.day"]), f, dialect, sides);
  if (cursor)
    q = q.where(sql<boolean>`(e.day, e.id) ${sql.raw(desc ? "<" : ">")} (${cursor.day}, ${cursor.id})`);
  const dir = desc ? "desc" : "asc";
  return q.orderBy("e.day", dir).orderBy("e.id", dir).limit(limit);
}

/** The codes a filter's actor and country fields stand for; an empty list matches nothing. */
interface ResolvedCodes {
  actor: readonly string[] | null;
  country: readonly string[] | null;
}

async function resolveCodes(db: Db, f: EventFilter): Promise<ResolvedCodes> {
  const country = checkCountry(f.country);
  return {
    actor: f.actor !== undefined ? await resolveActor(db, f.actor) : null,
    country: country !== undefined ? await resolveCountry(db, country) : null,
  };
}

function matchesNothing(codes: ResolvedCodes): boolean {
  return codes.actor?.length === 0 || codes.country?.length === 0;
}

const SIDES = ["source", "target"] as const;

/**
 * The branches a filter splits into: an "either side" condition is run as ordered scans merged,
 * instead of one OR that must sort — an actor as two (source side, target side); else a country
 * as two per actor code of the country, each an ordered walk of the code's index.
 */
function branches(codes: ResolvedCodes): SideClauses[] {
  if (codes.actor) {
    const actorCodes = codes.actor;
    return SIDES.map((side) => ({
      actorCodes,
      actorSide: side,
      countryCodes: codes.country,
      countrySide: "either",
    }));
  }
  if (codes.country) {
    return codes.country.flatMap((code) =>
      SIDES.map((side) => ({
        actorCodes: null,
        actorSide: "either",
        countryCodes: [code],
        countrySide: side,
      })),
    );
  }
  return [{ actorCodes: null, actorSide: "either", countryCodes: null, countrySide: "either" }];
}

/** Most branches one `union` joins (SQLite allows 500 terms in a compound select). */
const UNION_TERMS = 128;

/**
 * Branches' first rows merged, ordered, cut to a page: one `union` of up to `UNION_TERMS`
 * branches, or (a country with many actor codes) a union of such merged groups.
 */
function mergeBranches(parts: RawBuilder<unknown>[], dir: RawBuilder<unknown>, limit: number, depth = 0) {
  if (parts.length > UNION_TERMS) {
    const groups: RawBuilder<unknown>[] = [];
    for (let i = 0; i < parts.length; i += UNION_TERMS) {
      const group = mergeBranches(parts.slice(i, i + UNION_TERMS), dir, limit, depth + 1);
      groups.push(sql`select id, day from ${group} as ${sql.raw(`g${depth}_${groups.length}`)}`);
    }
    return mergeBranches(groups, dir, limit, depth + 1);
  }
  const merged = sql.join(parts, sql` union `);
  return sql<{
    id: number;
    day: string;
  }>`(select id, day from (${merged}) as ${sql.raw(`u${depth}`)} order by day ${dir}, id ${dir} limit ${limit})`;
}

/** The page's (id, day) keys as one sub-query: the branches' first rows, merged, ordered, cut. */
function pageKeys(db: Db, dialect: StoreDialect, f: EventFilter, codes: ResolvedCodes, limit: number) {
  const cursor = decodeCursor(f.after);
  const parts = branches(codes).map(
    (b, i) =>
      sql`select id, day from (${branchKeys(db, dialect, f, b, limit, cursor)}) as ${sql.raw(`b${i}`)}`,
  );
  return mergeBranches(parts, sql.raw(f.order === "desc" ? "desc" : "asc"), limit);
}

/** Events matching a filter, a page at a time, ordered by (day, id): one statement per page. */
export async function queryEvents(db: Db, dialect: StoreDialect, f: EventFilter): Promise<Page<EventRow>> {
  const limit = pageLimit(f);
  const codes = await resolveCodes(db, f);
  if (matchesNothing(codes)) return { items: [], next: null };
  const dir = f.order === "desc" ? "desc" : "asc";
  const rows = (await baseQuery(db)
    .innerJoin(pageKeys(db, dialect, f, codes, limit + 1).as("k"), "k.id", "e.id")
    .orderBy("e.day", dir)
    .orderBy("e.id", dir)
    .execute()) as RawEvent[];
  const sentences = new SentenceTexts();
  const items = rows.slice(0, limit).map((r) => toEventRow(r, sentences));
  const last = items.at(-1);
  return {
    items,
    next: rows.length > limit && last ? encodeCursor({ day: last.date.day, id: last.id }) : null,
  };
}

/** Days with matching events, each with its count and its first events. */
export async function queryTimeline(
  db: Db,
  dialect: StoreDialect,
  f: TimelineFilter,
): Promise<Page<TimelineDay>> {
  const limit = pageLimit(f);
  const after = checkDay("after", f.after);
  const codes = await resolveCodes(db, f);
  if (matchesNothing(codes)) return { items: [], next: null };
  const { after: _after, limit: _limit, eventsPerDay, ...filter } = f;
  let q = applyEventFilter(
    db.selectFrom("events as e").select(["e.day", sql<number | string>`count(*)`.as("n")]),
    filter,
    dialect,
    { actorCodes: codes.actor, actorSide: "either", countryCodes: codes.country, countrySide: "either" },
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
