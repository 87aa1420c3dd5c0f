/**
 * `secvar eval` for the layers under the events: time expressions (timex/, TempEval-3) and
 * places (geo/, EUPEG). Only the NLP stage runs — the code path of `secvar analyze` up to times
 * and places — so the large sets score in seconds.
 */
import { readFileSync } from "node:fs";
import type { PipelineResources } from "../coding/index.js";
import {
  type GeoDocScore,
  type GeoDocument,
  type GeoSummary,
  geoErrors,
  scoreGeoDoc,
  scoreTimexDoc,
  summarizeGeo,
  summarizeTimex,
  type TimexDocScore,
  type TimexDocument,
  type TimexSummary,
  timexErrors,
} from "../eval/index.js";
import {
  annotate,
  composePhrases,
  documentCountries,
  documentPlaces,
  fillAgentCountries,
  findRawMentions,
  findTimexes,
  type Timex,
} from "../nlp/index.js";
import { CliError } from "./cli-error.js";

export type LayerKind = "timex" | "geo";

/** Which layer a JSONL file's records are gold for, from the first record's fields; null for event suites. */
export function layerOf(path: string): LayerKind | null {
  const first = readFileSync(path, "utf8").split("\n", 1)[0] ?? "";
  if (first.includes('"timexes"')) return "timex";
  if (first.includes('"toponyms"')) return "geo";
  return null;
}

function readRecords<T>(path: string): T[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l, n) => {
      try {
        return JSON.parse(l) as T;
      } catch (e) {
        throw new CliError(`${path}:${n + 1}: not valid JSON (${(e as Error).message})`);
      }
    });
}

export interface TimexItem {
  doc: TimexDocument;
  produced: Timex[];
  score: TimexDocScore;
}

export interface GeoItem {
  doc: GeoDocument;
  score: GeoDocScore;
}

/** Score the time expressions of every document of the files. */
export function runTimex(paths: readonly string[]): TimexItem[] {
  const items: TimexItem[] = [];
  for (const path of paths) {
    for (const doc of readRecords<TimexDocument>(path)) {
      // Gold offsets index the raw text: the NLP stage runs on it unchanged.
      const produced = findTimexes(annotate(doc.text), doc.dct);
      items.push({ doc, produced, score: scoreTimexDoc(doc.timexes, produced) });
    }
  }
  return items;
}

/** Score the places of every document of the files, with the actors' countries as context. */
export function runGeo(paths: readonly string[], res: PipelineResources): GeoItem[] {
  const items: GeoItem[] = [];
  for (const path of paths) {
    for (const doc of readRecords<GeoDocument>(path)) {
      const at = annotate(doc.text);
      const raw = findRawMentions(at, res.actors, null);
      const ctx = { index: res.actors, date: null, countries: documentCountries(raw) };
      const phrases = composePhrases(at, raw, ctx);
      fillAgentCountries(phrases, ctx);
      items.push({ doc, score: scoreGeoDoc(doc, documentPlaces(doc.text, phrases)) });
    }
  }
  return items;
}

export function summarizeTimexItems(items: readonly TimexItem[]): TimexSummary {
  return summarizeTimex(items.map((i) => i.score));
}

/** One summary per corpus, in the order the corpora first appear. */
export function summarizeGeoItems(items: readonly GeoItem[]): Map<string, GeoSummary> {
  const by = new Map<string, GeoDocScore[]>();
  for (const i of items) by.set(i.doc.corpus, [...(by.get(i.doc.corpus) ?? []), i.score]);
  return new Map([...by].map(([corpus, scores]) => [corpus, summarizeGeo(scores)]));
}

function pct(x: number): string {
  return (100 * x).toFixed(1);
}

/** Per-type table of the time expressions. */
export function renderTimexTypes(s: TimexSummary): string[] {
  const lines = ["", "TIMEX by gold type (found = relaxed match; value = right value among found)"];
  for (const [type, t] of Object.entries(s.byType).sort((a, b) => b[1].gold - a[1].gold)) {
    const found = t.gold ? t.found / t.gold : 0;
    const value = t.found ? t.valueCorrect / t.found : 0;
    lines.push(
      `  ${type.padEnd(9)} gold ${String(t.gold).padStart(5)}  found ${pct(found).padStart(5)}  value ${pct(value).padStart(5)}`,
    );
  }
  return lines;
}

/** Mean and median errors, which are not fractions and stay out of the figures. */
export function renderGeoErrors(by: Map<string, GeoSummary>): string[] {
  const lines = ["", "GEO errors over matched places"];
  for (const [corpus, s] of by)
    lines.push(
      `  ${corpus.padEnd(9)} ${s.documents} docs, gold ${s.gold}, found ${s.produced}; mean ${Math.round(s.meanKm)} km, median ${Math.round(s.medianKm)} km`,
    );
  return lines;
}

function timexBrief(t: { text: string; type: string; value: string }): string {
  return `"${t.text}" ${t.type} ${t.value}`;
}

/** The documents with most errors, with what went wrong in them. */
export function renderWorstLayers(timex: readonly TimexItem[], geo: readonly GeoItem[], n: number): string[] {
  const lines: string[] = [];
  const worstTimex = [...timex].sort((a, b) => timexErrors(b.score) - timexErrors(a.score)).slice(0, n);
  for (const { doc, produced, score } of worstTimex) {
    if (!timexErrors(score)) continue;
    lines.push(`- timex ${doc.id} (${timexErrors(score)} errors)`);
    const wrong = score.pairs.filter((p) => p.produced && p.produced.value !== p.gold.value);
    const missed = score.pairs.filter((p) => !p.produced);
    const paired = new Set(score.pairs.map((p) => p.produced));
    const spurious = produced.filter((p) => !paired.has(p));
    const gold = (g: { start: number; end: number; type: string; value: string }) =>
      timexBrief({ ...g, text: doc.text.slice(g.start, g.end) });
    if (wrong.length)
      lines.push(`    wrong: ${wrong.map((p) => `${gold(p.gold)} ≠ ${p.produced?.value}`).join("; ")}`);
    if (missed.length) lines.push(`    missed: ${missed.map((p) => gold(p.gold)).join("; ")}`);
    if (spurious.length) lines.push(`    spurious: ${spurious.map(timexBrief).join("; ")}`);
  }
  const worstGeo = [...geo].sort((a, b) => geoErrors(b.score) - geoErrors(a.score)).slice(0, n);
  for (const { doc, score } of worstGeo) {
    if (!geoErrors(score)) continue;
    lines.push(`- geo ${doc.corpus} ${doc.id} (${geoErrors(score)} errors)`);
    const far = score.pairs.filter((p) => p.km >= 161);
    if (far.length)
      lines.push(`    far: ${far.map((p) => `${p.gold.name} ${Math.round(p.km)} km`).join("; ")}`);
    if (score.missed.length) lines.push(`    missed: ${score.missed.map((g) => g.name).join("; ")}`);
    if (score.spurious.length)
      lines.push(`    spurious: ${score.spurious.map((p) => doc.text.slice(p.start, p.end)).join("; ")}`);
  }
  return lines;
}
