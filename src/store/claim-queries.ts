/** Claim reads: claims with their grade, sources and supporting events, paged by (first seen, id). */
import { type Kysely, sql } from "kysely";
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
import type { StoreDialect } from "./store-dialect.js";
import type { ClaimFilter, ClaimRow, ClaimSource, Page } from "./store-types.js";

type Db = Kysely<Database>;

function claimQuery(db: Db, f: ClaimFilter, codes: readonly string[] | null) {
  const country = checkCountry(f.country);
  const code = checkCode(f.code);
  const from = checkDay("from", f.from);
  const to = checkDay("to", f.to);
  let q = db.selectFrom("claims as c").selectAll("c");
  if (codes) q = q.where((eb) => eb.or([eb("c.source_code", "in", codes), eb("c.target_code", "in", codes)]));
  if (f.source !== undefined) q = q.where("c.source_code", "=", f.source);
  if (f.target !== undefined) q = q.where("c.target_code", "=", f.target);
  if (country)
    q = q.where((eb) =>
      eb.or([eb("c.source_code", "like", `${country}%`), eb("c.target_code", "like", `${country}%`)]),
    );
  if (code) q = q.where("c.code", ">=", code).where("c.code", "<", `${code}:`);
  if (from) q = q.where("c.first_seen", ">=", from);
  if (to) q = q.where("c.first_seen", "<=", to);
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

/** Claims matching a filter, with sources and (up to eventsPerClaim) events each. */
export async function queryClaims(
  db: Db,
  dialect: StoreDialect,
  table: ReliabilityTable,
  f: ClaimFilter,
): Promise<Page<ClaimRow>> {
  const limit = pageLimit(f);
  const cursor = decodeCursor(f.after);
  const codes = f.actor !== undefined ? await resolveActor(db, f.actor) : null;
  if (codes && codes.length === 0) return { items: [], next: null };
  let q = claimQuery(db, f, codes);
  if (cursor) q = q.where(sql<boolean>`(c.first_seen, c.id) > (${cursor.day}, ${cursor.id})`);
  const rows = await q
    .orderBy("c.first_seen")
    .orderBy("c.id")
    .limit(limit + 1)
    .execute();
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
    items.push({ ...toClaimRow(c), sources: sources.get(c.id) ?? [], events: events.items });
  }
  const last = items.at(-1);
  return {
    items,
    next: rows.length > limit && last ? encodeCursor({ day: last.firstSeen, id: last.id }) : null,
  };
}
