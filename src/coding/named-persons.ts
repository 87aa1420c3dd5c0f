/**
 * People the actor dictionary does not know, named by the story itself: "Ali Akbar Velayati, a
 * senior adviser to Iran's supreme leader, said …", "the centre-right reformist Elena Lasconi …
 * Lasconi said …". The role noun in apposition (or before the name) gives the person its code once
 * its country is known, and the story's later uses of the name take the same code. Pure.
 */
import { type ActorPhrase, type AnnotatedText, copyPhrase, extendPhrase, type Token } from "../nlp/index.js";

/** Longest personal name read, in tokens. */
const MAX_NAME = 4;
/** How far after the apposition's comma its role noun may start ("a former editor of …"). */
const ROLE_REACH = 6;
/** Articles that open an appositive description of a person. */
const APPOSITION_OPENERS = new Set(["a", "an", "the"]);
/** Words that open a relative clause after an apposition's noun phrase. */
const RELATIVES = new Set(["who", "whose", "whom", "which", "that"]);
/** Nouns that make a person the opponent of the state named after them: "a critic of the Algerian government". */
const CRITIC_NOUNS = new Set(["critic", "opponent", "foe"]);

function capitalisedName(t: Token | undefined, sentence: number): boolean {
  return !!t && t.pos === "PROPN" && t.sentence === sentence && t.text[0] !== t.text[0]?.toLowerCase();
}

/** End of the run of capitalised proper nouns from `from` (at most MAX_NAME), none of them in a phrase. */
function nameEnd(at: AnnotatedText, from: number, covered: Uint8Array): number {
  const sentence = at.tokens[from]?.sentence ?? -1;
  let end = from;
  while (end - from < MAX_NAME && covered[end] !== 1 && capitalisedName(at.tokens[end], sentence)) end++;
  return end;
}

/** A person phrase over tokens [start, end) with the code of `role`. */
function personOver(
  at: AnnotatedText,
  role: ActorPhrase,
  start: number,
  end: number,
  how: string,
): ActorPhrase {
  const first = at.tokens[start] as Token;
  const last = at.tokens[end - 1] as Token;
  const c = copyPhrase(role);
  c.start = start;
  c.end = end;
  c.head = end - 1;
  c.sentence = first.sentence;
  c.charStart = first.start;
  c.charEnd = last.end;
  c.text = at.text.slice(first.start, last.end);
  c.kind = "person";
  c.modifierOnly = false;
  c.entries = [...role.entries, `coref:${how}`];
  return c;
}

/**
 * The role phrase of an apposition opening after the comma at `comma` ("…, 26, a former editor of
 * the opposition channel, …"): the first agent within reach before the next comma, with the code it
 * gives the person (a critic of a state is that state's opposition); null if there is none.
 */
function appositiveRole(
  at: AnnotatedText,
  phrases: readonly ActorPhrase[],
  comma: number,
): ActorPhrase | null {
  let j = comma + 1;
  // ("Roman Protasevich, 26, a former editor"): past an age.
  if (at.tokens[j]?.pos === "NUM" && at.tokens[j + 1]?.text === ",") j += 2;
  if (!APPOSITION_OPENERS.has(at.tokens[j]?.lower ?? "")) return null;
  // The apposition closes at a comma or a relative pronoun; a finite verb before that makes it a
  // clause ("According to John Kirby, the troops were shipped …").
  let stop = j;
  while (
    stop < at.tokens.length &&
    at.tokens[stop]?.text !== "," &&
    at.tokens[stop]?.sentence === at.tokens[j]?.sentence
  ) {
    const t = at.tokens[stop] as Token;
    if (RELATIVES.has(t.lower)) break;
    if (t.pos === "AUX") return null;
    stop++;
  }
  stop = Math.min(stop, j + ROLE_REACH);
  let q = phrases.find((p) => p.start > j && p.start < stop && !p.modifierOnly);
  if (!q || (q.kind !== "agent" && !(q.kind === "organisation" && q.role))) return null;
  // ("a senior adviser to Iran's supreme leader": the one served gives the country.)
  if (!q.country || q.code.startsWith("---")) {
    const end = q.end;
    const prep = at.tokens[end]?.lower;
    const served =
      prep === "to" || prep === "of"
        ? phrases.find((p) => p.start > end && p.start <= end + 2 && !!p.country)
        : undefined;
    if (!served?.country) return null;
    const c = copyPhrase(q);
    c.country = served.country;
    c.code = `${served.code.slice(0, 3)}${q.role ?? ""}`;
    q = c;
  }
  for (let i = j + 1; i < q.start; i++) {
    if (!CRITIC_NOUNS.has(at.tokens[i]?.lower ?? "") || at.tokens[i + 1]?.lower !== "of") continue;
    const c = copyPhrase(q);
    c.role = "OPP";
    c.code = `${q.code.slice(0, 3)}OPP`;
    return c;
  }
  return q.kind === "agent" ? q : null;
}

/**
 * Unknown people the story introduces with a role, and its later uses of their names: new person
 * phrases (the phrases returned in order); a role noun right before a name is extended over it in place.
 */
export function appositiveNames(
  at: AnnotatedText,
  phrases: ActorPhrase[],
  places: readonly { start: number; end: number }[],
): ActorPhrase[] {
  const covered = new Uint8Array(at.tokens.length + 1);
  for (const p of phrases) covered.fill(1, p.start, p.end);
  // ("the Red Sea, the second merchant ship …": a place is no person.)
  const byStart = [...places].sort((a, b) => a.start - b.start);
  for (let i = 0, k = 0; i < at.tokens.length && k < byStart.length; i++) {
    const t = at.tokens[i] as Token;
    while (k < byStart.length && (byStart[k]?.end ?? 0) <= t.start) k++;
    if ((byStart[k]?.start ?? Number.POSITIVE_INFINITY) < t.end) covered[i] = 1;
  }
  const named: { words: string[]; phrase: ActorPhrase; after: number }[] = [];
  const added: ActorPhrase[] = [];
  // The name over tokens [start, end) stands for `phrase` from here on.
  const remember = (start: number, end: number, phrase: ActorPhrase) => {
    covered.fill(1, start, end);
    const words: string[] = [];
    for (let w = start; w < end; w++) words.push((at.tokens[w] as Token).text);
    named.push({ words, phrase, after: end });
  };
  for (let i = 0; i < at.tokens.length; i++) {
    const t = at.tokens[i] as Token;
    if (covered[i] === 1 || !capitalisedName(t, t.sentence)) continue;
    if (capitalisedName(at.tokens[i - 1], t.sentence)) continue;
    const end = nameEnd(at, i, covered);
    if (end - i < 2) continue;
    // "the centre-right reformist Elena Lasconi": a role noun right before the name.
    const before = phrases.find((p) => p.end === i && p.kind === "agent" && !p.modifierOnly);
    if (before?.country) {
      extendPhrase(at, before, end);
      remember(i, end, before);
      i = end - 1;
      continue;
    }
    // "Ali Akbar Velayati, a senior adviser to Iran's supreme leader, said".
    if (at.tokens[end]?.text !== ",") continue;
    const role = appositiveRole(at, phrases, end);
    if (!role) continue;
    const person = personOver(at, role, i, end, "apposition");
    added.push(person);
    remember(i, end, person);
    i = end - 1;
  }
  if (!named.length) return phrases;
  // "… Lasconi said": the surname (or the whole name again) later in the story.
  for (let i = 0; i < at.tokens.length; i++) {
    const t = at.tokens[i] as Token;
    if (covered[i] === 1 || t.pos !== "PROPN") continue;
    const def = named.find((n) => n.after <= i && n.words[n.words.length - 1] === t.text);
    if (!def) continue;
    let start = i;
    for (let w = def.words.length - 2; w >= 0 && at.tokens[start - 1]?.text === def.words[w]; w--) start--;
    if (capitalisedName(at.tokens[start - 1], t.sentence) || capitalisedName(at.tokens[i + 1], t.sentence))
      continue;
    added.push(personOver(at, def.phrase, start, i + 1, "named-person"));
    covered.fill(1, start, i + 1);
  }
  return added.length ? [...phrases, ...added].sort((a, b) => a.start - b.start) : phrases;
}
