/**
 * Writes a batch of analysed documents inside a transaction the caller owns, with one statement
 * per table for the whole batch (on SQLite, for each group of it; raw, prepared once): document
 * rows (with their mentions), sketches, full-text entries, sentences, actors, claims, events,
 * commitments, probabilities. The
 * outcome is the one of writing the documents one after the other: idempotent by content hash
 * (also within the batch), near duplicates linked to their original (also within the batch),
 * events merged into the claims of earlier documents. Where no claim locks are taken (SQLite) the
 * batch is written in groups of documents, each group's rows made only when it is reached
 * (`GROUP_SIZE`). Inputs must have passed `checkInput`; any failure throws and the caller rolls
 * the batch back.
 */
import { estimatedJaccard, NEAR_DUPLICATE_THRESHOLD, type Sketch } from "../ingest/index.js";
import { type Reliability, sourceReliability } from "../knowledge/index.js";
import {
  type ClaimRef,
  claimLockKeys,
  claimValues,
  isSingleClaim,
  linkOrigin,
  type NewClaim,
  newClaimRow,
  type PendingLink,
  planClaims,
  refreshClaims,
} from "./claim-writer.js";
import { ACTOR_FIRST_SEEN, EVENT_SLOTS, fileEvent, type PreparedEvent } from "./document-rows.js";
import { type DocumentRows, defaultSource, documentRows, type WriterContext } from "./document-writer.js";
import { signatureFromBytes, signatureToBytes } from "./signature-bytes.js";
import type { BulkConnection } from "./store-dialect.js";
import type { DocumentInput, IngestOutcome, PreparedDocument, SourceInput } from "./store-types.js";
import { type BulkRow, type ColumnList, slotsOf, WRITTEN_COLUMNS } from "./table-columns.js";

interface SourceRow {
  id: number;
  kind: string;
  reliability: string | null;
}

/** A document of the batch that is not stored yet; `id` is set when ids are allocated. */
interface NewDocument {
  id: number;
  input: DocumentInput;
  /** The document's rows before ids (the input's, or built from its extraction). */
  rows: PreparedDocument;
  sketch: Sketch;
  events: PreparedEvent[];
  source: SourceRow;
  /** The original it near-duplicates: a stored document or an earlier one of the batch. */
  near: { original: number | NewDocument; originalSource: number } | null;
}

const idOf = (ref: number | { id: number }) => (typeof ref === "number" ? ref : ref.id);

function sourceKey(s: SourceInput): string {
  return JSON.stringify([s.name, s.kind ?? null, s.country, s.reliability]);
}

/** Create or update the batch's sources (one statement each), in order of first use. */
async function upsertSources(
  c: BulkConnection,
  inputs: readonly SourceInput[],
): Promise<Map<string, SourceRow>> {
  const out = new Map<string, SourceRow>();
  for (const s of inputs) {
    const key = sourceKey(s);
    if (out.has(key)) continue;
    const set = ["name = excluded.name"];
    if (s.kind !== undefined) set.push("kind = excluded.kind");
    if (s.country !== undefined) set.push("country = excluded.country");
    if (s.reliability !== undefined) set.push("reliability = excluded.reliability");
    const [row] = await c.all<SourceRow>(
      `insert into sources (name, kind, country, reliability) values (?, ?, ?, ?) on conflict (name) do update set ${set.join(", ")} returning id, kind, reliability`,
      [s.name, s.kind ?? "unknown", s.country ?? null, s.reliability ?? null],
    );
    if (!row) throw new Error(`source ${s.name}: the upsert returned no row`);
    out.set(key, row);
  }
  return out;
}

async function storedIds(c: BulkConnection, contentIds: readonly string[]): Promise<Map<string, number>> {
  const rows = await c.all<{ id: number; content_id: string }>(
    `select id, content_id from documents where content_id ${c.inList("text")}`,
    c.listParam(contentIds),
  );
  return new Map(rows.map((r) => [r.content_id, r.id]));
}

interface Candidate {
  ref: number | NewDocument;
  signature: Uint32Array;
  /** The original of a chain: the candidate itself unless it is a near duplicate. */
  original: number | NewDocument;
  originalSource: number;
}

interface DocumentSketchRow {
  id: number;
  signature: Uint8Array | null;
  duplicate_of: number | null;
  source_id: number;
  original_source: number | null;
}

/**
 * Stored documents sharing a band key with any document of the batch, by band key. Two look-ups,
 * each by an index: the band keys' documents, then those documents (a join would let PostgreSQL's
 * planner hash the whole documents table when it over-estimates the matches).
 */
async function storedCandidates(
  c: BulkConnection,
  docs: readonly NewDocument[],
): Promise<Map<number, Candidate[]>> {
  const keys = [...new Set(docs.flatMap((d) => d.sketch.bandKeys))];
  const byKey = new Map<number, Candidate[]>();
  if (keys.length === 0) return byKey;
  // band_key is a number on SQLite, text on PostgreSQL (int8).
  const bands = await c.all<{ band_key: number | string; document_id: number }>(
    `select band_key, document_id from document_bands where band_key ${c.inList("bigint")}`,
    c.listParam(keys),
  );
  if (bands.length === 0) return byKey;
  const rows = await c.all<DocumentSketchRow>(
    `select d.id, d.signature, d.duplicate_of, d.source_id, o.source_id as original_source from documents d left join documents o on o.id = d.duplicate_of where d.id ${c.inList("int")} order by d.id`,
    c.listParam([...new Set(bands.map((b) => b.document_id))]),
  );
  const parsed = new Map<number, Candidate>();
  for (const r of rows) {
    if (!r.signature) continue;
    parsed.set(r.id, {
      ref: r.id,
      signature: signatureFromBytes(r.signature),
      original: r.duplicate_of ?? r.id,
      originalSource: r.duplicate_of === null ? r.source_id : (r.original_source ?? r.source_id),
    });
  }
  // Each key's candidates in document order, as the documents were stored.
  bands.sort((a, b) => a.document_id - b.document_id);
  for (const b of bands) {
    const cand = parsed.get(b.document_id);
    if (!cand) continue;
    const key = Number(b.band_key);
    const list = byKey.get(key);
    if (list) list.push(cand);
    else byKey.set(key, [cand]);
  }
  return byKey;
}

/** Link each new document to the most similar earlier document (stored or in the batch), if any. */
async function linkNearDuplicates(c: BulkConnection, docs: readonly NewDocument[]): Promise<void> {
  const byKey = await storedCandidates(c, docs);
  for (const d of docs) {
    let best: Candidate | null = null;
    let bestScore = NEAR_DUPLICATE_THRESHOLD;
    const seen = new Set<Candidate>();
    for (const key of d.sketch.bandKeys)
      for (const cand of byKey.get(key) ?? []) {
        if (seen.has(cand)) continue;
        seen.add(cand);
        const score = estimatedJaccard(d.sketch.signature, cand.signature);
        if (score >= bestScore) [best, bestScore] = [cand, score];
      }
    const found = best as Candidate | null;
    if (found) d.near = { original: found.original, originalSource: found.originalSource };
    const self: Candidate = {
      ref: d,
      signature: d.sketch.signature,
      original: d.near?.original ?? d,
      originalSource: d.near?.originalSource ?? d.source.id,
    };
    for (const key of d.sketch.bandKeys) {
      const list = byKey.get(key);
      if (list) list.push(self);
      else byKey.set(key, [self]);
    }
  }
}

function pendingLinks(d: NewDocument): PendingLink[] {
  const originId = d.near?.originalSource ?? d.source.id;
  return d.events.map((e) => ({
    modality: e.modality,
    negated: e.values[EVENT_SLOTS.negated] === 1,
    day: e.happening.day,
    sourceId: d.source.id,
    origin: linkOrigin((e.values[EVENT_SLOTS.attributed_to] as string | null) ?? null, originId),
  }));
}

const COLUMNS = WRITTEN_COLUMNS;
const DOCUMENT_ID = {
  commitments: slotsOf("commitments", COLUMNS.commitments).document_id,
  probabilities: slotsOf("probabilities", COLUMNS.probabilities).document_id,
};
const ACTOR = slotsOf("actors", COLUMNS.actors);

const ACTOR_CONFLICT = `on conflict (code) do update set mentions = actors.mentions + excluded.mentions, documents = actors.documents + excluded.documents, events_as_source = actors.events_as_source + excluded.events_as_source, events_as_target = actors.events_as_target + excluded.events_as_target, first_seen = case when excluded.first_seen < actors.first_seen then excluded.first_seen else actors.first_seen end`;

/** Rows as value arrays in the columns' order. */
function values(columns: ColumnList, rows: readonly object[]): unknown[][] {
  return rows.map((row) => {
    const r = row as Record<string, unknown>;
    const out = new Array<unknown>(columns.names.length);
    for (let i = 0; i < out.length; i++) out[i] = r[columns.names[i] as string] ?? null;
    return out;
  });
}

/** A prepared row of a document with its `document_id` set: a copy, the input stays as it was. */
function withDocument(row: readonly unknown[], slot: number, documentId: number): unknown[] {
  const out = row.slice();
  out[slot] = documentId;
  return out;
}

/**
 * Adds documents' actors to the batch's, one row per code: counters added, the earliest first day,
 * the first name. The batch upserts them once, after its groups (an upsert a group would write the
 * common codes once a group).
 */
function tallyActors(byCode: Map<string, unknown[]>, docs: readonly NewDocument[], today: string): void {
  for (const d of docs) {
    const day = d.input.article.published ?? today;
    for (const row of d.rows.actors) {
      const code = row[ACTOR.code] as string;
      const seen = byCode.get(code);
      if (!seen) {
        const copy = row.slice();
        copy[ACTOR_FIRST_SEEN] = day;
        byCode.set(code, copy);
        continue;
      }
      for (const k of [ACTOR.mentions, ACTOR.documents, ACTOR.events_as_source, ACTOR.events_as_target])
        seen[k] = (seen[k] as number) + (row[k] as number);
      if (day < (seen[ACTOR_FIRST_SEEN] as string)) seen[ACTOR_FIRST_SEEN] = day;
    }
  }
}

/** The batch's actor rows, by code. */
function actorRows(byCode: ReadonlyMap<string, unknown[]>): unknown[][] {
  return [...byCode.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([, row]) => row);
}

/** Content rows of the batch: everything keyed by document id alone. */
function contentRows(docs: readonly NewDocument[], ingestedAt: string) {
  const rows = {
    documents: [] as BulkRow<"documents">[],
    bands: [] as BulkRow<"document_bands">[],
    texts: [] as { id: number; title: string | null; text: string }[],
    commitments: [] as unknown[][],
    probabilities: [] as unknown[][],
  };
  for (const d of docs) {
    const a = d.input.article;
    const x = d.rows;
    const document_id = d.id;
    rows.documents.push({
      id: d.id,
      content_id: a.id,
      source_id: d.source.id,
      url: a.url,
      outlet: a.outlet,
      title: a.title,
      published: a.published,
      language: a.language,
      text: a.text,
      marking: d.input.marking ?? "TLP:CLEAR",
      origin: a.origin,
      extractor: x.extractor,
      ingested_at: ingestedAt,
      signature: signatureToBytes(d.sketch.signature),
      duplicate_of: d.near ? idOf(d.near.original) : null,
      mentions: x.mentions,
      sentences: x.sentences,
    });
    for (const band_key of d.sketch.bandKeys) rows.bands.push({ band_key, document_id });
    rows.texts.push({ id: d.id, title: a.title, text: a.text });
    for (const m of x.commitments)
      rows.commitments.push(withDocument(m, DOCUMENT_ID.commitments, document_id));
    for (const p of x.probabilities)
      rows.probabilities.push(withDocument(p, DOCUMENT_ID.probabilities, document_id));
  }
  return rows;
}

/** Event rows, with the event ids allocated in order and each event's claim (set in the writer's copies). */
function eventRows(
  docs: readonly NewDocument[],
  claims: readonly (ClaimRef | null)[][],
  ids: readonly number[],
): unknown[][] {
  const events: unknown[][] = [];
  let next = 0;
  for (const [k, d] of docs.entries()) {
    for (const [i, e] of d.events.entries()) {
      const claim = claims[k]?.[i] ?? null;
      const v = e.values;
      v[EVENT_SLOTS.id] = ids[next++] as number;
      v[EVENT_SLOTS.document_id] = d.id;
      v[EVENT_SLOTS.claim_id] = claim === null ? null : idOf(claim);
      v[EVENT_SLOTS.single_reliability] =
        claim !== null && typeof claim !== "number" && isSingleClaim(claim) ? claim.reliability : null;
      events.push(v);
    }
  }
  return events;
}

async function insertAll(
  c: BulkConnection,
  docs: readonly NewDocument[],
  claimsOf: readonly (ClaimRef | null)[][],
  created: readonly NewClaim[],
  ingestedAt: string,
  eventIds: readonly number[],
): Promise<void> {
  const content = contentRows(docs, ingestedAt);
  await c.insert("documents", COLUMNS.documents, values(COLUMNS.documents, content.documents));
  await c.insert("document_bands", COLUMNS.document_bands, values(COLUMNS.document_bands, content.bands));
  await c.indexTexts(content.texts);
  // A claim of one event has no row: its event carries it (single-claims.ts).
  const claimRows: unknown[][] = [];
  for (const claim of created) if (!isSingleClaim(claim)) claimRows.push(claimValues(newClaimRow(claim)));
  await c.insert("claims", COLUMNS.claims, claimRows);
  await c.insert("events", COLUMNS.events, eventRows(docs, claimsOf, eventIds));
  await c.insert("commitments", COLUMNS.commitments, content.commitments);
  await c.insert("probabilities", COLUMNS.probabilities, content.probabilities);
}

/**
 * Documents written at a time inside a batch's transaction where no claim locks are taken (SQLite):
 * a group's rows are made, planned and inserted before the next group's are made, so they die young
 * instead of all living until the whole batch is written. Where writers lock the claims they may touch
 * (PostgreSQL), a batch is one group: its locks are taken at once, in one sorted order, before
 * anything is read, so two writers cannot deadlock. 64: at 32 the per-group statements cost the
 * writing thread 0.2–0.4 s more per 10,000 documents; 128 was no better (ingest-main bench).
 */
const GROUP_SIZE = 64;

/** A new document with its rows (made when its group is reached) and filed events. */
function newDocument(
  input: DocumentInput,
  made: { rows: DocumentRows; events: PreparedEvent[] },
  source: SourceRow,
): NewDocument {
  return {
    id: 0,
    input,
    rows: made.rows.prepared,
    sketch: made.rows.sketch,
    events: made.events,
    source,
    near: null,
  };
}

/** A document's rows and its events filed (their day, happening and block key). */
function madeRows(input: DocumentInput, today: string): { rows: DocumentRows; events: PreparedEvent[] } {
  const rows = documentRows(input);
  const published = input.article.published;
  return { rows, events: rows.prepared.events.map((v) => fileEvent(v, published, today)) };
}

/**
 * Write new documents of a batch (a group) whose sources are upserted, their actors added to the
 * batch's; their outcomes, in order.
 */
async function writeGroup(
  c: BulkConnection,
  ctx: WriterContext,
  docs: NewDocument[],
  now: Date,
  today: string,
  actors: Map<string, unknown[]>,
): Promise<IngestOutcome[]> {
  tallyActors(actors, docs, today);
  await linkNearDuplicates(c, docs);
  const links = docs.map(pendingLinks);
  const plan = await planClaims(
    c,
    docs.map((d, k) => ({
      events: d.events,
      links: links[k] as PendingLink[],
      reliability: sourceReliability(d.source, ctx.reliability) as Reliability,
    })),
  );
  const ids = await c.allocateIds({
    documents: docs.length,
    events: docs.reduce((n, d) => n + d.events.length, 0),
    claims: plan.created.length,
  });
  for (const [k, d] of docs.entries()) d.id = ids.documents[k] as number;
  for (const [k, claim] of plan.created.entries()) claim.id = ids.claims[k] as number;
  await insertAll(
    c,
    docs,
    plan.documents.map((d) => d.claims),
    plan.created,
    now.toISOString(),
    ids.events,
  );
  await refreshClaims(
    c,
    [...plan.touched, ...plan.created.filter((cl) => cl.joinedLater).map((cl) => cl.id)],
    plan.promoted,
    ctx.reliability,
  );
  return docs.map((d, k) => {
    const claims = plan.documents[k];
    const written = {
      documentId: d.id,
      events: d.events.length,
      claimsCreated: claims?.created ?? 0,
      claimsUpdated: claims?.updated ?? 0,
    };
    return d.near
      ? { status: "near-duplicate", duplicateOf: idOf(d.near.original), ...written }
      : { status: "new", ...written };
  });
}

const duplicateOf = (documentId: number): IngestOutcome => ({
  status: "duplicate",
  documentId,
  events: 0,
  claimsCreated: 0,
  claimsUpdated: 0,
});

/**
 * Write a batch of checked documents; one outcome per input, in order. Groups of documents are
 * written one after the other as batches of their own would be: a later group finds an earlier
 * one's documents and claims stored, and the rows are the same whatever the group size (the sources
 * are upserted once for the whole batch, as SQLite moves a table's sequence on every upsert).
 */
export async function writeDocuments(
  c: BulkConnection,
  ctx: WriterContext,
  inputs: readonly DocumentInput[],
): Promise<IngestOutcome[]> {
  const now = ctx.now();
  const today = now.toISOString().slice(0, 10);
  // Serialise concurrent writers on the claims this batch may touch before reading anything.
  const madeFirst = c.locking ? inputs.map((input) => madeRows(input, today)) : null;
  if (madeFirst) await c.lockKeys(claimLockKeys(madeFirst.flatMap((m) => m.events)));
  const stored = await storedIds(
    c,
    inputs.map((i) => i.article.id),
  );
  const sources = await upsertSources(c, inputs.map(defaultSource));
  const outcomes = new Array<IngestOutcome>(inputs.length);
  // New documents by input index; a later copy of one within the batch, by the index of the first.
  const fresh: number[] = [];
  const copies: [number, number][] = [];
  const firstOf = new Map<string, number>();
  for (const [k, input] of inputs.entries()) {
    const id = input.article.id;
    const before = stored.get(id);
    const first = firstOf.get(id);
    if (before !== undefined) outcomes[k] = duplicateOf(before);
    else if (first !== undefined) copies.push([k, first]);
    else {
      firstOf.set(id, k);
      fresh.push(k);
    }
  }
  const actors = new Map<string, unknown[]>();
  const size = madeFirst ? fresh.length : GROUP_SIZE;
  for (let at = 0; at < fresh.length; at += size) {
    const group = fresh.slice(at, at + size);
    const docs = group.map((k) => {
      const input = inputs[k] as DocumentInput;
      const made = madeFirst?.[k] ?? madeRows(input, today);
      return newDocument(input, made, sources.get(sourceKey(defaultSource(input))) as SourceRow);
    });
    const written = await writeGroup(c, ctx, docs, now, today, actors);
    for (const [j, k] of group.entries()) outcomes[k] = written[j] as IngestOutcome;
  }
  await c.insert("actors", COLUMNS.actors, actorRows(actors), ACTOR_CONFLICT);
  for (const [k, first] of copies) outcomes[k] = duplicateOf((outcomes[first] as IngestOutcome).documentId);
  return outcomes;
}
