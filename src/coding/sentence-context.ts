/**
 * Everything the coder knows about one sentence: its verb groups, actors, times, places,
 * quotations and nested clauses, plus the document-level look-back for pronouns.
 */
import type { ActorPhrase, AnnotatedText, PlaceMatch, Sentence, TimeMention, Token } from "../nlp/index.js";
import { nestedRanges, type VerbGroup, verbGroups } from "./clauses.js";

export interface SentenceContext {
  at: AnnotatedText;
  s: Sentence;
  groups: VerbGroup[];
  actors: ActorPhrase[];
  /** All actor phrases of the document up to and including this sentence (pronoun look-back). */
  history: ActorPhrase[];
  times: TimeMention[];
  places: (PlaceMatch & { tokenStart: number; tokenEnd: number })[];
  nested: [number, number][];
  quoted: [number, number][];
  /** Tokens that belong to attribution phrases ("according to X", "X said"): never targets. */
  excluded: Set<number>;
  /** Token positions where a place starts (for "@place" in verb patterns). */
  placeStarts: Set<number>;
  /** Who speaks the sentence's direct quotation, once attribution frames are known ("we" inside it). */
  quoteSpeaker: ActorPhrase | null;
  /**
   * The two sides of the story's latest talks, meeting or agreement between two countries in the
   * sentences before (set by the coder): what "the two sides" refer to first.
   */
  talkingPair?: [ActorPhrase, ActorPhrase] | null;
  /** The speaker of the latest speech frame in the sentences before (set by the coder). */
  lastSpeaker?: ActorPhrase | null;
}

/**
 * A document's phrases, times and places grouped by sentence, built once per document instead of
 * filtering every list again for each sentence. Each bucket keeps the order of the list it came from.
 */
interface DocumentIndex {
  phrases: ActorPhrase[];
  times: TimeMention[];
  places: PlaceMatch[];
  lengths: [number, number, number];
  actorsBySentence: ActorPhrase[][];
  /** Phrases of sentences up to each index; null when phrases are not in sentence order (filtered then). */
  historyEnd: number[] | null;
  timesBySentence: TimeMention[][];
  placesBySentence: PlaceMatch[][];
}

const documentIndexes = new WeakMap<AnnotatedText, DocumentIndex>();

function bucket<T>(n: number, items: readonly T[], sentenceOf: (item: T) => number): T[][] {
  const out: T[][] = [];
  for (let k = 0; k < n; k++) out.push([]);
  for (const item of items) out[sentenceOf(item)]?.push(item);
  return out;
}

/** The sentence that holds [start, end) whole, or -1 (sentences are in text order and do not overlap). */
function holdingSentence(sentences: readonly Sentence[], start: number, end: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = -1;
  // The last sentence starting at or before `start`.
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid] as Sentence).start <= start) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  for (let k = found; k >= 0; k--) {
    const s = sentences[k] as Sentence;
    if (start >= s.start && end <= s.end) return k;
    // An earlier sentence can still hold an empty span at its very end.
    if (start !== end || s.end < start) break;
  }
  return -1;
}

function historyEnds(n: number, phrases: readonly ActorPhrase[]): number[] | null {
  const ends = new Array<number>(n).fill(0);
  let k = 0;
  for (let s = 0; s < n; s++) {
    while (k < phrases.length && (phrases[k] as ActorPhrase).sentence <= s) k++;
    ends[s] = k;
  }
  // A prefix only if no later phrase belongs to an earlier sentence.
  for (let i = 1; i < phrases.length; i++)
    if ((phrases[i] as ActorPhrase).sentence < (phrases[i - 1] as ActorPhrase).sentence) return null;
  return ends;
}

function documentIndex(
  at: AnnotatedText,
  phrases: ActorPhrase[],
  times: TimeMention[],
  places: PlaceMatch[],
): DocumentIndex {
  const known = documentIndexes.get(at);
  if (
    known &&
    known.phrases === phrases &&
    known.times === times &&
    known.places === places &&
    known.lengths[0] === phrases.length &&
    known.lengths[1] === times.length &&
    known.lengths[2] === places.length
  )
    return known;
  const n = at.sentences.length;
  const index: DocumentIndex = {
    phrases,
    times,
    places,
    lengths: [phrases.length, times.length, places.length],
    actorsBySentence: bucket(n, phrases, (p) => p.sentence),
    historyEnd: historyEnds(n, phrases),
    timesBySentence: bucket(n, times, (t) => t.sentence),
    placesBySentence: bucket(n, places, (p) => holdingSentence(at.sentences, p.start, p.end)),
  };
  documentIndexes.set(at, index);
  return index;
}

/**
 * The context of one sentence. The document's lists are indexed by sentence on the first call
 * for a document (and again whenever a different or resized list is passed).
 */
export function buildSentenceContext(
  at: AnnotatedText,
  s: Sentence,
  phrases: ActorPhrase[],
  times: TimeMention[],
  places: PlaceMatch[],
  quoted: [number, number][],
): SentenceContext {
  const index = documentIndex(at, phrases, times, places);
  const own = at.sentences[s.index] === s;
  const sentencePlaces = (
    own ? (index.placesBySentence[s.index] ?? []) : places.filter((p) => p.start >= s.start && p.end <= s.end)
  ).map((p) => {
    const span = tokenSpan(at, s, p.start, p.end);
    return placeWithSpan(p, span.tokenStart, span.tokenEnd);
  });
  const history =
    own && index.historyEnd
      ? phrases.slice(0, index.historyEnd[s.index])
      : phrases.filter((p) => p.sentence <= s.index);
  return {
    at,
    s,
    groups: verbGroups(at, s),
    actors: own
      ? (index.actorsBySentence[s.index] ?? []).slice()
      : phrases.filter((p) => p.sentence === s.index),
    history,
    times: own ? (index.timesBySentence[s.index] ?? []).slice() : times.filter((t) => t.sentence === s.index),
    places: sentencePlaces,
    placeStarts: placeHeads(at, sentencePlaces),
    nested: nestedRanges(at, s),
    quoted: quoted.filter(([a, b]) => b >= s.tokenStart && a < s.tokenEnd),
    excluded: new Set(),
    quoteSpeaker: null,
    // Set by the coder; present from the start so that every context has one shape.
    talkingPair: null,
    lastSpeaker: null,
  };
}

/** Nouns that name a kind of place: "the Kursk region" is still a place. */
const PLACE_NOUNS = new Set(
  "region regions province oblast city town village area district governorate state county border frontier coast island peninsula port airport base".split(
    " ",
  ),
);

/**
 * Where the sentence's places start, for "@place" patterns: not a place that modifies a common noun
 * ("withdrew from the Paris climate agreement", "the Gaza ceasefire"), which names no place acted on.
 */
function placeHeads(
  at: AnnotatedText,
  places: readonly { tokenStart: number; tokenEnd: number }[],
): Set<number> {
  const out = new Set<number>();
  for (const p of places) {
    const next = at.tokens[p.tokenEnd];
    if (next && next.pos === "NOUN" && !PLACE_NOUNS.has(next.lower)) continue;
    out.add(p.tokenStart);
  }
  return out;
}

/**
 * A place with its token span: the fields of PlaceMatch written out in their order (what a spread
 * of a place gives, without the generic object copy, which cost more than the rest of the context).
 */
function placeWithSpan(
  p: PlaceMatch,
  tokenStart: number,
  tokenEnd: number,
): PlaceMatch & { tokenStart: number; tokenEnd: number } {
  return {
    start: p.start,
    end: p.end,
    name: p.name,
    lat: p.lat,
    lon: p.lon,
    country: p.country,
    admin1: p.admin1,
    geonameid: p.geonameid,
    feature: p.feature,
    population: p.population,
    tokenStart,
    tokenEnd,
  };
}

function tokenSpan(
  at: AnnotatedText,
  s: Sentence,
  start: number,
  end: number,
): { tokenStart: number; tokenEnd: number } {
  let a = s.tokenStart;
  while (a < s.tokenEnd && (at.tokens[a] as Token).end <= start) a++;
  let b = a;
  while (b < s.tokenEnd && (at.tokens[b] as Token).start < end) b++;
  return { tokenStart: a, tokenEnd: b };
}

/**
 * Token i of the document (undefined outside it). A negative index is answered here: an array read
 * with a negative key looks up a property named "-1", and one such read made the load megamorphic
 * for every call (the coder asks for the token before the first about 300 times a pass over the
 * example articles, and for some token 760,000 times).
 */
export function tok(ctx: SentenceContext, i: number): Token {
  return (i >= 0 ? ctx.at.tokens[i] : undefined) as Token;
}
