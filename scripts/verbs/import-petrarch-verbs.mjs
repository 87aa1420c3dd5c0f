#!/usr/bin/env node
/**
 * Converts the PETRARCH 2 verb dictionary (CAMEO.2.0.txt) into data/verbs/cameo-verbs.json and merges the
 * hand-written modern additions in data/verbs/curated.json.
 *
 * Usage: node scripts/verbs/import-petrarch-verbs.mjs [--shared DIR | DIR] [--dictionary FILE]
 *          [--curated FILE] [--codes FILE] [--out FILE] [--check] [--verbose]
 *   --shared DIR       folder holding eval/reference/petrarch2-dictionaries/ (default: ../shared next to the repo)
 *   --dictionary FILE  the verb dictionary itself (overrides --shared)
 *   --curated FILE     curated additions (default: data/verbs/curated.json)
 *   --codes FILE       CAMEO codebook used for validation (default: data/cameo/codes.json)
 *   --out FILE         output (default: data/verbs/cameo-verbs.json)
 *   --check            do not write; exit 1 when the output differs from what would be written
 *   --verbose          list skipped verbs, empty patterns, conflicts and lemma mismatches
 */

import { mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs, pathOption, sharedDir, writeOrCheck } from "./cli-args.mjs";
import { parseSynonymSets, parseVerbBlocks, splitSections } from "./petrarch-verb-parser.mjs";
import { assignIds, buildEntries, entryKey, mergeCurated } from "./verb-entry-builder.mjs";

export const VERBS_VERSION = "2026.11";

const ATTRIBUTION =
  "Verb patterns converted by scripts/verbs/import-petrarch-verbs.mjs from the PETRARCH 2 CAMEO verb " +
  "dictionary CAMEO.2.0.txt (openeventdata/petrarch2, last update 30 April 2015), Copyright (c) 2015 Open " +
  "Event Data Alliance, MIT License; itself derived from the TABARI CAMEO dictionaries " +
  "(CAMEO.091003.master.verbs) and WordNet synonym sets, developed with U.S. National Science Foundation " +
  "support. Entries and patterns whose ids start with 'sv.' and the synonym sets marked in data/verbs/README.md " +
  "are secvar additions (data/verbs/curated.json), coded against the CAMEO 1.1b3 codebook. See " +
  "data/verbs/README.md for the format and the full MIT notice.";

/**
 * Loads wink-nlp's lemmatiser (a project dependency). Returns null when it is unavailable.
 * @returns {Promise<((word: string) => string) | null>}
 */
async function loadLemmatizer() {
  try {
    const winkNLP = (await import("wink-nlp")).default;
    const model = (await import("wink-eng-lite-web-model")).default;
    const nlp = winkNLP(model);
    const cache = new Map();
    return (word) => {
      let lemma = cache.get(word);
      if (lemma === undefined) {
        lemma = nlp.readDoc(`They ${word} it.`).tokens().itemAt(1).out(nlp.its.lemma);
        cache.set(word, lemma);
      }
      return lemma;
    };
  } catch {
    console.error("wink-nlp not available: lemmas are the dictionary's head words");
    return null;
  }
}

/**
 * Checks the assembled document: codes exist, synonym references resolve, ids unique, patterns non-empty.
 * @param {{ synonyms: Record<string, string[]>, verbs: any[] }} doc
 * @param {Record<string, unknown>} codes
 * @returns {string[]} problems
 */
export function validateDocument(doc, codes) {
  const problems = [];
  const ids = new Set();
  const checkCode = (c, where) => {
    if (c !== null && c !== undefined && !(c in codes)) problems.push(`${where}: unknown code ${c}`);
  };
  const checkWord = (w, where) => {
    if (w.startsWith("&") && !(w.slice(1) in doc.synonyms)) problems.push(`${where}: unknown synonym ${w}`);
  };
  for (const v of doc.verbs) {
    const key = entryKey(v.lemma, v.particle);
    checkCode(v.code, key);
    checkCode(v.reverse_code, key);
    for (const p of v.patterns) {
      if (ids.has(p.id)) problems.push(`duplicate id ${p.id}`);
      ids.add(p.id);
      checkCode(p.code, p.id);
      checkCode(p.reverse_code, p.id);
      if (p.after.length + (p.before?.length ?? 0) === 0) problems.push(`${p.id}: no words`);
      for (const w of [...(p.before ?? []), ...p.after]) checkWord(w, p.id);
    }
  }
  return problems;
}

/**
 * Serialises with one pattern per line so the 40k-line file diffs well.
 * @param {{ synonyms: Record<string, string[]>, verbs: any[] }} doc
 * @returns {string}
 */
export function serialiseVerbs(doc) {
  const lines = [
    "{",
    `  "version": ${JSON.stringify(VERBS_VERSION)},`,
    `  "attribution": ${JSON.stringify(ATTRIBUTION)},`,
  ];
  lines.push(`  "synonyms": {`);
  const synNames = Object.keys(doc.synonyms);
  synNames.forEach((name, i) => {
    const comma = i < synNames.length - 1 ? "," : "";
    lines.push(`    ${JSON.stringify(name)}: ${JSON.stringify(doc.synonyms[name])}${comma}`);
  });
  lines.push("  },", `  "verbs": [`);
  doc.verbs.forEach((v, i) => {
    const { patterns, ...head } = v;
    const headJson = JSON.stringify(head).slice(0, -1);
    const comma = i < doc.verbs.length - 1 ? "," : "";
    if (patterns.length === 0) {
      lines.push(`    ${headJson},"patterns":[]}${comma}`);
      return;
    }
    lines.push(`    ${headJson},"patterns":[`);
    patterns.forEach((p, j) => {
      lines.push(`      ${JSON.stringify(p)}${j < patterns.length - 1 ? "," : ""}`);
    });
    lines.push(`    ]}${comma}`);
  });
  lines.push("  ]", "}");
  return `${lines.join("\n")}\n`;
}

/**
 * Lemma/forms consistency against the lemmatiser: forms whose lemma is not the entry's lemma.
 * @param {any[]} verbs
 * @param {((word: string) => string) | null} lemmatize
 * @returns {string[]}
 */
function lemmaMismatches(verbs, lemmatize) {
  if (lemmatize === null) return [];
  const out = [];
  for (const v of verbs) {
    for (const f of v.forms) {
      const l = lemmatize(f);
      if (l !== v.lemma && f !== v.lemma) out.push(`${entryKey(v.lemma, v.particle)}: ${f} → ${l}`);
    }
  }
  return out;
}

/**
 * @param {string} title
 * @param {string[]} items
 * @param {boolean} verbose
 */
function reportList(title, items, verbose) {
  console.error(`${title}: ${items.length}`);
  if (verbose) for (const item of items) console.error(`  ${item}`);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const verbose = args.options.has("verbose");
  const dictOpt = args.options.get("dictionary");
  const dictionary =
    typeof dictOpt === "string"
      ? dictOpt
      : join(sharedDir(args), "eval", "reference", "petrarch2-dictionaries", "CAMEO.2.0.txt");
  const curated = JSON.parse(readFileSync(pathOption(args, "curated", "data/verbs/curated.json"), "utf8"));
  const codes = JSON.parse(readFileSync(pathOption(args, "codes", "data/cameo/codes.json"), "utf8")).codes;
  const out = pathOption(args, "out", "data/verbs/cameo-verbs.json");

  const { synonymLines, verbLines } = splitSections(readFileSync(dictionary, "utf8"));
  const synonyms = parseSynonymSets(synonymLines);
  const blocks = parseVerbBlocks(verbLines);
  const lemmatize = await loadLemmatizer();
  /** @type {import("./verb-entry-builder.mjs").BuildReport} */
  const report = {
    skipped: [],
    shadowed: 0,
    emptyPatterns: [],
    undefinedSynonyms: [],
    codeConflicts: [],
    alternatives: 0,
    superseded: 0,
    overrides: [],
  };
  const entries = buildEntries(blocks, new Set(synonyms.keys()), lemmatize, report);
  const petrarchSets = synonyms.size;
  const petrarchEntries = entries.size;
  const petrarchPatterns = [...entries.values()].reduce((n, e) => n + e.patterns.length, 0);
  const added = mergeCurated(entries, synonyms, curated, codes, report);

  const verbs = [...entries.values()].sort((a, b) =>
    entryKey(a.lemma, a.particle).localeCompare(entryKey(b.lemma, b.particle)),
  );
  for (const v of verbs) assignIds(v);
  const doc = { synonyms: Object.fromEntries(synonyms), verbs };
  const problems = validateDocument(doc, codes);
  for (const p of problems) console.error(`INVALID ${p}`);

  const patternCount = verbs.reduce((n, v) => n + v.patterns.length, 0);
  console.error(
    `PETRARCH: ${blocks.length} blocks, ${petrarchEntries} verb entries, ${petrarchPatterns} patterns, ${petrarchSets} synonym sets`,
  );
  console.error(
    `curated: ${added.patterns} patterns, ${added.newEntries} new entries, ${added.newSynonymSets} new synonym sets`,
  );
  console.error(
    `total: ${verbs.length} verb entries, ${patternCount} patterns, ${synonyms.size} synonym sets`,
  );
  console.error(
    `identical word sequences collapsed (last wins): ${report.shadowed}; alternatives expanded: ${report.alternatives}`,
  );
  console.error(`PETRARCH patterns superseded by curated ones: ${report.superseded}`);
  reportList("verb lines skipped", report.skipped, verbose);
  reportList("patterns without words dropped", report.emptyPatterns, verbose);
  reportList("patterns using undefined synonym sets dropped", report.undefinedSynonyms, verbose);
  reportList("verbs in several blocks with different codes (first kept)", report.codeConflicts, verbose);
  reportList("default codes overridden by curated.json", report.overrides, verbose);
  reportList("forms the lemmatiser maps to another lemma", lemmaMismatches(verbs, lemmatize), verbose);
  if (problems.length > 0) {
    process.exitCode = 1;
    return;
  }
  mkdirSync(dirname(out), { recursive: true });
  process.exitCode = writeOrCheck(out, serialiseVerbs(doc), args.options.has("check")) ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
