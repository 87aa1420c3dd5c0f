/**
 * Clause times: which of a sentence's time expressions belong to the clause of a verb. Pure
 * functions over the annotated text, used by the event coder's `timeFor`.
 */
import type { AnnotatedText, TimeMention } from "../nlp/index.js";
import { CODED_SPEECH, SPEECH_VERBS } from "./verb-classes.js";

/** Relative pronouns that open a clause about the noun before them. */
const RELATIVE_PRONOUNS = new Set(["that", "which", "who", "whom"]);
/** Parts of speech of a verb group. */
const VERBAL = new Set(["VERB", "AUX"]);
/** Words of the noun phrase a relative clause hangs on ("an Azerbaijan Airlines passenger jet"). */
const NOUN_PHRASE = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);

/**
 * "told parliament that …", "said on Sunday that …": a "that" after a speech verb's object or after
 * a time opens what was said, not a relative clause.
 */
function complementThat(at: AnnotatedText, that: number, times: readonly TimeMention[]): boolean {
  if (times.some((t) => t.tokenEnd === that - 1)) return true;
  let i = that - 1;
  while (i > that - 7 && NOUN_PHRASE.has(at.tokens[i]?.pos ?? "")) i--;
  const lemma = at.tokens[i]?.lemma ?? "";
  return SPEECH_VERBS.has(lemma) || CODED_SPEECH.has(lemma);
}

/**
 * "Aliyev said that an Azerbaijan Airlines jet that crashed in Kazakhstan on Christmas Day had been
 * shot at", "defying a lockdown that Sogavare ordered on Wednesday evening": a time inside a relative
 * clause (a relative pronoun right after a noun, then a verb, then the time, with no comma and not
 * the verb at `verb` between) dates that clause's act, not the verb at `verb`.
 */
export function inRelativeClause(
  at: AnnotatedText,
  t: TimeMention,
  verb: number,
  sentenceStart: number,
  times: readonly TimeMention[],
): boolean {
  // Verb groups between the pronoun and the time: a second one is the main clause's ("soldiers who
  // had been held since July returned home on Saturday").
  let groups = 0;
  for (let i = t.tokenStart - 1; i > sentenceStart && i >= t.tokenStart - 12; i--) {
    const w = at.tokens[i];
    if (!w || w.text === "," || w.text === ";" || i === verb) return false;
    if (VERBAL.has(w.pos) && !VERBAL.has(at.tokens[i - 1]?.pos ?? "")) groups++;
    if (!RELATIVE_PRONOUNS.has(w.lower)) continue;
    const head = at.tokens[i - 1]?.pos ?? "";
    return groups === 1 && (head === "NOUN" || head === "PROPN") && !complementThat(at, i, times);
  }
  return false;
}

/** Prepositions whose object is another happening ("after a public clash", "before the inauguration"). */
const EVENT_PREPOSITIONS = new Set(["after", "before", "following"]);
/** Nouns after those prepositions that are times of day or parts of a period, not happenings. */
const TIME_NOUNS = new Set([
  "dawn",
  "midnight",
  "noon",
  "midday",
  "nightfall",
  "daybreak",
  "sunrise",
  "sunset",
  "dusk",
  "end",
  "start",
  "beginning",
  "middle",
  "deadline",
]);

/**
 * "Washington halted deliveries of weapons after a public clash between Trump and Zelensky in the
 * Oval Office on February 28": a time at the end of a noun phrase opened by "after", "before" or
 * "following" dates the happening the noun names, not the verb before it. Not a clause ("after
 * police stormed the embassy on Friday") and not a time word ("before dawn on Monday").
 */
export function inEventPhrase(at: AnnotatedText, t: TimeMention, verb: number): boolean {
  if (t.tokenStart <= verb) return false;
  for (let i = t.tokenStart - 1; i > verb; i--) {
    const w = at.tokens[i];
    if (!w || w.text === "," || w.text === ";" || w.pos === "VERB" || w.pos === "AUX") return false;
    if (!EVENT_PREPOSITIONS.has(w.lower)) continue;
    let head = i + 1;
    while (at.tokens[head]?.pos === "DET" || at.tokens[head]?.pos === "ADJ") head++;
    const noun = at.tokens[head];
    return head < t.tokenStart && noun?.pos === "NOUN" && !TIME_NOUNS.has(noun.lemma);
  }
  return false;
}
