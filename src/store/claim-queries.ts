/** Claim reads: claims with their grade, sources and supporting events, paged by (first seen, id). */
import { type Kysely, type RawBuilder, sql } from "kysely";
import type { ReliabilityTable } from "../knowledge/index.js";
import { type Credibility, isReliability, type Reliability, sourceReliability } from "../knowledge/index.js";
import type { Database } from "./database-schema.js";
import { queryEvents } from "./event-queries.js";
import {
  checkCode,
  checkCountry,
  checkDay,
  decodeCursor,
  encodeCursor,
  pageLimit,
  resolveActor,
} from "./query-filters.js";
import { singleClaim, singleClaimGrade, singleCredibilitySql } from "./single-claims.js";
import type { StoreDialect } from "./store-dialect.js";
import type { ClaimFilter, ClaimRow, ClaimSource, Page } from "./store-types.js";

type Db = Kysely<Database>;

/** A claim filter's values, checked. */
interface CheckedFilter {
  country: string | undefined;
  code: string | undefined;
  from: string | undefined;
  to: string | undefined;
}

function checkFilter(f: ClaimFilter): CheckedFilter {
  return {
    country: checkCountry(f.country),
    code: checkCode(f.code),
    from: checkDay("from", f.from),
    to: checkDay("to", f.to),
  };
}

/**
 * The conditions a claims row (alias `c`, dated by `first_seen`) and a single claim's event (alias
 * `e`, dated by `day`) share: actor, dyad, country, code family and date range.
 */
function sharedConditions(
  alias: "c" | "e",
  dayColumn: "first_seen" | "day",
  f: ClaimFilter,
  checked: CheckedFilter,
  codes: readonly string[] | null,
): RawBuilder<boolean>[] {
  const { country, code, from, to } = checked;
  const source = sql.ref(`${alias}.source_code`);
  const target = sql.ref(`${alias}.target_code`);
  const eventCode = sql.ref(`${alias}.code`);
  const day = sql.ref(`${alias}.${dayColumn}`);
  const out: RawBuilder<boolean>[] = [];
  if (codes) out.push(sql<boolean>`(${source} in (${sql.join(codes)}) or ${target} in (${sql.join(codes)}))`);
  if (f.source !== undefined) out.push(sql<boolean>`${source} = ${f.source}`);
  if (f.target !== undefined) out.push(sql<boolean>`${target} = ${f.target}`);
  if (country) out.push(sql<boolean>`(${source} like ${`${country}%`} or ${target} like ${`${country}%`})`);
  if (code) out.push(sql<boolean>`${eventCode} >= ${code}`, sql<boolean>`${eventCode} < ${`${code}:`}`);
  if (from) out.push(sql<boolean>`${day} >= ${from}`);
  if (to) out.push(sql<boolean>`${day} <= ${to}`);
  return out;
}

function claimQuery(db: Db, f: ClaimFilter, checked: CheckedFilter, codes: readonly string[] | null) {
  let q = db.selectFrom("claims as c").selectAll("c");
  for (const condition of sharedConditions("c", "first_seen", f, checked, codes)) q = q.where(condition);
  if (f.contested !== undefined) q = q.where("c.contested", "=", f.contested ? 1 : 0);
  if (f.maxCredibility !== undefined) q = q.where("c.credibility", "<=", f.maxCredibility);
  return q;
}

/** The sources of each claim: those of its events' documents. */
async function claimSources(db: Db, ids: readonly number[], table: ReliabilityTable) {
  const rows = await db
    .selectFrom("events as e")
    .innerJoin("documents as d", "d.id", "e.document_id")
    .innerJoin("sources as s", "s.id", "d.source_id")
    .select(["e.claim_id", "s.id", "s.name", "s.kind", "s.reliability"])
    .distinct()
    .where("e.claim_id", "in", ids)
    .orderBy("s.id")
    .execute();
  const out = new Map<number, ClaimSource[]>();
  for (const r of rows) {
    const claim = r.claim_id as number;
    const list = out.get(claim) ?? [];
    list.push({ id: r.id, name: r.name, kind: r.kind, reliability: sourceReliability(r, table) });
    out.set(claim, list);
  }
  return out;
}

/**
 * The claims of one event (no claims row, `single-claims.ts`) matching a filter: their events, by
 * `events_single_seen` (day, claim id). None is contested.
 */
function singleClaimQuery(db: Db, f: ClaimFilter, checked: CheckedFilter, codes: readonly string[] | null) {
  let q = db
    .selectFrom("events as e")
    .select([
      "e.claim_id",
      "e.code",
      "e.root",
      "e.source_code",
      "e.target_code",
      "e.place_name",
      "e.place_country",
      "e.day",
      "e.modality",
      "e.negated",
      "e.single_reliability",
    ])
    .where(sql.raw<boolean>(singleClaim("e.")));
  for (const condition of sharedConditions("e", "day", f, checked, codes)) q = q.where(condition);
  if (f.maxCredibility !== undefined)
    q = q.where(sql<boolean>`${sql.raw(singleCredibilitySql("e."))} <= ${f.maxCredibility}`);
  return q;
}

type RawSingleClaim = Awaited<ReturnType<ReturnType<typeof singleClaimQuery>["execute"]>>[number];

/** A claim of one event as a claims row would give it. */
function singleClaimRow(e: RawSingleClaim): Omit<ClaimRow, "sources" | "events"> {
  const { summary, grade } = singleClaimGrade(e);
  return {
    id: e.claim_id as number,
    code: e.code,
    root: e.root,
    sourceCode: e.source_code,
    targetCode: e.target_code,
    placeName: e.place_name,
    placeCountry: e.place_country,
    firstSeen: e.day,
    eventCount: 1,
    sourceCount: 1,
    corroboration: summary.corroboration,
    denials: summary.denials,
    contested: false,
    grade: {
      reliability: grade.reliability,
      credibility: grade.credibility,
      label: grade.label,
      confidence: grade.confidence,
    },
  };
}

type RawClaim = Awaited<ReturnType<ReturnType<typeof claimQuery>["execute"]>>[number];

function toClaimRow(c: RawClaim): Omit<ClaimRow, "sources" | "events"> {
  const reliability: Reliability = isReliability(c.reliability) ? c.reliability : "F";
  return {
    id: c.id,
    code: c.code,
    root: c.root,
    sourceCode: c.source_code,
    targetCode: c.target_code,
    placeName: c.place_name,
    placeCountry: c.place_country,
    firstSeen: c.first_seen,
    eventCount: c.event_count,
    sourceCount: c.source_count,
    corroboration: c.corroboration,
    denials: c.denials,
    contested: c.contested === 1,
    grade: {
      reliability,
      credibility: c.credibility as Credibility,
      label: c.grade,
      confidence: c.confidence,
    },
  };
}

type ClaimHead = Omit<ClaimRow, "sources" | "events">;

/** Two lists ordered by (first seen, id), merged in that order. */
function mergeByFirstSeen(a: readonly ClaimHead[], b: readonly ClaimHead[]): ClaimHead[] {
  const out: ClaimHead[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (
      y === undefined ||
      (x !== undefined && (x.firstSeen < y.firstSeen || (x.firstSeen === y.firstSeen && x.id < y.id)))
    ) {
      out.push(x as ClaimHead);
      i++;
    } else {
      out.push(y);
      j++;
    }
  }
  return out;
}

/** Claims matching a filter, with sources and (up to eventsPerClaim) events each. */
export async function queryClaims(
  db: Db,
  dialect: StoreDialect,
  table: ReliabilityTable,
  f: ClaimFilter,
): Promise<Page<ClaimRow>> {
  const limit = pageLimit(f);
  const cursor = decodeCursor(f.after);
  const checked = checkFilter(f);
  const codes = f.actor !== undefined ? await resolveActor(db, f.actor) : null;
  if (codes && codes.length === 0) return { items: [], next: null };
  let q = claimQuery(db, f, checked, codes);
  if (cursor) q = q.where(sql<boolean>`(c.first_seen, c.id) > (${cursor.day}, ${cursor.id})`);
  const stored = (
    await q
      .orderBy("c.first_seen")
      .orderBy("c.id")
      .limit(limit + 1)
      .execute()
  ).map(toClaimRow);
  // Claims of one event are never contested.
  let singles: Omit<ClaimRow, "sources" | "events">[] = [];
  if (f.contested !== true) {
    let s = singleClaimQuery(db, f, checked, codes);
    if (cursor) s = s.where(sql<boolean>`(e.day, e.claim_id) > (${cursor.day}, ${cursor.id})`);
    singles = (
      await s
        .orderBy("e.day")
        .orderBy("e.claim_id")
        .limit(limit + 1)
        .execute()
    ).map(singleClaimRow);
  }
  // Both lists in (first seen, id) order, merged; an id is in one of them only.
  const rows = mergeByFirstSeen(stored, singles).slice(0, limit + 1);
  const page = rows.slice(0, limit);
  const sources =
    page.length > 0
      ? await claimSources(
          db,
          page.map((c) => c.id),
          table,
        )
      : new Map();
  const items: ClaimRow[] = [];
  for (const c of page) {
    const events = await queryEvents(db, dialect, { claimId: c.id, limit: f.eventsPerClaim ?? 20 });
    items.push({ ...c, sources: sources.get(c.id) ?? [], events: events.items });
  }
  const last = items.at(-1);
  return {
    items,
    next: rows.length > limit && last ? encodeCursor({ day: last.firstSeen, id: last.id }) : null,
  };
}
