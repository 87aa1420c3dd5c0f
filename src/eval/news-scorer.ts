/**
 * Scoring whole articles against gold events (format: ../shared/eval/news/README): recall at
 * (sentence, source country, target country, CAMEO root or its alternative), precision over the
 * produced events in sentences that hold a gold event, and on matched events the accuracy of
 * modality, attribution and the resolved event date. Pure.
 */
import type { EventRecord } from "../knowledge/index.js";

export interface GoldActor {
  code: string;
  name?: string;
}

export interface GoldEvent {
  sentence: string;
  source_actor: GoldActor;
  target_actor: GoldActor | null;
  cameo_root: string;
  cameo_root_alt?: string;
  event_date: string | null;
  statement_date?: string | null;
  attributed_to: string;
  modality: string;
  modality_alt?: string;
}

export interface NewsGold {
  id: string;
  published: string;
  events: GoldEvent[];
}

export interface GoldMatch {
  gold: GoldEvent;
  produced: EventRecord | null;
  modalityOk: boolean;
  attributionOk: boolean;
  dateOk: boolean;
}

export interface NewsScore {
  gold: number;
  matched: number;
  producedInGoldSentences: number;
  producedCorrect: number;
  modalityCorrect: number;
  attributionCorrect: number;
  dateCorrect: number;
  matches: GoldMatch[];
}

/** Straight quotes, single spaces: gold sentences are quoted from the raw text, ours from the normalised one. */
export function canon(s: string): string {
  return s
    .normalize("NFC")
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2013\u2014\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * An actor's country: the first 3 characters of its code. No actor (a produced event without a
 * target, a gold target of null) is CAMEO's unidentified actor "---", as the gold also writes it
 * ("---", "--- REB"), and as the sentence suites count it.
 */
function country(code: string | null | undefined): string {
  const c = (code ?? "").replace(/\s+/g, "");
  return c.slice(0, 3) || "---";
}

/** Does a produced event lie in the gold sentence? (Sentence splits may differ: overlap suffices.) */
function inSentence(e: EventRecord, goldSentence: string): boolean {
  const a = canon(e.sentence.text);
  const b = canon(goldSentence);
  return a === b || a.includes(b) || b.includes(a);
}

/** Gold "negated" is a modality; ours is a flag beside the modality. */
export function modalityMatches(e: EventRecord, g: GoldEvent): boolean {
  const ok = (m: string | undefined) =>
    m !== undefined && (m === e.modality || (m === "negated" && e.negated));
  return ok(g.modality) || ok(g.modality_alt);
}

function eventMatches(e: EventRecord, g: GoldEvent): boolean {
  const root = e.code.slice(0, 2);
  if (root !== g.cameo_root && root !== g.cameo_root_alt) return false;
  if (country(e.source) !== country(g.source_actor.code)) return false;
  return country(e.target) === country(g.target_actor?.code ?? null);
}

const STOP = new Set(["the", "of", "s", "via", "and", "official", "s'"]);

function words(s: string): Set<string> {
  return new Set(
    s
      .toLowerCase()
      .replace(/[^a-z0-9 ]/g, " ")
      .split(/\s+/)
      .filter((w) => w.length > 1 && !STOP.has(w)),
  );
}

/** Outlet ↔ no attribution; otherwise the produced attribution must name the same speaker. */
export function attributionMatches(e: EventRecord, gold: string): boolean {
  const outlet = /^outlet\b/i.test(gold.trim());
  if (outlet) return e.attributed_to === null;
  if (e.attributed_to === null) return false;
  const g = words(gold);
  const p = words(`${e.attributed_text ?? ""}`);
  for (const w of p) if (g.has(w)) return true;
  return false;
}

export function scoreNews(gold: NewsGold, produced: EventRecord[]): NewsScore {
  const used = new Set<EventRecord>();
  const matches: GoldMatch[] = [];
  for (const g of gold.events) {
    const candidates = produced.filter(
      (e) => !used.has(e) && inSentence(e, g.sentence) && eventMatches(e, g),
    );
    // Prefer the candidate that also gets the modality right.
    const best = candidates.find((e) => modalityMatches(e, g)) ?? candidates[0] ?? null;
    if (best) used.add(best);
    matches.push({
      gold: g,
      produced: best,
      modalityOk: !!best && modalityMatches(best, g),
      attributionOk: !!best && attributionMatches(best, g.attributed_to),
      dateOk: !!best && (best.date?.value ?? null) === (g.event_date ?? null),
    });
  }
  const goldSentences = gold.events.map((g) => g.sentence);
  const inGold = produced.filter((e) => goldSentences.some((s) => inSentence(e, s)));
  const correct = inGold.filter((e) =>
    gold.events.some((g) => inSentence(e, g.sentence) && eventMatches(e, g)),
  );
  const matched = matches.filter((m) => m.produced);
  return {
    gold: gold.events.length,
    matched: matched.length,
    producedInGoldSentences: inGold.length,
    producedCorrect: correct.length,
    modalityCorrect: matched.filter((m) => m.modalityOk).length,
    attributionCorrect: matched.filter((m) => m.attributionOk).length,
    dateCorrect: matched.filter((m) => m.dateOk).length,
    matches,
  };
}

export interface NewsSummary {
  articles: number;
  gold: number;
  recall: number;
  precision: number;
  modalityAccuracy: number;
  attributionAccuracy: number;
  dateAccuracy: number;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

export function summarizeNews(scores: NewsScore[]): NewsSummary {
  const sum = (f: (s: NewsScore) => number) => scores.reduce((acc, s) => acc + f(s), 0);
  const matched = sum((s) => s.matched);
  return {
    articles: scores.length,
    gold: sum((s) => s.gold),
    recall: ratio(
      matched,
      sum((s) => s.gold),
    ),
    precision: ratio(
      sum((s) => s.producedCorrect),
      sum((s) => s.producedInGoldSentences),
    ),
    modalityAccuracy: ratio(
      sum((s) => s.modalityCorrect),
      matched,
    ),
    attributionAccuracy: ratio(
      sum((s) => s.attributionCorrect),
      matched,
    ),
    dateAccuracy: ratio(
      sum((s) => s.dateCorrect),
      matched,
    ),
  };
}
