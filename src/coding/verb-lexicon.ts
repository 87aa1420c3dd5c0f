/**
 * The CAMEO codebook and verb-pattern lexicon (data/cameo/codes.json, data/verbs/*.json),
 * indexed for the coder. Pure: raw JSON in, index out.
 */
import type { Token } from "../nlp/index.js";

export interface CodeInfo {
  name: string;
  root: string;
  level: number;
  goldstein: number | null;
  quad_class: number | null;
  plover: string | null;
}

export interface Codebook {
  codes: Record<string, CodeInfo>;
}

export interface VerbPattern {
  id: string;
  code: string;
  after?: string[];
  before?: string[];
  target?: string | null;
}

export interface VerbEntry {
  lemma: string;
  forms?: string[];
  code: string | null;
  particle?: string | null;
  patterns?: VerbPattern[];
}

export interface VerbDictionary {
  synonyms: Record<string, string[]>;
  verbs: VerbEntry[];
}

/** A noun that names an event ("deployment", "attack", "halt of aid"). */
export interface EventNoun {
  id: string;
  nouns: string[];
  code: string;
  /** Words that must follow within the noun phrase (like a verb pattern's `after`). */
  after?: string[];
  /** Prepositions that introduce the source ("by") and the target ("to", "on", "against"). */
  source?: string[];
  target?: string[];
  /** The "of" complement is the source (deployment OF troops) or the target (invasion OF Ukraine). */
  of?: "source" | "target" | "none";
}

export interface EventNounDictionary {
  nouns: EventNoun[];
}

export interface CompiledPattern {
  id: string;
  code: string;
  after: string[][];
  before: string[][];
  target: string | null;
  particle: string | null;
}

export interface VerbLexicon {
  /** lemma (and inflected form) → patterns, the entry's default first. */
  byWord: Map<string, CompiledPattern[]>;
  nouns: Map<string, { noun: EventNoun; after: string[][] }[]>;
  codebook: Codebook;
}

/** Each pattern word becomes the set of alternatives it accepts (a synonym set expands). */
function compileWords(words: string[] | undefined, synonyms: Record<string, string[]>): string[][] {
  return (words ?? []).map((w) => {
    const lower = w.toLowerCase();
    if (lower.startsWith("&")) return (synonyms[lower.slice(1)] ?? [lower.slice(1)]).map((s) => s.toLowerCase());
    return [lower];
  });
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildVerbLexicon(verbs: VerbDictionary[], nouns: EventNounDictionary, codebook: Codebook): VerbLexicon {
  const byWord = new Map<string, CompiledPattern[]>();
  for (const dict of verbs) {
    for (const v of dict.verbs) {
      const particle = v.particle ? v.particle.toLowerCase() : null;
      const compiled: CompiledPattern[] = [];
      if (v.code) compiled.push({ id: `${v.lemma}${particle ? `_${particle}` : ""}.default`, code: v.code, after: [], before: [], target: null, particle });
      for (const p of v.patterns ?? []) {
        if (!codebook.codes[p.code]) continue;
        compiled.push({
          id: p.id,
          code: p.code,
          after: compileWords(p.after, dict.synonyms),
          before: compileWords(p.before, dict.synonyms),
          target: p.target ?? null,
          particle,
        });
      }
      const keys = new Set([v.lemma.toLowerCase(), ...(v.forms ?? []).map((f) => f.toLowerCase())]);
      for (const k of keys) for (const c of compiled) push(byWord, k, c);
    }
  }
  const nounIndex = new Map<string, { noun: EventNoun; after: string[][] }[]>();
  const synonyms = Object.assign({}, ...verbs.map((v) => v.synonyms)) as Record<string, string[]>;
  for (const n of nouns.nouns) {
    for (const word of n.nouns) push(nounIndex, word.toLowerCase(), { noun: n, after: compileWords(n.after, synonyms) });
  }
  return { byWord, nouns: nounIndex, codebook };
}

function wordMatches(alternatives: string[], t: Token): boolean {
  for (const a of alternatives) {
    if (a.endsWith("*")) {
      const stem = a.slice(0, -1);
      if (t.lower.startsWith(stem) || t.lemma.startsWith(stem)) return true;
    } else if (a.includes(" ")) {
      continue;
    } else if (t.lower === a || t.lemma === a) return true;
  }
  return false;
}

/** Do the pattern words occur in order within tokens[from, to)? Returns how many tokens they span, or -1. */
export function matchSequence(words: string[][], tokens: Token[], from: number, to: number): number {
  let k = 0;
  let i = from;
  let last = from;
  while (k < words.length && i < to) {
    const t = tokens[i] as Token;
    if (wordMatches(words[k] as string[], t)) {
      k++;
      last = i;
    }
    i++;
  }
  return k === words.length ? last - from + 1 : -1;
}

export interface PatternMatch {
  pattern: CompiledPattern;
  /** Number of pattern words matched: more specific patterns win. */
  score: number;
}

/**
 * Choose the most specific pattern for a verb given the clause tokens after it.
 * Particle verbs ("call for", "pull out") only match when the particle follows the verb.
 */
export function bestPattern(
  lexicon: VerbLexicon,
  verb: Token,
  tokens: Token[],
  clauseStart: number,
  clauseEnd: number,
): PatternMatch | null {
  const candidates = lexicon.byWord.get(verb.lemma) ?? lexicon.byWord.get(verb.lower);
  if (!candidates) return null;
  let best: PatternMatch | null = null;
  for (const p of candidates) {
    let from = verb.i + 1;
    if (p.particle) {
      const next = tokens[verb.i + 1];
      const afterNext = tokens[verb.i + 2];
      const ok = next?.lower === p.particle ? 1 : afterNext?.lower === p.particle ? 2 : 0;
      if (!ok) continue;
      from = verb.i + 1 + ok;
    }
    if (p.after.length && matchSequence(p.after, tokens, from, Math.min(clauseEnd, from + 12)) < 0) continue;
    if (p.before.length && matchSequence(p.before, tokens, Math.max(clauseStart, verb.i - 8), verb.i) < 0) continue;
    const score = p.after.length + p.before.length + (p.particle ? 1 : 0);
    if (!best || score > best.score || (score === best.score && p.code.length > best.pattern.code.length)) {
      best = { pattern: p, score };
    }
  }
  return best;
}
