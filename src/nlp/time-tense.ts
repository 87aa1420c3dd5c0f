/** The tense of the verb nearest a span: how an underspecified date ("on Friday", "in August") is read. */
import type { AnnotatedText, Token } from "./annotated-text.js";

export type Tense = "past" | "future" | "present";

const FUTURE_AUX = new Set([
  "will",
  "shall",
  "'ll",
  "going",
  "plans",
  "plan",
  "planned",
  "scheduled",
  "set",
  "expected",
  "expects",
  "due",
]);
/** Future auxiliaries that need no "to" after them. */
const MODAL_FUTURE = new Set(["will", "shall", "'ll"]);
const PAST_AUX = new Set(["was", "were", "had", "did", "'d"]);

function tokenTense(at: AnnotatedText, t: Token): Tense | null {
  // "The ministers plan to meet": the tagger often reads "plan(s)" as a noun.
  if ((t.lower === "plan" || t.lower === "plans") && at.tokens[t.i + 1]?.lower === "to") return "future";
  if (t.pos !== "VERB" && t.pos !== "AUX" && !(t.pos === "ADJ" && t.lower === "due")) return null;
  // "is set to", "plans to", "set for Friday": a future only before an infinitive or "for" ("then set the building on fire").
  if (
    FUTURE_AUX.has(t.lower) &&
    (MODAL_FUTURE.has(t.lower) || ["to", "for"].includes(at.tokens[t.i + 1]?.lower ?? ""))
  )
    return "future";
  if (PAST_AUX.has(t.lower)) return "past";
  // (A past form the tagger first read as an adjective keeps it as its lemma: "Qatar mediated between".)
  const retaggedPast = t.lower === t.lemma && t.lower.endsWith("ed") && !t.lower.endsWith("eed");
  if (
    t.pos === "VERB" &&
    (t.lower !== t.lemma || retaggedPast) &&
    !t.lower.endsWith("ing") &&
    !t.lower.endsWith("s")
  ) {
    const before = at.tokens[t.i - 1];
    // "will be deployed", "to be signed": a participle after a future auxiliary is not past.
    if (before && (before.lower === "be" || before.lower === "to")) return null;
    return "past";
  }
  return null;
}

/**
 * Tense of the verb nearest to a token span, from auxiliaries and verb morphology; "present"
 * when the sentence has no tensed verb.
 * @example tenseNear(annotate("They met on Friday."), 3, 4) // "past"
 */
export function tenseNear(at: AnnotatedText, tokenStart: number, tokenEnd: number): Tense {
  return tenseOrNull(at, tokenStart, tokenEnd) ?? "present";
}

/**
 * tokenTense of each token of one document, worked out on first need (0: not yet; see TENSES):
 * every time expression of a sentence asks about every other token of it.
 */
export type TenseMemo = Uint8Array;

/** tokenTense's answers by memo code, 1 up. */
const TENSES: readonly (Tense | null)[] = [null, null, "past", "future"];

export function tenseMemo(at: AnnotatedText): TenseMemo {
  return new Uint8Array(at.tokens.length);
}

function memoTense(at: AnnotatedText, memo: TenseMemo, i: number): Tense | null {
  let code = memo[i] as number;
  if (code === 0) {
    const tense = tokenTense(at, at.tokens[i] as Token);
    code = tense === "past" ? 2 : tense === "future" ? 3 : 1;
    memo[i] = code;
  }
  return TENSES[code] as Tense | null;
}

/** How much farther a verb counts when a comma stands between it and the time. */
const COMMA_PENALTY = 8;

/** Words opening a relative clause: its verb is another clause's ("signed on Monday under which Britain will …"). */
const RELATIVE_OPENERS = new Set(["which", "who", "whom", "whose", "where"]);

/** Is there a comma or a relative word between token i and the time [tokenStart, tokenEnd)? */
function commaBetween(at: AnnotatedText, i: number, tokenStart: number, tokenEnd: number): boolean {
  const [from, to] = i < tokenStart ? [i + 1, tokenStart] : [tokenEnd, i];
  for (let k = from; k < to; k++) {
    const t = at.tokens[k] as Token;
    if (t.text === "," || RELATIVE_OPENERS.has(t.lower)) return true;
  }
  return false;
}

/** Like tenseNear, but null when no verb of the sentence shows a tense. */
export function tenseOrNull(
  at: AnnotatedText,
  tokenStart: number,
  tokenEnd: number,
  memo?: TenseMemo,
): Tense | null {
  const first = at.tokens[tokenStart];
  const sentence = first ? at.sentences[first.sentence] : undefined;
  if (!sentence) return null;
  let bestDistance = 0;
  let best: Tense | null = null;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (i >= tokenStart && i < tokenEnd) continue;
    const tense = memo ? memoTense(at, memo, i) : tokenTense(at, at.tokens[i] as Token);
    if (!tense) continue;
    // ("will close the crossing from Thursday, the government said": a verb past a comma, or in a
    // relative clause, is another clause's, farther than the words say.)
    const distance =
      (i < tokenStart ? tokenStart - i : i - tokenEnd + 1) +
      (commaBetween(at, i, tokenStart, tokenEnd) ? COMMA_PENALTY : 0);
    if (!best || distance < bestDistance) {
      bestDistance = distance;
      best = tense;
    }
  }
  return best;
}

/**
 * Token indices covering [start, end): binary search, tokens are sorted by offset. [-1, 0] when none.
 * A span known to lie within a sentence may give its tokens [from, to) to search instead of all.
 */
export function tokenRange(
  at: AnnotatedText,
  start: number,
  end: number,
  from = 0,
  to = at.tokens.length,
): [number, number] {
  const { tokens } = at;
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).end <= start) lo = mid + 1;
    else hi = mid;
  }
  // Past the given tokens, or a token before them reaching into the span: it was not within them
  // after all; search them all.
  if ((lo >= to && to < tokens.length) || (from > 0 && (tokens[from - 1] as Token).end > start))
    return tokenRange(at, start, end);
  if (lo >= tokens.length || (tokens[lo] as Token).start >= end) return [-1, 0];
  let b = lo;
  while (b + 1 < tokens.length && (tokens[b + 1] as Token).start < end) b++;
  return [lo, b + 1];
}
