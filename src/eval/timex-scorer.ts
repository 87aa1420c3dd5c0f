/**
 * Scoring time expressions as TempEval-3 does (format: ../shared/eval/README, timex/): a found
 * expression matches a gold one when their extents overlap (relaxed) or are identical (strict),
 * paired one to one; type and value accuracy are taken over the relaxed matches, and the value
 * F1 that ranks systems is relaxed F1 × value accuracy. Pure.
 */
import { type Prf, prf } from "./sentence-scorer.js";

/** TIMEX3 types. */
export type TimexType = "DATE" | "TIME" | "DURATION" | "SET";

/** One time expression: gold or produced. Offsets are JS string indices into the document text. */
export interface TimexSpan {
  start: number;
  end: number;
  type: string;
  value: string;
}

export interface TimexDocument {
  id: string;
  corpus: string;
  dct: string;
  text: string;
  timexes: (TimexSpan & { text: string; mod?: string })[];
}

/** A gold expression and the produced one it was paired with (null when missed). */
export interface TimexPair {
  gold: TimexSpan;
  produced: TimexSpan | null;
}

export interface TimexDocScore {
  gold: number;
  produced: number;
  relaxed: number;
  strict: number;
  typeCorrect: number;
  valueCorrect: number;
  pairs: TimexPair[];
}

export interface TypeFigures {
  gold: number;
  found: number;
  valueCorrect: number;
}

export interface TimexSummary {
  documents: number;
  gold: number;
  produced: number;
  relaxed: Prf;
  strict: Prf;
  typeAccuracy: number;
  valueAccuracy: number;
  /** Relaxed F1 × type accuracy. */
  typeF1: number;
  /** Relaxed F1 × value accuracy: TempEval-3's ranking figure. */
  valueF1: number;
  /** Per gold type: how many, how many found (relaxed), how many with the right value. */
  byType: Record<string, TypeFigures>;
}

function overlap(a: TimexSpan, b: TimexSpan): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

/** Pair gold and produced expressions one to one by overlap, largest overlap first. */
export function pairTimexes(gold: readonly TimexSpan[], produced: readonly TimexSpan[]): TimexPair[] {
  const candidates: [number, number, number][] = [];
  gold.forEach((g, gi) => {
    produced.forEach((p, pi) => {
      const o = overlap(g, p);
      if (o > 0) candidates.push([o, gi, pi]);
    });
  });
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const byGold = new Map<number, number>();
  const used = new Set<number>();
  for (const [, gi, pi] of candidates) {
    if (byGold.has(gi) || used.has(pi)) continue;
    byGold.set(gi, pi);
    used.add(pi);
  }
  return gold.map((g, gi) => {
    const pi = byGold.get(gi);
    return { gold: g, produced: pi === undefined ? null : (produced[pi] as TimexSpan) };
  });
}

/**
 * Score one document.
 * @example scoreTimexDoc([{start: 0, end: 5, type: "DATE", value: "1998"}], [{start: 3, end: 5, type: "DATE", value: "1998"}]).relaxed // 1
 */
export function scoreTimexDoc(gold: readonly TimexSpan[], produced: readonly TimexSpan[]): TimexDocScore {
  const pairs = pairTimexes(gold, produced);
  let relaxed = 0;
  let strict = 0;
  let typeCorrect = 0;
  let valueCorrect = 0;
  for (const { gold: g, produced: p } of pairs) {
    if (!p) continue;
    relaxed++;
    if (p.start === g.start && p.end === g.end) strict++;
    if (p.type === g.type) typeCorrect++;
    if (p.value === g.value) valueCorrect++;
  }
  return { gold: gold.length, produced: produced.length, relaxed, strict, typeCorrect, valueCorrect, pairs };
}

function tally(byType: Record<string, TypeFigures>, pairs: readonly TimexPair[]): void {
  for (const { gold, produced } of pairs) {
    const t = byType[gold.type] ?? { gold: 0, found: 0, valueCorrect: 0 };
    byType[gold.type] = t;
    t.gold++;
    if (!produced) continue;
    t.found++;
    if (produced.value === gold.value) t.valueCorrect++;
  }
}

/** Micro-averaged figures over documents. */
export function summarizeTimex(scores: readonly TimexDocScore[]): TimexSummary {
  const sum = (f: (s: TimexDocScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const gold = sum((s) => s.gold);
  const produced = sum((s) => s.produced);
  const relaxedN = sum((s) => s.relaxed);
  const strictN = sum((s) => s.strict);
  const relaxed = prf({ tp: relaxedN, fp: produced - relaxedN, fn: gold - relaxedN });
  const strict = prf({ tp: strictN, fp: produced - strictN, fn: gold - strictN });
  const typeAccuracy = relaxedN === 0 ? 0 : sum((s) => s.typeCorrect) / relaxedN;
  const valueAccuracy = relaxedN === 0 ? 0 : sum((s) => s.valueCorrect) / relaxedN;
  const byType: Record<string, TypeFigures> = {};
  for (const s of scores) tally(byType, s.pairs);
  return {
    documents: scores.length,
    gold,
    produced,
    relaxed,
    strict,
    typeAccuracy,
    valueAccuracy,
    typeF1: relaxed.f1 * typeAccuracy,
    valueF1: relaxed.f1 * valueAccuracy,
    byType,
  };
}

/** Errors in one document: missed, spurious and wrongly valued expressions. */
export function timexErrors(score: TimexDocScore): number {
  const wrong = score.relaxed - score.valueCorrect;
  return score.gold - score.relaxed + (score.produced - score.relaxed) + wrong;
}
