/**
 * Claim merging for a batch of documents, in input order, as if each document were written
 * alone: candidates are the stored claims sharing a blocking key and an overlapping date window
 * (one query for the whole batch), plus the claims created by earlier documents of the batch;
 * the pure `sameHappening` decides (its date test done once per window). New claims are written graded; claims that existed before a
 * document and gained its events are re-graded from all their links after the batch is linked.
 */
import {
  alikeBesidesDates,
  type ClaimLink,
  type ClaimSummary,
  claimBlockKey,
  dateWindow,
  type EvidenceGrade,
  earliestOverlappingStart,
  gradeClaim,
  type Happening,
  isDenial,
  type Modality,
  type Reliability,
  type ReliabilityTable,
  shiftDay,
  sourceReliability,
  summariseClaim,
} from "../knowledge/index.js";
import type { PreparedEvent } from "./document-rows.js";
import { blockKeyExpression, singleEvent } from "./single-claims.js";
import type { BulkConnection } from "./store-dialect.js";
import { type BulkRow, columnsOf, WRITTEN_COLUMNS } from "./table-columns.js";

const CLAIM_COLUMNS = WRITTEN_COLUMNS.claims;

/** A claims row as a value array in the written columns' order. */
export function claimValues(row: BulkRow<"claims">): unknown[] {
  const r = row as unknown as Record<string, unknown>;
  return CLAIM_COLUMNS.names.map((n) => r[n] ?? null);
}

/** What the writer knows about each event's standing before it has an id. */
export type PendingLink = Omit<ClaimLink, "eventId">;

/** A claim created in this batch; its id is set when the batch's ids are allocated. */
export interface NewClaim {
  id: number;
  happening: Happening;
  /** claimBlockKey(happening). */
  blockKey: string;
  /** The happening's date window. */
  window: { lo: string; hi: string };
  /** The links of the document that created it (its first grade). */
  links: PendingLink[];
  reliability: Reliability;
  /** A later document of the batch joined it: re-grade after linking. */
  joinedLater: boolean;
}

/** A stored claim (its id) or one created in this batch. */
export type ClaimRef = number | NewClaim;

interface Anchor extends Happening {
  claim: ClaimRef;
  /** The anchor's date window (dateWindow of its day and basis). */
  lo: string;
  hi: string;
}

/** An anchor built field by field (an object spread here was the planner's hottest line). */
function anchorOf(h: Happening, w: { lo: string; hi: string }, claim: ClaimRef): Anchor {
  return {
    sourceCode: h.sourceCode,
    targetCode: h.targetCode,
    code: h.code,
    day: h.day,
    basis: h.basis,
    placeName: h.placeName,
    placeCountry: h.placeCountry,
    lo: w.lo,
    hi: w.hi,
    claim,
  };
}

/** dateWindow, remembered: the batch asks for the same few days over and over. */
function windowCache(): (h: Happening) => { lo: string; hi: string } {
  const seen = new Map<string, { lo: string; hi: string }>();
  return (h) => {
    const key = `${h.basis}:${h.day}`;
    let w = seen.get(key);
    if (!w) {
      w = dateWindow(h.day, h.basis);
      seen.set(key, w);
    }
    return w;
  };
}

/** The first anchor describing the same happening; windows that cannot overlap are skipped cheaply. */
function firstAnchor(h: Happening, w: { lo: string; hi: string }, anchors: readonly Anchor[]): Anchor | null {
  for (const a of anchors) if (a.lo <= w.hi && w.lo <= a.hi && alikeBesidesDates(h, a)) return a;
  return null;
}

/** One document's events as the claim planner sees them. */
export interface ClaimDocument {
  events: readonly PreparedEvent[];
  links: readonly PendingLink[];
  reliability: Reliability;
}

/** The plan for one document: the claim of each event (null: not claimable) and its counts. */
export interface DocumentClaims {
  claims: (ClaimRef | null)[];
  created: number;
  updated: number;
}

export interface BatchClaims {
  documents: DocumentClaims[];
  /** Claims to create, in creation order. */
  created: NewClaim[];
  /** Stored claims with a row that gained events. */
  touched: number[];
  /** Stored claims of one event (no row) that gained events: their rows are written. */
  promoted: number[];
}

/** A claim created in this batch that has one event when the batch is written: no claims row (`single-claims.ts`). */
export function isSingleClaim(claim: NewClaim): boolean {
  return claim.links.length === 1 && !claim.joinedLater;
}

/** Whether an event can join a claim (its modality): filed events carry their block key then. */
const isClaimableEvent = (e: PreparedEvent): e is PreparedEvent & { blockKey: string } => e.blockKey !== null;

/** The sorted lock keys of the claims a batch may touch (PostgreSQL serialises on them). */
export function claimLockKeys(events: Iterable<PreparedEvent>): string[] {
  // The distinct block keys first, then one prefix each (the same order): a prefixed copy of every
  // event's key, hashed into the set, was the writer's costliest line on PostgreSQL in a profile.
  const keys = new Set<string>();
  for (const e of events) if (isClaimableEvent(e)) keys.add(e.blockKey);
  return [...keys].sort().map((k) => `claim:${k}`);
}

/** The happening a claim's anchor columns describe. */
function happeningOf(r: Omit<AnchorRow, "id" | "block_key" | "single">): Happening {
  return {
    sourceCode: r.source_code,
    targetCode: r.target_code,
    code: r.code,
    day: r.anchor_day,
    basis: r.anchor_basis as Happening["basis"],
    placeName: r.place_name,
    placeCountry: r.place_country,
  };
}

interface AnchorRow {
  id: number;
  block_key: string;
  source_code: string | null;
  target_code: string | null;
  code: string;
  anchor_day: string;
  anchor_basis: string;
  place_name: string | null;
  place_country: string | null;
  /** 1: a claim of one event, read from its event (no claims row). */
  single: number;
}

const ANCHOR_KINDS = ["text", "text", "text", "text"] as const;

/** The anchors statement's sides: claims with a row, claims of one event. */
const ANCHOR_SIDES = 2;

/**
 * The statement reading the stored claims that may describe a batch's events, ordered by id, over
 * rows of (block key, lowest window start less a day, highest window end plus 3 days, that start less
 * a year) — bounds a little wider than the windows, which the planner then tests exactly. Claims with
 * a row: window_lo is bounded on both sides, so the (block_key, window_lo) index reads only the claims
 * whose windows can overlap, not every earlier claim of the block. Claims of one event: their events
 * by block key and day (`events_single_block`): a day's window starts a day before it, an undated
 * event's 3 days before, so it overlaps only from the lowest start less a day on, and from the highest
 * end plus 3 days back; a month's or a year's starts on its day, from the lowest start less a year
 * (the date basis is in the index: those days are read from it, not from the table). An event whose
 * claim has a row since (a second event joined it) comes back from both sides, the same anchor: the
 * reader keeps the row's. Where the engine can hash a join (PostgreSQL), each side is a sub-select run
 * per key (`lateral`, `offset 0` so that it stays one), which can only walk the index: joined to the
 * parameter's rows, whose number the planner cannot see, it could hash them and read every claim of
 * the store for each batch (seen at 50,633 claims, the table's statistics behind its growth during an
 * ingest). Its parameters: `anchorParams`.
 */
export function anchorsStatement(c: Pick<BulkConnection, "lateral" | "rows">): string {
  const sides: [string, string, string][] = [
    [
      "c.id, c.block_key, c.source_code, c.target_code, c.code, c.anchor_day, c.anchor_basis, c.place_name, c.place_country, 0 as single",
      "claims c",
      "c.block_key = w.c0 and c.window_lo >= w.c3 and c.window_lo <= w.c2 and c.window_hi >= w.c1",
    ],
    [
      "e.claim_id as id, w.c0 as block_key, e.source_code, e.target_code, e.code, e.day as anchor_day, e.date_basis as anchor_basis, e.place_name, e.place_country, 1 as single",
      "events e",
      `${blockKeyExpression("e.")} = w.c0 and ${singleEvent("e.")} and e.day >= w.c3 and e.day <= w.c2 and (e.day >= w.c1 or e.date_basis in ('month', 'year'))`,
    ],
  ];
  // PostgreSQL: the parameter once a side (a common table is materialised and read again, slower).
  // SQLite: once, as a materialised common table (read from json_each, each reference to a column
  // parses the row's JSON again).
  if (c.lateral)
    return `${sides
      .map(
        ([columns, table, where], k) =>
          `select s${k}.* from (${c.rows(ANCHOR_KINDS)}) w cross join lateral (select ${columns} from ${table} where ${where} offset 0) s${k}`,
      )
      .join(" union all ")} order by 1, 10`;
  return `with w as materialized (${c.rows(ANCHOR_KINDS)}) ${sides
    .map(([columns, table, where]) => `select ${columns} from w cross join ${table} where ${where}`)
    .join(" union all ")} order by 1, 10`;
}

/** The parameters of `anchorsStatement`: a block key's window hull, widened (once a side where the engine reads them so). */
export function anchorParams(
  c: Pick<BulkConnection, "lateral" | "rowsParams">,
  hulls: Iterable<[string, { lo: string; hi: string }]>,
): unknown[] {
  const rows: unknown[][] = [];
  for (const [key, w] of hulls) {
    const lo = shiftDay(w.lo, -1);
    rows.push([key, lo, shiftDay(w.hi, 3), earliestOverlappingStart(lo)]);
  }
  const params = c.rowsParams(rows, ANCHOR_KINDS);
  return c.lateral ? Array.from({ length: ANCHOR_SIDES }, () => params).flat() : params;
}

/** The stored claims a batch's events may join, by block key, and which of them are claims of one event. */
interface StoredAnchors {
  byKey: Map<string, Anchor[]>;
  singles: Set<number>;
}

/** Stored claims that may describe the batch's events: per blocking key, an overlapping window. */
async function storedAnchors(
  c: BulkConnection,
  docs: readonly ClaimDocument[],
  windowOf: (h: Happening) => { lo: string; hi: string },
): Promise<StoredAnchors> {
  const windows = new Map<string, { lo: string; hi: string }>();
  for (const d of docs)
    for (const e of d.events) {
      if (!isClaimableEvent(e)) continue;
      const key = e.blockKey;
      const w = windowOf(e.happening);
      const seen = windows.get(key);
      if (!seen) windows.set(key, { lo: w.lo, hi: w.hi });
      else {
        if (w.lo < seen.lo) seen.lo = w.lo;
        if (w.hi > seen.hi) seen.hi = w.hi;
      }
    }
  const byKey = new Map<string, Anchor[]>();
  const singles = new Set<number>();
  if (windows.size === 0) return { byKey, singles };
  const params = anchorParams(c, windows);
  const rows = await c.all<AnchorRow>(anchorsStatement(c), params);
  let last = 0;
  for (const r of rows) {
    // Ordered by id, then the row's side first: an event whose claim has a row since is read once.
    const id = Number(r.id);
    if (id === last) continue;
    last = id;
    const happening = happeningOf(r);
    if (Number(r.single) === 1) singles.add(id);
    const anchor = anchorOf(happening, windowOf(happening), id);
    const list = byKey.get(r.block_key);
    if (list) list.push(anchor);
    else byKey.set(r.block_key, [anchor]);
  }
  return { byKey, singles };
}

/** Claims of one document against the anchors known before it; its new claims become anchors. */
function planDocument(
  d: ClaimDocument,
  anchors: Map<string, Anchor[]>,
  singles: ReadonlySet<number>,
  plan: BatchClaims,
  windowOf: (h: Happening) => { lo: string; hi: string },
): DocumentClaims {
  const claims: (ClaimRef | null)[] = d.events.map(() => null);
  const existing = new Set<ClaimRef>();
  const fresh: { happening: Happening; blockKey: string; lo: string; hi: string; members: number[] }[] = [];
  for (let i = 0; i < d.events.length; i++) {
    const e = d.events[i] as PreparedEvent;
    if (!isClaimableEvent(e)) continue;
    const w = windowOf(e.happening);
    const anchor = firstAnchor(e.happening, w, anchors.get(e.blockKey) ?? []);
    if (anchor) {
      claims[i] = anchor.claim;
      existing.add(anchor.claim);
      continue;
    }
    const group = fresh.find(
      (g) => g.lo <= w.hi && w.lo <= g.hi && alikeBesidesDates(e.happening, g.happening),
    );
    if (group) group.members.push(i);
    else fresh.push({ happening: e.happening, blockKey: e.blockKey, lo: w.lo, hi: w.hi, members: [i] });
  }
  for (const ref of existing) {
    if (typeof ref !== "number") ref.joinedLater = true;
    else if (singles.has(ref)) plan.promoted.push(ref);
    else plan.touched.push(ref);
  }
  for (const g of fresh) {
    const claim: NewClaim = {
      id: 0,
      happening: g.happening,
      blockKey: g.blockKey,
      window: { lo: g.lo, hi: g.hi },
      links: g.members.map((i) => d.links[i] as PendingLink),
      reliability: d.reliability,
      joinedLater: false,
    };
    plan.created.push(claim);
    for (const i of g.members) claims[i] = claim;
    const list = anchors.get(g.blockKey);
    const anchor = anchorOf(g.happening, g, claim);
    if (list) list.push(anchor);
    else anchors.set(g.blockKey, [anchor]);
  }
  return { claims, created: fresh.length, updated: existing.size };
}

/** Decide the claim of every claimable event of the batch, document by document. */
export async function planClaims(c: BulkConnection, docs: readonly ClaimDocument[]): Promise<BatchClaims> {
  const windowOf = windowCache();
  const { byKey, singles } = await storedAnchors(c, docs, windowOf);
  const plan: BatchClaims = { documents: [], created: [], touched: [], promoted: [] };
  for (const d of docs) plan.documents.push(planDocument(d, byKey, singles, plan, windowOf));
  plan.touched = [...new Set(plan.touched)];
  plan.promoted = [...new Set(plan.promoted)];
  return plan;
}

/** The row of a claim born in this batch: summary and grade of its creating document's links. */
export function newClaimRow(claim: NewClaim): BulkRow<"claims"> {
  const h = claim.happening;
  const w = claim.window;
  const summary = summariseClaim(
    claim.links.map((l, eventId) => ({
      eventId,
      sourceId: l.sourceId,
      origin: l.origin,
      modality: l.modality,
      negated: l.negated,
      day: l.day,
    })),
  );
  const grade = gradeClaim(summary, [claim.reliability]);
  return claimRow(claim.id, claim.blockKey, h, w, claim.links.length, summary, grade);
}

/** A claims row: its happening and window, its events' summary and its grade. */
export function claimRow(
  id: number,
  blockKey: string,
  h: Happening,
  w: { lo: string; hi: string },
  eventCount: number,
  summary: ClaimSummary,
  grade: EvidenceGrade,
): BulkRow<"claims"> {
  return {
    id,
    block_key: blockKey,
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
    event_count: eventCount,
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
 * Whose word an event is: the actor it is attributed to, else the outlet of the original document
 * (a near duplicate's events count under its original's outlet, so a re-published story does not
 * corroborate itself).
 */
export function linkOrigin(attributedTo: string | null, originSourceId: number): string {
  return attributedTo ? `actor:${attributedTo}` : `source:${originSourceId}`;
}

/** A claim's event as grading needs it. */
interface LinkEventRow {
  claim_id: number;
  event_id: number;
  document_id: number;
  attributed_to: string | null;
  modality: string;
  negated: number;
  day: string;
}

/** An event's document: its source (kind, override) and the source of its original. */
interface LinkDocumentRow {
  id: number;
  source_id: number;
  origin_source: number;
  kind: string;
  reliability: string | null;
}

type GradedLink = ClaimLink & { kind: string; reliability: string | null };

/**
 * The links of the given claims: their events (by `events.claim_id`), then those events'
 * documents — two look-ups by index, whatever the planner estimates.
 */
async function claimLinks(
  c: BulkConnection,
  claimIds: readonly number[],
): Promise<Map<number, GradedLink[]>> {
  const events = await c.all<LinkEventRow>(
    `select claim_id, id as event_id, document_id, attributed_to, modality, negated, day from events where claim_id ${c.inList("int")} order by id`,
    c.listParam(claimIds),
  );
  const docs = await c.all<LinkDocumentRow>(
    `select d.id, d.source_id, coalesce(o.source_id, d.source_id) as origin_source, s.kind, s.reliability from documents d left join documents o on o.id = d.duplicate_of join sources s on s.id = d.source_id where d.id ${c.inList("int")}`,
    c.listParam([...new Set(events.map((e) => e.document_id))]),
  );
  const docOf = new Map(docs.map((d) => [d.id, d]));
  const byClaim = new Map<number, GradedLink[]>();
  for (const e of events) {
    const d = docOf.get(e.document_id) as LinkDocumentRow;
    const link = {
      eventId: e.event_id,
      sourceId: d.source_id,
      origin: linkOrigin(e.attributed_to, d.origin_source),
      modality: e.modality as Modality,
      negated: e.negated === 1,
      day: e.day,
      kind: d.kind,
      reliability: d.reliability,
    };
    const list = byClaim.get(e.claim_id);
    if (list) list.push(link);
    else byClaim.set(e.claim_id, [link]);
  }
  return byClaim;
}

const GRADE_COLUMNS = columnsOf("claims", [
  "first_seen",
  "event_count",
  "source_count",
  "corroboration",
  "denials",
  "contested",
  "strongest",
  "reliability",
  "credibility",
  "grade",
  "confidence",
]);

/** The event of a claim of one event, as its claims row's anchor needs it. */
/** A claim of one event's anchor, read from its event under the claims' column names. */
type SingleAnchorRow = Omit<AnchorRow, "id" | "block_key" | "single"> & { claim_id: number };

/** The summary and grade of a claim from all its links. */
function gradeLinks(links: readonly GradedLink[], table: ReliabilityTable) {
  const summary = summariseClaim(links);
  const affirming = links.filter((l) => !isDenial(l));
  const graded = affirming.length > 0 ? affirming : links;
  const grade = gradeClaim(
    summary,
    graded.map((l) => sourceReliability(l, table)),
  );
  return { summary, grade };
}

/**
 * The rows of claims of one event that gained events (`promoted`): anchored on that event (the
 * claim's first), graded from all their events. From then on the claim is read from its row; the
 * event keeps its letter (`singleClaim` tests for the row), as an update would write every index
 * entry of the event again.
 */
async function promotedRows(
  c: BulkConnection,
  promoted: readonly number[],
  byClaim: ReadonlyMap<number, GradedLink[]>,
  table: ReliabilityTable,
): Promise<BulkRow<"claims">[]> {
  const anchors = await c.all<SingleAnchorRow>(
    `select claim_id, source_code, target_code, code, day as anchor_day, date_basis as anchor_basis, place_name, place_country from events where claim_id ${c.inList("int")} and ${singleEvent()} order by claim_id`,
    c.listParam(promoted),
  );
  return anchors.map((a) => {
    const h = happeningOf(a);
    const w = dateWindow(h.day, h.basis);
    const links = byClaim.get(a.claim_id) ?? [];
    const { summary, grade } = gradeLinks(links, table);
    return claimRow(a.claim_id, claimBlockKey(h), h, w, links.length, summary, grade);
  });
}

/**
 * Recompute corroboration, contest flag and grade of the given claims (`touched`) from all their
 * events; write the rows of the claims of one event that gained events (`promoted`).
 */
export async function refreshClaims(
  c: BulkConnection,
  claimIds: readonly number[],
  promoted: readonly number[],
  table: ReliabilityTable,
): Promise<void> {
  if (claimIds.length === 0 && promoted.length === 0) return;
  const byClaim = await claimLinks(c, [...claimIds, ...promoted]);
  if (promoted.length > 0) {
    const rows = await promotedRows(c, promoted, byClaim, table);
    await c.insert("claims", CLAIM_COLUMNS, rows.map(claimValues));
  }
  const updates: unknown[][] = [];
  for (const id of claimIds) {
    const links = byClaim.get(id);
    if (!links) continue;
    const { summary, grade } = gradeLinks(links, table);
    updates.push([
      id,
      summary.firstSeen,
      links.length,
      summary.sourceIds.length,
      summary.corroboration,
      summary.denials,
      summary.contested ? 1 : 0,
      summary.strongest,
      grade.reliability,
      grade.credibility,
      grade.label,
      grade.confidence,
    ]);
  }
  await c.updateById("claims", GRADE_COLUMNS, updates);
}
