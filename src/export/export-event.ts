/**
 * The one flat record every exporter reads. The store (or `exportEventsFromExtraction`) maps
 * its rows onto it; exporters never see store or pipeline types.
 */
import type { Modality, Precision } from "../knowledge/index.js";

/** TLP 2.0 levels (FIRST, 2022). */
export const TLP_LEVELS = ["CLEAR", "GREEN", "AMBER", "AMBER+STRICT", "RED"] as const;
export type TlpLevel = (typeof TLP_LEVELS)[number];

/**
 * One coded event with its document, claim and grading, flat. Every field is present;
 * `null` means unknown. Codes keep their leading zeros ("043").
 */
export interface ExportEvent {
  /** Our stable event id, e.g. "3f2a9c0d1e2b4a5c:4:0" (`<document id>:<sentence>:<n>`). */
  eventId: string;
  /** When it happened: "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
  date: string | null;
  datePrecision: Precision | null;
  /** CAMEO actor code of the source actor, e.g. "PRKMIL". */
  sourceCode: string | null;
  sourceName: string | null;
  /** ISO 3166-1 alpha-3. */
  sourceCountry: string | null;
  /** Actor kind from the dictionary: "state", "person", "organisation", "armed group", "agent", … */
  sourceKind: string | null;
  targetCode: string | null;
  targetName: string | null;
  targetCountry: string | null;
  targetKind: string | null;
  /** CAMEO event code as a string, leading zeros kept ("0211"). */
  cameoCode: string;
  cameoName: string | null;
  /** Two-digit CAMEO root ("02"). */
  rootCode: string;
  /** 0 neutral, 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  quadClass: number | null;
  goldstein: number | null;
  /** PLOVER event category, e.g. "CONSULT", "AID". */
  ploverCategory: string | null;
  placeName: string | null;
  /** ISO 3166-1 alpha-3. */
  placeCountry: string | null;
  placeLat: number | null;
  placeLon: number | null;
  /** Gazetteer feature kind: "country", "admin1", "city", "region", "sea", "other". */
  placeFeature: string | null;
  /** GeoNames id of the place, when the gazetteer has one. */
  placeGeonameId: number | null;
  modality: Modality;
  negated: boolean;
  /** Actor code of whoever says so; null when the outlet speaks in its own voice. */
  attributedTo: string | null;
  quoted: boolean;
  documentId: string;
  documentUrl: string | null;
  documentOutlet: string | null;
  documentTitle: string | null;
  /** YYYY-MM-DD. */
  documentPublished: string | null;
  /** 0-based index of the sentence in the document. */
  sentenceIndex: number | null;
  sentence: string;
  /** The claim this event supports, once the knowledge base has merged events into claims. */
  claimId: string | null;
  /** Admiralty-style grade: source reliability A–F and credibility 1–6, e.g. "B2". */
  evidenceGrade: string | null;
  /** STIX confidence, 0–100. */
  confidence: number | null;
  tlp: TlpLevel | null;
  /** Id of the rule or verb pattern that coded the event (provenance). */
  rule: string | null;
}

/** The fields in export order: JSONL key order, CSV columns, GeoJSON property order. */
export const EXPORT_FIELDS = [
  "eventId",
  "date",
  "datePrecision",
  "sourceCode",
  "sourceName",
  "sourceCountry",
  "sourceKind",
  "targetCode",
  "targetName",
  "targetCountry",
  "targetKind",
  "cameoCode",
  "cameoName",
  "rootCode",
  "quadClass",
  "goldstein",
  "ploverCategory",
  "placeName",
  "placeCountry",
  "placeLat",
  "placeLon",
  "placeFeature",
  "placeGeonameId",
  "modality",
  "negated",
  "attributedTo",
  "quoted",
  "documentId",
  "documentUrl",
  "documentOutlet",
  "documentTitle",
  "documentPublished",
  "sentenceIndex",
  "sentence",
  "claimId",
  "evidenceGrade",
  "confidence",
  "tlp",
  "rule",
] as const satisfies readonly (keyof ExportEvent)[];

/** A field list that misses a key of ExportEvent does not compile. */
type MissingField = Exclude<keyof ExportEvent, (typeof EXPORT_FIELDS)[number]>;
const _complete: MissingField extends never ? true : never = true;
void _complete;

/** A value of an event in a fixed key order (deterministic JSON whatever the input's key order). */
export function orderedEvent(event: ExportEvent): ExportEvent {
  const out: Record<string, unknown> = {};
  for (const field of EXPORT_FIELDS) out[field] = event[field];
  return out as unknown as ExportEvent;
}
