/**
 * Pure mapping from an analysed document (Article + Extraction) to the rows the store writes.
 * No I/O: the writer adds ids and runs the statements.
 */
import type { Insertable } from "kysely";
import {
  actorCountry,
  cameoRoot,
  type DateBasis,
  type EventRecord,
  type Extraction,
  type Happening,
  type ResolvedDate,
  type SentenceRef,
  type Span,
} from "../knowledge/index.js";
import type {
  ActorTable,
  CommitmentTable,
  EventTable,
  ProbabilityTable,
  SentenceTable,
} from "./database-schema.js";

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

/** An event row (without document and claim) and the happening it describes. */
export interface PreparedEvent {
  row: Row<EventTable>;
  happening: Happening;
}

export function prepareEvent(e: EventRecord, published: string | null, today: string): PreparedEvent {
  const date = eventDay(e, published, today);
  const row: Row<EventTable> = {
    ext_id: e.id,
    sentence_idx: e.sentence.index,
    source_code: e.source,
    source_name: e.source_text,
    source_country: actorCountry(e.source),
    target_code: e.target,
    target_name: e.target_text,
    target_country: actorCountry(e.target),
    code: e.code,
    root: cameoRoot(e.code),
    code_name: e.code_name,
    quad_class: e.quad_class,
    goldstein: e.goldstein,
    plover: e.plover,
    modality: e.modality,
    negated: e.negated ? 1 : 0,
    quoted: e.quoted ? 1 : 0,
    attributed_to: e.attributed_to,
    attributed_text: e.attributed_text,
    day: date.day,
    date_value: date.value,
    date_basis: date.basis,
    place_name: e.place?.name ?? null,
    place_country: e.place?.country ?? null,
    lat: e.place?.lat ?? null,
    lon: e.place?.lon ?? null,
    spans: spansJson(e.spans),
    rule: e.rule,
    claim_id: null,
  };
  const happening: Happening = {
    sourceCode: e.source,
    targetCode: e.target,
    code: e.code,
    day: date.day,
    basis: date.basis,
    placeName: row.place_name ?? null,
    placeCountry: row.place_country ?? null,
  };
  return { row, happening };
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
