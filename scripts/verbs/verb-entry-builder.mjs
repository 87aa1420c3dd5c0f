/**
 * Turns parsed PETRARCH verb blocks into secvar verb entries and merges the hand-written curated additions.
 * Pure functions: the lemmatiser is passed in, nothing here reads or writes files.
 */

import {
  commentVerbs,
  convertPatternBody,
  entryForms,
  isCoordinationHack,
  parseCodeField,
  UndefinedSynonymError,
} from "./petrarch-verb-parser.mjs";
import { HOMOGRAPH_BASES, irregularBase, regularForms } from "./verb-inflector.mjs";

/**
 * @typedef {{ id?: string, code: string | null, reverse_code?: string, before?: string[], after: string[],
 *   target?: string, source?: string, src: string }} Pattern
 * @typedef {{ lemma: string, particle: string | null, forms: string[], code: string | null,
 *   reverse_code?: string, blocks: string[], src: string[], patterns: Pattern[] }} VerbEntry
 * @typedef {(word: string) => string} Lemmatize lemma of `word` used as a finite verb
 * @typedef {{ skipped: string[], shadowed: number, emptyPatterns: string[], undefinedSynonyms: string[],
 *   codeConflicts: string[],
 *   alternatives: number, superseded: number, overrides: string[] }} BuildReport
 */

/**
 * Entry key: lemma plus particle.
 * @param {string} lemma
 * @param {string | null} particle
 */
export function entryKey(lemma, particle) {
  return particle === null ? lemma : `${lemma} ${particle}`;
}

/**
 * Base form a lemmatiser gives for a dictionary head word. Irregular past forms listed as heads
 * (`FORGAVE`, `BURNT`) map to their base; other inflected heads (`+ANGERED_BY`, British `-ise` spellings)
 * map to the lemmatiser's lemma; base verbs spelled like another verb's past (`FOUND`, `WOUND`, `LAY`)
 * stay as they are.
 * @param {string} head lowercase head word
 * @param {Lemmatize | null} lemmatize
 * @returns {string}
 */
export function resolveLemma(head, lemmatize) {
  if (HOMOGRAPH_BASES.has(head)) return head;
  const base = irregularBase(head);
  if (base !== null) return base;
  return lemmatize === null ? head : lemmatize(head);
}

/**
 * The word regular forms are generated from: a spelling variant head ("recognise", lemma "recognize")
 * inflects as itself; an inflected head ("angered", "burnt") inflects from its lemma.
 * @param {string} head
 * @param {string} lemma
 * @returns {string}
 */
function formBase(head, lemma) {
  if (head === lemma || irregularBase(head) !== null || /(ed|ing)$/.test(head)) return lemma;
  return head;
}

/**
 * Converts the patterns of one block, deduplicating identical word sequences: as in PETRARCH 2, whose
 * pattern trie overwrites on a repeated path, the last occurrence wins.
 * @param {ReturnType<typeof import("./petrarch-verb-parser.mjs").parseVerbBlocks>[number]} block
 * @param {Set<string>} synonyms
 * @param {BuildReport} report
 * @returns {Pattern[]}
 */
export function convertBlockPatterns(block, synonyms, report) {
  /** @type {Map<string, Pattern>} */
  const byWords = new Map();
  for (const p of block.patterns) {
    const { code, reverseCode } = parseCodeField(p.codeField);
    // PETRARCH discards "clashed since …" as a summary; news reports "have attacked ships since
    // November" as the attacks it is, so secvar drops that discard.
    if (code === null && p.body.trim() === "* SINCE") continue;
    const verbs = commentVerbs(p.comment) || block.name;
    const src = `${verbs}: ${p.body} [${p.codeField.trim()}]`;
    const converted = convertOrSkip(p.body, synonyms, `line ${p.line}: ${src}`, report);
    if (converted === null) continue;
    if (converted.length === 0) report.emptyPatterns.push(`line ${p.line}: ${src}`);
    if (converted.length > 1) report.alternatives += converted.length - 1;
    for (const c of converted) {
      /** @type {Pattern} */
      const pattern = { code };
      if (reverseCode !== null) pattern.reverse_code = reverseCode;
      if (c.before.length > 0) pattern.before = c.before;
      pattern.after = c.after;
      if (c.target !== null) pattern.target = c.target;
      if (c.source !== null) pattern.source = c.source;
      pattern.src = src;
      const key = wordsKey(pattern);
      if (byWords.has(key)) report.shadowed++;
      byWords.delete(key);
      byWords.set(key, pattern);
    }
  }
  return [...byWords.values()];
}

/**
 * Converts a pattern body; a pattern using an undefined synonym set is reported and skipped.
 * @param {string} body
 * @param {Set<string>} synonyms
 * @param {string} where
 * @param {BuildReport} report
 */
function convertOrSkip(body, synonyms, where, report) {
  try {
    return convertPatternBody(body, synonyms);
  } catch (error) {
    if (!(error instanceof UndefinedSynonymError)) throw error;
    report.undefinedSynonyms.push(`${where} (${error.message})`);
    return null;
  }
}

/**
 * Identity of a pattern's word sequence (before and after the verb).
 * @param {{ before?: string[], after: string[] }} p
 */
export function wordsKey(p) {
  return [...(p.before ?? []), "*", ...p.after].join(" ");
}

/**
 * Builds verb entries from all blocks. A verb listed in several blocks (38 in CAMEO.2.0) gets one entry:
 * the first block's code and the union of the blocks' patterns.
 * @param {ReturnType<typeof import("./petrarch-verb-parser.mjs").parseVerbBlocks>} blocks
 * @param {Set<string>} synonyms
 * @param {Lemmatize | null} lemmatize
 * @param {BuildReport} report
 * @returns {Map<string, VerbEntry>}
 */
export function buildEntries(blocks, synonyms, lemmatize, report) {
  /** @type {Map<string, VerbEntry>} */
  const entries = new Map();
  for (const block of blocks) {
    const blockCode = parseCodeField(block.codeField);
    const patterns = convertBlockPatterns(block, synonyms, report);
    for (const { line, verb } of block.verbs) {
      if (verb.front.length > 0 || verb.head === "" || isCoordinationHack(verb.particle)) {
        report.skipped.push(`line ${line}: ${verb.raw}`);
        continue;
      }
      const lemma = resolveLemma(verb.head, lemmatize);
      const code = verb.codeField === null ? blockCode : parseCodeField(verb.codeField);
      const forms = entryForms(formBase(verb.head, lemma), verb.forms);
      if (verb.head !== lemma) forms.push(verb.head);
      if (lemmatize !== null && lemmatize(lemma) !== lemma) forms.push(lemma);
      const key = entryKey(lemma, verb.particle);
      const src = `${block.name}: ${verb.raw}`;
      const existing = entries.get(key);
      if (existing === undefined) {
        entries.set(key, newEntry(lemma, verb.particle, forms, code, block.name, src, patterns));
        continue;
      }
      mergeInto(existing, forms, code, block.name, src, patterns, report);
    }
  }
  return entries;
}

/**
 * @param {string} lemma
 * @param {string | null} particle
 * @param {string[]} forms
 * @param {{ code: string | null, reverseCode: string | null }} code
 * @param {string} block
 * @param {string} src
 * @param {Pattern[]} patterns
 * @returns {VerbEntry}
 */
function newEntry(lemma, particle, forms, code, block, src, patterns) {
  /** @type {VerbEntry} */
  const entry = { lemma, particle, forms: [...new Set(forms)].sort(), code: code.code };
  if (code.reverseCode !== null) entry.reverse_code = code.reverseCode;
  entry.blocks = [block];
  entry.src = [src];
  entry.patterns = patterns.map((p) => ({ ...p }));
  return entry;
}

/**
 * @param {VerbEntry} entry
 * @param {string[]} forms
 * @param {{ code: string | null, reverseCode: string | null }} code
 * @param {string} block
 * @param {string} src
 * @param {Pattern[]} patterns
 * @param {BuildReport} report
 */
function mergeInto(entry, forms, code, block, src, patterns, report) {
  entry.forms = [...new Set([...entry.forms, ...forms])].sort();
  if (!entry.src.includes(src)) entry.src.push(src);
  if (code.code !== entry.code) {
    report.codeConflicts.push(
      `${entryKey(entry.lemma, entry.particle)}: kept ${entry.code}, ignored ${code.code} (${src})`,
    );
  }
  if (entry.blocks.includes(block)) return;
  entry.blocks.push(block);
  const seen = new Set(entry.patterns.map(wordsKey));
  for (const p of patterns) {
    if (seen.has(wordsKey(p))) report.shadowed++;
    else entry.patterns.push({ ...p });
  }
}

/**
 * Parses a curated verb reference: "deploy" or "cut off" (lemma, then particle words).
 * @param {string} spec
 * @returns {{ lemma: string, particle: string | null }}
 */
export function parseVerbSpec(spec) {
  const [lemma = "", ...rest] = spec.trim().toLowerCase().split(/\s+/);
  return { lemma, particle: rest.length > 0 ? rest.join(" ") : null };
}

/**
 * Merges the curated additions: synonym sets, default-code overrides and pattern groups.
 * Curated patterns are placed before the PETRARCH ones of the same entry, and a PETRARCH pattern with the
 * same word sequence as a curated one is dropped (the curated code wins).
 * @param {Map<string, VerbEntry>} entries
 * @param {Map<string, string[]>} synonyms
 * @param {any} curated parsed data/verbs/curated.json
 * @param {Record<string, { name: string }>} codes codebook
 * @param {BuildReport} report
 * @returns {{ patterns: number, newEntries: number, newSynonymSets: number }}
 */
export function mergeCurated(entries, synonyms, curated, codes, report) {
  let newSynonymSets = 0;
  for (const [name, members] of Object.entries(curated.synonyms ?? {})) {
    if (synonyms.has(name))
      throw new Error(`curated synonym set "${name}" exists in PETRARCH: use synonym_extensions`);
    synonyms.set(name, [...new Set(members.map((m) => m.toLowerCase()))]);
    newSynonymSets++;
  }
  for (const [name, members] of Object.entries(curated.synonym_extensions ?? {})) {
    const set = synonyms.get(name);
    if (set === undefined) throw new Error(`synonym_extensions: no PETRARCH set "${name}"`);
    for (const m of members) if (!set.includes(m.toLowerCase())) set.push(m.toLowerCase());
  }
  const before = entries.size;
  for (const d of curated.defaults ?? []) applyDefault(entries, d, codes, report);
  let patterns = 0;
  for (const group of curated.groups ?? []) patterns += applyGroup(entries, group, codes, report);
  return { patterns, newEntries: entries.size - before, newSynonymSets };
}

/**
 * PETRARCH patterns of the base verb that begin with the particle ("call": `for &ceasefire`), which a new
 * phrasal entry ("call for") keeps so that a matcher preferring the phrasal entry loses nothing.
 * @param {VerbEntry | undefined} base
 * @param {string} particle
 * @returns {Pattern[]}
 */
function particlePatterns(base, particle) {
  const first = particle.split(" ")[0];
  if (base === undefined) return [];
  return base.patterns.filter((p) => p.id === undefined && p.before === undefined && p.after[0] === first);
}

/**
 * @param {Map<string, VerbEntry>} entries
 * @param {string} spec
 * @returns {VerbEntry}
 */
function curatedEntry(entries, spec) {
  const { lemma, particle } = parseVerbSpec(spec);
  const key = entryKey(lemma, particle);
  let entry = entries.get(key);
  if (entry === undefined) {
    const inherited = particle === null ? [] : particlePatterns(entries.get(lemma), particle);
    const src =
      inherited.length > 0
        ? `secvar: added, with the ${lemma} patterns that start with "${particle}"`
        : "secvar: added";
    entry = newEntry(
      lemma,
      particle,
      regularForms(lemma),
      { code: null, reverseCode: null },
      "secvar",
      src,
      inherited,
    );
    entries.set(key, entry);
  }
  return entry;
}

/**
 * @param {Map<string, VerbEntry>} entries
 * @param {{ verb: string, code: string | null, why: string }} d
 * @param {Record<string, { name: string }>} codes
 * @param {BuildReport} report
 */
function applyDefault(entries, d, codes, report) {
  const entry = curatedEntry(entries, d.verb);
  const name = codeName(d.code, codes, `default for "${d.verb}"`);
  if (entry.code !== d.code && (entry.code !== null || entry.blocks[0] !== "secvar")) {
    report.overrides.push(`${d.verb}: ${entry.code} → ${d.code}`);
  }
  entry.code = d.code;
  delete entry.reverse_code;
  entry.src.push(`secvar: default ${d.code ?? "---"} ${name} (${d.why})`);
}

/**
 * Adds one curated group's patterns to each of its verbs; the final id is `<pattern id>.<verb>`.
 * @param {Map<string, VerbEntry>} entries
 * @param {{ name: string, verbs: string[], patterns: any[] }} group
 * @param {Record<string, { name: string }>} codes
 * @param {BuildReport} report
 * @returns {number} patterns added
 */
function applyGroup(entries, group, codes, report) {
  let added = 0;
  for (const spec of group.verbs) {
    const entry = curatedEntry(entries, spec);
    const curatedPatterns = group.patterns.map((p) => curatedPattern(p, spec, codes));
    const keys = new Set(curatedPatterns.map(wordsKey));
    const kept = entry.patterns.filter((p) => p.id?.startsWith("sv.") || !keys.has(wordsKey(p)));
    report.superseded += entry.patterns.length - kept.length;
    const firstPetrarch = kept.findIndex((p) => !p.id?.startsWith("sv."));
    const at = firstPetrarch < 0 ? kept.length : firstPetrarch;
    entry.patterns = [...kept.slice(0, at), ...curatedPatterns, ...kept.slice(at)];
    if (!entry.blocks.includes("secvar")) entry.blocks.push("secvar");
    added += curatedPatterns.length;
  }
  return added;
}

/**
 * @param {{ id: string, code: string | null, reverse_code?: string, before?: string[], after?: string[],
 *   target?: string }} p
 * @param {string} spec verb spec the pattern is attached to
 * @param {Record<string, { name: string }>} codes
 * @returns {Pattern}
 */
function curatedPattern(p, spec, codes) {
  if (!p.id.startsWith("sv.")) throw new Error(`curated pattern id must start with "sv.": ${p.id}`);
  const name = codeName(p.code, codes, p.id);
  /** @type {Pattern} */
  const out = { id: `${p.id}.${spec.replace(/\s+/g, "_")}`, code: p.code };
  if (p.reverse_code !== undefined) out.reverse_code = p.reverse_code;
  if (p.before !== undefined && p.before.length > 0) out.before = p.before.map((w) => w.toLowerCase());
  out.after = (p.after ?? []).map((w) => w.toLowerCase());
  if (p.target !== undefined) out.target = p.target;
  out.src = `secvar: ${spec}: ${wordsKey(out)} [${p.code ?? "---"}] ${name}`;
  return out;
}

/**
 * Codebook name of a curated code; null means "no event" (a pattern that suppresses a false match).
 * @param {string | null} code
 * @param {Record<string, { name: string }>} codes
 * @param {string} where
 * @returns {string}
 */
function codeName(code, codes, where) {
  if (code === null) return "no event";
  const name = codes[code]?.name;
  if (name === undefined) throw new Error(`${where}: unknown code ${code}`);
  return name;
}

/**
 * Gives every PETRARCH pattern an id `<lemma>[_<particle>].<code>.<n>`; curated ids are kept.
 * @param {VerbEntry} entry
 */
export function assignIds(entry) {
  const base = entryKey(entry.lemma, entry.particle).replace(/\s+/g, "_");
  /** @type {Map<string, number>} */
  const counters = new Map();
  entry.patterns = entry.patterns.map((p) => {
    if (p.id !== undefined) return p;
    const tag = p.code ?? (p.reverse_code !== undefined ? `r${p.reverse_code}` : "none");
    const n = (counters.get(tag) ?? 0) + 1;
    counters.set(tag, n);
    return { id: `${base}.${tag}.${n}`, ...p };
  });
}
