/**
 * The headline figures of an evaluation run, flat and named, so that a baseline can be
 * committed and every later run compared with it.
 */
import type { GeoSummary } from "./geo-scorer.js";
import type { NewsSummary } from "./news-scorer.js";
import type { CameoManualScore, Petr2Score, PloverScore } from "./sentence-scorer.js";
import type { TimexSummary } from "./timex-scorer.js";

export interface SuiteResults {
  petr2?: Petr2Score;
  cameo?: CameoManualScore;
  plover?: PloverScore;
  news?: NewsSummary;
  timex?: TimexSummary;
  /** Place finding and geocoding per corpus (lgl, geovirus, …). */
  geo?: Map<string, GeoSummary>;
}

/** Figures where a smaller number is better. */
export const LOWER_IS_BETTER = new Set(["cameo.extra_per_sentence"]);

/** Geo figures ending so are lower-is-better too (the AUC of log errors). */
const LOWER_SUFFIXES = [".auc"];

function lowerIsBetter(figure: string): boolean {
  return LOWER_IS_BETTER.has(figure) || LOWER_SUFFIXES.some((s) => figure.endsWith(s));
}

export function figuresOf(r: SuiteResults): Record<string, number> {
  const f: Record<string, number> = {};
  const prf = (prefix: string, x: { precision: number; recall: number; f1: number }) => {
    f[`${prefix}.precision`] = x.precision;
    f[`${prefix}.recall`] = x.recall;
    f[`${prefix}.f1`] = x.f1;
  };
  if (r.petr2) {
    prf("petr2.exact", r.petr2.exact);
    prf("petr2.country_root", r.petr2.country);
    f["petr2.no_event_accuracy"] = r.petr2.noEventAccuracy;
  }
  if (r.cameo) {
    f["cameo.exact"] = r.cameo.exact;
    f["cameo.root"] = r.cameo.root;
    f["cameo.extra_per_sentence"] = r.cameo.extraPerSentence;
  }
  if (r.plover) {
    prf("plover.pairs", r.plover.pairs);
    f["plover.category_accuracy"] = r.plover.categoryAccuracy;
  }
  if (r.news) {
    f["news.recall"] = r.news.recall;
    f["news.precision"] = r.news.precision;
    f["news.modality_accuracy"] = r.news.modalityAccuracy;
    f["news.attribution_accuracy"] = r.news.attributionAccuracy;
    f["news.date_accuracy"] = r.news.dateAccuracy;
  }
  if (r.timex) {
    prf("timex.relaxed", r.timex.relaxed);
    prf("timex.strict", r.timex.strict);
    f["timex.type_accuracy"] = r.timex.typeAccuracy;
    f["timex.value_accuracy"] = r.timex.valueAccuracy;
    f["timex.value_f1"] = r.timex.valueF1;
  }
  for (const [corpus, g] of r.geo ?? []) {
    prf(`geo.${corpus}`, g.found);
    f[`geo.${corpus}.acc161`] = g.acc161;
    f[`geo.${corpus}.auc`] = g.auc;
  }
  for (const k of Object.keys(f)) f[k] = Math.round((f[k] as number) * 10000) / 10000;
  return f;
}

export interface Regression {
  figure: string;
  baseline: number;
  now: number;
}

/** Figures that moved the wrong way by more than `tolerance` (0.02 = 2 points). */
export function regressions(
  now: Record<string, number>,
  baseline: Record<string, number>,
  tolerance = 0.02,
): Regression[] {
  const out: Regression[] = [];
  for (const [figure, base] of Object.entries(baseline)) {
    const value = now[figure];
    if (value === undefined) continue;
    const worse = lowerIsBetter(figure) ? value - base : base - value;
    if (worse > tolerance + 1e-9) out.push({ figure, baseline: base, now: value });
  }
  return out;
}
