import { FNV_OFFSET, FNV_PRIME } from "../word-hash.js";
import type { Gazetteer, KeyFacts } from "./gazetteer-store.js";
import type { PlaceRecord } from "./place-types.js";
import { normaliseKey } from "./text-normalise.js";
import {
  CONNECTORS,
  HONORIFICS,
  LOWER_NAME_ENDINGS,
  NEVER_PLACE_PHRASES,
  NEVER_PLACES,
  ORGANISATION_PREFIXES,
  ORGANISATION_WORDS,
  PLACE_MODIFIED_WORDS,
  REGION_SUFFIXES,
  SPEECH_VERBS,
} from "./word-lists.js";

type Case = "upper" | "caps" | "lower" | "other";

/**
 * A word of the text. Its key (`norm`) is built on first use: most words are lower-case words
 * that start no name, and only the words around a candidate are ever asked for their key.
 * Tokens are pooled (see tokenPool): `reset` makes one the word text[start, end), as new.
 */
class Token {
  /** The key once built; null until then (set at once for a word that is not plain ASCII). */
  private key: string | null = null;
  /** A plain ASCII word that holds an apostrophe or a hyphen (its key drops or spaces them). */
  joined = false;
  private text = "";
  start = 0;
  end = 0;
  case: Case = "other";
  private known: KeyFacts | null = null;
  /** The key's slot in keyMemo, for a key plainKey built; else -1. */
  private slot = -1;

  reset(text: string, start: number, end: number): this {
    this.key = null;
    this.joined = false;
    this.text = text;
    this.start = start;
    this.end = end;
    this.case = "other";
    this.known = null;
    this.slot = -1;
    return this;
  }

  /** The gazetteer key of the word (see asciiWord and normaliseKey). */
  get norm(): string {
    if (this.key === null) {
      if (this.joined) {
        const word = this.text.slice(this.start, this.end);
        this.key = word.replace(APOSTROPHE_JOINERS, "").replace(HYPHEN_JOINERS, " ").toLowerCase();
      } else {
        this.key = plainKey(this.text, this.start, this.end);
        this.slot = keySlot;
      }
    }
    return this.key;
  }

  set norm(key: string) {
    this.key = key;
  }

  /** What the gazetteer knows of the word's key, asked once per token. */
  facts(gaz: Gazetteer): KeyFacts {
    if (this.known === null) {
      const key = this.norm;
      this.known = this.slot >= 0 ? slotFacts(gaz, this.slot, key) : gaz.factsOf(key);
    }
    return this.known;
  }
}

/**
 * Recent keys of plain ASCII words (letters and digits), slotted by the hash of the lower-cased
 * word: a story repeats its words, and a slot (checked against the text) gives the same key
 * string again, with its hash already known to the maps it is looked up in, instead of a new one.
 */
const KEY_MEMO = 4096;
const keyMemo: (string | undefined)[] = new Array(KEY_MEMO).fill(undefined);

/**
 * The gazetteer's facts of the key in each keyMemo slot: a repeated word finds them in this small
 * table instead of probing the gazetteer's large memo map (a cache miss or two per word). Facts
 * depend on the key and gazetteer only, so any entry for the same key gives the same answers.
 */
const factsMemo: (KeyFacts | undefined)[] = new Array(KEY_MEMO).fill(undefined);
let factsGaz: Gazetteer | null = null;

function slotFacts(gaz: Gazetteer, slot: number, key: string): KeyFacts {
  if (factsGaz !== gaz) {
    factsMemo.fill(undefined);
    factsGaz = gaz;
  }
  const known = factsMemo[slot];
  if (known !== undefined && known.key === key) return known;
  const facts = gaz.factsOf(key);
  factsMemo[slot] = facts;
  return facts;
}

/** The keyMemo slot of the key plainKey returned last. */
let keySlot = -1;

/** text[start, end) lower-cased, for a word of ASCII letters and digits (its slot left in keySlot). */
function plainKey(text: string, start: number, end: number): string {
  let h = FNV_OFFSET;
  for (let k = start; k < end; k++) h = Math.imul(h ^ lowerCode(text.charCodeAt(k)), FNV_PRIME);
  const slot = h & (KEY_MEMO - 1);
  keySlot = slot;
  const known = keyMemo[slot];
  if (known !== undefined && known.length === end - start && spells(text, start, known)) return known;
  const key = text.slice(start, end).toLowerCase();
  keyMemo[slot] = key;
  return key;
}

/** An ASCII code unit lower-cased. */
function lowerCode(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** Does the text at `start`, lower-cased, spell `key` (of ASCII letters and digits)? */
function spells(text: string, start: number, key: string): boolean {
  for (let k = 0; k < key.length; k++)
    if (lowerCode(text.charCodeAt(start + k)) !== key.charCodeAt(k)) return false;
  return true;
}

/** Why a candidate is doubtful; the resolver weighs these. */
export interface MentionFlags {
  sentenceStart: boolean;
  /** Single word that is also a common English word ("Mobile", "Reading"). */
  commonWord: boolean;
  /** Single word that is also a first name ("Tyler", "Austin"). */
  firstName: boolean;
  /** Written in capitals ("PARIS"). */
  allCaps: boolean;
  /** Written as a case-sensitive abbreviation ("Calif.", "U.S."). */
  abbreviation: boolean;
  /** Followed by a region word ("Kursk region"): only divisions qualify. */
  regionSuffix: boolean;
  /** Several words long. */
  multiWord: boolean;
}

/** A stretch of text that may name a place, with every gazetteer record it could mean. */
export interface Candidate {
  start: number;
  end: number;
  /** Grouping key: the same key means the same place throughout a document. */
  key: string;
  records: PlaceRecord[];
  flags: MentionFlags;
}

const UPPER_RE = /^\p{Lu}/u;
const HAS_LOWER_RE = /\p{Ll}/u;
const LETTERS_RE = /\p{L}/u;
const OPENERS = "\"'“‘«([—–- \t";

function caseOf(text: string): Case {
  if (!LETTERS_RE.test(text)) return "other";
  if (!UPPER_RE.test(text)) return "lower";
  return text.length > 1 && !HAS_LOWER_RE.test(text) ? "caps" : "upper";
}

/** True when nothing but openers and spaces separate `start` from a sentence end or the text start. */
function startsSentence(text: string, start: number, prev: Token | undefined): boolean {
  let i = start - 1;
  while (i >= 0 && OPENERS.includes(text.charAt(i))) i--;
  if (i < 0) return true;
  const c = text.charAt(i);
  if (c === "\n" || c === "\r" || c === "!" || c === "?" || c === ":") return true;
  if (c !== ".") return false;
  // "St. Louis", "U.S. troops": a short capitalised word before the period is an abbreviation.
  return !(prev && prev.end === i && prev.end - prev.start <= 3 && prev.case !== "lower");
}

/** Letters, marks and digits, decided on code units (a hand loop is 5× faster than \p{L} regexes). */
function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false;
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return !(c >= 0xfe30 && c <= 0xff20);
}

/** Apostrophes and hyphens that join two words into one token ("Kramators’k", "Aviv-Yafo"). */
function isJoiner(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2010;
}

/** The word ends in a possessive "'s", "’s" or "ʼs" (either case of s), which is no part of the name. */
function isPossessive(text: string, end: number): boolean {
  const s = text.charCodeAt(end - 1);
  const q = text.charCodeAt(end - 2);
  return (s === 0x73 || s === 0x53) && (q === 0x27 || q === 0x2019 || q === 0x2bc);
}

const APOSTROPHE_JOINERS = /['’]/g;
const HYPHEN_JOINERS = /[-‐]/g;

/**
 * A word of ASCII letters and digits, perhaps joined by apostrophes and hyphens (most words of
 * English news): its case set on the token, and whether its key needs the joiners dropped or
 * spaced (the key itself is built on first use, with at most two plain replacements); false for
 * any other word. Same results as normaliseKey and caseOf on such a word: normaliseKey drops
 * the apostrophes, turns each hyphen (never two in a row, never at an end) into a space and
 * lower-cases; caseOf looks at letters only.
 */
function asciiWord(text: string, token: Token): boolean {
  const { start, end } = token;
  if (end <= start) return false;
  let letter = false;
  let lower = false;
  let joined = false;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) letter = lower = true;
    else if (c >= 65 && c <= 90) letter = true;
    else if (c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2010) joined = true;
    else if (c < 48 || c > 57) return false;
  }
  const first = text.charCodeAt(start);
  token.joined = joined;
  if (!letter) token.case = "other";
  else if (first < 65 || first > 90) token.case = "lower";
  else token.case = end - start > 1 && !lower ? "caps" : "upper";
  return true;
}

/**
 * Tokens reused from scan to scan: a scan's tokens never outlive it (candidates hold offsets and
 * keys only), and a story's thousand words then cost no allocation, no collection, and memory that
 * the previous scan left in cache. Capped, so that one huge text leaves no huge pool behind.
 */
const tokenPool: Token[] = [];
const TOKEN_POOL_MAX = 1 << 14;

function pooledToken(n: number, text: string, start: number, end: number): Token {
  let token = tokenPool[n];
  if (token === undefined) {
    token = new Token();
    if (n === tokenPool.length && n < TOKEN_POOL_MAX) tokenPool.push(token);
  }
  return token.reset(text, start, end);
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    // The word's end (as tokenEnd) and, on the way, what asciiWord would find of it.
    let end = i;
    let letter = false;
    let lower = false;
    let joined = false;
    let ascii = true;
    while (end < n) {
      const c = text.charCodeAt(end);
      if (isWordChar(c)) {
        if (c >= 97 && c <= 122) letter = lower = true;
        else if (c >= 65 && c <= 90) letter = true;
        else if (c < 48 || c > 57) ascii = false;
        end++;
      } else if (isJoiner(c) && end + 1 < n && isWordChar(text.charCodeAt(end + 1))) {
        // The joiner; the word character after it is read on the next turn.
        joined = true;
        end++;
      } else break;
    }
    // "China's" is "China" plus a possessive.
    const possessive = end - i >= 2 && isPossessive(text, end);
    const wordEnd = possessive ? end - 2 : end;
    const token = pooledToken(tokens.length, text, i, wordEnd);
    if (possessive ? !asciiWord(text, token) : !ascii || !setAscii(text, token, letter, lower, joined)) {
      const word = text.slice(i, wordEnd);
      token.norm = normaliseKey(word);
      token.case = caseOf(word);
    }
    tokens.push(token);
    i = end;
  }
  return tokens;
}

/** asciiWord's settings for a word of ASCII letters and digits (and joiners), from its letters' cases. */
function setAscii(text: string, token: Token, letter: boolean, lower: boolean, joined: boolean): boolean {
  const first = text.charCodeAt(token.start);
  token.joined = joined;
  if (!letter) token.case = "other";
  else if (first < 65 || first > 90) token.case = "lower";
  else token.case = token.end - token.start > 1 && !lower ? "caps" : "upper";
  return true;
}

/** Words i and i+1 can belong to one name: only spaces (or an abbreviation's period) between. */
function joinable(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  if (gap === " " || gap === "-") return true;
  return gap === ". " && a.end - a.start <= 3 && a.case === "upper";
}

function canStart(t: Token): boolean {
  return t.case === "upper" || (t.case === "caps" && t.end - t.start >= 4);
}

function canContinue(t: Token, last: boolean): boolean {
  if (t.case === "upper" || t.case === "caps") return true;
  if (t.case !== "lower") return false;
  return last ? LOWER_NAME_ENDINGS.has(t.norm) : CONNECTORS.has(t.norm);
}

interface Span {
  first: number;
  last: number;
  key: string;
  records: PlaceRecord[];
}

function longestMatch(text: string, tokens: readonly Token[], i: number, gaz: Gazetteer): Span | null {
  let found: Span | null = null;
  let key = "";
  for (let j = i; j < tokens.length && j - i < gaz.maxKeyWords; j++) {
    const t = tokens[j] as Token;
    if (
      j > i &&
      (!joinable(text, tokens[j - 1] as Token, t) || !(canContinue(t, false) || canContinue(t, true)))
    ) {
      break;
    }
    key = j === i ? t.norm : `${key} ${t.norm}`;
    const facts = j === i ? t.facts(gaz) : gaz.factsOf(key);
    if (j === i || canContinue(t, true)) {
      const records = facts.records;
      if (records.length > 0) found = { first: i, last: j, key, records };
    }
    if (!facts.continues) break;
  }
  return found;
}

/** Divisions a name can stand for when followed by "region", "oblast", "front"… */
function regionRecords(records: readonly PlaceRecord[], gaz: Gazetteer): PlaceRecord[] {
  const admins = records.filter((r) => r.feature === "admin1");
  if (admins.length > 0) return admins;
  const seats = records.filter(
    (r) => r.feature === "city" && (r.featureCode === "PPLA" || r.featureCode === "PPLC"),
  );
  return seats.map((r) => gaz.admin1(r.admin1Code)).filter((r): r is PlaceRecord => r !== undefined);
}

function isPersonContext(text: string, tokens: readonly Token[], span: Span, gaz: Gazetteer): boolean {
  const prev = tokens[span.first - 1];
  const first = tokens[span.first] as Token;
  if (prev && joinable(text, prev, first) && prev.case !== "lower") {
    if (HONORIFICS.has(prev.norm) || ORGANISATION_PREFIXES.has(prev.norm)) return true;
    if (span.first === span.last && prev.facts(gaz).firstName && prev.facts(gaz).records.length === 0)
      return true;
  }
  const last = tokens[span.last] as Token;
  const next = tokens[span.last + 1];
  if (next?.case !== "upper" || !joinable(text, last, next)) return false;
  if (ORGANISATION_WORDS.has(next.norm)) return true;
  const after = tokens[span.last + 2];
  if (next.norm === "state" && after && after.case === "upper" && joinable(text, next, after)) return true;
  if (PLACE_MODIFIED_WORDS.has(next.norm) || next.facts(gaz).commonWord) return false;
  // "Paris Hilton", "Jordan Peterson": a capitalised word that is no common word nor a known place follows.
  return !next.facts(gaz).records.some(isWellKnown) || first.facts(gaz).firstName;
}

function isWellKnown(r: PlaceRecord): boolean {
  return r.feature !== "city" || (r.population ?? 0) >= 100_000;
}

/** "Moore said": a small town followed by a reporting verb is a person ("Washington said" stays a place). */
function isSpeaker(tokens: readonly Token[], span: Span): boolean {
  const next = tokens[span.last + 1];
  if (span.first !== span.last || !next || !SPEECH_VERBS.has(next.norm)) return false;
  return !span.records.some(isWellKnown);
}

function isDivision(r: PlaceRecord): boolean {
  return r.feature === "country" || r.feature === "admin1";
}

/** Surnames of the people named in full ("Abraham Lincoln", "Mr. Moore"), so "Lincoln said" is no town. */
function documentSurnames(text: string, tokens: readonly Token[], gaz: Gazetteer): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (
      t.case !== "upper" ||
      !(t.facts(gaz).firstName || HONORIFICS.has(t.norm) || foreignFirstName(text, tokens, i, gaz))
    )
      continue;
    let j = i + 1;
    // Skip middle names and initials: "John F. Kennedy", "Mary Ann Smith".
    while (
      j + 1 < tokens.length &&
      (tokens[j] as Token).case === "upper" &&
      isMiddle(tokens[j] as Token, gaz)
    )
      j++;
    const last = tokens[j] as Token;
    const prev = tokens[j - 1] as Token;
    if (last.case !== "upper" || text.slice(prev.end, last.start).trim().replace(".", "") !== "") continue;
    if (last.facts(gaz).records.some(isDivision)) continue;
    out.add(last.norm);
  }
  return out;
}

/**
 * "the opposition candidate, Edmundo González": a capitalised word inside a sentence that is no
 * place, no common word and no demonym, right after a comma, is a first name the English lists lack.
 */
function foreignFirstName(text: string, tokens: readonly Token[], i: number, gaz: Gazetteer): boolean {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  if (!prev || text.slice(prev.end, t.start).trim() !== ",") return false;
  const facts = t.facts(gaz);
  return !facts.records.length && !facts.commonWord && !facts.demonym && !facts.continues;
}

function isMiddle(t: Token, gaz: Gazetteer): boolean {
  return t.end - t.start === 1 || t.facts(gaz).firstName;
}

function flagsOf(text: string, tokens: readonly Token[], span: Span, gaz: Gazetteer): MentionFlags {
  const first = tokens[span.first] as Token;
  const single = span.first === span.last && !span.key.includes(" ");
  return {
    // Asked only of a candidate's first word, not of every word when tokenising.
    sentenceStart: startsSentence(text, first.start, tokens[span.first - 1]),
    commonWord: single && gaz.factsOf(span.key).commonWord,
    firstName: single && gaz.factsOf(span.key).firstName,
    allCaps: first.case === "caps",
    abbreviation: false,
    regionSuffix: false,
    multiWord: !single,
  };
}

function isExcluded(span: Span, gaz: Gazetteer, surnames: ReadonlySet<string>): boolean {
  if (NEVER_PLACE_PHRASES.has(span.key)) return true;
  if (span.first !== span.last || span.key.includes(" ")) return false;
  if (NEVER_PLACES.has(span.key) || span.key.length < 3) return true;
  if (surnames.has(span.key) && !span.records.some(isDivision)) return true;
  return (
    gaz.isDemonym(span.key) && !span.records.some((r) => r.feature === "country" || r.feature === "admin1")
  );
}

function wordCandidates(text: string, tokens: readonly Token[], gaz: Gazetteer): Candidate[] {
  const out: Candidate[] = [];
  const surnames = documentSurnames(text, tokens, gaz);
  for (let i = 0; i < tokens.length; i++) {
    if (!canStart(tokens[i] as Token)) continue;
    const span = longestMatch(text, tokens, i, gaz);
    if (!span) continue;
    i = span.last;
    if (
      isExcluded(span, gaz, surnames) ||
      isPersonContext(text, tokens, span, gaz) ||
      isSpeaker(tokens, span)
    ) {
      continue;
    }
    const after = tokens[span.last + 1];
    // "North Korean", "South African": the start of a demonym.
    if (
      after &&
      joinable(text, tokens[span.last] as Token, after) &&
      gaz.isDemonym(`${span.key} ${after.norm}`)
    )
      continue;
    const flags = flagsOf(text, tokens, span, gaz);
    const lastToken = tokens[span.last] as Token;
    // "the Kursk region" names "Kursk": a lower-case kind word stays out of the span.
    const trimmed =
      span.last > span.first && lastToken.case === "lower" && REGION_SUFFIXES.has(lastToken.norm);
    let end = (tokens[trimmed ? span.last - 1 : span.last] as Token).end;
    let records = span.records;
    let key = span.key;
    const next = tokens[span.last + 1];
    if (next && REGION_SUFFIXES.has(next.norm) && joinable(text, tokens[span.last] as Token, next)) {
      const regions = regionRecords(records, gaz);
      if (regions.length > 0) {
        records = regions;
        // "Kursk Oblast" is the name; in "the Kursk region" the name is "Kursk".
        if (next.case !== "lower") end = next.end;
        key = `${key} ${next.norm}`;
        flags.regionSuffix = true;
        flags.commonWord = false;
        flags.firstName = false;
        i = span.last + 1;
      }
    }
    out.push({ start: (tokens[span.first] as Token).start, end, key, records, flags });
  }
  return out;
}

function abbreviationCandidates(text: string, gaz: Gazetteer): Candidate[] {
  const out: Candidate[] = [];
  for (const m of gaz.findAbbreviations(text)) {
    const start = m.index;
    const records = gaz.lookupAbbreviation(m.text);
    if (records.length === 0) continue;
    const flags: MentionFlags = {
      sentenceStart: false,
      commonWord: false,
      firstName: false,
      allCaps: false,
      abbreviation: true,
      regionSuffix: false,
      multiWord: false,
    };
    out.push({ start, end: start + m.text.length, key: `abbr:${records[0]?.index}`, records, flags });
  }
  return out;
}

/** Keep the longest of overlapping candidates (abbreviations win ties). */
function dropOverlaps(candidates: Candidate[]): Candidate[] {
  candidates.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: Candidate[] = [];
  for (const c of candidates) {
    const prev = out[out.length - 1];
    if (prev && c.start < prev.end) {
      if (c.end - c.start > prev.end - prev.start) out[out.length - 1] = c;
      continue;
    }
    out.push(c);
  }
  return out;
}

/**
 * Find every stretch of text that may name a place in the gazetteer (no disambiguation yet).
 * @example scanCandidates("Strikes hit the Kursk region.", gaz)[0].key // "kursk region"
 */
export function scanCandidates(text: string, gaz: Gazetteer): Candidate[] {
  const tokens = tokenize(text);
  return dropOverlaps([...abbreviationCandidates(text, gaz), ...wordCandidates(text, tokens, gaz)]);
}
