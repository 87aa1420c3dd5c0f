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
  if (t.pos === "VERB" && t.lower !== t.lemma && !t.lower.endsWith("ing") && !t.lower.endsWith("s")) {
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

/** Like tenseNear, but null when no verb of the sentence shows a tense. */
export function tenseOrNull(at: AnnotatedText, tokenStart: number, tokenEnd: number): Tense | null {
  const first = at.tokens[tokenStart];
  const sentence = first ? at.sentences[first.sentence] : undefined;
  if (!sentence) return null;
  let best: { distance: number; tense: Tense } | null = null;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (i >= tokenStart && i < tokenEnd) continue;
    const tense = tokenTense(at, at.tokens[i] as Token);
    if (!tense) continue;
    const distance = i < tokenStart ? tokenStart - i : i - tokenEnd + 1;
    if (!best || distance < best.distance) best = { distance, tense };
  }
  return best?.tense ?? null;
}

/** Token indices covering [start, end): binary search, tokens are sorted by offset. [-1, 0] when none. */
export function tokenRange(at: AnnotatedText, start: number, end: number): [number, number] {
  const { tokens } = at;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).end <= start) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= tokens.length || (tokens[lo] as Token).start >= end) return [-1, 0];
  let b = lo;
  while (b + 1 < tokens.length && (tokens[b + 1] as Token).start < end) b++;
  return [lo, b + 1];
}
