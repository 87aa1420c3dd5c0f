/**
 * Scoring place finding and geocoding end to end as EUPEG does (format: ../shared/eval/README,
 * geo/): a found place matches a gold toponym when the surface strings are equal ignoring case
 * and the span centres are under 10 characters apart; precision, recall and F1 of finding places,
 * then over matched places accuracy within 161 km (100 miles), mean and median error and the
 * AUC of ln(1 + error) / ln(20039). Gold spans marked unresolved (no coordinates) are ignored,
 * as are places found on them. Pure.
 */
import { type Prf, prf } from "./sentence-scorer.js";

export interface GeoSpan {
  start: number;
  end: number;
  lat: number;
  lon: number;
}

export interface GeoToponym extends GeoSpan {
  name: string;
}

export interface GeoDocument {
  id: string;
  corpus: string;
  text: string;
  toponyms: GeoToponym[];
  unresolved?: { start: number; end: number }[];
}

export interface GeoPair {
  gold: GeoToponym;
  produced: GeoSpan;
  km: number;
}

export interface GeoDocScore {
  gold: number;
  produced: number;
  pairs: GeoPair[];
  missed: GeoToponym[];
  spurious: GeoSpan[];
}

export interface GeoSummary {
  documents: number;
  gold: number;
  produced: number;
  found: Prf;
  /** Share of matched places within 161 km of the gold point. */
  acc161: number;
  meanKm: number;
  medianKm: number;
  /** Area under the curve of ln(1 + km) / ln(20039): 0 is perfect. */
  auc: number;
}

/** Half the Earth's circumference in km: the largest possible error. */
const MAX_KM = 20039;

/** Great-circle distance in km. */
export function haversineKm(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((bLat - aLat) * rad) / 2) ** 2 +
    Math.cos(aLat * rad) * Math.cos(bLat * rad) * Math.sin(((bLon - aLon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

const centre = (s: { start: number; end: number }) => (s.start + s.end) / 2;

function overlapsAny(p: GeoSpan, spans: readonly { start: number; end: number }[]): boolean {
  return spans.some((s) => p.start < s.end && s.start < p.end);
}

function nearestMatch(text: string, g: GeoToponym, produced: readonly GeoSpan[], used: Set<number>): number {
  const name = g.name.toLowerCase();
  let best = -1;
  produced.forEach((p, i) => {
    if (used.has(i) || text.slice(p.start, p.end).toLowerCase() !== name) return;
    const d = Math.abs(centre(p) - centre(g));
    if (d >= 10) return;
    if (best < 0 || d < Math.abs(centre(produced[best] as GeoSpan) - centre(g))) best = i;
  });
  return best;
}

/**
 * Score one document.
 * @example scoreGeoDoc(doc, [{start: 0, end: 5, lat: 50.45, lon: 30.52}]).pairs[0]?.km
 */
export function scoreGeoDoc(doc: GeoDocument, produced: readonly GeoSpan[]): GeoDocScore {
  const kept = produced.filter((p) => !overlapsAny(p, doc.unresolved ?? []));
  const used = new Set<number>();
  const pairs: GeoPair[] = [];
  const missed: GeoToponym[] = [];
  for (const g of doc.toponyms) {
    const i = nearestMatch(doc.text, g, kept, used);
    if (i < 0) {
      missed.push(g);
      continue;
    }
    used.add(i);
    const p = kept[i] as GeoSpan;
    pairs.push({ gold: g, produced: p, km: haversineKm(g.lat, g.lon, p.lat, p.lon) });
  }
  const spurious = kept.filter((_, i) => !used.has(i));
  return { gold: doc.toponyms.length, produced: kept.length, pairs, missed, spurious };
}

/** Micro-averaged figures over documents. */
export function summarizeGeo(scores: readonly GeoDocScore[]): GeoSummary {
  const gold = scores.reduce((n, s) => n + s.gold, 0);
  const produced = scores.reduce((n, s) => n + s.produced, 0);
  const errors = scores.flatMap((s) => s.pairs.map((p) => p.km)).sort((a, b) => a - b);
  const matched = errors.length;
  const n = Math.max(matched, 1);
  return {
    documents: scores.length,
    gold,
    produced,
    found: prf({ tp: matched, fp: produced - matched, fn: gold - matched }),
    acc161: errors.filter((e) => e < 161).length / n,
    meanKm: errors.reduce((s, e) => s + e, 0) / n,
    medianKm: errors[Math.floor(matched / 2)] ?? 0,
    auc: errors.reduce((s, e) => s + Math.log(1 + e) / Math.log(MAX_KM), 0) / n,
  };
}

/** Errors in one document: missed and spurious places, and places more than 161 km off. */
export function geoErrors(score: GeoDocScore): number {
  return score.missed.length + score.spurious.length + score.pairs.filter((p) => p.km >= 161).length;
}
