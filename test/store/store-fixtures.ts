/**
 * Builders of small, valid analysed documents for the store suite: each sentence written for
 * the test, each event spelled out, so merge and grade expectations can be read off the case.
 */
import { createHash } from "node:crypto";
import type { Article, EventRecord, Extraction, Modality } from "../../src/knowledge/index.js";
import type { ExtractedDocumentInput, SourceInput } from "../../src/store/index.js";

export interface EventSpec {
  source: string | null;
  target: string | null;
  code: string;
  modality?: Modality;
  negated?: boolean;
  attributedTo?: string | null;
  date?: string | null;
  precision?: "day" | "month" | "year";
  place?: { name: string; country: string | null } | null;
  sentence?: string;
}

export interface DocSpec {
  text: string;
  title?: string | null;
  published?: string | null;
  outlet?: string | null;
  source?: SourceInput;
  events?: EventSpec[];
}

function idOf(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex").slice(0, 16);
}

function eventRecord(docId: string, text: string, e: EventSpec, n: number): EventRecord {
  const sentence = e.sentence ?? text;
  const start = Math.max(0, text.indexOf(sentence));
  const srcName = e.source ? `${e.source} name` : null;
  const tgtName = e.target ? `${e.target} name` : null;
  return {
    id: `${docId}:0:${n}`,
    source: e.source,
    target: e.target,
    source_text: srcName,
    target_text: tgtName,
    code: e.code,
    code_name: `code ${e.code}`,
    plover: null,
    quad_class: 4,
    goldstein: -10,
    modality: e.modality ?? "asserted",
    negated: e.negated ?? false,
    quoted: false,
    attributed_to: e.attributedTo ?? null,
    attributed_text: e.attributedTo ? `${e.attributedTo} spokesperson` : null,
    date: e.date ? { value: e.date, precision: e.precision ?? "day", text: e.date } : null,
    statement_date: null,
    place: e.place ? { ...e.place, lat: 1.5, lon: 2.5 } : null,
    sentence: { index: 0, start, end: start + sentence.length, text: sentence },
    spans: {
      source: srcName ? { start, end: start + 3, text: srcName } : null,
      verb: { start, end: start + 1, text: "x" },
      target: null,
    },
    rule: "test.rule",
  };
}

/** An Article + Extraction pair as `secvar analyze` would produce, built from a spec. */
export function makeDocument(spec: DocSpec): ExtractedDocumentInput {
  const id = idOf(spec.text);
  const article: Article = {
    id,
    text: spec.text,
    title: spec.title ?? null,
    published: spec.published ?? null,
    url: null,
    outlet: spec.outlet ?? null,
    language: "en",
    origin: `test:${id}`,
  };
  const events = (spec.events ?? []).map((e, n) => eventRecord(id, spec.text, e, n));
  const actors = [
    ...new Set(events.flatMap((e) => [e.source, e.target]).filter((c): c is string => !!c)),
  ].map((code) => ({
    code,
    name: `${code} name`,
    kind: "state",
    country: code.slice(0, 3),
    mentions: 1,
    entry: null,
  }));
  const extraction: Extraction = {
    schema: "secvar.extraction/1",
    extractor: "secvar test",
    document: {
      id,
      published: article.published,
      title: article.title,
      url: null,
      outlet: article.outlet,
      language: "en",
      characters: spec.text.length,
    },
    events,
    commitments: [],
    probabilities: [],
    actors,
    times: [],
    places: [],
  };
  return spec.source ? { article, extraction, source: spec.source } : { article, extraction };
}

/** A long deterministic filler text (for near-duplicate tests): n sentences of varied words. */
export function wireStory(topic: string, sentences: number): string {
  const words = [
    "troops",
    "border",
    "officials",
    "said",
    "convoy",
    "region",
    "ministry",
    "statement",
    "night",
    "forces",
  ];
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) {
    const w = (k: number) => words[(i * 7 + k * 3) % words.length];
    out.push(`${topic} report ${i}: the ${w(1)} near the ${w(2)} moved ${w(3)} ${w(4)} after ${i + 2} days.`);
  }
  return out.join(" ");
}
