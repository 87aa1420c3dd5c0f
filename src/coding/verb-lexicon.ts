/**
 * The CAMEO codebook and verb-pattern lexicon (data/cameo/codes.json, data/verbs/*.json),
 * indexed for the coder. Pure: raw JSON in, index out.
 */
import { type Token, wordHash } from "../nlp/index.js";

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
  /** null: the pattern matches but yields no event (a blocking pattern). */
  code: string | null;
  /** A paired event with source and target swapped ("A visits B" 042 → "B hosts A" 043). */
  reverse_code?: string | null;
  after?: string[];
  before?: string[];
  target?: string | null;
}

export interface VerbEntry {
  lemma: string;
  forms?: string[];
  code: string | null;
  reverse_code?: string | null;
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

/** One pattern element: alternatives, each a sequence of words ("cessation of hostilities"). */
export type PatternWord = string[][];

export interface CompiledPattern {
  id: string;
  code: string | null;
  reverse: string | null;
  after: PatternWord[];
  before: PatternWord[];
  target: string | null;
  particle: string | null;
}

/**
 * A verb's patterns, most specific first, with an index from a required word to the patterns
 * that need it: a verb may carry thousands of patterns, of which a sentence can satisfy few.
 */
export interface PatternSet {
  list: CompiledPattern[];
  /**
   * Key word → positions in `list`. A pattern's key element is one it cannot match without (each
   * alternative starts with a plain word), the one whose words are rarest among the verb's
   * patterns: "the" or "to" would make a pattern a candidate in nearly every clause.
   */
  byKeyWord: Map<string, number[]>;
  /** A bitmap of the key words' hashes: a clear bit says a word keys nothing without probing the map. */
  keyBits: Uint32Array;
  /** A word's bit in keyBits is its hash shifted right by this (the bitmap grows with the key words). */
  keyShift: number;
  /**
   * One bitmap shared by every pattern set of the lexicon: the key words' hashes (top ANY_KEY_BITS
   * bits) of all sets compiled so far. It stays in cache from verb to verb, while a verb's own
   * bitmap is read once per clause: a word that keys no verb at all is passed over on the shared one.
   */
  anyKeyBits: Uint32Array;
  /** Positions of patterns with no such element (no words, or each element allows a prefix or a place). */
  always: number[];
  /** The pre-check of every pattern, laid out flat (see PreChecks). */
  pre: PreChecks;
}

/**
 * What bestPattern's pre-check asks of each pattern, in a few typed arrays per verb instead of a
 * walk over each pattern's objects: pattern k's elements (after, then before) are
 * [patternStart[k], patternStart[k + 1]); element e is open (any clause may hold it), few (its
 * first words' presence bits are bits[bitStart[e], bitStart[e + 1])) or many (checked word by
 * word against firsts[e]).
 */
interface PreChecks {
  patternStart: Int32Array;
  kind: Uint8Array;
  bitStart: Int32Array;
  bits: Uint16Array;
  firsts: (Set<string> | null)[];
}

const OPEN = 0;
const FEW = 1;
const MANY = 2;

function preChecks(list: CompiledPattern[]): PreChecks {
  const patternStart: number[] = [0];
  const kind: number[] = [];
  const bitStart: number[] = [0];
  const bits: number[] = [];
  const firsts: (Set<string> | null)[] = [];
  for (const p of list) {
    for (const element of [...p.after, ...p.before]) {
      const info = firstsOf(element);
      if (info.open) {
        kind.push(OPEN);
        firsts.push(null);
      } else if (info.firsts.size <= FEW_FIRSTS) {
        kind.push(FEW);
        for (const b of info.bits) bits.push(b);
        firsts.push(null);
      } else {
        kind.push(MANY);
        firsts.push(info.firsts);
      }
      bitStart.push(bits.length);
    }
    patternStart.push(kind.length);
  }
  return {
    patternStart: Int32Array.from(patternStart),
    kind: Uint8Array.from(kind),
    bitStart: Int32Array.from(bitStart),
    bits: Uint16Array.from(bits),
    firsts,
  };
}

/** An element every alternative of which starts with a plain word: those first words, else null. */
function plainFirstWords(element: PatternWord): string[] | null {
  const out: string[] = [];
  for (const alt of element) {
    const first = alt[0];
    if (first === undefined || first.endsWith("*") || first.startsWith("@")) return null;
    out.push(first);
  }
  return out;
}

function indexPatterns(list: CompiledPattern[], anyKeyBits: Uint32Array): PatternSet {
  const plain = list.map((p) =>
    [...p.after, ...p.before].map(plainFirstWords).filter((w): w is string[] => w !== null),
  );
  // How many of the verb's pattern elements each word opens: a rough rarity.
  const frequency = new Map<string, number>();
  for (const elements of plain)
    for (const words of elements)
      for (const w of new Set(words)) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const cost = (words: string[]): number => words.reduce((sum, w) => sum + (frequency.get(w) ?? 0), 0);
  const byKeyWord = new Map<string, number[]>();
  const always: number[] = [];
  plain.forEach((elements, k) => {
    let key: string[] | null = null;
    for (const words of elements) if (!key || cost(words) < cost(key)) key = words;
    if (!key) always.push(k);
    else for (const w of new Set(key)) push(byKeyWord, w, k);
  });
  // At least 16 bits per key word, so that few words of a window probe the map for nothing.
  let bitCount = MIN_KEY_BITS;
  while (bitCount < 16 * byKeyWord.size && bitCount < MAX_KEY_BITS) bitCount *= 2;
  const keyShift = 32 - Math.log2(bitCount);
  const keyBits = new Uint32Array(bitCount >>> 5);
  for (const w of byKeyWord.keys()) {
    const h = wordHash(w);
    const b = h >>> keyShift;
    keyBits[b >>> 5] = (keyBits[b >>> 5] as number) | (1 << (b & 31));
    const a = h >>> (32 - ANY_KEY_BITS);
    anyKeyBits[a >>> 5] = (anyKeyBits[a >>> 5] as number) | (1 << (a & 31));
  }
  return { list, byKeyWord, keyBits, keyShift, anyKeyBits, always, pre: preChecks(list) };
}

/** Bits of the lexicon's shared key-word bitmap (32 KB). */
const ANY_KEY_BITS = 18;

/** Bits of a pattern set's key-word bitmap: 512 bytes to 8 KB, so it stays in cache while the window is scanned. */
const MIN_KEY_BITS = 4096;
const MAX_KEY_BITS = 65536;

/** The entries of an event noun: the noun and its compiled `after` words. */
/** An event noun's entries under one word: a multi-word noun ("air strike") is under its last word, its other words a `prefix`. */
export type EventNounEntries = { noun: EventNoun; after: PatternWord[]; prefix: string[] }[];

export interface VerbLexicon {
  /** Patterns for a lemma or inflected form, most specific first; compiled on first use. */
  patternsFor(word: string): PatternSet | undefined;
  nouns: Map<string, EventNounEntries>;
  /** A bitmap of the nouns' hashes (see wordHash, top NOUN_BITS bits): a clear bit names no event noun. */
  nounBits: Uint32Array;
  codebook: Codebook;
}

function splitWords(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[\s_]+/)
    .filter(Boolean);
}

/** Each pattern word becomes the alternatives it accepts (a synonym set expands; members may be multi-word). */
function compileWords(words: string[] | undefined, synonyms: Record<string, string[]>): PatternWord[] {
  return (words ?? []).map((w) => {
    const lower = w.toLowerCase();
    if (lower.startsWith("&")) return (synonyms[lower.slice(1)] ?? [lower.slice(1)]).map(splitWords);
    return [splitWords(lower)];
  });
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function compileEntry(
  v: VerbEntry,
  synonyms: Record<string, string[]>,
  codebook: Codebook,
): CompiledPattern[] {
  const particle = v.particle ? v.particle.toLowerCase() : null;
  const out: CompiledPattern[] = [];
  for (const p of v.patterns ?? []) {
    if (p.code && !codebook.codes[p.code]) continue;
    out.push({
      id: p.id,
      code: p.code,
      reverse: p.reverse_code ?? null,
      after: compileWords(p.after, synonyms),
      before: compileWords(p.before, synonyms),
      target: p.target ?? null,
      particle,
    });
  }
  if (v.code || v.reverse_code) {
    const id = `${v.lemma}${particle ? `_${particle.replace(/\s+/g, "_")}` : ""}.default`;
    out.push({
      id,
      code: v.code,
      reverse: v.reverse_code ?? null,
      after: [],
      before: [],
      target: null,
      particle,
    });
  }
  return out;
}

export function buildVerbLexicon(
  verbs: VerbDictionary[],
  nouns: EventNounDictionary,
  codebook: Codebook,
): VerbLexicon {
  // Index raw entries only: compiling ~47,000 patterns up front would cost half a second at start-up.
  // Synonym sets are shared: a curated file may use the sets the converted dictionary defines.
  const shared = Object.assign({}, ...verbs.map((v) => v.synonyms)) as Record<string, string[]>;
  const raw = new Map<string, { v: VerbEntry; synonyms: Record<string, string[]> }[]>();
  for (const dict of verbs) {
    for (const v of dict.verbs) {
      const keys = new Set([v.lemma.toLowerCase(), ...(v.forms ?? []).map((f) => f.toLowerCase())]);
      for (const k of keys) push(raw, k, { v, synonyms: shared });
    }
  }
  // null: no verb has this form (remembered while the map is small: most tokens asked about are no verb).
  const compiled = new Map<string, PatternSet | null>();
  const anyKeyBits = new Uint32Array(1 << (ANY_KEY_BITS - 5));
  const patternsFor = (word: string): PatternSet | undefined => {
    const hit = compiled.get(word);
    if (hit !== undefined) return hit ?? undefined;
    const entries = raw.get(word);
    if (!entries) {
      if (compiled.size < 50_000) compiled.set(word, null);
      return undefined;
    }
    const list = entries.flatMap(({ v, synonyms }) => compileEntry(v, synonyms, codebook));
    // Most specific first (stable, so ties keep the listed order): the first pattern that matches is the best.
    list.sort((a, b) => specificity(b) - specificity(a));
    const set = indexPatterns(list, anyKeyBits);
    compiled.set(word, set);
    return set;
  };
  const nounIndex = new Map<string, EventNounEntries>();
  for (const n of nouns.nouns) {
    for (const word of n.nouns) {
      const words = word.toLowerCase().split(" ");
      const head = words.pop() as string;
      push(nounIndex, head, { noun: n, after: compileWords(n.after, shared), prefix: words });
    }
  }
  const nounBits = new Uint32Array(1 << (NOUN_BITS - 5));
  for (const w of nounIndex.keys()) {
    const b = wordHash(w) >>> (32 - NOUN_BITS);
    nounBits[b >>> 5] = (nounBits[b >>> 5] as number) | (1 << (b & 31));
  }
  return { patternsFor, nouns: nounIndex, nounBits, codebook };
}

function specificity(p: CompiledPattern): number {
  return p.after.length + p.before.length + (p.particle ? 1 : 0);
}

/** Token positions where a geocoded place starts: the pattern word "@place" matches there. */
export type PlaceStarts = ReadonlySet<number>;

function oneWord(a: string, t: Token, places?: PlaceStarts): boolean {
  if (a === "@place") return !!places?.has(t.i);
  // a.endsWith("*"), without a builtin call for every word tried.
  if (a.charCodeAt(a.length - 1) === 42) {
    const stem = a.slice(0, -1);
    return t.lower.startsWith(stem) || t.lemma.startsWith(stem);
  }
  return t.lower === a || t.lemma === a;
}

/**
 * A long element (a synonym set of hundreds of weapons, say) indexed by its alternatives' plain
 * first words, so a token is tried only against alternatives that can start with it.
 */
interface ElementIndex {
  byFirst: Map<string, number[]>;
  /** Alternatives whose first word is a prefix ("negotiat*") or a place ("@place"): tried everywhere. */
  special: number[];
}

/** Elements with fewer alternatives than this are scanned directly. */
const INDEX_FROM = 8;
const elementIndexes = new WeakMap<PatternWord, ElementIndex>();

function elementIndex(element: PatternWord): ElementIndex {
  let index = elementIndexes.get(element);
  if (index) return index;
  index = { byFirst: new Map(), special: [] };
  element.forEach((alt, k) => {
    const first = alt[0];
    if (first === undefined || first.endsWith("*") || first.startsWith("@"))
      (index as ElementIndex).special.push(k);
    else push((index as ElementIndex).byFirst, first, k);
  });
  elementIndexes.set(element, index);
  return index;
}

function altAt(alt: string[], tokens: Token[], i: number, to: number, places?: PlaceStarts): boolean {
  if (i + alt.length > to) return false;
  for (let k = 0; k < alt.length; k++)
    if (!oneWord(alt[k] as string, tokens[i + k] as Token, places)) return false;
  return true;
}

/** Length in tokens of the first alternative matching at token i, or 0. */
function elementAt(
  element: PatternWord,
  tokens: Token[],
  i: number,
  to: number,
  places?: PlaceStarts,
): number {
  if (element.length < INDEX_FROM) {
    for (const alt of element) if (altAt(alt, tokens, i, to, places)) return alt.length;
    return 0;
  }
  // Only alternatives whose first word can match token i, taken in the element's order.
  const t = tokens[i] as Token;
  const index = elementIndex(element);
  const a = index.byFirst.get(t.lower);
  const b = t.lemma === t.lower ? undefined : index.byFirst.get(t.lemma);
  let best = firstAlternative(element, a, tokens, i, to, places, -1);
  best = firstAlternative(element, b, tokens, i, to, places, best);
  best = firstAlternative(element, index.special, tokens, i, to, places, best);
  return best < 0 ? 0 : (element[best] as string[]).length;
}

/**
 * Where the words before verb i that a pattern's `before` may match begin: past the last verb
 * before it ("the North fired shells … and the South fired back": the shells are not the subject of
 * the second "fired").
 */
function subjectStart(tokens: readonly Token[], lo: number, i: number): number {
  for (let j = i - 1; j >= lo; j--) {
    if ((tokens[j] as Token).pos !== "VERB") continue;
    // (Past the verb's object too, to the conjunction or comma that opens the next clause — unless
    // that clause names no subject of its own: "security forces dismantled the camp and detained …".)
    for (let k = j + 1; k < i; k++) {
      if (!CLAUSE_JOINS.has((tokens[k] as Token).lower)) continue;
      for (let m = k + 1; m < i; m++) if (SUBJECT_POS.has((tokens[m] as Token).pos)) return k + 1;
      return lo;
    }
    return j + 1;
  }
  return lo;
}
const CLAUSE_JOINS = new Set(["and", "but", ",", ";"]);
const SUBJECT_POS = new Set(["NOUN", "PROPN", "PRON"]);

/** The first alternative of `list` (ascending positions) matching at token i and before `best`, else best. */
function firstAlternative(
  element: PatternWord,
  list: number[] | undefined,
  tokens: Token[],
  i: number,
  to: number,
  places: PlaceStarts | undefined,
  best: number,
): number {
  if (!list) return best;
  for (let n = 0; n < list.length; n++) {
    const k = list[n] as number;
    if (best >= 0 && k >= best) break;
    if (altAt(element[k] as string[], tokens, i, to, places)) return k;
  }
  return best;
}

/** Do the pattern elements occur in order within tokens[from, to)? Returns how many tokens they span, or -1. */
const OBJECT_PARTICLES = new Set(["over", "back", "up"]);

const PREPOSITIONS = new Set(
  "on to for with against into from over at in by of about toward towards upon onto".split(" "),
);

const TIME_UNITS = new Set(
  "minute minutes hour hours day days night nights week weeks month months year years decade decades".split(
    " ",
  ),
);

const TIME_NAMES = new Set(
  (
    "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight january february " +
    "march april june july august september october november december dawn dusk noon midnight daybreak nightfall"
  ).split(" "),
);
/** Words after a number that make it a clock time: "at 7:22 a.m.", "at 10 pm". */
const CLOCK_WORDS = new Set(["a.m.", "p.m.", "am", "pm", "gmt", "utc", "local"]);

/** Does a length or point of time ("a fifth day", "three weeks", "Tuesday", "Saturday's") start at tokens[i]? */
function durationAfter(tokens: Token[], i: number, to: number): boolean {
  for (let j = i; j < Math.min(to, i + 4); j++) {
    const t = tokens[j] as Token;
    if (TIME_UNITS.has(t.lower) || (j === i && TIME_NAMES.has(t.lower))) return true;
    // ("launched at 7:22 a.m.": a clock time.)
    if (
      j === i &&
      t.pos === "NUM" &&
      (/^\d{1,2}[:.]\d\d$/.test(t.text) || CLOCK_WORDS.has(tokens[j + 1]?.lower ?? ""))
    )
      return true;
    if (
      !(t.pos === "DET" || t.pos === "NUM" || t.pos === "ADJ" || t.lower === "more" || t.lower === "several")
    )
      return false;
  }
  return false;
}

/** A pattern element that is one preposition ("* ON", "* (TO)"). */
function isPrepositionElement(element: PatternWord | undefined): boolean {
  return element?.length === 1 && element[0]?.length === 1 && PREPOSITIONS.has(element[0][0] as string);
}

/** Particles of phrasal verbs: past an infinitive they are that verb's ("needed to carry out"). */
const PARTICLE_WORDS = new Set(["out", "up", "off", "down", "away", "back"]);

/** A pattern element that is one preposition or one particle. */
function isPrepositionOrParticle(element: PatternWord | undefined): boolean {
  return (
    isPrepositionElement(element) ||
    (element?.length === 1 && element[0]?.length === 1 && PARTICLE_WORDS.has(element[0][0] as string))
  );
}

function isPlaceElement(element: PatternWord | undefined): boolean {
  return element?.length === 1 && element[0]?.length === 1 && element[0][0] === "@place";
}

/** Does an infinitive ("to issue", "to not") start at tokens[i]? */
function infinitiveAt(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return (
    (tokens[i] as Token).lower === "to" &&
    !!next &&
    (next.pos === "VERB" || next.pos === "AUX" || next.lower === "not")
  );
}

/** Is there a "to" in tokens[from, to) that is not the mark of an infinitive ("to issue", "to not")? */
function prepositionalTo(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if ((tokens[i] as Token).lower !== "to") continue;
    const next = tokens[i + 1];
    if (!next || !(next.pos === "VERB" || next.pos === "AUX" || next.lower === "not")) return true;
  }
  return false;
}

export function matchSequence(
  words: PatternWord[],
  tokens: Token[],
  from: number,
  to: number,
  places?: PlaceStarts,
): number {
  let k = 0;
  let i = from;
  let last = from;
  // "took Aleppo" but not "took effect in Gaza": a place as the first word is the direct object,
  // so no preposition may stand between the verb and it.
  const placeObject = isPlaceElement(words[0]);
  while (k < words.length && i < to) {
    const n = elementAt(words[k] as PatternWord, tokens, i, to, places);
    // "fought for a fifth day", "called … on Tuesday": a preposition before a time is an adverbial.
    if (n && isPrepositionElement(words[k]) && durationAfter(tokens, i + 1, to)) {
      i++;
      continue;
    }
    if (n) {
      k++;
      last = i + n - 1;
      i += n;
    } else {
      if (
        k === 0 &&
        placeObject &&
        (tokens[i] as Token).pos === "ADP" &&
        !OBJECT_PARTICLES.has((tokens[i] as Token).lower)
      )
        return -1;
      // "pressed Stockholm to crack down on …": a preposition past an infinitive is that verb's, as
      // is a particle ("the information they needed to carry out an operation").
      if (infinitiveAt(tokens, i) && isPrepositionOrParticle(words[k])) return -1;
      // ("the summit ended without a deal": what follows "without" is what the act lacks.)
      if ((tokens[i] as Token).lower === "without") return -1;
      i++;
    }
  }
  return k === words.length ? last - from + 1 : -1;
}

/** Prepositions a protest noun may follow and still be what is done: "nights of protests", "converged for a rally". */
const PURPOSE_OR_PART = new Set(["of", "for", "to"]);

/** Is the first place `element` matches in tokens[from, to) past another preposition ("detained … in protests")? */
function objectPastPreposition(
  element: PatternWord,
  tokens: Token[],
  from: number,
  to: number,
  places?: PlaceStarts,
): boolean {
  let preposition = false;
  for (let i = from; i < to; i++) {
    if (elementAt(element, tokens, i, to, places)) return preposition;
    const t = tokens[i] as Token;
    if (t.pos === "ADP" && !PURPOSE_OR_PART.has(t.lower) && !OBJECT_PARTICLES.has(t.lower))
      preposition = true;
  }
  return false;
}

function afterMatches(
  words: PatternWord[],
  tokens: Token[],
  from: number,
  to: number,
  prefix: Token[],
  places?: PlaceStarts,
): boolean {
  if (matchSequence(words, tokens, from, to, places) >= 0) return true;
  if (!prefix.length) return false;
  const joined = [...prefix, ...tokens.slice(from, to)];
  return matchSequence(words, joined, 0, joined.length, places) >= 0;
}

/** What the pre-check needs of an element: whether some alternative is open, else its first words. */
interface ElementFirsts {
  /** Some alternative starts with a prefix ("negotiat*") or a place ("@place"): any clause may hold it. */
  open: boolean;
  firsts: Set<string>;
  /** The first words' presence bits (see presenceBit), one per word; none for an element of many. */
  bits: Uint16Array;
}

function firstsOf(element: PatternWord): ElementFirsts {
  let open = false;
  const firsts = new Set<string>();
  for (const alt of element) {
    const first = alt[0];
    if (first === undefined || first.endsWith("*") || first.startsWith("@")) open = true;
    else firsts.add(first);
  }
  // Only an element of few first words is checked by their bits.
  return { open, firsts, bits: firsts.size <= FEW_FIRSTS ? Uint16Array.from(firsts, presenceBit) : NO_BITS };
}

const NO_BITS = new Uint16Array(0);

/**
 * The words around a verb, for the pre-check: a bit per word (14 bits of its hash) stamped with
 * the window's number, so a window is marked without clearing the last one and asked without
 * building a set of its words. A stamped bit says a word may be present, a clear one that it is
 * absent: the pre-check may let through a pattern that then fails to match, never the reverse.
 */
const PRESENCE_BITS = 14;
const presence = new Uint16Array(1 << PRESENCE_BITS);
let windowStamp = 0;

function presenceBit(w: string): number {
  return wordHash(w) >>> (32 - PRESENCE_BITS);
}

/** Elements with more first words than this are checked against the window's words one by one. */
const FEW_FIRSTS = 24;

/** The words of tokens[lo, hi) and of the passive subject, as bestPattern's window. */
interface Window {
  tokens: Token[];
  lo: number;
  hi: number;
  passive: Token[];
  /** The window's stamp in `presence`; 0 until the window is marked. */
  stamp: number;
}

const scratchWindow: Window = { tokens: [], lo: 0, hi: 0, passive: [], stamp: 0 };

function markToken(t: Token, stamp: number): void {
  presence[t.lowerHash >>> (32 - PRESENCE_BITS)] = stamp;
  presence[t.lemmaHash >>> (32 - PRESENCE_BITS)] = stamp;
}

/** Stamp the presence bits of the window's words. */
function markWindow(w: Window): void {
  windowStamp = (windowStamp + 1) & 0xffff;
  if (windowStamp === 0) {
    presence.fill(0);
    windowStamp = 1;
  }
  for (let i = w.lo; i < w.hi; i++) markToken(w.tokens[i] as Token, windowStamp);
  for (const t of w.passive) markToken(t, windowStamp);
  w.stamp = windowStamp;
}

/** Does the token's form or lemma open an alternative of the element? */
function opens(firsts: Set<string>, t: Token): boolean {
  return firsts.has(t.lower) || firsts.has(t.lemma);
}

/** Cheap pre-check of pattern k: each element has an alternative whose first word may be present (or is open). */
function mayMatch(pre: PreChecks, k: number, w: Window): boolean {
  for (let e = pre.patternStart[k] as number; e < (pre.patternStart[k + 1] as number); e++) {
    const kind = pre.kind[e] as number;
    if (kind === OPEN) continue;
    let ok = false;
    if (kind === FEW) {
      if (w.stamp === 0) markWindow(w);
      for (let b = pre.bitStart[e] as number; b < (pre.bitStart[e + 1] as number) && !ok; b++)
        ok = presence[pre.bits[b] as number] === w.stamp;
    } else {
      // A synonym element may list hundreds of words: walk the window's words instead.
      const firsts = pre.firsts[e] as Set<string>;
      for (let i = w.lo; i < w.hi && !ok; i++) ok = opens(firsts, w.tokens[i] as Token);
      for (let j = 0; j < w.passive.length && !ok; j++) ok = opens(firsts, w.passive[j] as Token);
    }
    if (!ok) return false;
  }
  return true;
}

/** Is the key-word bit `b` set in the bitmap? */
function hasBit(bits: Uint32Array, b: number): boolean {
  return ((bits[b >>> 5] as number) & (1 << (b & 31))) !== 0;
}

/** May the word (its hash) key some pattern of the set: its bit in the shared bitmap, then in the set's own. */
function mayKey(set: PatternSet, h: number): boolean {
  return hasBit(set.anyKeyBits, h >>> (32 - ANY_KEY_BITS)) && hasBit(set.keyBits, h >>> set.keyShift);
}

/**
 * Add the positions of the patterns keyed by a token's form or lemma. The bitmaps are asked first:
 * most words of a window key nothing, and a probe of a verb's big map costs more than the hash.
 */
function keyedBy(set: PatternSet, t: Token, positions: number[]): void {
  const a = mayKey(set, t.lowerHash) ? set.byKeyWord.get(t.lower) : undefined;
  if (a) for (let n = 0; n < a.length; n++) positions.push(a[n] as number);
  // A lemma spelt like the form keys the same patterns (equal hashes are checked by the strings).
  if (t.lemmaHash === t.lowerHash && t.lemma === t.lower) return;
  const b = mayKey(set, t.lemmaHash) ? set.byKeyWord.get(t.lemma) : undefined;
  if (b) for (let n = 0; n < b.length; n++) positions.push(b[n] as number);
}

/** Ascending, in place: an insertion sort, as the lists are a few positions long. */
function sortNumbers(xs: number[]): void {
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i] as number;
    let j = i - 1;
    while (j >= 0 && (xs[j] as number) > x) {
      xs[j + 1] = xs[j] as number;
      j--;
    }
    xs[j + 1] = x;
  }
}

const particleSplits = new Map<string, string[]>();

/** A particle's words ("call for" → ["call", "for"]), split once per particle. */
function particleWords(particle: string): string[] {
  let words = particleSplits.get(particle);
  if (!words) {
    words = particle.split(/\s+/);
    particleSplits.set(particle, words);
  }
  return words;
}

/** Do the particle's words stand at tokens[i…]? */
function particleAt(words: string[], tokens: Token[], i: number): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[i + k]?.lower !== words[k]) return false;
  return true;
}

/** Particles that can stand after a verb's object: "pulled troops out", "handed the city over". */
const SEPARABLE_PARTICLES = new Set([
  "out",
  "up",
  "back",
  "off",
  "down",
  "away",
  "over",
  "in",
  "around",
  "aside",
]);

/** bestPattern's candidate positions, reused from call to call (it calls nothing that calls it back). */
const scratchPositions: number[] = [];

/** Bits of the event-noun bitmap (1 KB). */
const NOUN_BITS = 13;

/**
 * The event nouns a token names: `nouns.get(t.lower) ?? nouns.get(t.lemma)`, with the bitmap asked
 * first (most nouns of a text name no event).
 */
export function eventNounsOf(lexicon: VerbLexicon, t: Token): EventNounEntries | undefined {
  const lower = hasBit(lexicon.nounBits, t.lowerHash >>> (32 - NOUN_BITS))
    ? lexicon.nouns.get(t.lower)
    : undefined;
  if (lower) return lower;
  return hasBit(lexicon.nounBits, t.lemmaHash >>> (32 - NOUN_BITS)) ? lexicon.nouns.get(t.lemma) : undefined;
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
/** "re-examine", "re-impose": a repeated act codes as the act. */
function repeated(lexicon: VerbLexicon, lemma: string): ReturnType<VerbLexicon["patternsFor"]> {
  return lemma.startsWith("re-") ? lexicon.patternsFor(lemma.slice(3)) : undefined;
}

/**
 * The patterns bestPattern tries for a verb; none, and it finds no match whatever the clause.
 * Remembered on the word's form (they depend on its form and lemma only), as every verb group asks.
 */
export function verbPatterns(lexicon: VerbLexicon, verb: Token): PatternSet | undefined {
  const form = verb.form;
  if (form.verbLexicon === lexicon) return form.verbPatterns as PatternSet | undefined;
  // Inflected forms first: the lemmatiser is wrong on some ("staged" → "stag").
  const set =
    lexicon.patternsFor(verb.lower) ?? lexicon.patternsFor(verb.lemma) ?? repeated(lexicon, verb.lemma);
  form.verbLexicon = lexicon;
  form.verbPatterns = set;
  return set;
}

/** Do the words follow a "by" in tokens[from, to) (the agent of a passive verb)? */
function byAgentMatches(
  words: PatternWord[],
  tokens: Token[],
  from: number,
  to: number,
  places?: PlaceStarts,
): boolean {
  for (let j = from; j < to; j++)
    if ((tokens[j] as Token).lower === "by") return matchSequence(words, tokens, j + 1, to, places) >= 0;
  return false;
}

export function bestPattern(
  lexicon: VerbLexicon,
  verb: Token,
  tokens: Token[],
  clauseStart: number,
  clauseEnd: number,
  /** For a passive verb, the subject's tokens: "troops were deployed" matches "deploy * troops". */
  passiveSubject: Token[] = [],
  places?: PlaceStarts,
): PatternMatch | null {
  const candidates = verbPatterns(lexicon, verb);
  if (!candidates) return null;
  // Patterns keyed by a word present around the verb: the others cannot match.
  // The tokens a pattern word can match: up to eight before the verb (`before`), and after it
  // from the verb or its particle (at most three on) for twelve (`after`); never the verb itself.
  const lo = Math.max(clauseStart, verb.i - 8);
  const hi = Math.min(clauseEnd, verb.i + 15);
  const positions = scratchPositions;
  positions.length = 0;
  for (let k = 0; k < candidates.always.length; k++) positions.push(candidates.always[k] as number);
  for (let i = lo; i < hi; i++) if (i !== verb.i) keyedBy(candidates, tokens[i] as Token, positions);
  for (const t of passiveSubject) keyedBy(candidates, t, positions);
  if (positions.length === 0) return null;
  sortNumbers(positions);
  // Words present around the verb: a pattern needing a word that is absent is skipped without
  // matching. Marked on first need: the first candidate is often a default without words.
  const window = scratchWindow;
  window.tokens = tokens;
  window.lo = lo;
  window.hi = hi;
  window.passive = passiveSubject;
  window.stamp = 0;
  for (let n = 0; n < positions.length; n++) {
    const k = positions[n] as number;
    if (n > 0 && positions[n - 1] === k) continue;
    if (!mayMatch(candidates.pre, k, window)) continue;
    const p = candidates.list[k] as CompiledPattern;
    let from = verb.i + 1;
    if (p.particle) {
      // "call for", "hold of": the particle follows the verb, or its short object ("pulled troops out").
      const words = particleWords(p.particle);
      let at = -1;
      // Only adverb particles may follow the object ("pulled troops out"); "called X for" is no "call for".
      const reach = SEPARABLE_PARTICLES.has(words[0] as string) ? 3 : 1;
      for (let d = 1; d <= reach && at < 0; d++) if (particleAt(words, tokens, verb.i + d)) at = verb.i + d;
      if (at < 0) continue;
      from = at;
    }
    if (
      p.after.length &&
      !afterMatches(p.after, tokens, from, Math.min(clauseEnd, from + 12), passiveSubject, places)
    )
      continue;
    // "detained 6,000 people in three nights of protests" is no "hold * protest" (141): a protest
    // pattern's noun must be the object, past no preposition but "of", "for" or "to".
    if (
      p.code?.startsWith("14") &&
      p.after.length &&
      !isPrepositionOrParticle(p.after[0]) &&
      objectPastPreposition(
        p.after[0] as PatternWord,
        tokens,
        p.particle ? from + 1 : from,
        Math.min(clauseEnd, from + 12),
        places,
      )
    )
      continue;
    // "ordered the company to issue licences" is no "head * (to) <target>": a target's preposition
    // heads a noun phrase, not an infinitive.
    // (secvar's own patterns, "sent troops to fight for Russia", take the infinitive on purpose.)
    if (
      p.target === "after:to" &&
      !p.id.startsWith("sv.") &&
      !prepositionalTo(tokens, from, Math.min(clauseEnd, from + 12))
    )
      continue;
    if (
      p.before.length &&
      matchSequence(
        p.before,
        tokens,
        subjectStart(tokens, Math.max(clauseStart, verb.i - 8), verb.i),
        verb.i,
        places,
      ) < 0 &&
      // "the plane was brought down by Russian air defences": a passive's agent is the subject words.
      !(
        passiveSubject.length &&
        byAgentMatches(p.before, tokens, from, Math.min(clauseEnd, from + 12), places)
      )
    )
      continue;
    // Candidates are sorted by specificity, ties in listed order (curated first): the first match wins.
    return { pattern: p, score: specificity(p) };
  }
  return null;
}
