/**
 * Pure mapping from an analysed document (Article + Extraction) to the rows the store writes.
 * No I/O: the writer adds ids and runs the statements. `prepareDocument` needs the extraction
 * alone, so it can run where the extraction is made (an extraction worker of `secvar ingest`),
 * which then hands over value arrays instead of the extraction's object graph.
 */
import type { Insertable } from "kysely";
import {
  actorCountry,
  cameoRoot,
  claimBlockKey,
  type DateBasis,
  type EventRecord,
  type Extraction,
  type Happening,
  isClaimable,
  type Modality,
  type ResolvedDate,
  type SentenceRef,
  type Span,
} from "../knowledge/index.js";
import type { ActorTable, CommitmentTable, ProbabilityTable, SentenceTable } from "./database-schema.js";
import type { PreparedDocument } from "./store-types.js";
import { slotsOf, WRITTEN_COLUMNS } from "./table-columns.js";

type Row<T> = Omit<Insertable<T>, "document_id">;

/** First day of a "YYYY", "YYYY-MM" or "YYYY-MM-DD" date. */
export function firstDay(value: string): string {
  if (/^\d{4}$/.test(value)) return `${value}-01-01`;
  if (/^\d{4}-\d{2}$/.test(value)) return `${value}-01`;
  return value.slice(0, 10);
}

/** The day an event is filed under, and how it was obtained (its date, else the report's). */
export function eventDay(
  e: Pick<EventRecord, "date" | "statement_date">,
  published: string | null,
  today: string,
): { day: string; value: string | null; basis: DateBasis } {
  if (e.date) return { day: firstDay(e.date.value), value: e.date.value, basis: e.date.precision };
  if (e.statement_date && e.statement_date.precision === "day")
    return { day: e.statement_date.value, value: null, basis: "statement" };
  if (published) return { day: published, value: null, basis: "published" };
  return { day: today, value: null, basis: "ingested" };
}

function spanJson(s: Span | null): string {
  return s === null ? "null" : `{"start":${s.start},"end":${s.end},"text":${JSON.stringify(s.text)}}`;
}

/**
 * An event's spans as JSON, written out field by field: the same text JSON.stringify gives for
 * the schema's `{ source, verb, target }`, at a third of its cost (one call per event adds up).
 */
export function spansJson(spans: EventRecord["spans"]): string {
  return `{"source":${spanJson(spans.source)},"verb":${spanJson(spans.verb)},"target":${spanJson(spans.target)}}`;
}

const EVENT = slotsOf("events", WRITTEN_COLUMNS.events);
const EVENT_WIDTH = WRITTEN_COLUMNS.events.names.length;
const ACTOR = slotsOf("actors", WRITTEN_COLUMNS.actors);

/** Positions of the event columns the writer reads or fills. */
export const EVENT_SLOTS = EVENT;
/** Position of `first_seen` in an actor value array. */
export const ACTOR_FIRST_SEEN = ACTOR.first_seen;

/** A row's values in the order of `names`: a column the row does not have (an id) is null. */
function rowValues(names: readonly string[], row: object): unknown[] {
  const r = row as Record<string, unknown>;
  return names.map((n) => r[n] ?? null);
}

function valueArray(width: number): unknown[] {
  return new Array<unknown>(width).fill(null);
}

/**
 * An event's values in the events table's column order; `id`, `document_id` and `claim_id` are
 * null, and so are `day` and `date_basis` when the event has neither a date of its own nor a
 * statement's day (`eventDay` then files it under the publication or ingest day: `fileEvent`).
 */
export function eventValues(e: EventRecord): unknown[] {
  const v = valueArray(EVENT_WIDTH);
  v[EVENT.ext_id] = e.id;
  v[EVENT.sentence_idx] = e.sentence.index;
  v[EVENT.source_code] = e.source ?? null;
  v[EVENT.source_name] = e.source_text ?? null;
  v[EVENT.source_country] = actorCountry(e.source);
  v[EVENT.target_code] = e.target ?? null;
  v[EVENT.target_name] = e.target_text ?? null;
  v[EVENT.target_country] = actorCountry(e.target);
  v[EVENT.code] = e.code;
  v[EVENT.root] = cameoRoot(e.code);
  v[EVENT.code_name] = e.code_name;
  v[EVENT.quad_class] = e.quad_class;
  v[EVENT.goldstein] = e.goldstein;
  v[EVENT.plover] = e.plover ?? null;
  v[EVENT.modality] = e.modality;
  v[EVENT.negated] = e.negated ? 1 : 0;
  v[EVENT.quoted] = e.quoted ? 1 : 0;
  v[EVENT.attributed_to] = e.attributed_to ?? null;
  v[EVENT.attributed_text] = e.attributed_text ?? null;
  if (e.date || (e.statement_date && e.statement_date.precision === "day")) {
    // Published and today are not needed when the event has a day of its own.
    const date = eventDay(e, null, "");
    v[EVENT.day] = date.day;
    v[EVENT.date_value] = date.value;
    v[EVENT.date_basis] = date.basis;
  }
  v[EVENT.place_name] = e.place?.name ?? null;
  v[EVENT.place_country] = e.place?.country ?? null;
  v[EVENT.lat] = e.place?.lat ?? null;
  v[EVENT.lon] = e.place?.lon ?? null;
  v[EVENT.spans] = spansJson(e.spans);
  v[EVENT.rule] = e.rule;
  return v;
}

/** An event as the writer holds it: its values (a copy, ids to be filled) and the happening. */
export interface PreparedEvent {
  values: unknown[];
  modality: Modality;
  happening: Happening;
  /** `claimBlockKey(happening)` when the modality can make claims, else null. */
  blockKey: string | null;
}

/**
 * An event of a prepared document, filed: a copy of its values with the day filled in when the
 * event has none of its own (the publication day, else the ingest day, as `eventDay`), and the
 * happening the claim planner compares.
 */
export function fileEvent(
  values: readonly unknown[],
  published: string | null,
  today: string,
): PreparedEvent {
  const v = values.slice();
  if (v[EVENT.day] === null) {
    v[EVENT.day] = published ? published : today;
    v[EVENT.date_basis] = published ? "published" : "ingested";
  }
  const happening: Happening = {
    sourceCode: v[EVENT.source_code] as string | null,
    targetCode: v[EVENT.target_code] as string | null,
    code: v[EVENT.code] as string,
    day: v[EVENT.day] as string,
    basis: v[EVENT.date_basis] as DateBasis,
    placeName: v[EVENT.place_name] as string | null,
    placeCountry: v[EVENT.place_country] as string | null,
  };
  const modality = v[EVENT.modality] as Modality;
  return {
    values: v,
    modality,
    happening,
    blockKey: isClaimable(modality) ? claimBlockKey(happening) : null,
  };
}

/**
 * Everything the store writes for a document that does not depend on its article's metadata, the
 * store's clock or ids: rows as value arrays in `WRITTEN_COLUMNS` order (ids null, see
 * `PreparedDocument`).
 */
export function prepareDocument(x: Extraction): PreparedDocument {
  const sentences = sentenceRows(x);
  return {
    documentId: x.document.id,
    extractor: x.extractor,
    events: x.events.map(eventValues),
    sentences: sentencesJson(sentences),
    mentions: mentionsJson(x, sentences),
    actors: actorRows(x, "").map((a) => {
      const v = rowValues(WRITTEN_COLUMNS.actors.names, a);
      // First seen is the store's clock, filled when the row is written.
      v[ACTOR.first_seen] = null;
      return v;
    }),
    commitments: commitmentRows(x).map((c) => rowValues(WRITTEN_COLUMNS.commitments.names, c)),
    probabilities: probabilityRows(x).map((p) => rowValues(WRITTEN_COLUMNS.probabilities.names, p)),
  };
}

/** The distinct sentences the extraction refers to (events, commitments, probabilities). */
export function sentenceRows(x: Extraction): Row<SentenceTable>[] {
  const refs = new Map<number, SentenceRef>();
  for (const item of [...x.events, ...x.commitments, ...x.probabilities])
    refs.set(item.sentence.index, item.sentence);
  return [...refs.values()]
    .sort((a, b) => a.index - b.index)
    .map((s) => ({ idx: s.index, start: s.start, end: s.end, text: s.text }));
}

/** The cited sentences as stored in `documents.sentences`: a JSON list of `[idx, start, end, text]`, null for none. */
export function sentencesJson(sentences: readonly Row<SentenceTable>[]): string | null {
  return sentences.length > 0 ? JSON.stringify(sentences.map((s) => [s.idx, s.start, s.end, s.text])) : null;
}

function sentenceAt(sentences: readonly Row<SentenceTable>[], offset: number): number | null {
  for (const s of sentences) if (s.start <= offset && offset < s.end) return s.idx;
  return null;
}

/** One mention: `[sentence_idx, start, end, text, type, entity]` (type actor, place or time). */
export type MentionTuple = [number | null, number, number, string, string, string | null];

/** Mentions: actor spans of events (resolved to codes), places and time expressions. */
export function mentionTuples(x: Extraction, sentences: readonly Row<SentenceTable>[]): MentionTuple[] {
  const out: MentionTuple[] = [];
  // Seen spans per type, as start × 2²⁶ + end (offsets stay below 2²⁶: documents are at most 20 MiB).
  const seen = { actor: new Set<number>(), place: new Set<number>(), time: new Set<number>() };
  const add = (type: keyof typeof seen, start: number, end: number, text: string, entity: string | null) => {
    const key = start * 2 ** 26 + end;
    if (seen[type].has(key)) return;
    seen[type].add(key);
    out.push([sentenceAt(sentences, start), start, end, text, type, entity]);
  };
  for (const e of x.events) {
    const { source, target } = e.spans;
    if (source) add("actor", source.start, source.end, source.text, e.source);
    if (target) add("actor", target.start, target.end, target.text, e.target);
  }
  for (const p of x.places) add("place", p.start, p.end, p.name, p.geonameid?.toString() ?? p.name);
  for (const t of x.times) add("time", t.start, t.end, t.text, t.value);
  return out;
}

/** The document's mentions as stored in `documents.mentions`: a JSON list of tuples, null for none. */
export function mentionsJson(x: Extraction, sentences: readonly Row<SentenceTable>[]): string | null {
  const tuples = mentionTuples(x, sentences);
  return tuples.length > 0 ? JSON.stringify(tuples) : null;
}

/** Actors of the document: the extraction's list plus any event actor it lacks, one row per code. */
export function actorRows(x: Extraction, day: string): Insertable<ActorTable>[] {
  const rows = new Map<string, Insertable<ActorTable>>();
  for (const a of x.actors) {
    rows.set(a.code, {
      code: a.code,
      name: a.name,
      kind: a.kind,
      country: a.country,
      mentions: a.mentions,
      documents: 1,
      events_as_source: 0,
      events_as_target: 0,
      first_seen: day,
    });
  }
  for (const e of x.events) {
    countActor(rows, e.source, e.source_text, day, "events_as_source");
    countActor(rows, e.target, e.target_text, day, "events_as_target");
  }
  return [...rows.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
}

function countActor(
  rows: Map<string, Insertable<ActorTable>>,
  code: string | null,
  text: string | null,
  day: string,
  field: "events_as_source" | "events_as_target",
): void {
  if (!code) return;
  let row = rows.get(code);
  if (!row) {
    row = {
      code,
      name: text ?? code,
      kind: "unknown",
      country: actorCountry(code),
      mentions: 0,
      documents: 1,
      events_as_source: 0,
      events_as_target: 0,
      first_seen: day,
    };
    rows.set(code, row);
  }
  row[field] = (row[field] ?? 0) + 1;
}

function dateParts(d: ResolvedDate | null): { date_value: string | null; date_precision: string | null } {
  return { date_value: d?.value ?? null, date_precision: d?.precision ?? null };
}

export function commitmentRows(x: Extraction): Row<CommitmentTable>[] {
  return x.commitments.map((c) => ({
    sentence_idx: c.sentence.index,
    name: c.name,
    parties: JSON.stringify(c.parties),
    article: c.article,
    obligation: c.obligation,
    status: c.status,
    status_by: c.status_by,
    ...dateParts(c.date),
    rule: c.rule,
  }));
}

export function probabilityRows(x: Extraction): Row<ProbabilityTable>[] {
  return x.probabilities.map((p) => ({
    sentence_idx: p.sentence.index,
    about: p.about,
    text: p.text,
    probability: p.probability,
    range_lo: p.range?.[0] ?? null,
    range_hi: p.range?.[1] ?? null,
    scale: p.scale,
    rule: p.rule,
  }));
}
