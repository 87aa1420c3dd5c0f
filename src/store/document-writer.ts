/**
 * Writes one analysed document inside a transaction the caller owns: document row, sketch,
 * full-text entry, sentences, mentions, actors, events, claims, commitments, probabilities.
 * Idempotent by content hash; near duplicates are linked to their original.
 */
import { type Kysely, sql } from "kysely";
import {
  estimatedJaccard,
  NEAR_DUPLICATE_THRESHOLD,
  type Sketch,
  signatureFromHex,
  signatureToHex,
  sketchText,
} from "../ingest/index.js";
import { type Modality, type ReliabilityTable, sourceReliability } from "../knowledge/index.js";
import { assignClaims, linkClaimEvents, type PendingLink, refreshClaims } from "./claim-writer.js";
import type { Database } from "./database-schema.js";
import {
  actorRows,
  commitmentRows,
  mentionRows,
  type PreparedEvent,
  prepareEvent,
  probabilityRows,
  sentenceRows,
} from "./document-rows.js";
import type { StoreDialect } from "./store-dialect.js";
import { StoreError } from "./store-error.js";
import type { DocumentInput, IngestOutcome, SourceInput } from "./store-types.js";

export interface WriterContext {
  dialect: StoreDialect;
  reliability: ReliabilityTable;
  now: () => Date;
}

type Trx = Kysely<Database>;

/** Rows per multi-row INSERT: under both engines' bound-parameter limits for our widest table. */
const CHUNK = 400;

async function inChunks<T>(rows: readonly T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).host || null;
  } catch {
    return null;
  }
}

/** The source a document is filed under when the caller names none. */
export function defaultSource(input: DocumentInput): SourceInput {
  return input.source ?? { name: input.article.outlet ?? hostOf(input.article.url) ?? "unknown" };
}

/** A document's source as the claim writer needs it; originId is the original's for a near duplicate. */
interface DocumentSource {
  id: number;
  kind: string;
  reliability: string | null;
  originId: number;
}

/** Create a source, or update the fields the input sets; returns its row. */
export async function upsertSource(
  trx: Trx,
  s: SourceInput,
): Promise<{ id: number; kind: string; reliability: string | null }> {
  const updates: Record<string, unknown> = { name: sql`excluded.name` };
  if (s.kind !== undefined) updates.kind = s.kind;
  if (s.country !== undefined) updates.country = s.country;
  if (s.reliability !== undefined) updates.reliability = s.reliability;
  return trx
    .insertInto("sources")
    .values({
      name: s.name,
      kind: s.kind ?? "unknown",
      country: s.country ?? null,
      reliability: s.reliability ?? null,
    })
    .onConflict((oc) => oc.column("name").doUpdateSet(updates))
    .returning(["id", "kind", "reliability"])
    .executeTakeFirstOrThrow();
}

interface NearDuplicate {
  original: number;
  originalSource: number;
}

async function findNearDuplicate(trx: Trx, sketch: Sketch): Promise<NearDuplicate | null> {
  const candidates = await trx
    .selectFrom("document_bands as b")
    .innerJoin("documents as d", "d.id", "b.document_id")
    .select(["d.id", "d.signature", "d.duplicate_of", "d.source_id"])
    .distinct()
    .where("b.band_key", "in", sketch.bandKeys)
    .limit(50)
    .execute();
  let best: (typeof candidates)[number] | null = null;
  let bestScore = NEAR_DUPLICATE_THRESHOLD;
  for (const c of candidates) {
    const score = c.signature ? estimatedJaccard(sketch.signature, signatureFromHex(c.signature)) : 0;
    if (score >= bestScore) [best, bestScore] = [c, score];
  }
  if (!best) return null;
  if (best.duplicate_of === null) return { original: best.id, originalSource: best.source_id };
  const original = await trx
    .selectFrom("documents")
    .select(["id", "source_id"])
    .where("id", "=", best.duplicate_of)
    .executeTakeFirstOrThrow();
  return { original: original.id, originalSource: original.source_id };
}

function checkInput(input: DocumentInput): void {
  const { article, extraction } = input;
  if (!article.id)
    throw new StoreError("bad_input", `document ${article.origin}: the article has no content id`);
  if (extraction.document.id !== article.id)
    throw new StoreError(
      "bad_input",
      `document ${article.origin}: extraction is for document ${extraction.document.id}, expected the article's ${article.id}`,
    );
}

async function insertDocument(
  trx: Trx,
  ctx: WriterContext,
  input: DocumentInput,
  sourceId: number,
  sketch: Sketch,
  near: NearDuplicate | null,
): Promise<number | null> {
  const a = input.article;
  const row = await trx
    .insertInto("documents")
    .values({
      content_id: a.id,
      source_id: sourceId,
      url: a.url,
      outlet: a.outlet,
      title: a.title,
      published: a.published,
      language: a.language,
      text: a.text,
      marking: input.marking ?? "TLP:CLEAR",
      origin: a.origin,
      extractor: input.extraction.extractor,
      ingested_at: ctx.now().toISOString(),
      signature: signatureToHex(sketch.signature),
      duplicate_of: near?.original ?? null,
    })
    .onConflict((oc) => oc.column("content_id").doNothing())
    .returning("id")
    .executeTakeFirst();
  return row?.id ?? null;
}

async function upsertActors(trx: Trx, input: DocumentInput, day: string): Promise<void> {
  const rows = actorRows(input.extraction, day);
  if (rows.length === 0) return;
  await trx
    .insertInto("actors")
    .values(rows)
    .onConflict((oc) =>
      oc.column("code").doUpdateSet({
        mentions: sql`actors.mentions + excluded.mentions`,
        documents: sql`actors.documents + excluded.documents`,
        events_as_source: sql`actors.events_as_source + excluded.events_as_source`,
        events_as_target: sql`actors.events_as_target + excluded.events_as_target`,
        first_seen: sql`case when excluded.first_seen < actors.first_seen then excluded.first_seen else actors.first_seen end`,
      }),
    )
    .execute();
}

async function insertEvents(
  trx: Trx,
  documentId: number,
  events: readonly PreparedEvent[],
  claimIds: (number | null)[],
) {
  const ids = new Map<string, number>();
  for (let i = 0; i < events.length; i += CHUNK) {
    const rows = events
      .slice(i, i + CHUNK)
      .map((e, j) => ({ ...e.row, document_id: documentId, claim_id: claimIds[i + j] ?? null }));
    const out = await trx.insertInto("events").values(rows).returning(["id", "ext_id"]).execute();
    for (const r of out) ids.set(r.ext_id, r.id);
  }
  return ids;
}

/** Who an event's information comes from: the attributed actor, else the (original) outlet. */
function originOf(e: PreparedEvent, sourceId: number): string {
  return e.row.attributed_to ? `actor:${e.row.attributed_to}` : `source:${sourceId}`;
}

async function writeEventsAndClaims(
  trx: Trx,
  ctx: WriterContext,
  input: DocumentInput,
  documentId: number,
  source: DocumentSource,
): Promise<Pick<IngestOutcome, "events" | "claimsCreated" | "claimsUpdated">> {
  const today = ctx.now().toISOString().slice(0, 10);
  const events = input.extraction.events.map((e) => prepareEvent(e, input.article.published, today));
  const pending: PendingLink[] = events.map((e) => ({
    modality: e.row.modality as Modality,
    negated: e.row.negated === 1,
    day: e.happening.day,
    sourceId: source.id,
    origin: originOf(e, source.originId),
  }));
  const reliability = sourceReliability(source, ctx.reliability);
  const assignment = await assignClaims(trx, ctx.dialect, events, pending, reliability);
  const ids = await insertEvents(trx, documentId, events, assignment.claimIds);
  const links = events.flatMap((e, i) => {
    const claimId = assignment.claimIds[i];
    const eventId = ids.get(e.row.ext_id);
    return claimId == null || eventId === undefined
      ? []
      : [{ ...(pending[i] as PendingLink), claimId, eventId }];
  });
  await linkClaimEvents(trx, links);
  await refreshClaims(trx, assignment.existing, ctx.reliability);
  return {
    events: events.length,
    claimsCreated: assignment.created,
    claimsUpdated: assignment.existing.length,
  };
}

async function writeContent(
  trx: Trx,
  ctx: WriterContext,
  input: DocumentInput,
  documentId: number,
  sketch: Sketch,
) {
  const x = input.extraction;
  const withDoc = <T extends object>(rows: T[]) => rows.map((r) => ({ ...r, document_id: documentId }));
  await inChunks(
    sketch.bandKeys.map((band_key) => ({ band_key, document_id: documentId })),
    (c) => trx.insertInto("document_bands").values(c).execute(),
  );
  await ctx.dialect.indexDocumentText(trx, {
    id: documentId,
    title: input.article.title,
    text: input.article.text,
  });
  const sentences = sentenceRows(x);
  await inChunks(withDoc(sentences), (c) => trx.insertInto("sentences").values(c).execute());
  await inChunks(withDoc(mentionRows(x, sentences)), (c) => trx.insertInto("mentions").values(c).execute());
  await inChunks(withDoc(commitmentRows(x)), (c) => trx.insertInto("commitments").values(c).execute());
  await inChunks(withDoc(probabilityRows(x)), (c) => trx.insertInto("probabilities").values(c).execute());
}

async function existingDocument(trx: Trx, contentId: string): Promise<number | null> {
  const row = await trx
    .selectFrom("documents")
    .select("id")
    .where("content_id", "=", contentId)
    .executeTakeFirst();
  return row?.id ?? null;
}

function duplicate(documentId: number): IngestOutcome {
  return { status: "duplicate", documentId, events: 0, claimsCreated: 0, claimsUpdated: 0 };
}

/** Write one document in the caller's transaction. */
export async function writeDocument(
  trx: Trx,
  ctx: WriterContext,
  input: DocumentInput,
): Promise<IngestOutcome> {
  checkInput(input);
  const before = await existingDocument(trx, input.article.id);
  if (before !== null) return duplicate(before);
  const source = await upsertSource(trx, defaultSource(input));
  const sourceId = source.id;
  const sketch = sketchText(input.article.text);
  const near = await findNearDuplicate(trx, sketch);
  const documentId = await insertDocument(trx, ctx, input, sourceId, sketch, near);
  // Another writer stored the same content between our check and our insert.
  if (documentId === null) return duplicate((await existingDocument(trx, input.article.id)) ?? 0);
  await writeContent(trx, ctx, input, documentId, sketch);
  const day = input.article.published ?? ctx.now().toISOString().slice(0, 10);
  await upsertActors(trx, input, day);
  const written = await writeEventsAndClaims(trx, ctx, input, documentId, {
    ...source,
    originId: near?.originalSource ?? sourceId,
  });
  return near
    ? { status: "near-duplicate", documentId, duplicateOf: near.original, ...written }
    : { status: "new", documentId, ...written };
}
