import type { Candidate, MentionFlags } from "./place-scanner.js";
import type { PlaceContext, PlaceRecord } from "./place-types.js";

/** Tuning constants of the disambiguation score (log10-population units). */
export const WEIGHTS = {
  countryBonus: 4,
  admin1Bonus: 1,
  admin2Bonus: 0,
  seaPrior: 8.5,
  regionPrior: 7.5,
  capitalBonus: 2.5,
  seatBonus: 0.7,
  seat2Bonus: 0.3,
  sectionPenalty: -0.5,
  context: 2,
  docCountry: 0.75,
  docCountryCap: 1.5,
  docAdmin1: 2,
  docAdmin1Cap: 4,
  siblingAdmin1: 1,
  siblingAdmin1Cap: 2,
  near50: 1,
  near200: 0.5,
  sentenceStart: -1.5,
  commonWord: -3,
  firstName: -1,
  allCaps: -1,
  accept: 5,
  famous: 100_000,
  famousDoubt: 0.3,
  curated: 1,
  derived: -1.5,
  ambiguity: 0.2,
} as const;

/** All mentions of one name in a document, resolved together (one sense per discourse). */
export interface NameGroup {
  key: string;
  mentions: Candidate[];
  records: PlaceRecord[];
  flags: MentionFlags;
  /** Records left by an "X, Y" pattern ("Portland, Maine"); they bypass the threshold. */
  forced: PlaceRecord[] | null;
  /** Keys of the names written next to this one in a list. */
  neighbours: Set<string>;
}

/** The record chosen for a group, with its score. */
export interface Resolution {
  record: PlaceRecord;
  score: number;
  accepted: boolean;
}

function log10Pop(pop: number | null): number {
  return Math.log10(Math.max(pop ?? 0, 100));
}

/** Score of a record before any context: population plus the weight of its kind. */
export function priorScore(r: PlaceRecord): number {
  const p = log10Pop(r.population);
  switch (r.feature) {
    case "country":
      return Math.max(p + WEIGHTS.countryBonus, 9);
    case "admin1":
      return p + WEIGHTS.admin1Bonus;
    case "sea":
      return WEIGHTS.seaPrior;
    case "region":
      if (r.featureCode === "ALIAS") return r.population ? p + WEIGHTS.admin1Bonus : WEIGHTS.regionPrior;
      return p + WEIGHTS.admin2Bonus;
    case "city":
      return p + cityBonus(r.featureCode);
    default:
      return p;
  }
}

function cityBonus(code: string): number {
  if (code === "PPLC") return WEIGHTS.capitalBonus;
  if (code === "PPLA") return WEIGHTS.seatBonus;
  if (code === "PPLA2") return WEIGHTS.seat2Bonus;
  if (code === "PPLX") return WEIGHTS.sectionPenalty;
  return 0;
}

function isStrong(r: PlaceRecord): boolean {
  return r.feature === "country" || r.feature === "sea" || r.featureCode === "ALIAS";
}

/** Penalties for doubtful writing (sentence start, common word, first name, capitals). */
export function flagPenalty(r: PlaceRecord, flags: MentionFlags): number {
  if (isStrong(r) || flags.abbreviation || flags.regionSuffix) return 0;
  const local = r.feature === "city" || r.featureCode === "ADM2";
  // Famous places are written capitalised for their own sake: doubt them less.
  const doubt = (r.population ?? 0) >= WEIGHTS.famous ? WEIGHTS.famousDoubt : 1;
  let p = 0;
  if (flags.sentenceStart && local) p += WEIGHTS.sentenceStart * doubt;
  if (flags.commonWord) p += WEIGHTS.commonWord * doubt;
  if (flags.firstName && local) p += WEIGHTS.firstName * doubt;
  if (flags.allCaps && local) p += WEIGHTS.allCaps * doubt;
  return p;
}

/** Bonus for a record in one of the caller's actor countries (most salient first). */
export function contextBonus(r: PlaceRecord, context: PlaceContext | undefined): number {
  const countries = context?.countries ?? [];
  const rank = r.country === null ? -1 : countries.indexOf(r.country);
  return rank < 0 ? 0 : WEIGHTS.context / (1 + 0.5 * rank);
}

/** What the other names of the document point at: soft counts of countries and admin1s. */
interface Evidence {
  countries: Map<string, number>;
  admin1s: Map<string, number>;
  /** Each group's own share (by the group's position), subtracted when scoring that group. */
  own: Scored[];
  /** Confident picks, for distances. */
  anchors: Map<string, PlaceRecord>;
}

/**
 * A group's share of the evidence: the group's confidence of being a place at all, and the mass
 * it gives each country and admin1 of its records. A group holds few records, so the masses are
 * kept in small parallel lists (keys in the order first met) rather than in maps.
 */
interface Scored {
  weight: number;
  countryKeys: string[];
  countryMass: number[];
  admin1Keys: string[];
  admin1Mass: number[];
}

/** A group's candidate records with their scores (parallel lists, in the group's record order). */
interface Scores {
  records: PlaceRecord[];
  scores: number[];
}

function addMass(map: Map<string, number>, key: string | null, mass: number): void {
  if (key) map.set(key, (map.get(key) ?? 0) + mass);
}

/** addMass on a pair of parallel lists. */
function addListMass(keys: string[], masses: number[], key: string | null, mass: number): void {
  if (!key) return;
  const k = keys.indexOf(key);
  if (k < 0) {
    keys.push(key);
    masses.push(0 + mass);
  } else masses[k] = (masses[k] as number) + mass;
}

/** The mass a share gives a key (0 when none). */
function massOf(keys: readonly string[], masses: readonly number[], key: string): number {
  const k = keys.indexOf(key);
  return k < 0 ? 0 : (masses[k] as number);
}

/** shareOf's likelihoods, in one buffer reused from call to call. */
let likelihoodBuffer = new Float64Array(64);

function shareOf(scored: Scores, threshold: number): Scored {
  const { records, scores } = scored;
  let top = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < scores.length; k++) top = Math.max(top, scores[k] as number);
  const weight = Math.min(1, Math.max(0, (top - threshold + 2) / 3));
  const share: Scored = { weight, countryKeys: [], countryMass: [], admin1Keys: [], admin1Mass: [] };
  // Each record's relative likelihood, computed once for the sum and the shares.
  if (likelihoodBuffer.length < scores.length) likelihoodBuffer = new Float64Array(2 * scores.length);
  const likelihood = likelihoodBuffer;
  let z = 0;
  for (let k = 0; k < scores.length; k++) {
    const l = 10 ** ((scores[k] as number) - top);
    likelihood[k] = l;
    z += l;
  }
  for (let k = 0; k < scores.length; k++) {
    const r = records[k] as PlaceRecord;
    const p = (weight * (likelihood[k] as number)) / z;
    addListMass(share.countryKeys, share.countryMass, r.country, p);
    addListMass(share.admin1Keys, share.admin1Mass, r.admin1Code, p);
  }
  return share;
}

function evidenceOf(groups: readonly NameGroup[], scored: Scores[], shares: Scored[]): Evidence {
  const ev: Evidence = { countries: new Map(), admin1s: new Map(), own: shares, anchors: new Map() };
  for (let g = 0; g < groups.length; g++) {
    const share = shares[g] as Scored;
    for (let k = 0; k < share.countryKeys.length; k++)
      addMass(ev.countries, share.countryKeys[k] as string, share.countryMass[k] as number);
    for (let k = 0; k < share.admin1Keys.length; k++)
      addMass(ev.admin1s, share.admin1Keys[k] as string, share.admin1Mass[k] as number);
    // The first best-scored record.
    const { records, scores } = scored[g] as Scores;
    let best = -1;
    for (let k = 0; k < scores.length; k++)
      if (best < 0 || (scores[k] as number) > (scores[best] as number)) best = k;
    const anchor = best < 0 ? undefined : records[best];
    if (
      anchor &&
      share.weight >= 0.5 &&
      (anchor.feature === "city" || anchor.feature === "admin1" || anchor.featureCode === "ADM2")
    ) {
      ev.anchors.set((groups[g] as NameGroup).key, anchor);
    }
  }
  return ev;
}

const EARTH_KM = 6371;

/** Great-circle distance in km. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

function documentBonus(r: PlaceRecord, group: NameGroup, own: Scored | undefined, ev: Evidence): number {
  let bonus = 0;
  if (r.country) {
    const mine = own ? massOf(own.countryKeys, own.countryMass, r.country) : 0;
    const n = (ev.countries.get(r.country) ?? 0) - mine;
    bonus += Math.min(WEIGHTS.docCountryCap, n * WEIGHTS.docCountry);
  }
  if (r.admin1Code) {
    const mine = own ? massOf(own.admin1Keys, own.admin1Mass, r.admin1Code) : 0;
    const n = (ev.admin1s.get(r.admin1Code) ?? 0) - mine;
    bonus += Math.min(WEIGHTS.docAdmin1Cap, n * WEIGHTS.docAdmin1);
  }
  if (r.feature !== "country" && r.feature !== "sea") bonus += nearBonus(r, group.key, ev);
  if (r.feature === "admin1") bonus += siblingBonus(r, group, ev);
  return bonus;
}

/** "Arizona, California, Georgia": a name listed with divisions of one country is one of them. */
function siblingBonus(r: PlaceRecord, group: NameGroup, ev: Evidence): number {
  let n = 0;
  for (const k of group.neighbours) {
    const p = ev.anchors.get(k);
    if (p?.feature === "admin1" && p.country === r.country) n++;
  }
  return Math.min(WEIGHTS.siblingAdmin1Cap, n * WEIGHTS.siblingAdmin1);
}

function nearBonus(r: PlaceRecord, key: string, ev: Evidence): number {
  let nearest = Number.POSITIVE_INFINITY;
  for (const [k, p] of ev.anchors) {
    // 2° of latitude is over 200 km: skip the trigonometry for far anchors.
    if (k === key || Math.abs(p.lat - r.lat) > 2) continue;
    nearest = Math.min(nearest, distanceKm(r, p));
  }
  if (nearest < 50) return WEIGHTS.near50;
  return nearest < 200 ? WEIGHTS.near200 : 0;
}

/** Same-name city that is the seat of a division beats the division ("Tehran", "Kursk"). */
function dropShadowedDivisions(records: readonly PlaceRecord[], flags: MentionFlags): PlaceRecord[] {
  if (flags.regionSuffix) return [...records];
  return records.filter(
    (a) =>
      a.feature !== "admin1" ||
      !records.some(
        (c) =>
          c.feature === "city" &&
          c.admin1Code === a.admin1Code &&
          (c.featureCode === "PPLA" ||
            c.featureCode === "PPLC" ||
            ((c.population ?? 0) >= 100_000 && c.name.length <= a.name.length)),
      ),
  );
}

/**
 * A small town named like a state or country does not take the name from it ("Oregon, Ohio"
 * only when written so): the division wins unless the town is a capital or a twentieth of its size or more.
 */
function dropShadowedTowns(records: readonly PlaceRecord[]): PlaceRecord[] {
  const big = records.filter((r) => r.feature === "admin1");
  if (big.length === 0) return [...records];
  const top = Math.max(...big.map((r) => r.population ?? 0));
  return records.filter(
    (r) => r.feature !== "city" || r.featureCode === "PPLC" || (r.population ?? 0) * 20 >= top,
  );
}

function threshold(group: NameGroup): number {
  const cities = group.records.filter((r) => r.feature === "city").length;
  return WEIGHTS.accept + (cities > 1 ? WEIGHTS.ambiguity * Math.log2(cities) : 0);
}

/** Options of resolveGroups. */
export interface ResolveOptions {
  context?: PlaceContext | undefined;
  /** How the gazetteer knows a key for a record: curated alias, a division's bare name, or plainly. */
  keyKind?: (key: string, r: PlaceRecord) => "curated" | "derived" | null;
}

/** Scores that do not depend on the rest of the document, computed once per group. */
function staticScores(group: NameGroup, options: ResolveOptions): Scores {
  const pool = group.forced ?? dropShadowedTowns(dropShadowedDivisions(group.records, group.flags));
  const scores = pool.map((r) => {
    let score = priorScore(r) + flagPenalty(r, group.flags) + contextBonus(r, options.context);
    const kind = options.keyKind?.(group.key, r) ?? null;
    if (kind === "curated") score += WEIGHTS.curated;
    else if (kind === "derived" && !group.flags.regionSuffix) score += WEIGHTS.derived;
    return score;
  });
  return { records: pool, scores };
}

function scoreGroup(group: NameGroup, base: Scores, own: Scored | undefined, ev: Evidence | null): Scores {
  if (!ev) return base;
  const { records } = base;
  const scores = new Array<number>(records.length);
  for (let k = 0; k < records.length; k++)
    scores[k] = (base.scores[k] as number) + documentBonus(records[k] as PlaceRecord, group, own, ev);
  return { records, scores };
}

function pick(group: NameGroup, scored: Scores, threshold: number): Resolution | null {
  const { records, scores } = scored;
  let best = -1;
  for (let k = 0; k < scores.length; k++)
    if (best < 0 || (scores[k] as number) > (scores[best] as number)) best = k;
  if (best < 0) return null;
  const score = scores[best] as number;
  return {
    record: records[best] as PlaceRecord,
    score,
    accepted: group.forced !== null || score >= threshold,
  };
}

/**
 * Choose one record per name group: a first pass on priors and the caller's context, then two
 * passes where every name lends soft evidence (its likely countries and admin1s, weighted by how
 * sure it is to be a place) and its distance to the others. Group keys are distinct.
 * @example resolveGroups(groups, { context: { countries: ["USA"] } }).get("georgia")?.record.feature
 */
export function resolveGroups(
  groups: readonly NameGroup[],
  options: ResolveOptions = {},
): Map<string, Resolution> {
  let ev: Evidence | null = null;
  const out = new Map<string, Resolution>();
  const bases = groups.map((g) => staticScores(g, options));
  const thresholds = groups.map(threshold);
  for (let pass = 0; pass < PASSES; pass++) {
    // The last pass only picks: the evidence it would gather has no later pass to inform.
    const last = pass === PASSES - 1;
    const scored: Scores[] = [];
    const shares: Scored[] = [];
    for (let k = 0; k < groups.length; k++) {
      const g = groups[k] as NameGroup;
      const scores = scoreGroup(g, bases[k] as Scores, ev?.own[k], ev);
      if (!last) {
        scored.push(scores);
        shares.push(shareOf(scores, thresholds[k] as number));
      }
      const res = pick(g, scores, thresholds[k] as number);
      if (res) out.set(g.key, res);
    }
    if (!last) ev = evidenceOf(groups, scored, shares);
  }
  return out;
}

/** A first pass on priors and context, then two with the document's evidence. */
const PASSES = 3;
