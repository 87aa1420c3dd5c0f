import type { AnnotatedText, Token } from "../annotated-text.js";
import { isSpace } from "../char-classes.js";
import { FNV_OFFSET, FNV_PRIME, fnv1a as fnv } from "../word-hash.js";
import { type ActorIndex, type IndexedName, type NameSense, roleOn } from "./actor-dictionary.js";

/** A resolved actor phrase: one or more dictionary names composed into a CAMEO-style code. */
export interface ActorPhrase {
  /** Token range [start, end) in the document. */
  start: number;
  end: number;
  /** Token that carries the phrase's grammatical role (the head noun, or the name). */
  head: number;
  sentence: number;
  text: string;
  charStart: number;
  charEnd: number;
  /** CAMEO-style code: country (or IGO…) + role, e.g. "PRKMIL"; "---MIL" when the country is unknown. */
  code: string;
  country: string | null;
  role: string | null;
  kind: "state" | "person" | "organisation" | "agent" | "people";
  /** Dictionary entries behind the code, for --explain. */
  entries: string[];
  /** True when the phrase is a bare country adjective modifying a non-actor noun ("Russian territory"). */
  modifierOnly: boolean;
}

interface RawMention {
  start: number;
  end: number;
  sense: NameSense;
}

const ACRONYM = /^[A-Z0-9.&-]{2,6}$/;

/** Is the dictionary form an acronym ("NATO", "U.N.")? Decided once per indexed name. */
function isAcronym(c: IndexedName): boolean {
  c.acronym ??= ACRONYM.test(c.surface.replace(/\s/g, ""));
  return c.acronym;
}

/** The first character of text[start, end) after a leading "the " or "The " (what /^(the|The)\s+/ strips), or "". */
function leadingChar(text: string, start: number, end: number): string {
  let p = start;
  if (
    end - start > 3 &&
    (text.startsWith("the", start) || text.startsWith("The", start)) &&
    isSpace(text.charCodeAt(start + 3))
  ) {
    p = start + 4;
    while (p < end && isSpace(text.charCodeAt(p))) p++;
  }
  // ("al-Qaeda", "al-Shabaab", "el-Sisi": an Arabic article written in lower case before the name.)
  for (let n = 2; n <= 3; n++)
    if (text.charCodeAt(p + n) === HYPHEN && p + n + 1 < end && ARABIC_ARTICLES.has(text.slice(p, p + n)))
      return text.charAt(p + n + 1);
  return p < end ? text.charAt(p) : "";
}

const HYPHEN = 0x2d;
/** Arabic articles written in lower case before a capitalised name ("al-Qaeda", "ash-Sham"). */
const ARABIC_ARTICLES = new Set(["al", "el", "ad", "ash", "as", "an", "ar", "at", "az"]);

/**
 * Is text[start, end) the surface with the periods of both left out (what comparing
 * `surface.replace(/\./g, "")` with `text.slice(start, end).replace(/\./g, "")` decides)?
 */
function sameWithoutPeriods(surface: string, text: string, start: number, end: number): boolean {
  let a = 0;
  let b = start;
  for (;;) {
    while (a < surface.length && surface.charCodeAt(a) === PERIOD) a++;
    while (b < end && text.charCodeAt(b) === PERIOD) b++;
    if (a === surface.length || b === end) return a === surface.length && b === end;
    if (surface.charCodeAt(a) !== text.charCodeAt(b)) return false;
    a++;
    b++;
  }
}

const PERIOD = 0x2e;

/** Is a name found in text[start, end) written as a name: capitalised (or a digit) after a leading "the"? */
function capitalised(text: string, start: number, end: number): boolean {
  const first = leadingChar(text, start, end);
  return first !== first.toLowerCase() || /\d/.test(first);
}

/**
 * "Russia Today" is not "Russia today": of a name the dictionary writes in mixed case, every later
 * word it capitalises must be capitalised in the text too (all-capital dictionary names are not checked).
 * The words are those of `surface.split(" ")` and `text.slice(start, end).split(/\s+/)`, walked in
 * place: a name of a story is checked at each of its mentions.
 */
function laterWordsWritten(c: IndexedName, text: string, start: number, end: number): boolean {
  const surface = c.surface;
  c.mixedWords ??= surface.includes(" ") && surface !== surface.toUpperCase();
  if (!c.mixedWords) return true;
  let words = 1;
  for (let a = surface.indexOf(" "); a >= 0; a = surface.indexOf(" ", a + 1)) words++;
  let runs = 0;
  for (let b = start; b < end; b++)
    if (isSpace(text.charCodeAt(b)) && (b === start || !isSpace(text.charCodeAt(b - 1)))) runs++;
  if (words !== runs + 1) return true;
  let a = 0;
  let b = start;
  for (;;) {
    // The next word of each: past a single space of the surface, past a run of white space of the text.
    a = surface.indexOf(" ", a) + 1;
    if (a === 0) return true;
    while (b < end && !isSpace(text.charCodeAt(b))) b++;
    while (b < end && isSpace(text.charCodeAt(b))) b++;
    // An empty word of the surface asks nothing; an empty word of the text is not capitalised.
    if (a < surface.length && cased(surface.charCodeAt(a)) && (b >= end || !cased(text.charCodeAt(b))))
      return false;
  }
}

/** Does the code unit change when lower-cased (as `ch !== ch.toLowerCase()` of its one-unit string)? */
function cased(c: number): boolean {
  if (c < 0x80) return c >= 65 && c <= 90;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}

/** Whether each title names a top office (titles repeat from person to person: decided once each). */
const topOffices = new Map<string, boolean>();

function isTopOffice(title: string): boolean {
  let top = topOffices.get(title);
  if (top === undefined) {
    top = TOP_OFFICE.test(title);
    if (topOffices.size < 10_000) topOffices.set(title, top);
  }
  return top;
}

const TOP_OFFICE =
  /president|supreme leader|chairman|general secretary|prime minister|premier|chancellor|king|emir|queen|leader/i;

/**
 * Rank a sense: someone in office (top office first) beats a former office-holder; an
 * organisation or place beats a short name of someone not in office ("Wagner fighters" in 2023 are
 * the Wagner Group's, not a later foreign minister's).
 */
function personRank(s: NameSense, date: string | null): number {
  if (s.type !== "person") return 1.5;
  const role = roleOn(s.person, date);
  if (!role) return s.short ? 1 : 2;
  return isTopOffice(role.title ?? "") ? 4 : 3;
}

/** The sense of a name found in text[start, end): the best-ranked candidate written as the dictionary writes it. */
function senseFor(
  candidates: IndexedName[],
  text: string,
  start: number,
  end: number,
  date: string | null,
): NameSense | null {
  // A derived surname counts only for someone in office on the date, and only when unambiguous.
  let inOffice = 0;
  let agentsOnly = true;
  for (const c of candidates) {
    const s = c.sense;
    if (s.type === "agent") continue;
    agentsOnly = false;
    if (s.type === "person" && s.dated && roleOn(s.person, date)) inOffice++;
  }
  // Agent terms need no case check and all rank alike: the first one wins.
  if (agentsOnly && candidates.length > 0) return (candidates[0] as IndexedName).sense;
  let best: NameSense | null = null;
  let bestRank = -1;
  // What the case check reads of the found text, taken once and only when asked.
  let written: boolean | null = null;
  for (const c of candidates) {
    const { surface, sense } = c;
    if (sense.type !== "agent") {
      if (isAcronym(c)) {
        if (!sameWithoutPeriods(surface, text, start, end)) continue;
      } else {
        written ??= capitalised(text, start, end);
        if (!written || !laterWordsWritten(c, text, start, end)) continue;
      }
    }
    if (sense.type === "person" && sense.dated && (inOffice !== 1 || !roleOn(sense.person, date))) continue;
    // ("Wagner fighters" in Mali: an organisation's own name beats a surname derived from someone's
    // full name — Congo's foreign minister Thérèse Kayikwamba Wagner.)
    if (sense.type === "person" && (sense.dated || sense.short) && hasOrganisation(candidates)) continue;
    const rank = personRank(sense, date);
    if (rank > bestRank) {
      best = sense;
      bestRank = rank;
    }
  }
  return best;
}

function hasOrganisation(candidates: IndexedName[]): boolean {
  for (const c of candidates) if (c.sense.type === "organisation") return true;
  return false;
}

/** Longest dictionary match starting at each token; matches never overlap. */
export function findRawMentions(
  at: AnnotatedText,
  index: ActorIndex,
  date: string | null,
  from = 0,
  to = at.tokens.length,
): RawMention[] {
  const out: RawMention[] = [];
  const steps = stepIndex(index);
  let i = from;
  // The match at aheadAt, computed for the look-ahead below: the next step may reuse it.
  let aheadAt = -1;
  let aheadMatch: RawMention | null = null;
  while (i < to) {
    const best: RawMention | null = aheadAt === i ? aheadMatch : longestAt(at, index, steps, date, i, to);
    // "the North Korean troops": a match that starts one token later and reaches further wins
    // over a shorter one that swallowed its first word ("the North").
    const lookAhead: boolean = best !== null && at.tokens[i]?.lower === "the";
    const later: RawMention | null = lookAhead ? longestAt(at, index, steps, date, i + 1, to) : null;
    aheadAt = lookAhead ? i + 1 : -1;
    aheadMatch = later;
    if (best && later && later.end > best.end) {
      i++;
      continue;
    }
    if (best) {
      // "wrote on social media": a channel, not the press.
      if (!(at.tokens[best.start]?.lower === "media" && at.tokens[best.start - 1]?.lower === "social"))
        out.push(best);
      i = best.end;
    } else i++;
  }
  return out;
}

/**
 * The matcher's look-ups, made cheap: first words with their step (`index.steps` of a word in
 * `index.firstWords`), and a bitmap of the hashes of every `index.steps` key. Most tokens start
 * no name and most extensions are no key: the bitmap (a few hundred KB) says so without probing
 * the big maps or building the extended key. It has no false negatives, so a clear bit means
 * exactly what a missing key means.
 *
 * A word's step as a first word is remembered on its form (see WordForm: every token of the word
 * shares it), and a small direct-mapped memo, slotted by the extended key's hash, remembers recent
 * extensions (a key, the next token's form, joined tightly or with a space) with the extended key
 * and its step. A story repeats its words and names, and a memo slot (checked by comparing the
 * strings it was filled with) costs less than a probe of the big maps.
 */
interface StepIndex {
  firsts: Map<string, IndexedName[] | null>;
  bits: Uint32Array;
  extParent: (string | undefined)[];
  extWord: (string | undefined)[];
  extTight: Uint8Array;
  /** The extended key; undefined when the extension is no step (no key was built). */
  extKey: (string | undefined)[];
  extStep: (IndexedName[] | null | undefined)[];
}

const STEP_BITS = 21;
const MEMO_SIZE = 4096;
const SPACE = 32;
const stepIndexes = new WeakMap<ActorIndex, StepIndex>();

function mayBeStep(bits: Uint32Array, h: number): boolean {
  const b = h >>> (32 - STEP_BITS);
  return ((bits[b >>> 5] as number) & (1 << (b & 31))) !== 0;
}

function stepIndex(index: ActorIndex): StepIndex {
  let si = stepIndexes.get(index);
  if (!si) {
    const firsts = new Map<string, IndexedName[] | null>();
    for (const w of index.firstWords) {
      const step = index.steps.get(w);
      if (step !== undefined) firsts.set(w, step);
    }
    const bits = new Uint32Array(1 << (STEP_BITS - 5));
    for (const key of index.steps.keys()) {
      const b = fnv(FNV_OFFSET, key) >>> (32 - STEP_BITS);
      bits[b >>> 5] = (bits[b >>> 5] as number) | (1 << (b & 31));
    }
    si = {
      firsts,
      bits,
      extParent: new Array(MEMO_SIZE).fill(undefined),
      extWord: new Array(MEMO_SIZE).fill(undefined),
      extTight: new Uint8Array(MEMO_SIZE),
      extKey: new Array(MEMO_SIZE).fill(undefined),
      extStep: new Array(MEMO_SIZE).fill(undefined),
    };
    stepIndexes.set(index, si);
  }
  return si;
}

/** The step of a token's word as a first word, undefined when it starts no name (kept on the word's form). */
function firstStepOf(si: StepIndex, t: Token): IndexedName[] | null | undefined {
  const form = t.form;
  if (form.actorIndex === si) return form.actorStep as IndexedName[] | null | undefined;
  const step = mayBeStep(si.bits, t.lowerHash) ? si.firsts.get(t.lower) : undefined;
  form.actorIndex = si;
  form.actorStep = step;
  return step;
}

/**
 * The step of `key` extended by `word` (h: the extended key's hash), its key left in `extendedKey`;
 * undefined when the extension is no step.
 */
let extendedKey = "";

function extensionStep(
  si: StepIndex,
  index: ActorIndex,
  key: string,
  word: string,
  tight: boolean,
  h: number,
): IndexedName[] | null | undefined {
  const slot = h & (MEMO_SIZE - 1);
  const t = tight ? 1 : 0;
  if (si.extParent[slot] === key && si.extWord[slot] === word && si.extTight[slot] === t) {
    extendedKey = si.extKey[slot] ?? "";
    return si.extStep[slot];
  }
  let step: IndexedName[] | null | undefined;
  let extended: string | undefined;
  // The key extended by this token is no step when its bit is clear: the map would say undefined.
  if (mayBeStep(si.bits, h)) {
    extended = tight ? key + word : `${key} ${word}`;
    step = index.steps.get(extended);
  }
  si.extParent[slot] = key;
  si.extWord[slot] = word;
  si.extTight[slot] = t;
  si.extKey[slot] = extended;
  si.extStep[slot] = step;
  extendedKey = extended ?? "";
  return step;
}

/**
 * The name key of a token span is built like nameKey() but without regular expressions: the next
 * token joins without a space after or before "-", as "'s", and when written together.
 */
function joinsTight(prev: Token, t: Token): boolean {
  return t.lower === "-" || prev.lower === "-" || t.lower === "'s" || t.start === prev.end;
}

function longestAt(
  at: AnnotatedText,
  index: ActorIndex,
  steps: StepIndex,
  date: string | null,
  i: number,
  to: number,
): RawMention | null {
  const { tokens, text } = at;
  const first = tokens[i];
  if (!first || first.pos === "PUNCT" || first.pos === "SPACE") return null;
  // No first word, or a first word that starts no name or prefix: nothing starts here.
  let h = first.lowerHash;
  const firstStep = firstStepOf(steps, first);
  if (firstStep === undefined) return null;
  let best: RawMention | null = null;
  const limit = Math.min(to, i + index.maxWords * 2);
  let key = "";
  for (let j = i; j < limit; j++) {
    const last = tokens[j] as Token;
    if (last.sentence !== first.sentence) break;
    let candidates: IndexedName[] | null | undefined;
    if (j === i) {
      key = last.lower;
      candidates = firstStep;
    } else {
      const prev = tokens[j - 1] as Token;
      const tight = joinsTight(prev, last);
      h = fnv(tight ? h : Math.imul(h ^ SPACE, FNV_PRIME), last.lower);
      candidates = extensionStep(steps, index, key, last.lower, tight, h);
      key = extendedKey;
    }
    if (candidates === undefined) break;
    if (candidates === null) continue;
    const sense = senseFor(candidates, text, first.start, last.end, date);
    if (sense) best = { start: i, end: j + 1, sense };
  }
  return best;
}

/** Countries mentioned anywhere in the text, for contextual aliases ("the North") and short names ("Kim"). */
export function documentCountries(raw: RawMention[]): Set<string> {
  const set = new Set<string>();
  for (const m of raw) {
    const s = m.sense;
    if (s.type === "country" || s.type === "adjective" || s.type === "demonym" || s.type === "metonym") {
      set.add(s.country);
    } else if (s.type === "person" && !s.short && s.person.country) set.add(s.person.country);
  }
  return set;
}

export interface ComposeContext {
  index: ActorIndex;
  /** Publication date (YYYY-MM-DD) deciding which office a person held. */
  date: string | null;
  countries: Set<string>;
}

function countryCode(ctx: ComposeContext, iso3: string | null): string {
  if (!iso3) return "---";
  return ctx.index.cameoCountry.get(iso3) ?? iso3;
}

function personCode(
  ctx: ComposeContext,
  s: Extract<NameSense, { type: "person" }>,
): {
  code: string;
  country: string | null;
  role: string | null;
} {
  const role = roleOn(s.person, ctx.date);
  if (role) return { code: role.code, country: role.code.slice(0, 3), role: role.code.slice(3) || null };
  const country = s.person.country ?? null;
  return { code: countryCode(ctx, country), country, role: null };
}

/** True when the mention is a person holding a dated role on the context's date. */
function holdsRole(m: RawMention, ctx: ComposeContext): boolean {
  return m.sense.type === "person" && roleOn(m.sense.person, ctx.date) !== null;
}

/** Tokens allowed between a country word and the agent noun it qualifies ("North Korea's official news agency"). */
function isModifier(t: Token): boolean {
  return t.pos === "ADJ" || t.pos === "NOUN" || t.pos === "PROPN" || t.lower === "'s" || t.pos === "NUM";
}

/** Verbs after which "firm" is an adjective: "stood firm", "remained firm". */
const STANDING_VERBS = new Set(["stand", "hold", "remain", "stay", "be"]);

function isValid(
  at: AnnotatedText,
  m: RawMention,
  prev: RawMention | undefined,
  next: RawMention | undefined,
  ctx: ComposeContext,
): boolean {
  const s = m.sense;
  // "the West Papua National Liberation Army": a compass word that a name goes on from is part of
  // that name, not "the West" (or "the North") on its own.
  if (COMPASS_WORDS.has(at.tokens[m.end - 1]?.lower ?? "") && nameGoesOn(at, m.end)) return false;
  if (s.type === "contextual") return s.requires.some((c) => ctx.countries.has(c));
  // "the CSP-DPA alliance": an organisation's name after a hyphen is part of another name ("DPA").
  if (s.type === "organisation" && hyphenBefore(at, m.start)) return false;
  // "military-ruled Myanmar", "an army-backed government": an agent noun in a hyphenated participle
  // compound modifies what follows; it names no actor of its own.
  if (s.type === "agent" && hyphenParticiple(at, m.end)) return false;
  // "stood firm", "held firm": an adjective after a verb of standing, not a company.
  if (s.type === "agent" && m.end - m.start === 1 && at.tokens[m.start]?.lower === "firm") {
    const before = at.tokens[m.start - 1];
    if (before && (before.pos === "VERB" || before.pos === "AUX") && STANDING_VERBS.has(before.lemma))
      return false;
  }
  if (s.type === "person" && s.dated) {
    // "President Bush", "Bush said": a proper noun, after a title or in a story about the person's country.
    const t = at.tokens[m.start];
    if (t?.pos !== "PROPN" || t.lemma !== t.lower) return false;
    // Capitals prove nothing at the start of a sentence: there the surname must be a verb's subject
    // ("Bush said"), not an ordinary word ("Parts of Estonia").
    const sentenceStart = at.sentences[t.sentence]?.tokenStart === m.start;
    if (sentenceStart && at.tokens[m.end]?.pos !== "VERB" && at.tokens[m.end]?.pos !== "AUX") return false;
    if (prev?.sense.type === "agent" && prev.end === m.start) return true;
  }
  if (s.type === "person" && s.short) {
    // "Major General Ahmed al-Assiri": a name that goes on is someone else's, not a known surname.
    if (nameGoesOn(at, m.end)) return false;
    // "the Kim regime", "the Putin government": a surname before an agent noun names its leader.
    if (next?.sense.type === "agent" && next.start === m.end) return true;
    // "President Yoon visited London": a title right before the surname of someone in office then.
    if (prev?.sense.type === "agent" && prev.end === m.start && roleOn(s.person, ctx.date)) return true;
    return !!s.person.country && ctx.countries.has(s.person.country);
  }
  return true;
}

/** Compass words that name a bloc or a country alone ("the West", "the North") but begin longer names. */
const COMPASS_WORDS = new Set(["west", "east", "north", "south"]);

/** Particles inside Arabic, Dutch, German and other names: "al-Assiri", "bin Salman", "van der Leyen". */
const NAME_PARTICLES = new Set(["al", "el", "bin", "ibn", "abu", "ould", "van", "von", "de", "da", "di"]);

/** Does a personal name continue at token i: another capitalised name, or a particle and one? */
function nameGoesOn(at: AnnotatedText, i: number): boolean {
  const t = at.tokens[i];
  const sentence = at.tokens[i - 1]?.sentence;
  const capital = (u: Token | undefined) =>
    !!u && u.sentence === sentence && u.pos === "PROPN" && u.text[0] !== u.text[0]?.toLowerCase();
  if (!t || t.sentence !== sentence) return false;
  if (capital(t)) return true;
  if (!NAME_PARTICLES.has(t.lower)) return false;
  const next = at.tokens[i + 1]?.lower === "-" ? at.tokens[i + 2] : at.tokens[i + 1];
  return capital(next);
}

type Head = { code: string; country: string | null; role: string | null; kind: ActorPhrase["kind"] };

function headOf(m: RawMention, ctx: ComposeContext): Head | null {
  const s = m.sense;
  switch (s.type) {
    case "country":
    case "contextual":
      return { code: countryCode(ctx, s.country), country: s.country, role: null, kind: "state" };
    case "demonym":
      return { code: countryCode(ctx, s.country), country: s.country, role: null, kind: "people" };
    case "metonym":
      return { code: `${countryCode(ctx, s.country)}GOV`, country: s.country, role: "GOV", kind: "state" };
    case "person": {
      const p = personCode(ctx, s);
      return { code: p.code, country: p.country, role: p.role, kind: "person" };
    }
    case "organisation": {
      const code = (s.roles.length ? roleOn(s, ctx.date)?.code : null) ?? s.code;
      const country =
        s.country ?? (/^[A-Z]{3}/.test(code) && !code.startsWith("IGO") ? code.slice(0, 3) : null);
      return { code, country, role: code.slice(3, 6) || null, kind: "organisation" };
    }
    case "agent":
      return { code: `---${s.role}`, country: null, role: s.role, kind: "agent" };
    default:
      return null;
  }
}

function countryOf(m: RawMention): string | null {
  const s = m.sense;
  if (s.type === "country" || s.type === "adjective" || s.type === "demonym" || s.type === "metonym")
    return s.country;
  if (s.type === "contextual") return s.country;
  return null;
}

/**
 * Compose raw mentions into actor phrases:
 * country/adjective/possessive + agent ("Ukrainian forces" → UKRMIL), person + agent
 * ("the Kim regime" → PRKGOV), agent + "of" + country ("the foreign minister of Japan").
 */
export function composePhrases(at: AnnotatedText, raw: RawMention[], ctx: ComposeContext): ActorPhrase[] {
  const mentions = raw.filter((m, k) => isValid(at, m, raw[k - 1], raw[k + 1], ctx));
  const phrases: ActorPhrase[] = [];
  const used = new Set<number>();
  for (let k = 0; k < mentions.length; k++) {
    if (used.has(k)) continue;
    const m = mentions[k] as RawMention;
    const next = mentions[k + 1];
    const country = countryOf(m);
    const personCountry = m.sense.type === "person" ? personCode(ctx, m.sense).country : null;
    const qualifier = country ?? personCountry;
    if (
      qualifier &&
      next &&
      (next.sense.type === "agent" || next.sense.type === "person") &&
      gapOk(at, m.end, next.start)
    ) {
      // A chain of agent nouns ends in the head that decides the role ("General Intelligence Service" → SPY);
      // a person at the end decides the whole code ("Russian President Vladimir Putin").
      let last = k + 1;
      while (
        (mentions[last] as RawMention).sense.type === "agent" &&
        mentions[last + 1] &&
        ((mentions[last + 1] as RawMention).sense.type === "agent" ||
          (mentions[last + 1] as RawMention).sense.type === "person") &&
        gapOk(at, (mentions[last] as RawMention).end, (mentions[last + 1] as RawMention).start)
      ) {
        last++;
      }
      const tail = mentions[last] as RawMention;
      const parts = mentions.slice(k, last + 1);
      const title = mentions[last - 1] as RawMention;
      if (tail.sense.type === "person" && title.sense.type === "agent" && !holdsRole(tail, ctx)) {
        // "French President Jacques Chirac" with no office on record for the date: the title decides
        // ("former Philippine President Rodrigo Duterte": an elite out of office).
        const role = formerBefore(at, m.start) ? "ELI" : title.sense.role;
        const head: Head = {
          code: `${countryCode(ctx, qualifier)}${role}`,
          country: qualifier,
          role,
          kind: "person",
        };
        phrases.push(phrase(at, m.start, tail.end, tail.end - 1, head, parts));
      } else if (tail.sense.type === "person") {
        phrases.push(phrase(at, m.start, tail.end, tail.end - 1, headOf(tail, ctx) as Head, parts));
      } else if (tail.sense.type === "agent") {
        const role = tail.sense.role;
        const code = `${countryCode(ctx, qualifier)}${role}`;
        phrases.push(
          phrase(
            at,
            m.start,
            tail.end,
            tail.end - 1,
            { code, country: qualifier, role, kind: "agent" },
            parts,
          ),
        );
      }
      for (let q = k + 1; q <= last; q++) used.add(q);
      continue;
    }
    if (m.sense.type === "agent" && next?.sense.type === "person" && gapOk(at, m.end, next.start)) {
      // A title before a person who held no office on the date codes like a title before an unknown
      // name, with the person's nationality as a guess that the sentence's places may overrule
      // ("President Amadou Diallo … in Bamako": a namesake of a Guinean minister).
      if (holdsRole(next, ctx)) {
        phrases.push(phrase(at, m.start, next.end, next.end - 1, headOf(next, ctx) as Head, [m, next]));
      } else {
        const nationality = next.sense.person.country ?? null;
        const role = formerBefore(at, m.start) ? "ELI" : m.sense.role;
        const head: Head = {
          code: `${countryCode(ctx, nationality)}${role}`,
          country: nationality,
          role,
          kind: "person",
        };
        const p = phrase(at, m.start, next.end, next.end - 1, head, [m, next]);
        if (nationality) p.entries.push("context:person-nationality");
        phrases.push(p);
      }
      used.add(k + 1);
      continue;
    }
    // "UN troops", "NATO forces": an international organisation qualifies an agent as a country does;
    // "UN envoy Jeanine Hennis-Plasschaert", who holds no office on record for the date, is its envoy.
    if (
      m.sense.type === "organisation" &&
      m.sense.code.startsWith("IGO") &&
      next?.sense.type === "agent" &&
      next.start === m.end
    ) {
      const code = `${m.sense.code}${next.sense.role}`;
      const holder = mentions[k + 2];
      const titled = holder?.sense.type === "person" && holder.start === next.end && !holdsRole(holder, ctx);
      const end = titled ? holder.end : next.end;
      phrases.push(
        phrase(
          at,
          m.start,
          end,
          end - 1,
          { code, country: null, role: next.sense.role, kind: titled ? "person" : "agent" },
          titled ? [m, next, holder] : [m, next],
        ),
      );
      used.add(k + 1);
      if (titled) used.add(k + 2);
      continue;
    }
    // "Hamas militants", "Hezbollah guerrillas", "Pentagon officials": a named group directly before an
    // agent noun is the actor; the noun only says which of its members acted. A person after the noun
    // ("Hamas leader Ismail Haniyeh") decides instead.
    // ("Hamas's fighters", "Hamas-led fighters": its members through a possessive or "-led" too.)
    const after = mentions[k + 2];
    if (
      m.sense.type === "organisation" &&
      next?.sense.type === "agent" &&
      memberJoin(at, m.end, next.start) &&
      !(after?.sense.type === "person" && after.start === next.end)
    ) {
      phrases.push(phrase(at, m.start, next.end, next.end - 1, headOf(m, ctx) as Head, [m, next]));
      used.add(k + 1);
      continue;
    }
    if (
      m.sense.type === "agent" &&
      next &&
      countryOf(next) &&
      (ofBetween(at, m.end, next.start, m.sense.role) || fromBetween(at, m.end, next.start, m.sense.role)) &&
      // ("its embassy in the Syrian capital": an adjective on a place names where, not whose.)
      !(
        at.tokens[m.end]?.lower === "in" &&
        next.sense.type === "adjective" &&
        at.tokens[next.end]?.pos === "NOUN"
      )
    ) {
      const c = countryOf(next) as string;
      const code = `${countryCode(ctx, c)}${m.sense.role}`;
      phrases.push(
        phrase(at, m.start, next.end, m.end - 1, { code, country: c, role: m.sense.role, kind: "agent" }, [
          m,
          next,
        ]),
      );
      used.add(k + 1);
      continue;
    }
    // "speaking in Rome", "flew from Moscow": after a preposition of place a capital is a place, not its government.
    if (m.sense.type === "metonym" && LOCATIVE.has(at.tokens[m.start - 1]?.lower ?? "")) continue;
    // "the Rome Statute", "the Washington Treaty", "the Minsk Agreements": a capital naming a document.
    if (m.sense.type === "metonym" && namesDocument(at.tokens[m.end])) continue;
    if (m.sense.type === "adjective") {
      phrases.push(adjectivePhrase(at, m, ctx));
      continue;
    }
    const head = headOf(m, ctx);
    if (head)
      phrases.push(
        phrase(at, m.start, m.end, m.end - 1, head, [m], m.sense.type === "agent" && modifies(at, m.end)),
      );
  }
  extendOverNames(at, phrases, raw);
  // A title's country must be known before its holder's surname can stand for it later.
  fillAgentCountries(phrases, ctx, at);
  return linkSurnames(at, sameSurnames(at, phrases), raw);
}

/** Capitalised words that, after a city, name a document signed there ("the Rome Statute", "the Oslo Accords"). */
const DOCUMENT_WORDS = new Set(
  "statute treaty accord accords agreement agreements protocol protocols convention conventions declaration charter memorandum communique format process".split(
    " ",
  ),
);

function namesDocument(next: Token | undefined): boolean {
  return !!next && DOCUMENT_WORDS.has(next.lower) && next.text[0] !== next.lower[0];
}

/** "former President X", "ex-President X": an office that is over. */
function formerBefore(at: AnnotatedText, start: number): boolean {
  const before = at.tokens[start - 1]?.lower ?? "";
  return before === "former" || before === "ex" || (before === "-" && at.tokens[start - 2]?.lower === "ex");
}

/** The dictionary person a phrase names ("person:duterte-rodrigo"), if any. */
function personEntry(p: ActorPhrase): string | undefined {
  return p.entries.find((e) => e.startsWith("person:"));
}

/**
 * "Former President Rodrigo Duterte was arrested … Duterte demanded …": a surname alone names the
 * person the story named in full with it before, not a namesake the dictionary prefers (his
 * daughter, the vice-president in office).
 */
function sameSurnames(at: AnnotatedText, phrases: ActorPhrase[]): ActorPhrase[] {
  const named = new Map<string, ActorPhrase>();
  // A loop, not `map`: V8's optimised `map` returns a holey array, and every stage that reads the
  // phrases would see a second array kind (and be deoptimised) once this function is optimised.
  const out: ActorPhrase[] = [];
  for (const p of phrases) out.push(sameSurname(at, named, p));
  return out;
}

function sameSurname(at: AnnotatedText, named: Map<string, ActorPhrase>, p: ActorPhrase): ActorPhrase {
  const person = personEntry(p);
  if (p.kind !== "person" || !person) return p;
  const surname = at.tokens[p.end - 1]?.text ?? "";
  const full = p.end - p.start >= 2 && at.tokens[p.end - 2]?.pos === "PROPN";
  if (full) {
    named.set(surname, p);
    return p;
  }
  const before = named.get(surname);
  if (!before || personEntry(before) === person) return p;
  const c = copyPhrase(p);
  c.code = before.code;
  c.country = before.country;
  c.role = before.role;
  c.entries = [
    ...p.entries.filter((e) => !e.startsWith("person:")),
    personEntry(before) as string,
    "coref:surname",
  ];
  return c;
}

/** Capitalised proper-noun tokens from `from`, at most four, in one sentence. */
function nameRun(at: AnnotatedText, from: number, covered: Uint8Array): number {
  let end = from;
  const sentence = at.tokens[from]?.sentence;
  while (end < at.tokens.length && end - from < 4 && covered[end] !== 1) {
    const t = at.tokens[end] as Token;
    if (t.pos !== "PROPN" || t.sentence !== sentence || t.text[0] === t.text[0]?.toLowerCase()) break;
    end++;
  }
  return end;
}

/**
 * "India's foreign secretary, Vikram Misri, said …  Misri accused …": a person named after a title
 * or in apposition to an agent keeps that agent's code when the story later uses the surname alone.
 */
function linkSurnames(at: AnnotatedText, phrases: ActorPhrase[], raw: RawMention[]): ActorPhrase[] {
  const covered = coveredTokens(at, raw);
  for (const p of phrases) covered.fill(1, p.start, p.end);
  const known = new Map<string, { phrase: ActorPhrase; after: number }>();
  for (const p of phrases) {
    if (p.kind !== "agent" || !p.country) continue;
    const last = at.tokens[p.end - 1] as Token;
    // Title + name: the phrase was extended over the name's tokens.
    if (
      p.end - p.head <= 1 &&
      last.pos === "PROPN" &&
      at.tokens[p.end - 2]?.pos === "PROPN" &&
      covered[p.end] !== 1
    )
      known.set(last.text, { phrase: p, after: p.end });
    // Apposition: "the foreign secretary, Vikram Misri, said".
    if (at.tokens[p.end]?.text !== ",") continue;
    const end = nameRun(at, p.end + 1, covered);
    const closer = at.tokens[end];
    if (end - (p.end + 1) < 2 || !(closer?.text === "," || closer?.pos === "VERB" || closer?.pos === "AUX"))
      continue;
    known.set((at.tokens[end - 1] as Token).text, { phrase: p, after: end });
  }
  if (!known.size) return phrases;
  const added: ActorPhrase[] = [];
  for (let i = 0; i < at.tokens.length; i++) {
    const t = at.tokens[i] as Token;
    const def = known.get(t.text);
    if (!def || i < def.after || covered[i] === 1 || t.pos !== "PROPN") continue;
    if (at.tokens[i - 1]?.pos === "PROPN" || at.tokens[i + 1]?.pos === "PROPN") continue;
    const p = def.phrase;
    const c = copyPhrase(p);
    c.start = i;
    c.end = i + 1;
    c.head = i;
    c.sentence = t.sentence;
    c.text = t.text;
    c.charStart = t.start;
    c.charEnd = t.end;
    c.kind = "person";
    c.entries = [...p.entries, `coref:${t.text}`];
    c.modifierOnly = false;
    added.push(c);
  }
  return added.length ? [...phrases, ...added].sort((a, b) => a.start - b.start) : phrases;
}

/**
 * The tokens inside a raw mention: a flag per token of the document (a set of them, without
 * hashing), in one buffer reused from call to call (each caller is done with it before the next).
 */
let coveredBuffer = new Uint8Array(1024);

function coveredTokens(at: AnnotatedText, raw: RawMention[]): Uint8Array {
  // Flags past the document's tokens are never read: only [0, n) is cleared.
  const n = at.tokens.length + 1;
  if (coveredBuffer.length < n) coveredBuffer = new Uint8Array(2 * n);
  const covered = coveredBuffer;
  covered.fill(0, 0, n);
  for (const m of raw) covered.fill(1, m.start, m.end);
  return covered;
}

/**
 * "Bulgarian President Todor Zhivkov": a title whose holder is not in the dictionary still
 * names that person; the phrase takes in the capitalised name after it.
 */
function extendOverNames(at: AnnotatedText, phrases: ActorPhrase[], raw: RawMention[]): void {
  const covered = coveredTokens(at, raw);
  for (const p of phrases) {
    // A capitalised title ("General Romeo Brawner") names its holder before its country is known.
    const title = at.tokens[p.start]?.text[0] !== at.tokens[p.start]?.lower[0];
    if (p.kind !== "agent" || (!p.country && !title)) continue;
    let end = p.end;
    while (end < at.tokens.length && end - p.end < 4 && covered[end] !== 1) {
      const t = at.tokens[end] as Token;
      if (t.pos !== "PROPN" || t.sentence !== p.sentence || t.text[0] === t.text[0]?.toLowerCase()) break;
      end++;
    }
    if (end === p.end || end - p.end < 2) continue;
    extendPhrase(at, p, end);
  }
}

/** Phrase p extended over the tokens up to `end` (a name after its title), its last token its head. In place. */
export function extendPhrase(at: AnnotatedText, p: ActorPhrase, end: number): void {
  const last = at.tokens[end - 1] as Token;
  p.end = end;
  p.head = end - 1;
  p.charEnd = last.end;
  p.text = at.text.slice(p.charStart, last.end);
}

const LOCATIVE = new Set([
  "in",
  "at",
  "from",
  "near",
  "outside",
  "inside",
  "around",
  "across",
  "within",
  "via",
]);

/** "military aid", "intelligence reports": an agent word before a noun modifies it and names no actor. */
function modifies(at: AnnotatedText, next: number): boolean {
  const t = at.tokens[next];
  return !!t && t.pos === "NOUN" && t.sentence === (at.tokens[next - 1] as Token).sentence;
}

/** Up to four modifier tokens may separate a country word from its agent noun. */
function gapOk(at: AnnotatedText, from: number, to: number): boolean {
  if (to - from > 4) return false;
  for (let i = from; i < to; i++) if (!isModifier(at.tokens[i] as Token)) return false;
  return true;
}

/** Is token i joined by a hyphen to the word before it ("CSP-DPA")? */
function hyphenBefore(at: AnnotatedText, i: number): boolean {
  const dash = at.tokens[i - 1];
  const word = at.tokens[i - 2];
  return dash?.text === "-" && dash.end === at.tokens[i]?.start && word?.end === dash.start;
}

/** Between a group's name and an agent noun naming its members: nothing, "'s" (and modifiers) or "-led". */
function memberJoin(at: AnnotatedText, end: number, start: number): boolean {
  if (start === end) return true;
  const t = at.tokens[end];
  // ("the EU's 27 leaders", "NATO's top commander": a number or adjective may stand between.)
  if (t?.lower === "'s" || t?.lower === "\u2019s") return start <= end + 3 && gapOk(at, end + 1, start);
  return start === end + 2 && t?.text === "-" && at.tokens[end + 1]?.lower === "led";
}

/** Participles of a sponsor after a hyphen: "Iran-backed", "Russian-sponsored", "US-trained". */
const SPONSORING = new Set([
  "backed",
  "sponsored",
  "supported",
  "funded",
  "financed",
  "armed",
  "trained",
  "installed",
]);

/** Is token i the hyphen of a sponsor's participle ("Iran-backed militias": i is the "-")? */
function sponsored(at: AnnotatedText, i: number): boolean {
  return hyphenParticiple(at, i) && SPONSORING.has(at.tokens[i + 1]?.lower ?? "");
}

/** "-ruled", "-backed", "-led": a hyphen and a participle right after token `i - 1`. */
function hyphenParticiple(at: AnnotatedText, i: number): boolean {
  const dash = at.tokens[i];
  const next = at.tokens[i + 1];
  return (
    dash?.text === "-" &&
    dash.start === at.tokens[i - 1]?.end &&
    next?.start === dash.end &&
    next.pos === "VERB"
  );
}

/**
 * Roles whose members move about: "troops from Syria", "recalled its ambassador from Paris" may say
 * where they came from.
 */
const MOVING_ROLES = new Set(["MIL", "REB", "UAF", "COP", "PKO", "SPY", "CRM", "GOV"]);

/**
 * "exiled dissidents from military-ruled Myanmar", "refugees from Syria": where people are from is
 * their country (not for forces or envoys, which move: "withdrew troops from Syria").
 */
function fromBetween(at: AnnotatedText, from: number, to: number, role: string): boolean {
  const words = at.tokens.slice(from, to);
  if (MOVING_ROLES.has(role) || words[0]?.lower !== "from" || words.length > 5) return false;
  return words
    .slice(1)
    .every(
      (t, k) =>
        t.lower === "the" ||
        t.pos === "ADJ" ||
        t.text === "-" ||
        (t.pos === "VERB" && words[k]?.text === "-"),
    );
}

/** "the foreign minister of Japan", "a court in Guyana" (not "troops in Syria": forces are often abroad). */
function ofBetween(at: AnnotatedText, from: number, to: number, role: string): boolean {
  const words = at.tokens.slice(from, to).map((t) => t.lower);
  const prep = words[0] === "of" || (words[0] === "in" && role !== "MIL" && role !== "REB");
  return words.length >= 1 && words.length <= 2 && prep && (words.length === 1 || words[1] === "the");
}

/** A bare adjective: "North Korean" + a noun that is not an agent — a people/state reference only if plural or alone. */
function adjectivePhrase(at: AnnotatedText, m: RawMention, ctx: ComposeContext): ActorPhrase {
  const head = headOf({ ...m, sense: { ...m.sense, type: "country" } as NameSense }, ctx) as Head;
  const next = at.tokens[m.end];
  // ("the Russian-led CSTO": the first part of a hyphenated adjective on a name, which is the actor;
  // "the Saudi-led coalition", "a Liberian-flagged tanker" keep the country as the actor.)
  const hyphened =
    next?.text === "-" && next.start === at.tokens[m.end - 1]?.end && at.tokens[m.end + 2]?.pos === "PROPN";
  const modifierOnly =
    !!next && (next.pos === "NOUN" || next.pos === "PROPN" || next.pos === "ADJ" || hyphened);
  return phrase(at, m.start, m.end, m.end - 1, head, [m], modifierOnly);
}

function phrase(
  at: AnnotatedText,
  start: number,
  end: number,
  head: number,
  h: Head,
  parts: RawMention[],
  modifierOnly = false,
): ActorPhrase {
  const a = at.tokens[start] as Token;
  const b = at.tokens[end - 1] as Token;
  return {
    start,
    end,
    head,
    sentence: a.sentence,
    text: at.text.slice(a.start, b.end),
    charStart: a.start,
    charEnd: b.end,
    code: h.code,
    country: h.country,
    role: h.role,
    kind: h.kind,
    entries: parts.map((p) => p.sense.entry),
    modifierOnly,
  };
}

/**
 * A copy of a phrase, its fields written out in phrase()'s order. Spread copies (`{ ...p, code }`)
 * get a map of their own at each site, and with six of them every stage that reads phrases
 * (the place filter, leadingCountry, the subject and pronoun searches …) went megamorphic.
 */
export function copyPhrase(p: ActorPhrase): ActorPhrase {
  return {
    start: p.start,
    end: p.end,
    head: p.head,
    sentence: p.sentence,
    text: p.text,
    charStart: p.charStart,
    charEnd: p.charEnd,
    code: p.code,
    country: p.country,
    role: p.role,
    kind: p.kind,
    entries: p.entries,
    modifierOnly: p.modifierOnly,
  };
}

/**
 * Words for armed men whose side a story has yet to establish, and a minister's "counterpart" (the
 * other side's by definition): no country is guessed for them from the actors nearby.
 */
const UNATTRIBUTED =
  /^agent:(?:UAF:(?:gunman|gunmen|armed men|militant|militants|assailants?|attackers?)|GOV:counterparts?)$/;

/** "EU governments", "NATO Secretary General", "ECOWAS leaders": an organisation's agents, of no country. */
export function organisationAgent(p: ActorPhrase): boolean {
  return p.entries.some((e) => e.startsWith("org:"));
}

/** "Gunmen opened fire on concertgoers": unidentified attackers belong to no country until named. */
export function unattributedGunmen(p: ActorPhrase): boolean {
  return p.entries.length === 1 && UNATTRIBUTED.test(p.entries[0] as string);
}

/** Possessives and the kind of actor they point to: "his government" a person's, "its army" a state's. */
const POSSESSOR_KINDS: ReadonlyMap<string, readonly ActorPhrase["kind"][]> = new Map([
  ["his", ["person"]],
  ["her", ["person"]],
  ["its", ["state", "agent", "organisation"]],
  // ("the Houthis released a video that showed their fighters": a group's or a state's, as "its".)
  ["their", ["state", "agent", "organisation"]],
]);

/** An agent's country taken from the context, and the entry saying whence. */
function giveCountry(ctx: ComposeContext, p: ActorPhrase, country: string, entry: string): void {
  p.country = country;
  p.code = `${ctx.index.cameoCountry.get(country) ?? country}${p.role ?? ""}`;
  p.entries.push(entry);
}

/**
 * The country of the actor of that kind a possessive before phrase k points to: the first one (the
 * likeliest subject) of its sentence before it, else of the nearest of the two sentences before
 * ("López Obrador said Castillo had telephoned his office": the speaker's).
 */
function possessorBefore(
  phrases: ActorPhrase[],
  k: number,
  kinds: readonly ActorPhrase["kind"][],
  state: (c: string | null) => c is string,
): string | null {
  const sentence = (phrases[k] as ActorPhrase).sentence;
  let found: string | null = null;
  let foundIn = -1;
  for (let q = k - 1; q >= 0; q--) {
    const prev = phrases[q] as ActorPhrase;
    if (prev.sentence < sentence - 2 || (foundIn >= 0 && prev.sentence !== foundIn)) break;
    if (!kinds.includes(prev.kind) || prev.modifierOnly || !state(prev.country)) continue;
    found = prev.country;
    foundIn = prev.sentence;
  }
  return found;
}

/** Nouns of places that a country adjective can modify ("the Ukrainian capital", "Russian soil"). */
const PLACE_NOUNS = new Set([
  "capital",
  "city",
  "town",
  "village",
  "port",
  "soil",
  "territory",
  "coast",
  "waters",
  "airspace",
  "border",
]);

/**
 * "… and Algeria withdrew its ambassador": "its" right after a verb whose subject is a state just
 * before it (auxiliaries and adverbs aside) is that state's.
 */
function verbSubjectOwner(
  at: AnnotatedText | undefined,
  phrases: ActorPhrase[],
  k: number,
  state: (c: string | null) => c is string,
): string | null {
  if (!at) return null;
  const p = phrases[k] as ActorPhrase;
  if (at.tokens[p.start - 1]?.lower !== "its") return null;
  let i = p.start - 2;
  if (at.tokens[i]?.pos !== "VERB") return null;
  i--;
  while (
    i > 0 &&
    (at.tokens[i]?.pos === "AUX" || at.tokens[i]?.pos === "ADV" || at.tokens[i]?.pos === "PART")
  )
    i--;
  const subject = phrases.find((q) => q.end === i + 1 && q.sentence === p.sentence);
  return subject && subject.kind === "state" && state(subject.country) ? subject.country : null;
}

/**
 * The country of a country adjective standing before agent phrase k across the role's own adjectives
 * joined by "and" or commas ("Algerian diplomatic and consular officials"); null when none.
 */
function adjectiveOwner(
  at: AnnotatedText,
  phrases: ActorPhrase[],
  k: number,
  state: (c: string | null) => c is string,
): string | null {
  const p = phrases[k] as ActorPhrase;
  const before = phrases[k - 1];
  if (!before?.modifierOnly || !state(before.country) || before.sentence !== p.sentence) return null;
  let adjectives = 0;
  for (let i = before.end; i < p.start; i++) {
    const t = at.tokens[i];
    if (!t) return null;
    if (t.pos === "ADJ") adjectives++;
    else if (t.lower !== "and" && t.text !== ",") return null;
  }
  return adjectives > 0 && p.start - before.end <= 5 ? before.country : null;
}

/**
 * The country of the state named right before ", whose" when agent phrase k follows that "whose"
 * (past "own" and adjectives): "Mali and Burkina Faso, whose own juntas …" (the nearest of the two).
 */
function whoseOwner(
  at: AnnotatedText,
  phrases: ActorPhrase[],
  k: number,
  state: (c: string | null) => c is string,
): string | null {
  const p = phrases[k] as ActorPhrase;
  let i = p.start - 1;
  while (i > 0 && (at.tokens[i]?.lower === "own" || at.tokens[i]?.pos === "ADJ")) i--;
  if (at.tokens[i]?.lower !== "whose" || at.tokens[i - 1]?.text !== ",") return null;
  const before = phrases[k - 1];
  if (!before || before.end !== i - 1 || !state(before.country)) return null;
  return before.country;
}

/** Roles of armed groups outside a state's forces: rebels, insurgents, unaffiliated armed men. */
const ARMED_GROUP_ROLES = new Set(["REB", "UAF", "INS"]);

/**
 * "The FARC … Under the agreement, about 7,000 fighters are to gather …": the country of the story's
 * latest armed group named with a state of its own, up to five sentences before phrase k.
 */
function latestArmedGroupCountry(
  phrases: readonly ActorPhrase[],
  k: number,
  state: (c: string | null) => c is string,
): string | null {
  const p = phrases[k] as ActorPhrase;
  for (let q = k - 1; q >= 0; q--) {
    const prev = phrases[q] as ActorPhrase;
    if (p.sentence - prev.sentence > 5) break;
    if (!ARMED_GROUP_ROLES.has(prev.role ?? "") || !state(prev.country)) continue;
    if (!prev.entries.some((e) => e.startsWith("context:"))) return prev.country;
  }
  return null;
}

/** Prepositions of a destination: "left for Togo", "fled to Russia". */
const DESTINATION_PREPS = new Set(["for", "to", "into", "towards", "toward"]);

/** Is the phrase starting at `start` the destination after a preposition ("for neighbouring Togo")? */
function destination(at: AnnotatedText, start: number): boolean {
  let i = start - 1;
  while (i > 0 && (at.tokens[i]?.pos === "ADJ" || at.tokens[i]?.pos === "DET")) i--;
  // (Not "according to the Iranian army", "next to", "close to".)
  return (
    DESTINATION_PREPS.has(at.tokens[i]?.lower ?? "") && !NOT_DESTINATION.has(at.tokens[i - 1]?.lower ?? "")
  );
}

const NOT_DESTINATION = new Set(["according", "next", "close", "due", "thanks", "owing", "prior"]);

/**
 * Agents without a country ("the lower house of parliament", "troops") take the country of the
 * nearest preceding state mention in the same sentence, else of the previous sentence's first actor;
 * with `at`, a possessive before the agent decides first ("his government", "its army").
 */
export function fillAgentCountries(phrases: ActorPhrase[], ctx: ComposeContext, at?: AnnotatedText): void {
  // Only a state lends its country: not an international body's people (Guterres is "IGO") nor a bloc.
  const state = (c: string | null): c is string =>
    !!c && ctx.index.countryNames.has(c) && !ctx.index.regions.has(c);
  let previousSentenceCountry: string | null = null;
  let currentSentence = -1;
  let firstInSentence: string | null = null;
  for (let k = 0; k < phrases.length; k++) {
    const p = phrases[k] as ActorPhrase;
    if (p.sentence !== currentSentence) {
      previousSentenceCountry = firstInSentence ?? previousSentenceCountry;
      firstInSentence = null;
      currentSentence = p.sentence;
    }
    // ("the UN-backed Government of National Accord": a sponsor before "-backed" modifies the name
    // after it; it is no party of its own.)
    if (at && sponsored(at, p.end)) p.modifierOnly = true;
    // "Déby … In April his government ordered …": a possessive names its possessor's country.
    const kinds = POSSESSOR_KINDS.get(at?.tokens[p.start - 1]?.lower ?? "");
    // ("EU governments", "NATO troops": an international body's agents are the body's, of no country.)
    const agentless = p.kind === "agent" && !p.country && !unattributedGunmen(p) && !organisationAgent(p);
    const owner =
      agentless && kinds
        ? (verbSubjectOwner(at, phrases, k, state) ?? possessorBefore(phrases, k, kinds, state))
        : null;
    // "Mali and Burkina Faso, whose own juntas pushed out French forces": the relative's antecedent.
    const whose = agentless && at ? whoseOwner(at, phrases, k, state) : null;
    // "12 Algerian diplomatic and consular officials": a country adjective before the role's own adjectives.
    const adjective = agentless && at && !owner && !whose ? adjectiveOwner(at, phrases, k, state) : null;
    if (owner) giveCountry(ctx, p, owner, "context:possessor");
    else if (whose) giveCountry(ctx, p, whose, "context:whose");
    else if (adjective) giveCountry(ctx, p, adjective, "context:adjective");
    else if (agentless) {
      let c: string | null = null;
      let guessed = false;
      for (let q = k - 1; q >= 0; q--) {
        const prev = phrases[q] as ActorPhrase;
        if (prev.sentence !== p.sentence) break;
        // "signed in the South African capital by representatives of the government": a country
        // adjective on a place noun says where, not whose.
        if (prev.modifierOnly && PLACE_NOUNS.has(at?.tokens[prev.end]?.lower ?? "")) continue;
        // "has left the country for neighbouring Togo, two days after junior officers …": a state
        // one goes to is no agent's country.
        if (at && destination(at, prev.start)) continue;
        // ("Iran-backed militias", "a Moscow-backed separatist region": the backer is not whose they are.)
        if (at && sponsored(at, prev.end)) continue;
        if (state(prev.country) && prev.kind !== "organisation") {
          c = prev.country;
          guessed =
            prev.entries.includes("context:previous-sentence") ||
            prev.entries.includes("context:armed-group");
          // "Finland will close its border with Russia, the government said": a government is the
          // sentence's first country's, not that of whoever its sentence acts on.
          if (p.role !== "GOV") break;
        }
      }
      // ("The FARC … Under the agreement, about 7,000 fighters are to gather …": bare armed men
      // with no country in their sentence are those of the story's latest armed group of a state.)
      const armed =
        !c && ARMED_GROUP_ROLES.has(p.role ?? "") ? latestArmedGroupCountry(phrases, k, state) : null;
      const fromPrevious = guessed || (!c && !!previousSentenceCountry);
      c ??= previousSentenceCountry;
      if (armed) giveCountry(ctx, p, armed, "context:armed-group");
      else if (c) giveCountry(ctx, p, c, fromPrevious ? "context:previous-sentence" : "context:country");
    }
    if (!firstInSentence && state(p.country) && !p.modifierOnly && p.kind !== "organisation")
      firstInSentence = p.country;
  }
}
