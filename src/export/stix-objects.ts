/** STIX 2.1 objects for secvar events: pure builders with deterministic ids. */
import { iso3ToIso2 } from "./country-codes.js";
import { ExportError } from "./export-error.js";
import type { ExportEvent, TlpLevel } from "./export-event.js";
import { uuidV5 } from "./stable-id.js";
import { type TlpVersion, tlpMarkingId } from "./tlp-markings.js";

/**
 * The UUIDv5 namespace of every id secvar writes into STIX: the version-5 UUID of the name
 * "stix.secvar" in the RFC 4122 DNS namespace (6ba7b810-9dad-11d1-80b4-00c04fd430c8).
 */
export const SECVAR_STIX_NAMESPACE = "22e085f5-e91e-53f5-bbc7-d000e10be1f9";

/** A STIX object as JSON. */
export type StixObject = Record<string, unknown> & { type: string; id: string };

/** What every builder needs: the timestamp, the producer and the TLP flavour. */
export interface StixContext {
  /** RFC 3339 with milliseconds and Z, e.g. "2025-01-01T00:00:00.000Z". */
  timestamp: string;
  producerId: string;
  tlpVersion: TlpVersion;
}

/** `type--uuid` for a name in secvar's namespace. */
export function stixId(type: string, name: string): string {
  return `${type}--${uuidV5(`${type}|${name}`, SECVAR_STIX_NAMESPACE)}`;
}

// Actors, outlets and places recur in event after event: their ids are worth remembering.
const sharedIds = new Map<string, string>();
const SHARED_IDS_MAX = 100_000;

/** `stixId` for objects many events share (memoised, bounded). */
export function sharedStixId(type: string, name: string): string {
  const key = `${type}|${name}`;
  let id = sharedIds.get(key);
  if (id === undefined) {
    if (sharedIds.size >= SHARED_IDS_MAX) sharedIds.clear();
    id = stixId(type, name);
    sharedIds.set(key, id);
  }
  return id;
}

/** The id of an actor's identity ("" for an unspecified actor). */
export function actorId(code: string | null): string {
  return sharedStixId("identity", `actor|${code ?? ""}`);
}

/** The id of an outlet's identity. */
export function sourceId(outlet: string): string {
  return sharedStixId("identity", `source|${outlet}`);
}

/** The id of the event's place, or null when it has no place. */
export function locationId(e: ExportEvent): string | null {
  if (e.placeName === null && e.placeLat === null && e.placeCountry === null) return null;
  return sharedStixId(
    "location",
    `${e.placeName ?? ""}|${e.placeLat ?? ""}|${e.placeLon ?? ""}|${e.placeCountry ?? ""}`,
  );
}

/** Drops null and undefined properties: STIX forbids null values. */
function compact(object: Record<string, unknown>): StixObject {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object))
    if (value !== null && value !== undefined) out[key] = value;
  return out as StixObject;
}

function common(type: string, id: string, ctx: StixContext) {
  return {
    type,
    spec_version: "2.1",
    id,
    created: ctx.timestamp,
    modified: ctx.timestamp,
    created_by_ref: ctx.producerId,
  };
}

function markings(tlp: TlpLevel | null, ctx: StixContext): string[] | undefined {
  return tlp === null ? undefined : [tlpMarkingId(tlp, ctx.tlpVersion)];
}

/** The identity of the program that wrote the bundle: every object's `created_by_ref`. */
export function producerIdentity(timestamp: string, name = "secvar"): StixObject {
  const id = stixId("identity", `producer|${name}`);
  return {
    type: "identity",
    spec_version: "2.1",
    id,
    created: timestamp,
    modified: timestamp,
    name,
    identity_class: "system",
  };
}

const GROUP_ROLES = new Set(["REB", "INS", "SEP", "CRM", "RAD", "UAF"]);
const CLASS_ROLES = new Set(["CVL", "REF", "LAB", "AGR", "EDU", "HLH", "BUS", "MED"]);

/**
 * STIX identity_class of an actor: people are individuals, armed groups groups, populations
 * and occupational categories classes, states and institutions organizations.
 */
export function identityClass(code: string | null, kind: string | null): string {
  if (code === null) return "unknown";
  if (kind === "person") return "individual";
  if (kind === "people") return "class";
  const roles = code.match(/.{1,3}/g)?.slice(1) ?? [];
  if (roles.some((r) => GROUP_ROLES.has(r)) || kind === "armed group" || kind === "armed-group")
    return "group";
  if (kind === "agent" && roles.some((r) => CLASS_ROLES.has(r))) return "class";
  return "organization";
}

/** An actor as an identity; a missing actor is the one "unspecified actor" identity. */
export function actorIdentity(
  code: string | null,
  name: string | null,
  kind: string | null,
  ctx: StixContext,
): StixObject {
  return compact({
    ...common("identity", actorId(code), ctx),
    name: name ?? code ?? "unspecified actor",
    identity_class: identityClass(code, kind),
    x_secvar_code: code,
  });
}

/** The outlet that published a document, as an organization identity. */
export function sourceIdentity(outlet: string, ctx: StixContext): StixObject {
  const id = stixId("identity", `source|${outlet}`);
  return {
    ...common("identity", id, ctx),
    name: outlet,
    identity_class: "organization",
    x_secvar_role: "source",
  };
}

/** The event's place, or null when it has neither coordinates nor a known country. */
export function placeLocation(e: ExportEvent, ctx: StixContext): StixObject | null {
  const country = e.placeCountry === null ? null : iso3ToIso2(e.placeCountry);
  const hasPoint = e.placeLat !== null && e.placeLon !== null;
  const id = locationId(e);
  if (id === null || (!hasPoint && country === null)) return null;
  return compact({
    ...common("location", id, ctx),
    name: e.placeName,
    latitude: hasPoint ? e.placeLat : null,
    longitude: hasPoint ? e.placeLon : null,
    country,
    x_secvar_country_iso3: e.placeCountry,
    x_secvar_feature: e.placeFeature,
    x_secvar_geonameid: e.placeGeonameId,
  });
}

/**
 * A relationship_type: the PLOVER category, else the CAMEO name, lower-case and hyphenated
 * ("CONSULT" → "consult", "Make statement" → "make-statement").
 */
export function relationshipType(e: ExportEvent): string {
  const words = e.ploverCategory ?? e.cameoName ?? `cameo ${e.cameoCode}`;
  let type = relationshipTypes.get(words);
  if (type === undefined) {
    if (relationshipTypes.size >= SHARED_IDS_MAX) relationshipTypes.clear();
    type = slug(words, e.cameoCode);
    relationshipTypes.set(words, type);
  }
  return type;
}

const relationshipTypes = new Map<string, string>();

function slug(words: string, code: string): string {
  return (
    words
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || `cameo-${code}`
  );
}

function timestampOf(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString();
}

/** The event date as a [start, stop) interval of whole days, months or years. */
export function dateInterval(date: string | null): { start: string; stop: string } | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date ?? "");
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1)];
  const stop = m[3] ? [y, mo, d + 1] : m[2] ? [y, mo + 1, 1] : [y + 1, 1, 1];
  return { start: timestampOf(y, mo, d), stop: timestampOf(stop[0] ?? y, stop[1] ?? 1, stop[2] ?? 1) };
}

function checkConfidence(e: ExportEvent): number | null {
  const c = e.confidence;
  if (c === null) return null;
  if (!Number.isFinite(c) || c < 0 || c > 100) {
    throw new ExportError("bad_event", e.eventId, `expected confidence between 0 and 100, found ${c}`);
  }
  return Math.round(c);
}

/** The event as a relationship from its source actor to its target actor. */
export function eventRelationship(e: ExportEvent, locationId: string | null, ctx: StixContext): StixObject {
  const interval = dateInterval(e.date);
  // A literal with `?? undefined` rather than `compact`: JSON.stringify drops undefined, and this runs per event.
  return {
    type: "relationship",
    spec_version: "2.1",
    id: stixId("relationship", `event|${e.eventId}`),
    created: ctx.timestamp,
    modified: ctx.timestamp,
    created_by_ref: ctx.producerId,
    relationship_type: relationshipType(e),
    description: e.sentence,
    source_ref: actorId(e.sourceCode),
    target_ref: actorId(e.targetCode),
    start_time: interval?.start,
    stop_time: interval?.stop,
    confidence: checkConfidence(e) ?? undefined,
    object_marking_refs: markings(e.tlp, ctx),
    x_secvar_event_id: e.eventId,
    x_secvar_cameo_code: e.cameoCode,
    x_secvar_cameo_name: e.cameoName ?? undefined,
    x_secvar_root_code: e.rootCode,
    x_secvar_quad_class: e.quadClass ?? undefined,
    x_secvar_goldstein: e.goldstein ?? undefined,
    x_secvar_plover: e.ploverCategory ?? undefined,
    x_secvar_date: e.date ?? undefined,
    x_secvar_date_precision: e.datePrecision ?? undefined,
    x_secvar_location_ref: locationId ?? undefined,
    x_secvar_modality: e.modality,
    x_secvar_negated: e.negated,
    x_secvar_claim_id: e.claimId ?? undefined,
    x_secvar_rule: e.rule ?? undefined,
  };
}

/** One line an analyst can read: how the text holds the event, who says so, how it is graded. */
export function noteContent(e: ExportEvent): string {
  const who = e.attributedTo === null ? "the outlet" : e.attributedTo;
  const parts = [
    `Modality: ${e.modality}${e.negated ? ", negated" : ""}.`,
    `Attributed to ${who}${e.quoted ? " (quoted)" : ""}.`,
    `Evidence grade: ${e.evidenceGrade ?? "not graded"}.`,
  ];
  return parts.join(" ");
}

/** A note on the event's relationship carrying modality, attribution and evidence grade. */
export function eventNote(e: ExportEvent, relationshipId: string, ctx: StixContext): StixObject {
  return {
    type: "note",
    spec_version: "2.1",
    id: stixId("note", `event|${e.eventId}`),
    created: ctx.timestamp,
    modified: ctx.timestamp,
    created_by_ref: ctx.producerId,
    abstract: "Modality, attribution and evidence grade",
    content: noteContent(e),
    object_refs: [relationshipId],
    object_marking_refs: markings(e.tlp, ctx),
    x_secvar_modality: e.modality,
    x_secvar_negated: e.negated,
    x_secvar_attributed_to: e.attributedTo ?? undefined,
    x_secvar_quoted: e.quoted,
    x_secvar_evidence_grade: e.evidenceGrade ?? undefined,
  };
}

/** What a report needs to know about its document and the objects it found there. */
export interface ReportDraft {
  first: ExportEvent;
  refs: Set<string>;
  tlp: TlpLevel | null;
}

/** A report per document: published date, outlet and URL, and the objects found in it. */
export function documentReport(draft: ReportDraft, ctx: StixContext): StixObject {
  const e = draft.first;
  const published = dateInterval(e.documentPublished)?.start ?? ctx.timestamp;
  const reference = compact({
    source_name: e.documentOutlet ?? "secvar",
    url: e.documentUrl,
    external_id: e.documentId,
  });
  return compact({
    ...common("report", stixId("report", `document|${e.documentId}`), ctx),
    name: e.documentTitle ?? `Document ${e.documentId}`,
    report_types: ["threat-report"],
    published,
    object_refs: [...draft.refs],
    external_references: [reference],
    object_marking_refs: markings(draft.tlp, ctx),
    x_secvar_document_id: e.documentId,
  });
}
