/**
 * Pure parsing helpers for the PETRARCH 2 verb dictionary (CAMEO.2.0.txt, Open Event Data Alliance, MIT).
 *
 * The file has three sections: synonym sets (`&NAME` followed by `+MEMBER` lines), verb blocks
 * (`--- NAME [code] ---`, verb lines, `- ` pattern lines) and verb transformations (`~ ...`, not converted).
 * Everything here is pure: text in, plain objects out. The CLI in `import-petrarch-verbs.mjs` does the I/O.
 */

import { regularForms } from "./verb-inflector.mjs";

/** Prepositions that can introduce the phrase holding a target actor (`(TO +)`, `(WITH)`). */
const PREPOSITIONS = new Set([
  "about",
  "across",
  "against",
  "along",
  "among",
  "at",
  "behind",
  "between",
  "by",
  "for",
  "from",
  "in",
  "inside",
  "into",
  "near",
  "of",
  "on",
  "onto",
  "over",
  "through",
  "to",
  "toward",
  "towards",
  "under",
  "upon",
  "with",
  "within",
]);

/** Prepositions whose empty phrase (`(WITH)`) is read as the target's slot; "for", "of", "by" etc. are not. */
const TARGET_PREPOSITIONS = new Set([
  "against",
  "at",
  "between",
  "from",
  "inside",
  "into",
  "on",
  "onto",
  "to",
  "toward",
  "towards",
  "upon",
  "with",
]);

/** Particles that make a PETRARCH multi-word verb a coordination hack (`KILLED_AND`), not a phrasal verb. */
const CONJUNCTIONS = new Set(["and", "or"]);

/** Thrown for a pattern that uses a synonym set the file never defines (PETRARCH ignores those patterns). */
export class UndefinedSynonymError extends Error {
  /** @param {string} name `&name` */
  constructor(name) {
    super(`undefined synonym set ${name}`);
    this.name = "UndefinedSynonymError";
  }
}

/**
 * Truncated TABARI stems left in CAMEO.2.0.txt ("VIOLAT"): TABARI matched pattern words as prefixes, PETRARCH 2
 * as whole words, so these never matched there. They become prefix matches ("violat*").
 */
const STEMS = new Set(["cooperat", "econ", "offenc", "penalt", "restor", "violat"]);

/** Misspellings in CAMEO.2.0.txt pattern words and synonym members, corrected on conversion. */
export const ERRATA = new Map([
  ["aggrement", "agreement"],
  ["agression", "aggression"],
  ["artillary", "artillery"],
  ["asisstance", "assistance"],
  ["assisstance", "assistance"],
  ["assurences", "assurances"],
  ["batallion", "battalion"],
  ["begining", "beginning"],
  ["clothiing", "clothing"],
  ["criminial", "criminal"],
  ["democratisaton", "democratisation"],
  ["disgareement", "disagreement"],
  ["evidennce", "evidence"],
  ["memoradum", "memorandum"],
  ["miliary", "military"],
  ["possiblity", "possibility"],
  ["strenghtening", "strengthening"],
  ["withrawal", "withdrawal"],
]);

/** British spellings in pattern words; the American one is added as an alternative pattern. */
const AMERICAN = new Map([
  ["armoured", "armored"],
  ["authorisation", "authorization"],
  ["centre", "center"],
  ["criticising", "criticizing"],
  ["demilitarised", "demilitarized"],
  ["demobilisation", "demobilization"],
  ["democratisation", "democratization"],
  ["favour", "favor"],
  ["manoeuvres", "maneuvers"],
  ["neighbour", "neighbor"],
  ["offence", "offense"],
  ["rumour", "rumor"],
  ["sceptical", "skeptical"],
  ["scepticism", "skepticism"],
]);

const SYNONYM_HEADER = "####### VERB PATTERNS";
const TRANSFORMATION_HEADER = "######## TRANSFORMATIONS";

/**
 * Normalises a synonym-set label: `&AUXVERB1_` → `auxverb1`.
 * @param {string} label label with or without the leading `&`
 * @returns {string}
 */
export function synonymName(label) {
  return label.replace(/^&/, "").replace(/_+$/, "").toLowerCase();
}

/**
 * Plural of the last word of a phrase, or null when it already looks plural.
 * PETRARCH only pluralises single words; pluralising the head of a phrase ("nuclear weapon" → "nuclear
 * weapons") is a deliberate extension.
 * @param {string} phrase lowercase phrase
 * @returns {string | null}
 */
export function pluralPhrase(phrase) {
  const words = phrase.split(" ");
  const last = words.at(-1) ?? "";
  if (!/^[a-z][a-z-]*$/.test(last) || last.length < 3) return null;
  if (/[^s]s$/.test(last) && !/(us|is)$/.test(last)) return null;
  if (/(men|ing|ed|fare)$/.test(last)) return null;
  let plural;
  if (/[^aeiou]y$/.test(last)) plural = `${last.slice(0, -1)}ies`;
  else if (/(s|x|z|ch|sh)$/.test(last)) plural = `${last}es`;
  else plural = `${last}s`;
  return [...words.slice(0, -1), plural].join(" ");
}

/**
 * Splits the dictionary text into its three sections.
 * @param {string} text whole file
 * @returns {{ synonymLines: string[], verbLines: { text: string, line: number }[] }}
 */
export function splitSections(text) {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => l.startsWith(SYNONYM_HEADER));
  const end = lines.findIndex((l) => l.startsWith(TRANSFORMATION_HEADER));
  if (start < 0) throw new Error(`no "${SYNONYM_HEADER}" header`);
  const stop = end < 0 ? lines.length : end;
  return {
    synonymLines: lines.slice(0, start),
    verbLines: lines.slice(start + 1, stop).map((t, i) => ({ text: t, line: start + 2 + i })),
  };
}

/**
 * Parses the synonym-set section.
 * Members are lowercased, `_` becomes a space; plurals are added unless the label or the member ends in `_`.
 * @param {string[]} lines synonym section lines
 * @returns {Map<string, string[]>} set name → members (deduplicated, source order)
 */
export function parseSynonymSets(lines) {
  const sets = new Map();
  let name = null;
  let noPlural = false;
  for (const raw of lines) {
    const line = raw.replace(/\s#.*$/, "").trim();
    if (line === "" || line.startsWith("#")) continue;
    if (line.startsWith("&")) {
      name = synonymName(line.split(/\s+/)[0] ?? "");
      noPlural = /_\s*$/.test(line.split(/\s+/)[0] ?? "");
      if (!sets.has(name)) sets.set(name, []);
      continue;
    }
    if (!line.startsWith("+") || name === null) continue;
    const term = line.slice(1).trim();
    const exact = noPlural || term.endsWith("_");
    const spelled = term.replace(/_+$/, "").replace(/_/g, " ").toLowerCase();
    const member = ERRATA.get(spelled) ?? spelled;
    const members = sets.get(name);
    pushUnique(members, member);
    const plural = exact ? null : pluralPhrase(member);
    if (plural) pushUnique(members, plural);
  }
  return sets;
}

/**
 * Splits a `[...]` code field into the active code and the code of the paired (reversed) event.
 * `[042:043]` → { code: "042", reverseCode: "043" }; `[:173]` → { code: null, reverseCode: "173" };
 * `[---]` → { code: null, reverseCode: null }. A stray `!` (one line has `[080!]`) is dropped.
 * @param {string} field text between the brackets
 * @returns {{ code: string | null, reverseCode: string | null }}
 */
export function parseCodeField(field) {
  const [active = "", reverse] = field.replace(/[!\s]/g, "").split(":");
  const norm = (c) => (c === undefined || c === "" || c === "---" ? null : c);
  return { code: norm(active), reverseCode: norm(reverse) };
}

/**
 * Parses one verb line (`HURRY {HURRIES HURRYING HURRIED } [020] # comment`, `+ASK_FOR {+ASKED_FOR ...}`).
 * @param {string} raw line text
 * @returns {{ head: string, particle: string | null, front: string[], forms: string[] | null,
 *   codeField: string | null, raw: string } | null} null for blank lines
 */
export function parseVerbLine(raw) {
  const text = raw.replace(/[#;].*$/, "").trim();
  if (text === "") return null;
  const codeMatch = /\[([^\]]*)\]\s*$/.exec(text);
  const codeField = codeMatch ? (codeMatch[1] ?? "") : null;
  const body = codeMatch ? text.slice(0, codeMatch.index).trim() : text;
  const braceMatch = /\{([^}]*)\}/.exec(body);
  const headToken =
    body
      .replace(/\{[^}]*\}/, "")
      .trim()
      .split(/\s+/)[0] ?? "";
  const { verb, front, back } = splitCompound(headToken);
  const forms = braceMatch
    ? (braceMatch[1] ?? "")
        .split(/[\s,]+/)
        .filter((f) => f !== "")
        .map((f) => splitCompound(f).verb)
    : null;
  return {
    head: verb,
    particle: back.length > 0 ? back.join(" ") : null,
    front,
    forms,
    codeField,
    raw: text.replace(/\s+/g, " "),
  };
}

/**
 * Splits a PETRARCH compound (`+ASK_FOR`, `RE_+ARREST`) into its verb word and the words around it.
 * @param {string} token verb token
 * @returns {{ verb: string, front: string[], back: string[] }} lowercase
 */
export function splitCompound(token) {
  const lower = token.toLowerCase();
  if (!lower.includes("_") && !lower.includes("+")) return { verb: lower, front: [], back: [] };
  const plus = lower.indexOf("+");
  const front = plus > 0 ? lower.slice(0, plus).split("_").filter(Boolean) : [];
  const rest = (plus >= 0 ? lower.slice(plus + 1) : lower).split("_").filter(Boolean);
  return { verb: rest[0] ?? "", front, back: rest.slice(1) };
}

/**
 * Parses the verb-block section into blocks of verb lines and pattern lines.
 * @param {{ text: string, line: number }[]} lines verb section lines
 * @returns {{ name: string, codeField: string, line: number,
 *   verbs: { line: number, verb: NonNullable<ReturnType<typeof parseVerbLine>> }[],
 *   patterns: { line: number, body: string, codeField: string, comment: string }[] }[]}
 */
export function parseVerbBlocks(lines) {
  const blocks = [];
  let block = null;
  for (const { text, line } of lines) {
    if (text.trim() === "" || text.startsWith("#")) continue;
    if (text.startsWith("---")) {
      const parts = text.replace(/-{3}/g, " ").trim().split(/\s+/);
      block = {
        name: parts[0] ?? "",
        codeField: (parts[1] ?? "[---]").slice(1, -1),
        line,
        verbs: [],
        patterns: [],
      };
      blocks.push(block);
      continue;
    }
    if (block === null) continue;
    if (text.startsWith("-")) {
      const pattern = parsePatternLine(text);
      if (pattern) block.patterns.push({ line, ...pattern });
      continue;
    }
    const verb = parseVerbLine(text);
    if (verb) block.verbs.push({ line, verb });
  }
  return blocks;
}

/**
 * Splits a pattern line into body, code field and comment.
 * @param {string} text line starting with `-`
 * @returns {{ body: string, codeField: string, comment: string } | null}
 */
export function parsePatternLine(text) {
  const hash = text.indexOf("#");
  const main = hash >= 0 ? text.slice(0, hash) : text;
  const comment = hash >= 0 ? text.slice(hash + 1).trim() : "";
  const codeMatch = /\[([^\]]*)\]\s*$/.exec(main.trim());
  if (!codeMatch) return null;
  const trimmed = main.trim();
  const body = trimmed
    .slice(1, trimmed.length - codeMatch[0].length)
    .replace(/\s+/g, " ")
    .trim();
  return { body, codeField: codeMatch[1] ?? "", comment };
}

/**
 * The verb(s) a TABARI pattern originally came from, taken from the comment (`# FORGE , SET_UP <ab 02 Dec>`).
 * @param {string} comment pattern comment
 * @returns {string} e.g. "FORGE, SET_UP", or "" when the comment names no verb
 */
export function commentVerbs(comment) {
  const head = comment.split("<")[0] ?? "";
  const verbs = head
    .split(",")
    .map((v) => v.trim())
    .filter((v) => /^[A-Z][A-Z_'-]*$/.test(v));
  return [...new Set(verbs)].join(", ");
}

/**
 * Converts a pattern body (`* (FOR HELP) (IN &SECURITY)`) into matcher form.
 * Drops `$` `+` `%` `^`, braces and parentheses; splits `_` words (also `*_LAWS`); expands `A/B` alternatives.
 * The target hint comes from `+` (before the verb: "subject"; right after it: the default object; after a
 * preposition: "after:<prep>"), else from the last empty phrase of an actor preposition (`(WITH)`).
 * The source hint is given only when `$` follows the verb.
 * @param {string} body pattern text without the leading `-` and the code
 * @param {Set<string>} synonyms known synonym-set names
 * @returns {{ before: string[], after: string[], target: string | null, source: string | null }[]}
 *   one entry per alternative; empty when the pattern has no words
 * @throws {UndefinedSynonymError} when the pattern uses an undefined synonym set
 */
export function convertPatternBody(body, synonyms) {
  const tokens = body
    .replace(/_?\*_?/g, " * ")
    .split(/\s+/)
    .filter((t) => t !== "");
  const alternatives = expandAlternatives(tokens);
  return alternatives
    .map((alt) => convertTokens(alt, synonyms))
    .filter((p) => p.before.length + p.after.length > 0);
}

/**
 * Expands tokens holding `A/B` into every combination (PETRARCH would treat them as one literal word),
 * applies the word errata, adds the American spelling of British words and marks TABARI stems.
 * @param {string[]} tokens
 * @returns {string[][]}
 */
function expandAlternatives(tokens) {
  let out = [[]];
  for (const token of tokens) {
    const stripped = token.replace(/[(){}]/g, "");
    const isAlt = stripped.includes("/") && !stripped.startsWith("&") && /^[A-Za-z/-]+$/.test(stripped);
    const words = isAlt ? stripped.split("/") : [stripped];
    const options = words
      .flatMap(wordVariants)
      .map((w) => (w === stripped ? token : token.replace(stripped, w)));
    out = out.flatMap((prefix) => options.map((o) => [...prefix, o]));
  }
  return out;
}

/**
 * Spellings of one pattern word: errata applied, American variant added, TABARI stem marked with `*`.
 * @param {string} word as in the file (upper case)
 * @returns {string[]}
 */
export function wordVariants(word) {
  const lower = word.toLowerCase();
  if (STEMS.has(lower)) return [`${lower}*`];
  const fixed = ERRATA.get(lower) ?? lower;
  const american = AMERICAN.get(fixed);
  if (fixed === lower && american === undefined) return [word];
  return american === undefined ? [fixed] : [fixed, american];
}

/**
 * @param {string[]} tokens one alternative's tokens
 * @param {Set<string>} synonyms
 */
function convertTokens(tokens, synonyms) {
  const before = [];
  const after = [];
  let seenVerb = false;
  let target = null;
  let source = null;
  let lastEmptyPrep = null;
  let prevWord = null;
  let prevWasPrepHead = false;
  for (const token of tokens) {
    if (token === "*") {
      seenVerb = true;
      prevWord = null;
      continue;
    }
    const opensPrep = token.startsWith("(");
    const closes = token.endsWith(")");
    const clean = token.replace(/[(){}]/g, "");
    if (clean === "" || clean === "^" || clean === "%") continue;
    if (clean === "+" || clean === "$") {
      const hint = markerHint(prevWord, prevWasPrepHead, seenVerb);
      if (clean === "+" && target === null) target = hint;
      if (
        clean === "$" &&
        source === null &&
        (hint?.startsWith("after:") || (hint === "object" && target === null))
      ) {
        source = hint;
      }
      continue;
    }
    const words = clean.startsWith("&") ? [`&${synonymName(clean)}`] : splitWords(clean);
    for (const w of words) {
      if (w.startsWith("&") && !synonyms.has(w.slice(1))) throw new UndefinedSynonymError(w);
    }
    (seenVerb ? after : before).push(...words);
    if (seenVerb && opensPrep && closes && words.length === 1) lastEmptyPrep = words[0] ?? null;
    prevWord = words.at(-1) ?? null;
    prevWasPrepHead = opensPrep && words.length === 1;
  }
  if (target === null && lastEmptyPrep !== null && TARGET_PREPOSITIONS.has(lastEmptyPrep)) {
    target = `after:${lastEmptyPrep}`;
  }
  return { before, after, target: target === "object" ? null : target, source };
}

/**
 * Where an actor marker (`+` / `$`) points, from the word just before it.
 * @param {string | null} prevWord
 * @param {boolean} prevWasPrepHead
 * @param {boolean} seenVerb
 * @returns {string | null} "subject" (before the verb), "object", "after:<prep>" or null (unknown)
 */
function markerHint(prevWord, prevWasPrepHead, seenVerb) {
  if (!seenVerb) return "subject";
  if (prevWord === null) return "object";
  if (prevWasPrepHead || PREPOSITIONS.has(prevWord)) return `after:${prevWord}`;
  return null;
}

/**
 * Lowercases a pattern word and splits PETRARCH `_` joins ("AIR_STRIKE" → ["air", "strike"]).
 * @param {string} word
 * @returns {string[]}
 */
function splitWords(word) {
  return word
    .toLowerCase()
    .split("_")
    .filter((w) => w !== "");
}

/**
 * Builds the inflected forms of a verb entry: the `{...}` forms when given (minus the lemma),
 * otherwise regular forms.
 * @param {string} lemma
 * @param {string[] | null} braceForms forms from `{...}`, null when absent
 * @returns {string[]} sorted, unique, without the lemma
 */
export function entryForms(lemma, braceForms) {
  const forms = braceForms === null ? regularForms(lemma) : braceForms;
  return [...new Set(forms.filter((f) => f !== lemma && f !== ""))].sort();
}

/**
 * True when a PETRARCH multi-word verb is a coordination hack (`+KILLED_AND`, `+SHOT_AND`) rather than
 * a phrasal verb; those are skipped because coordination is the parser's business.
 * @param {string | null} particle
 * @returns {boolean}
 */
export function isCoordinationHack(particle) {
  return particle !== null && CONJUNCTIONS.has(particle.split(" ")[0] ?? "");
}

/**
 * @template T
 * @param {T[] | undefined} list
 * @param {T} value
 */
function pushUnique(list, value) {
  if (list && !list.includes(value)) list.push(value);
}
