/**
 * The extraction contract: what `secvar analyze --json` prints and other tools read.
 * zod schemas are the single source; TypeScript types and the published JSON Schema
 * (`docs/extraction.schema.json`) are derived from them.
 */
import { z } from "zod";

export const MODALITIES = [
  "asserted",
  "acknowledged",
  "denied",
  "reported",
  "alleged",
  "hypothetical",
  "conditional",
  "predicted",
  "vowed",
  "planned",
] as const;
export const Modality = z.enum(MODALITIES);
export type Modality = z.infer<typeof Modality>;

/** Modalities that describe something that has not (yet) happened: never counted as facts. */
export const NON_FACTUAL: ReadonlySet<Modality> = new Set(["hypothetical", "conditional"]);

export const Precision = z.enum(["day", "month", "year"]);
export type Precision = z.infer<typeof Precision>;

export const ResolvedDate = z.object({
  value: z.string().describe('"YYYY", "YYYY-MM" or "YYYY-MM-DD"'),
  precision: Precision,
  text: z.string().describe("the expression in the text"),
});
export type ResolvedDate = z.infer<typeof ResolvedDate>;

export const PlaceRef = z.object({
  name: z.string(),
  country: z.string().nullable().describe("ISO 3166 alpha-3"),
  lat: z.number(),
  lon: z.number(),
});
export type PlaceRef = z.infer<typeof PlaceRef>;

export const SentenceRef = z.object({
  index: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type SentenceRef = z.infer<typeof SentenceRef>;

export const Span = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });
export type Span = z.infer<typeof Span>;

export const EventRecord = z.object({
  id: z.string().describe("stable within a document: <doc id>:<sentence>:<n>"),
  source: z.string().nullable().describe('CAMEO-style actor code, e.g. "PRKMIL"'),
  target: z.string().nullable(),
  source_text: z.string().nullable(),
  target_text: z.string().nullable(),
  code: z.string().describe("CAMEO event code, leading zeros kept"),
  code_name: z.string(),
  plover: z.string().nullable(),
  quad_class: z.number().int().min(0).max(4),
  goldstein: z.number(),
  modality: Modality,
  negated: z.boolean(),
  quoted: z.boolean(),
  attributed_to: z
    .string()
    .nullable()
    .describe("actor code, or null when the outlet speaks in its own voice"),
  attributed_text: z.string().nullable(),
  date: ResolvedDate.nullable(),
  statement_date: ResolvedDate.nullable(),
  place: PlaceRef.nullable(),
  sentence: SentenceRef,
  spans: z.object({ source: Span.nullable(), verb: Span, target: Span.nullable() }),
  rule: z.string().describe("id of the verb pattern or rule that produced the event"),
});
export type EventRecord = z.infer<typeof EventRecord>;

export const CommitmentRecord = z.object({
  name: z.string().nullable(),
  parties: z.array(z.string()),
  article: z.string().nullable(),
  obligation: z.string().nullable(),
  status: z.string().nullable().describe("signed, ratified, in force, suspended, ... or null"),
  status_by: z.string().nullable().describe("actor code of the body that changed the status"),
  date: ResolvedDate.nullable(),
  sentence: SentenceRef,
  rule: z.string(),
});
export type CommitmentRecord = z.infer<typeof CommitmentRecord>;

export const ProbabilityRecord = z.object({
  about: z.string(),
  text: z.string(),
  probability: z.number().min(0).max(1),
  range: z.tuple([z.number(), z.number()]).nullable().describe("the ICD 203 band the words imply"),
  scale: z.string().describe("how the number was obtained: numeric, odds, icd203"),
  sentence: SentenceRef,
  rule: z.string(),
});
export type ProbabilityRecord = z.infer<typeof ProbabilityRecord>;

export const ActorRecord = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  country: z.string().nullable(),
  mentions: z.number().int(),
  entry: z.string().nullable().describe("dictionary entry id"),
});
export type ActorRecord = z.infer<typeof ActorRecord>;

export const TimexType = z.enum(["DATE", "TIME", "DURATION", "SET"]);
export type TimexType = z.infer<typeof TimexType>;

export const TimeRecord = z.object({
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  type: TimexType.describe("TIMEX3 type"),
  value: z
    .string()
    .describe(
      'TIMEX3 value resolved against the publication date: "2024-10-25", "2024-08", "2024-W43", "2024-Q3", "2024-SU", "199" (a decade), "2024-10-25T14:00", "P10D", "PT3H", "PXY", "XXXX-WXX-4", "PRESENT_REF", "PAST_REF", "FUTURE_REF"',
    ),
  mod: z
    .string()
    .nullable()
    .describe("TIMEX3 mod: START, MID, END, APPROX, MORE_THAN, LESS_THAN, EQUAL_OR_MORE, EQUAL_OR_LESS"),
  date: z
    .string()
    .nullable()
    .describe('the calendar date events take from it ("YYYY", "YYYY-MM", "YYYY-MM-DD"), or null'),
  precision: Precision.nullable().describe("precision of `date`, null when there is none"),
  rule: z.string().describe("id of the time rule that found it"),
});
export type TimeRecord = z.infer<typeof TimeRecord>;

export const PlaceRecord = z.object({
  start: z.number().int(),
  end: z.number().int(),
  name: z.string(),
  lat: z.number(),
  lon: z.number(),
  country: z.string().nullable(),
  admin1: z.string().nullable(),
  geonameid: z.number().int().nullable(),
  feature: z.string(),
});
export type PlaceRecord = z.infer<typeof PlaceRecord>;

export const DocumentMeta = z.object({
  id: z.string().describe("sha256 of the normalised text (hex, first 16 chars)"),
  published: z.string().nullable().describe("YYYY-MM-DD"),
  title: z.string().nullable(),
  url: z.string().nullable(),
  outlet: z.string().nullable(),
  language: z.string(),
  characters: z.number().int(),
});
export type DocumentMeta = z.infer<typeof DocumentMeta>;

export const Extraction = z.object({
  schema: z.literal("secvar.extraction/1"),
  extractor: z.string().describe("secvar version that produced this"),
  document: DocumentMeta,
  events: z.array(EventRecord),
  commitments: z.array(CommitmentRecord),
  probabilities: z.array(ProbabilityRecord),
  actors: z.array(ActorRecord),
  times: z.array(TimeRecord),
  places: z.array(PlaceRecord),
});
export type Extraction = z.infer<typeof Extraction>;
