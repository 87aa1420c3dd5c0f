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
}

export function buildSentenceContext(
  at: AnnotatedText,
  s: Sentence,
  phrases: ActorPhrase[],
  times: TimeMention[],
  places: PlaceMatch[],
  quoted: [number, number][],
): SentenceContext {
  const sentencePlaces = places
    .filter((p) => p.start >= s.start && p.end <= s.end)
    .map((p) => ({ ...p, ...tokenSpan(at, s, p.start, p.end) }));
  return {
    at,
    s,
    groups: verbGroups(at, s),
    actors: phrases.filter((p) => p.sentence === s.index),
    history: phrases.filter((p) => p.sentence <= s.index),
    times: times.filter((t) => t.sentence === s.index),
    places: sentencePlaces,
    placeStarts: new Set(sentencePlaces.map((p) => p.tokenStart)),
    nested: nestedRanges(at, s),
    quoted: quoted.filter(([a, b]) => b >= s.tokenStart && a < s.tokenEnd),
    excluded: new Set(),
    quoteSpeaker: null,
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

export function tok(ctx: SentenceContext, i: number): Token {
  return ctx.at.tokens[i] as Token;
}
