/**
 * Claim merging inside a document's transaction: find the claims the new events describe
 * (candidates share a blocking key and an overlapping date window, then the pure
 * `sameHappening` decides), create the missing ones, link events, and recompute the touched
 * claims' corroboration and grade from all their links.
 */
import type { Kysely } from "kysely";
import {
  type ClaimLink,
  claimBlockKey,
  dateWindow,
  findClaim,
  gradeClaim,
  type Happening,
  isClaimable,
  isDenial,
  type Modality,
  type Reliability,
  type ReliabilityTable,
  sameHappening,
  sourceReliability,
  summariseClaim,
} from "../knowledge/index.js";
import type { Database } from "./database-schema.js";
import type { PreparedEvent } from "./document-rows.js";
import type { StoreDialect } from "./store-dialect.js";

interface Anchor extends Happening {
  id: number;
}

export interface ClaimAssignment {
  /** Claim id per prepared event (null: not claimable). */
  claimIds: (number | null)[];
  created: number;
  /** Ids of the claims that existed before and gained events. */
  existing: number[];
}

function windowOf(events: readonly PreparedEvent[]): { lo: string; hi: string } {
  const windows = events.map((e) => dateWindow(e.happening.day, e.happening.basis));
  const lo = windows.map((w) => w.lo).sort()[0] ?? "0000-01-01";
  const hi =
    windows
      .map((w) => w.hi)
      .sort()
      .at(-1) ?? "9999-12-31";
  return { lo, hi };
}

async function candidateAnchors(
  trx: Kysely<Database>,
  keys: readonly string[],
  window: { lo: string; hi: string },
): Promise<Anchor[]> {
  const rows = await trx
    .selectFrom("claims")
    .select([
      "id",
      "source_code",
      "target_code",
      "code",
      "anchor_day",
      "anchor_basis",
      "place_name",
      "place_country",
    ])
    .where("block_key", "in", keys)
    .where("window_lo", "<=", window.hi)
    .where("window_hi", ">=", window.lo)
    .orderBy("id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    sourceCode: r.source_code,
    targetCode: r.target_code,
    code: r.code,
    day: r.anchor_day,
    basis: r.anchor_basis as Happening["basis"],
    placeName: r.place_name,
    placeCountry: r.place_country,
  }));
}

/** What the writer knows about each event's standing before it has an id. */
export type PendingLink = Omit<ClaimLink, "eventId">;

function anchorKey(h: {
  source_code: string | null;
  target_code: string | null;
  code: string;
  anchor_day: string;
  anchor_basis: string;
  place_name: string | null;
  place_country: string | null;
}): string {
  return JSON.stringify([
    h.source_code,
    h.target_code,
    h.code,
    h.anchor_day,
    h.anchor_basis,
    h.place_name,
    h.place_country,
  ]);
}

/** The row of a claim born in this document: its summary and grade are known before it is written. */
function newClaimRow(h: Happening, links: readonly PendingLink[], reliability: Reliability) {
  const w = dateWindow(h.day, h.basis);
  const summary = summariseClaim(links.map((l, eventId) => ({ ...l, eventId })));
  const grade = gradeClaim(summary, [reliability]);
  return {
    block_key: claimBlockKey(h),
    source_code: h.sourceCode,
    target_code: h.targetCode,
    code: h.code,
    root: h.code.slice(0, 2),
    anchor_day: h.day,
    anchor_basis: h.basis,
    place_name: h.placeName,
    place_country: h.placeCountry,
    window_lo: w.lo,
    window_hi: w.hi,
    first_seen: summary.firstSeen,
    event_count: links.length,
    source_count: summary.sourceIds.length,
    corroboration: summary.corroboration,
    denials: summary.denials,
    contested: summary.contested ? 1 : 0,
    strongest: summary.strongest,
    reliability: grade.reliability,
    credibility: grade.credibility,
    grade: grade.label,
    confidence: grade.confidence,
  };
}

/**
 * Insert new claims in one statement. Rows come back matched by their anchor, which differs
 * between any two new claims (else they would describe the same happening and be one claim).
 */
async function insertClaims(
  trx: Kysely<Database>,
  rows: ReturnType<typeof newClaimRow>[],
): Promise<number[]> {
  if (rows.length === 0) return [];
  const out = await trx
    .insertInto("claims")
    .values(rows)
    .returning([
      "id",
      "source_code",
      "target_code",
      "code",
      "anchor_day",
      "anchor_basis",
      "place_name",
      "place_country",
    ])
    .execute();
  const ids = new Map(out.map((r) => [anchorKey(r), r.id]));
  return rows.map((r) => ids.get(anchorKey(r)) as number);
}

interface NewClaim {
  happening: Happening;
  members: number[];
}

/**
 * Decide the claim of each claimable event: an existing claim when one describes the same
 * happening, else a new claim (events of the same document may share one). New claims are
 * written graded; existing ones are listed in `existing` for refreshClaims after linking.
 */
export async function assignClaims(
  trx: Kysely<Database>,
  dialect: StoreDialect,
  events: readonly PreparedEvent[],
  links: readonly PendingLink[],
  reliability: Reliability,
): Promise<ClaimAssignment> {
  const claimIds: (number | null)[] = events.map(() => null);
  const claimable = events.filter((e) => isClaimable(e.row.modality as Modality));
  if (claimable.length === 0) return { claimIds, created: 0, existing: [] };
  const keys = [...new Set(claimable.map((e) => claimBlockKey(e.happening)))].sort();
  await dialect.lockKeys(
    trx,
    keys.map((k) => `claim:${k}`),
  );
  const anchors = await candidateAnchors(trx, keys, windowOf(claimable));
  const existing = new Set<number>();
  const fresh: NewClaim[] = [];
  for (const [i, e] of events.entries()) {
    if (!isClaimable(e.row.modality as Modality)) continue;
    const anchor = findClaim(e.happening, anchors);
    if (anchor) {
      claimIds[i] = anchor.id;
      existing.add(anchor.id);
      continue;
    }
    const group = fresh.find((g) => sameHappening(e.happening, g.happening));
    if (group) group.members.push(i);
    else fresh.push({ happening: e.happening, members: [i] });
  }
  const ids = await insertClaims(
    trx,
    fresh.map((g) =>
      newClaimRow(
        g.happening,
        g.members.map((i) => links[i] as PendingLink),
        reliability,
      ),
    ),
  );
  for (const [n, g] of fresh.entries()) for (const i of g.members) claimIds[i] = ids[n] as number;
  return { claimIds, created: fresh.length, existing: [...existing] };
}

/** Link events to their claims; `origin` is who each event's information comes from. */
export async function linkClaimEvents(
  trx: Kysely<Database>,
  links: readonly (ClaimLink & { claimId: number })[],
): Promise<void> {
  if (links.length === 0) return;
  await trx
    .insertInto("claim_events")
    .values(
      links.map((l) => ({
        claim_id: l.claimId,
        event_id: l.eventId,
        source_id: l.sourceId,
        origin: l.origin,
        modality: l.modality,
        negated: l.negated ? 1 : 0,
        day: l.day,
      })),
    )
    .execute();
}

type LinkWithSource = ClaimLink & { claimId: number; kind: string; reliability: string | null };

async function loadLinks(trx: Kysely<Database>, claimIds: readonly number[]): Promise<LinkWithSource[]> {
  const rows = await trx
    .selectFrom("claim_events as ce")
    .innerJoin("sources as s", "s.id", "ce.source_id")
    .select([
      "ce.claim_id",
      "ce.event_id",
      "ce.source_id",
      "ce.origin",
      "ce.modality",
      "ce.negated",
      "ce.day",
      "s.kind",
      "s.reliability",
    ])
    .where("ce.claim_id", "in", claimIds)
    .execute();
  return rows.map((r) => ({
    claimId: r.claim_id,
    eventId: r.event_id,
    sourceId: r.source_id,
    origin: r.origin,
    modality: r.modality as Modality,
    negated: r.negated === 1,
    day: r.day,
    kind: r.kind,
    reliability: r.reliability,
  }));
}

/** Recompute corroboration, contest flag and grade of the given claims from all their links. */
export async function refreshClaims(
  trx: Kysely<Database>,
  claimIds: readonly number[],
  table: ReliabilityTable,
): Promise<void> {
  if (claimIds.length === 0) return;
  const byClaim = new Map<number, LinkWithSource[]>();
  for (const l of await loadLinks(trx, claimIds)) {
    const list = byClaim.get(l.claimId);
    if (list) list.push(l);
    else byClaim.set(l.claimId, [l]);
  }
  for (const [id, links] of byClaim) {
    const summary = summariseClaim(links);
    const affirming = links.filter((l) => !isDenial(l));
    const graded = affirming.length > 0 ? affirming : links;
    const grade = gradeClaim(
      summary,
      graded.map((l) => sourceReliability(l, table)),
    );
    await trx
      .updateTable("claims")
      .set({
        first_seen: summary.firstSeen,
        event_count: links.length,
        source_count: summary.sourceIds.length,
        corroboration: summary.corroboration,
        denials: summary.denials,
        contested: summary.contested ? 1 : 0,
        strongest: summary.strongest,
        reliability: grade.reliability,
        credibility: grade.credibility,
        grade: grade.label,
        confidence: grade.confidence,
      })
      .where("id", "=", id)
      .execute();
  }
}
