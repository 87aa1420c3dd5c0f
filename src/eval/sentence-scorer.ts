/**
 * Scoring the sentence suites (format: ../shared/eval/README, event-coding/): petr2-gsr
 * (triples), cameo-manual (codes only) and plover-gsr (categories). Pure: records and the
 * produced events in, metrics out. Non-factual events (hypothetical, conditional) never count.
 */
import { type EventRecord, NON_FACTUAL } from "../knowledge/index.js";

export interface GoldTriple {
  source: string | null;
  target: string | null;
  code: string;
}

export interface SentenceRecord {
  id: string;
  suite: string;
  date: string | null;
  text: string;
  expect_none: boolean;
  expected: GoldTriple[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function prf({ tp, fp, fn }: Counts): Prf {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Events that count: factual ones. */
export function factual(events: EventRecord[]): EventRecord[] {
  return events.filter((e) => !NON_FACTUAL.has(e.modality));
}

function add(a: Counts, b: Counts): void {
  a.tp += b.tp;
  a.fp += b.fp;
  a.fn += b.fn;
}

/** Multiset comparison of keys: each produced key matches at most one gold key. */
export function compareKeys(produced: string[], gold: string[]): Counts {
  const left = [...gold];
  let tp = 0;
  for (const p of produced) {
    const k = left.indexOf(p);
    if (k >= 0) {
      left.splice(k, 1);
      tp++;
    }
  }
  return { tp, fp: produced.length - tp, fn: left.length };
}

/** CAMEO's "---" is the unidentified actor: a produced event with no target (or source) is one. */
const actor = (a: string | null) => (a == null || a === "" ? "---" : a);
const exactKey = (s: string | null, t: string | null, code: string) => `${actor(s)}|${actor(t)}|${code}`;
const countryKey = (s: string | null, t: string | null, code: string) =>
  `${actor(s).slice(0, 3)}|${actor(t).slice(0, 3)}|${code.slice(0, 2)}`;

export interface Petr2Score {
  exact: Prf;
  country: Prf;
  noEventAccuracy: number;
  records: number;
  noEventRecords: number;
}

/** Distinct keys: an event coded twice in one sentence is one claim, as in the gold. */
function uniq(keys: string[]): string[] {
  return [...new Set(keys)];
}

export function scorePetr2(items: { record: SentenceRecord; events: EventRecord[] }[]): Petr2Score {
  const exact: Counts = { tp: 0, fp: 0, fn: 0 };
  const country: Counts = { tp: 0, fp: 0, fn: 0 };
  let none = 0;
  let noneOk = 0;
  for (const { record, events } of items) {
    const ev = factual(events);
    if (record.expect_none) {
      none++;
      if (ev.length === 0) noneOk++;
      continue;
    }
    const gold = record.expected;
    add(
      exact,
      compareKeys(
        uniq(ev.map((e) => exactKey(e.source, e.target, e.code))),
        uniq(gold.map((g) => exactKey(g.source, g.target, g.code))),
      ),
    );
    add(
      country,
      compareKeys(
        uniq(ev.map((e) => countryKey(e.source, e.target, e.code))),
        uniq(gold.map((g) => countryKey(g.source, g.target, g.code))),
      ),
    );
  }
  return {
    exact: prf(exact),
    country: prf(country),
    noEventAccuracy: none === 0 ? 0 : noneOk / none,
    records: items.length,
    noEventRecords: none,
  };
}

export interface CameoManualScore {
  exact: number;
  root: number;
  extraPerSentence: number;
  records: number;
}

/** Share of sentences whose output holds the gold code (exactly / at root level); events beyond the first match are extra. */
export function scoreCameoManual(
  items: { record: SentenceRecord; events: EventRecord[] }[],
): CameoManualScore {
  let exact = 0;
  let root = 0;
  let extra = 0;
  for (const { record, events } of items) {
    const ev = factual(events);
    const code = record.expected[0]?.code ?? "";
    if (ev.some((e) => e.code === code)) exact++;
    const rootHit = ev.some((e) => e.code.slice(0, 2) === code.slice(0, 2));
    if (rootHit) root++;
    extra += Math.max(0, ev.length - (rootHit ? 1 : 0));
  }
  const n = items.length || 1;
  return { exact: exact / n, root: root / n, extraPerSentence: extra / n, records: items.length };
}

/** PLOVER 0.5b1 names in the gold → current PLOVER names. */
export const PLOVER_RENAMES: Readonly<Record<string, string>> = {
  DEMAND: "REQUEST",
  DISAPPROVE: "ACCUSE",
  INVESTIGATE: "ACCUSE",
  FIGHT: "ASSAULT",
};

export function ploverName(code: string): string {
  const upper = code.toUpperCase();
  return PLOVER_RENAMES[upper] ?? upper;
}

export interface PloverScore {
  pairs: Prf;
  categoryAccuracy: number;
  records: number;
}

/** (source country, category) pairs; category accuracy = share of records whose gold category is produced. */
export function scorePlover(items: { record: SentenceRecord; events: EventRecord[] }[]): PloverScore {
  const pairs: Counts = { tp: 0, fp: 0, fn: 0 };
  let hits = 0;
  let scored = 0;
  for (const { record, events } of items) {
    const ev = factual(events);
    const produced = uniq(
      ev.filter((e) => e.plover).map((e) => `${(e.source ?? "").slice(0, 3)}|${e.plover}`),
    );
    const gold = uniq(record.expected.map((g) => `${(g.source ?? "").slice(0, 3)}|${ploverName(g.code)}`));
    add(pairs, compareKeys(produced, gold));
    if (record.expect_none) continue;
    scored++;
    const categories = new Set(ev.map((e) => e.plover));
    if (record.expected.some((g) => categories.has(ploverName(g.code)))) hits++;
  }
  return { pairs: prf(pairs), categoryAccuracy: scored === 0 ? 0 : hits / scored, records: items.length };
}

/** Gold root vs produced root per record (first gold triple; "none" when nothing was produced). */
export function rootConfusion(
  items: { record: SentenceRecord; events: EventRecord[] }[],
): Map<string, Map<string, number>> {
  const table = new Map<string, Map<string, number>>();
  for (const { record, events } of items) {
    const goldRoot = record.expect_none ? "none" : (record.expected[0]?.code.slice(0, 2) ?? "none");
    const roots = factual(events).map((e) => e.code.slice(0, 2));
    const got = roots.includes(goldRoot) ? goldRoot : (roots[0] ?? "none");
    const row = table.get(goldRoot) ?? new Map<string, number>();
    row.set(got, (row.get(got) ?? 0) + 1);
    table.set(goldRoot, row);
  }
  return table;
}

/** How wrong one record is: missed gold triples (country level) plus spurious events. */
export function recordErrors(record: SentenceRecord, events: EventRecord[]): number {
  const ev = factual(events);
  if (record.expect_none) return ev.length;
  if (record.suite.startsWith("cameo")) {
    const code = record.expected[0]?.code ?? "";
    return (ev.some((e) => e.code.slice(0, 2) === code.slice(0, 2)) ? 0 : 1) + Math.max(0, ev.length - 1);
  }
  const c = compareKeys(
    uniq(ev.map((e) => countryKey(e.source, e.target, e.code))),
    uniq(record.expected.map((g) => countryKey(g.source, g.target, g.code))),
  );
  return c.fp + c.fn;
}
