/** An Extraction (`secvar analyze --json`) as export events: for exporting without a store. */
import type { ActorRecord, EventRecord, Extraction, PlaceRecord } from "../knowledge/index.js";
import type { ExportEvent } from "./export-event.js";

/** Fields the extraction does not know, given for all its events. */
export type ExportExtras = Partial<Pick<ExportEvent, "claimId" | "evidenceGrade" | "confidence" | "tlp">>;

function actorOf(actors: readonly ActorRecord[], code: string | null): ActorRecord | undefined {
  return code === null ? undefined : actors.find((a) => a.code === code);
}

function placeOf(places: readonly PlaceRecord[], e: EventRecord): PlaceRecord | undefined {
  const p = e.place;
  return p ? places.find((r) => r.name === p.name && r.lat === p.lat && r.lon === p.lon) : undefined;
}

function eventOf(x: Extraction, e: EventRecord, extras: ExportExtras): ExportEvent {
  const source = actorOf(x.actors, e.source);
  const target = actorOf(x.actors, e.target);
  const place = placeOf(x.places, e);
  return {
    eventId: e.id,
    date: e.date?.value ?? null,
    datePrecision: e.date?.precision ?? null,
    sourceCode: e.source,
    sourceName: source?.name ?? e.source_text,
    sourceCountry: source?.country ?? null,
    sourceKind: source?.kind ?? null,
    targetCode: e.target,
    targetName: target?.name ?? e.target_text,
    targetCountry: target?.country ?? null,
    targetKind: target?.kind ?? null,
    cameoCode: e.code,
    cameoName: e.code_name,
    rootCode: e.code.slice(0, 2),
    quadClass: e.quad_class,
    goldstein: e.goldstein,
    ploverCategory: e.plover,
    placeName: e.place?.name ?? null,
    placeCountry: e.place?.country ?? null,
    placeLat: e.place?.lat ?? null,
    placeLon: e.place?.lon ?? null,
    placeFeature: place?.feature ?? null,
    placeGeonameId: place?.geonameid ?? null,
    modality: e.modality,
    negated: e.negated,
    attributedTo: e.attributed_to,
    quoted: e.quoted,
    documentId: x.document.id,
    documentUrl: x.document.url,
    documentOutlet: x.document.outlet,
    documentTitle: x.document.title,
    documentPublished: x.document.published,
    sentenceIndex: e.sentence.index,
    sentence: e.sentence.text,
    claimId: extras.claimId ?? null,
    evidenceGrade: extras.evidenceGrade ?? null,
    confidence: extras.confidence ?? null,
    tlp: extras.tlp ?? null,
    rule: e.rule,
  };
}

/**
 * The events of one extraction as export events, actor names and kinds taken from its
 * actor list, place feature and GeoNames id from its place list.
 *
 * @example
 * const events = exportEventsFromExtraction(extraction, { tlp: "GREEN" });
 */
export function exportEventsFromExtraction(x: Extraction, extras: ExportExtras = {}): ExportEvent[] {
  return x.events.map((e) => eventOf(x, e, extras));
}
