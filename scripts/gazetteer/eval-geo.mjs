#!/usr/bin/env node
/**
 * Score secvar's place finder end to end on the geoparsing sets in ../shared/eval/geo
 * (LGL, GeoVirus), the way EUPEG does: a found place matches a gold toponym when the
 * surface strings are equal ignoring case and the span centres are under 10 characters
 * apart; precision/recall/F1 of finding places, then over matched places accuracy within
 * 161 km, mean/median error and the AUC of ln(1+error)/ln(20039).
 *
 * Usage (after `npm run build`): node scripts/gazetteer/eval-geo.mjs [--corpus lgl|geovirus]
 *   [--misses N] [--shared DIR]
 * Gold spans annotated as unresolved (no coordinates) are ignored, as are predictions on them.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const sharedDir = option("shared", join(root, "..", "shared"));
const corpora = option("corpus", "lgl,geovirus").split(",");
const missCount = Number(option("misses", "0"));

const places = await import(join(root, "dist", "src", "nlp", "places", "index.js"));
const require = createRequire(import.meta.url);
const demonyms = new Set(
  require("world-countries").flatMap((c) => {
    const eng = c.demonyms?.eng;
    return eng ? [eng.m, eng.f, `${eng.m}s`, `${eng.f}s`].map((d) => d.toLowerCase()) : [];
  }),
);

function haversineKm(aLat, aLon, bLat, bLon) {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((bLat - aLat) * rad) / 2) ** 2 +
    Math.cos(aLat * rad) * Math.cos(bLat * rad) * Math.sin(((bLon - aLon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

const centre = (s) => (s.start + s.end) / 2;

function matchSpans(text, golds, preds) {
  const used = new Set();
  const pairs = [];
  for (const g of golds) {
    const name = g.name.toLowerCase();
    let bestIndex = -1;
    preds.forEach((p, i) => {
      if (used.has(i) || text.slice(p.start, p.end).toLowerCase() !== name) return;
      if (Math.abs(centre(p) - centre(g)) >= 10) return;
      if (bestIndex < 0 || Math.abs(centre(p) - centre(g)) < Math.abs(centre(preds[bestIndex]) - centre(g))) {
        bestIndex = i;
      }
    });
    if (bestIndex >= 0) {
      used.add(bestIndex);
      pairs.push([g, preds[bestIndex]]);
    }
  }
  return { pairs, used };
}

function overlapsAny(p, spans) {
  return spans.some((s) => p.start < s.end && s.start < p.end);
}

function evaluate(corpus) {
  const path = join(sharedDir, "eval", "geo", `${corpus}.jsonl`);
  const docs = readFileSync(path, "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  let gold = 0;
  let goldAdjectives = 0;
  let predicted = 0;
  let matched = 0;
  let matchedAdjectives = 0;
  let ms = 0;
  let chars = 0;
  const errors = [];
  const misses = [];
  const falsePositives = [];
  const wrong = [];
  for (const doc of docs) {
    const started = performance.now();
    const preds = places.findPlaces(doc.text);
    ms += performance.now() - started;
    chars += doc.text.length;
    const unresolved = doc.unresolved ?? [];
    const kept = preds.filter((p) => !overlapsAny(p, unresolved));
    const { pairs, used } = matchSpans(doc.text, doc.toponyms, kept);
    gold += doc.toponyms.length;
    predicted += kept.length;
    matched += pairs.length;
    const adjectives = doc.toponyms.filter((g) => demonyms.has(g.name.toLowerCase()));
    goldAdjectives += adjectives.length;
    matchedAdjectives += pairs.filter(([g]) => demonyms.has(g.name.toLowerCase())).length;
    for (const [g, p] of pairs) {
      const km = haversineKm(g.lat, g.lon, p.lat, p.lon);
      errors.push(km);
      if (km >= 161)
        wrong.push(`${g.name} → ${p.name} (${p.feature}, ${p.country}, ${p.admin1}) ${Math.round(km)} km`);
    }
    const hit = new Set(pairs.map(([g]) => g));
    for (const g of doc.toponyms) if (!hit.has(g)) misses.push(`${g.name} [${g.feature_code ?? "?"}]`);
    kept.forEach((p, i) => {
      if (!used.has(i)) falsePositives.push(`${doc.text.slice(p.start, p.end)} → ${p.name} (${p.feature})`);
    });
  }
  errors.sort((a, b) => a - b);
  const precision = matched / Math.max(predicted, 1);
  const recall = matched / Math.max(gold, 1);
  const f1 = (2 * precision * recall) / Math.max(precision + recall, 1e-9);
  const acc161 = errors.filter((e) => e < 161).length / Math.max(errors.length, 1);
  const mean = errors.reduce((s, e) => s + e, 0) / Math.max(errors.length, 1);
  const median = errors[Math.floor(errors.length / 2)] ?? 0;
  const auc = errors.reduce((s, e) => s + Math.log(1 + e) / Math.log(20039), 0) / Math.max(errors.length, 1);
  const recallNoAdj = (matched - matchedAdjectives) / Math.max(gold - goldAdjectives, 1);
  const f = (x) => x.toFixed(3);
  process.stdout.write(
    `${corpus}: docs ${docs.length}, gold ${gold}, predicted ${predicted}, matched ${matched}\n` +
      `  P ${f(precision)}  R ${f(recall)}  F1 ${f(f1)}  (R without demonym toponyms ${f(recallNoAdj)}, ${goldAdjectives} such)\n` +
      `  acc@161 ${f(acc161)}  mean ${Math.round(mean)} km  median ${Math.round(median)} km  AUC ${f(auc)}\n` +
      `  speed ${((ms / chars) * 5000).toFixed(2)} ms per 5,000 chars\n`,
  );
  if (missCount > 0) {
    const top = (list) =>
      [...list.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map())]
        .sort((a, b) => b[1] - a[1])
        .slice(0, missCount)
        .map(([x, n]) => `${n}× ${x}`)
        .join("; ");
    process.stdout.write(`  misses: ${top(misses)}\n  false positives: ${top(falsePositives)}\n`);
    process.stdout.write(`  wrong: ${top(wrong)}\n`);
  }
}

if (!existsSync(join(sharedDir, "eval", "geo"))) {
  process.stdout.write(`eval-geo: ${sharedDir}/eval/geo not found, nothing to score\n`);
} else {
  const started = performance.now();
  places.loadGazetteer();
  process.stdout.write(`gazetteer loaded in ${Math.round(performance.now() - started)} ms\n`);
  for (const corpus of corpora) evaluate(corpus);
}
