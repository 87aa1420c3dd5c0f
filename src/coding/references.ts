/**
 * Finding the source and target of a verb: the subject to its left (around nested clauses,
 * through relative pronouns and coordination, resolving pronouns) and the object to its right.
 */
import { type ActorPhrase, copyPhrase, type Token } from "../nlp/index.js";
import {
  BARE_COMPLEMENT_VERBS,
  bareGroup,
  inRanges,
  isSubordinator,
  PARTICIPLE_PARTICLES,
  POSSESSIVE_DETERMINERS,
  type VerbGroup,
} from "./clauses.js";
import { type SentenceContext, tok } from "./sentence-context.js";
import { GOVERNORS, SPEECH_VERBS } from "./verb-classes.js";

export interface Reference {
  phrases: ActorPhrase[];
  text: string | null;
  /** How it was found: "subject", "relative", "pronoun", "coordination". */
  how: string;
  /** Named as a pair ("the two countries", "both sides"), kept through the clauses that share it. */
  pair?: boolean;
}

const NONE: Reference = { phrases: [], text: null, how: "none" };
/** Conjunctions after which a verb shares the subject of a verb before it. */
const SUBJECT_SHARING_CONJUNCTIONS = new Set(["and", "or", "but"]);
const PERSON_PRONOUNS = new Set(["he", "she", "his", "her", "him"]);
const THING_PRONOUNS = new Set(["it", "its"]);
const PLURAL_PRONOUNS = new Set(["they", "their", "them"]);
const RELATIVES = new Set(["who", "which", "that", "whose"]);
/** "We will attack," X said: first person inside a quotation is its speaker. */
const FIRST_PERSON = new Set(["we", "i", "us", "our"]);

function usable(p: ActorPhrase): boolean {
  return !p.modifierOnly;
}

/** Actor phrases coordinated with p to its left: "Brazil and the United States". */
function withCoordinated(ctx: SentenceContext, p: ActorPhrase): ActorPhrase[] {
  const out = [p];
  let current = p;
  for (;;) {
    // "A, B and C": the joiner next to the head must be "and"; commas only further out.
    let start = current.start;
    // "the paramilitary Rapid Support Forces": a lower-case descriptor before a name.
    const before = tok(ctx, start - 1);
    if (before && before.pos === "ADJ" && before.text === before.lower && current.kind === "organisation")
      start--;
    // "the government and Tigrayan forces": an adjective the dictionary does not know, before a role noun.
    else if (
      before &&
      (before.pos === "ADJ" || before.pos === "PROPN") &&
      current.kind === "agent" &&
      current.start === before.i + 1
    )
      start--;
    const prev = joinedBefore(ctx, start, out.length, (end) => ctx.actors.find((q) => q.end === end));
    if (!prev) break;
    // "struck Afghanistan and Taliban forces responded": the object of an act is no co-subject.
    let k = prev.start - 1;
    if (tok(ctx, k)?.pos === "DET") k--;
    const verbBefore = tok(ctx, k);
    if (verbBefore?.pos === "VERB" && !SPEECH_VERBS.has(verbBefore.lemma) && !GOVERNORS.has(verbBefore.lemma))
      break;
    // "backed Morocco's plan for Western Sahara and Algeria withdrew …": a preposition's object is no co-subject.
    if (verbBefore?.pos === "ADP" && OBJECT_ONLY_PREPS.has(verbBefore.lower)) break;
    out.unshift(sharedHead(ctx, prev, current));
    current = prev;
  }
  return out;
}

/**
 * The phrase joined to the one starting at `start` (past an article) by "and" — or, once `listed`
 * phrases are gathered, by a comma — as `at` finds it by its end; null if none or not usable.
 */
function joinedBefore(
  ctx: SentenceContext,
  start: number,
  listed: number,
  at: (end: number) => ActorPhrase | undefined,
): ActorPhrase | null {
  const first = ARTICLES.has(tok(ctx, start - 1)?.lower ?? "") ? start - 1 : start;
  const joiner = tok(ctx, first - 1);
  if (!joiner || !(joiner.lower === "and" || (joiner.text === "," && listed > 1))) return null;
  const prev = at(first - 1);
  return prev && usable(prev) ? prev : null;
}

const ARTICLES = new Set(["the", "a", "an"]);
/** Prepositions whose object never starts a coordinated subject: "a plan for Western Sahara and Algeria withdrew". */
const OBJECT_ONLY_PREPS = new Set(["for", "to", "from", "into", "against", "over", "about"]);

/**
 * "US and British warplanes": a bare country joined to a country-and-role phrase shares its head
 * noun, so it takes the role too (USAMIL).
 */
function sharedHead(ctx: SentenceContext, left: ActorPhrase, right: ActorPhrase): ActorPhrase {
  if (left.kind !== "state" || left.role || !right.role || right.kind !== "agent") return left;
  if (left.end + 1 !== right.start || tok(ctx, left.end)?.lower !== "and") return left;
  if (!right.entries.some((e) => e.startsWith("country:"))) return left;
  const c = copyPhrase(left);
  c.code = `${left.country ?? left.code}${right.role}`;
  c.role = right.role;
  c.kind = "agent";
  return c;
}

/** Head nouns of an agent that is one person: "the foreign minister", "its spokesman". */
const PERSON_HEADS = new Set(
  (
    "minister president spokesman spokeswoman spokesperson ambassador envoy chief leader commander " +
    "general premier secretary adviser advisor official king queen prince governor prosecutor judge " +
    "mayor senator lawmaker diplomat chancellor speaker counterpart emir sultan monarch affaires d'affaires consul " +
    "attache attaché chairman chairwoman commissioner negotiator aide colonel captain director ruler"
  ).split(" "),
);

/** An agent named as one person by its role: "the foreign minister", "Its spokesman". */
function personAgent(p: ActorPhrase): boolean {
  if (p.kind !== "agent") return false;
  // ("Vice Foreign Minister Masataka Okano": a person's title extended over a name of two words or
  // more; not "the rights group Foro Penal".)
  const raw = p.text.split(" ");
  const capital = (w: string | undefined) => !!w && w[0] !== w[0]?.toLowerCase();
  const title =
    p.entries
      .find((e) => e.startsWith("agent:"))
      ?.split(":")[2]
      ?.split(" ")
      .at(-1) ?? "";
  if (raw.length >= 3 && capital(raw.at(-1)) && capital(raw.at(-2)) && PERSON_HEADS.has(title)) return true;
  const words = p.text.toLowerCase().split(" ");
  const of = words.indexOf("of");
  return PERSON_HEADS.has((of > 0 ? words[of - 1] : words.at(-1)) ?? "");
}

function fits(word: string, p: ActorPhrase): boolean {
  if (PERSON_PRONOUNS.has(word)) return p.kind === "person" || personAgent(p);
  // ("it had warned Warsaw" is not "the drones" named before: an agent named in the plural is "they".)
  if (THING_PRONOUNS.has(word))
    return p.kind !== "person" && p.kind !== "people" && !(word === "it" && pluralAgent(p));
  return (
    PLURAL_PRONOUNS.has(word) &&
    (p.kind === "agent" || p.kind === "people" || p.kind === "state" || p.kind === "organisation")
  );
}

/** An agent named by a plural noun ("drones", "troops", "security forces"; not "the police"). */
function pluralAgent(p: ActorPhrase): boolean {
  if (p.kind !== "agent") return false;
  // The head noun: the last word, or the one before "of" ("the Union of Teachers" is one union).
  const words = p.text.toLowerCase().split(" ");
  const of = words.indexOf("of");
  const head = (of > 0 ? words[of - 1] : words.at(-1)) ?? "";
  return head.length > 3 && head.endsWith("s") && !/(?:ss|us|is)$/.test(head);
}

/** Conjunctions that open a coordinated clause: "…, and it accuses …". */
const COORDINATORS = new Set(["and", "but"]);

/** Subject forms: a sentence that opens with one continues the previous sentence's subject. */
const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "it"]);

/**
 * Resolve a pronoun at token i: the most recent fitting actor before it; a subject pronoun that
 * opens its sentence continues the previous sentence's first fitting actor ("Putin met Kim. He
 * thanked him": he = Putin); `skip` leaves out actors already taken (the clause's subject).
 */
export function resolvePronoun(
  ctx: SentenceContext,
  i: number,
  skip: ReadonlySet<string> = new Set(),
): ActorPhrase | null {
  const word = tok(ctx, i).lower;
  const before = ctx.history.filter((p) => p.end <= i && usable(p) && !skip.has(p.code));
  // "Forty-six Ivorian soldiers held in Mali … the junta pardoned them": "them" as a verb's object is
  // people, named in the plural, before it is a country named since.
  // ("about 300 of them had been killed": so is "them" after a number or quantifier and "of".)
  // (Not in an apposition: "protesters, many of them from Malaita," are those protesters.)
  const partitive =
    tok(ctx, i - 1)?.lower === "of" &&
    (tok(ctx, i - 2)?.pos === "NUM" || PARTITIVE_WORDS.has(tok(ctx, i - 2)?.lower ?? "")) &&
    tok(ctx, i - 3)?.text !== ",";
  if (word === "them" && (tok(ctx, i - 1)?.pos === "VERB" || partitive)) {
    const plural = before.findLast(
      (p) =>
        ctx.s.index - p.sentence <= 2 &&
        (p.kind === "agent" || p.kind === "people") &&
        tok(ctx, p.end - 1).lower.endsWith("s") &&
        // (Of a stated country: "whose governments" names nobody in particular.)
        !!p.country &&
        !p.entries.some((e) => e.startsWith("context:")),
    );
    if (plural) return plural;
  }
  // "Egypt, locked in a dispute with Ethiopia, said it backed Somalia": a subject pronoun right after a
  // speech verb (or its "that") is the speaker, not the actor named nearest before it.
  const v = tok(ctx, i - 1)?.lower === "that" ? i - 2 : i - 1;
  // "… said the drones had lost their way and that it had warned Warsaw": a second "that" clause
  // of the same speech verb, its speaker too.
  const secondClause =
    tok(ctx, i - 1)?.lower === "that" &&
    COORDINATORS.has(tok(ctx, i - 2)?.lower ?? "") &&
    i - 2 > ctx.s.tokenStart;
  const speech = SUBJECT_PRONOUNS.has(word)
    ? secondClause
      ? ctx.groups.findLast(
          (g) => g.head < i - 2 && SPEECH_VERBS.has(tok(ctx, g.head).lemma) && !g.infinitive,
        )
      : (ctx.groups.find((g) => g.head === v && SPEECH_VERBS.has(tok(ctx, v).lemma)) ??
        (tok(ctx, i - 1)?.lower === "that" ? speechBeforeTime(ctx, i - 1) : undefined))
    : undefined;
  const speaker = speech ? findSubject(ctx, speech).phrases[0] : undefined;
  // (The speaker even when named in the plural as we read it: "the Union of Teachers, the umbrella
  // union for teachers, announced that it …" — the nearest noun of an apposition is no sure head.)
  const speakerFits = !!speaker && (fits(word, speaker) || (word === "it" && pluralAgent(speaker)));
  if (speaker && usable(speaker) && speakerFits && !skip.has(speaker.code)) return speaker;
  // "New Delhi had designated Nijjar a terrorist, and it accuses Canada …": a subject pronoun opening
  // a coordinated clause continues the previous clause's subject, not its object.
  if (SUBJECT_PRONOUNS.has(word) && COORDINATORS.has(tok(ctx, i - 1)?.lower ?? "")) {
    // (The clause's own verb, not one of a relative clause inside it: "Nijjar, who campaigned …,".)
    for (let k = ctx.groups.length - 1; k >= 0; k--) {
      const g = ctx.groups[k] as VerbGroup;
      if (g.head >= i - 1 || g.infinitive || g.participle || g.reduced) continue;
      const found = findSubject(ctx, g);
      if (found.how === "relative" || !found.phrases.length) continue;
      const subject = found.phrases[0];
      if (subject && usable(subject) && fits(word, subject) && !skip.has(subject.code)) return subject;
      // ("Caracas expelled the diplomats of …, whose governments had questioned the result, and it
      // accused them": "it" is not the plural subject of the clause between; the one before it.)
      if (subject && word === "it" && pluralAgent(subject)) continue;
      break;
    }
  }
  // "sanctions on two men they said were part of a hacking group": a speaking pronoun right after a
  // noun (a contact clause) is the subject of the clause that noun sits in, not that noun.
  if (
    SUBJECT_PRONOUNS.has(word) &&
    ["NOUN", "PROPN"].includes(tok(ctx, i - 1)?.pos ?? "") &&
    SPEECH_VERBS.has(tok(ctx, i + 1)?.lemma ?? "")
  ) {
    const main = ctx.groups.find((g) => g.head < i && !g.infinitive && !g.participle && !g.reduced);
    const subject = main ? findSubject(ctx, main).phrases : [];
    const first = subject[0];
    if (first && usable(first) && (fits(word, first) || subject.length > 1) && !skip.has(first.code))
      return first;
  }
  // "South Korean troops fired shots in response, it said": a pronoun speaking after a comma at the
  // end of a report is the story's latest speaker, whose account this continues.
  const last = ctx.lastSpeaker;
  if (
    last &&
    usable(last) &&
    SUBJECT_PRONOUNS.has(word) &&
    tok(ctx, i - 1)?.text === "," &&
    SPEECH_VERBS.has(tok(ctx, i + 1)?.lemma ?? "") &&
    (fits(word, last) || (word === "it" && pluralAgent(last))) &&
    !skip.has(last.code)
  )
    return last;
  const own = before.filter((p) => p.sentence === ctx.s.index && fits(word, p)).at(-1);
  if (own) return own;
  const reach = PERSON_PRONOUNS.has(word) ? 2 + pronounChain(ctx) : 2;
  for (let k = before.length - 1; k >= 0; k--) {
    const p = before[k] as ActorPhrase;
    if (ctx.s.index - p.sentence > reach) break;
    if (!fits(word, p)) continue;
    const opens = i === ctx.s.tokenStart || (i === ctx.s.tokenStart + 1 && tok(ctx, i - 1).pos === "PUNCT");
    if (!SUBJECT_PRONOUNS.has(word) || !opens) return p;
    // The first fitting actor of that sentence: its subject, as a rule.
    return before.find((q) => q.sentence === p.sentence && fits(word, q)) ?? p;
  }
  return null;
}

/** Quantifiers before "of them" other than numbers: "some of them", "most of them". */
const PARTITIVE_WORDS = new Set([
  "some",
  "many",
  "most",
  "all",
  "none",
  "each",
  "one",
  "several",
  "dozens",
  "hundreds",
  "thousands",
]);

/** Words of time between a speech verb and its "that" ("announced Thursday that", "said on Monday that"). */
const TIME_FILLERS = new Set(
  "on monday tuesday wednesday thursday friday saturday sunday today yesterday later earlier again also".split(
    " ",
  ),
);

/** The speech verb before the "that" at `that`, past words of time only ("announced Thursday that it …"). */
function speechBeforeTime(ctx: SentenceContext, that: number): VerbGroup | undefined {
  let j = that - 1;
  while (j > ctx.s.tokenStart && that - j <= 3 && TIME_FILLERS.has(tok(ctx, j).lower)) j--;
  if (j === that - 1) return undefined;
  return ctx.groups.find((g) => g.head === j && SPEECH_VERBS.has(tok(ctx, j).lemma));
}

/** How far a chain of person pronouns reaches back: the story's sentences come only this many. */
const CHAIN_LIMIT = 3;

/**
 * "Castillo announced … He said … to impeach him. Instead, Congress removed him": sentences that
 * name no person but speak of one by pronoun carry the person on; how many such sentences stand
 * right before the window of two (at most CHAIN_LIMIT).
 */
function pronounChain(ctx: SentenceContext): number {
  let extra = 0;
  for (let k = ctx.s.index - 1; k >= 0 && extra < CHAIN_LIMIT; k--) {
    const s = ctx.at.sentences[k];
    if (!s || ctx.history.some((p) => p.sentence === k && p.kind === "person")) break;
    let pronoun = false;
    for (let i = s.tokenStart; i < s.tokenEnd && !pronoun; i++)
      pronoun = PERSON_PRONOUNS.has((ctx.at.tokens[i] as Token).lower);
    if (!pronoun) break;
    extra++;
  }
  return extra;
}

/** "Obama and Putin said they will attack": a plural pronoun after coordinated actors in its sentence means all of them. */
function coordinatedAntecedent(ctx: SentenceContext, i: number): ActorPhrase[] | null {
  const last = ctx.actors.filter((p) => p.end <= i && p.sentence === ctx.s.index && usable(p)).at(-1);
  if (!last) return null;
  const group = withCoordinated(ctx, last);
  return group.length > 1 ? group : null;
}

const NO_COUNTRIES: ReadonlySet<string> = new Set();

/** Plural nouns that, after "two" or "both", name a pair of parties: "the two sides", "both countries". */
const PAIR_NOUNS: ReadonlyMap<string, ActorPhrase["kind"] | null> = new Map([
  ...["sides", "parties", "delegations", "governments", "camps", "militaries", "armies"].map(
    (w) => [w, null] as const,
  ),
  ...["countries", "nations", "states", "neighbours", "neighbors", "koreas"].map(
    (w) => [w, "state"] as const,
  ),
  // "Each side accused the other": one of the pair, which "each" makes both.
  ...["side", "party"].map((w) => [w, null] as const),
  ...["country", "nation"].map((w) => [w, "state"] as const),
  ...["leaders", "presidents"].map((w) => [w, "person"] as const),
  // "The two men agreed": people named before, whatever their kind ("opposition leader X").
  ...["men", "women", "ministers", "envoys", "negotiators"].map((w) => [w, null] as const),
]);

/** Words after a "both" that stands alone ("urged both to …", "met both on Monday"). */
const BARE_BOTH_NEXT = new Set(["to", ",", ".", "on", "in", "at", "over", "and"]);

/** The singular pair nouns, which only "each" makes a pair. */
const EACH_NOUNS = new Set(["side", "party", "country", "nation"]);

const BYSTANDER_ROLES = new Set(["MED", "CVL"]);

/** Pair nouns whose pair is two actors, possibly of one country ("the two men"); the others are two countries. */
const PERSON_PAIRS = new Set([
  "leaders",
  "presidents",
  "men",
  "women",
  "ministers",
  "envoys",
  "negotiators",
  "camps",
]);

const PAIR_PREPS = new Set("on of between from for with among to by at in across against".split(" "));

/**
 * "Russia and North Korea … after the two sides exchanged instruments": "the two sides" (or "both
 * countries") at token i are the pair of parties named together just before ("between Israel and
 * Iran", in its sentence or the one before), else the document's two most mentioned countries so
 * far (the story's protagonists, not a third party quoted in between). "Countries" are states,
 * "leaders" persons. Inside a prepositional phrase ("sources on both sides") it is no party.
 */
function pairAntecedent(ctx: SentenceContext, i: number, between = false): ActorPhrase[] | null {
  const t = tok(ctx, i).lower;
  // ("urged both to show restraint": "both" standing alone is the pair named before.)
  if (t === "both" && BARE_BOTH_NEXT.has(tok(ctx, i + 1)?.lower ?? "")) return namedPair(ctx, i, null, false);
  // ("Each has long accused the other": "each" standing alone as a subject is one of that pair.)
  // ("Germany, France and Poland each expelled …": right after the parties it counts, it floats.)
  if (
    t === "each" &&
    (tok(ctx, i + 1)?.pos === "AUX" || tok(ctx, i + 1)?.pos === "VERB") &&
    !ctx.actors.some((p) => p.end === i)
  )
    return namedPair(ctx, i, null, false);
  const kind = PAIR_NOUNS.get(t);
  if (kind === undefined) return null;
  const quantifier = tok(ctx, i - 1)?.lower;
  // "urged all sides to avoid escalation": the story's two parties, as "both sides"; "each side"
  // (singular nouns only after "each").
  const singular = EACH_NOUNS.has(t);
  if (singular ? quantifier !== "each" : quantifier === "each") return null;
  // ("fighting between the neighbours": after "between", "the" makes a pair too.)
  const definite = between && quantifier === "the" && tok(ctx, i - 2)?.lower === "between";
  if (
    !singular &&
    !definite &&
    quantifier !== "two" &&
    quantifier !== "both" &&
    !(quantifier === "all" && kind === null)
  )
    return null;
  const opener = tok(ctx, quantifier === "two" ? i - 3 : i - 2);
  // ("mediated between the two camps": after a verb's "between", the pair is its target.)
  if (opener && PAIR_PREPS.has(opener.lower) && !(between && opener.lower === "between")) return null;
  return namedPair(ctx, i, kind, PERSON_PAIRS.has(t), quantifier === "all");
}

/**
 * "the heaviest fighting between the neighbours", "talks between the two sides": the pair a pair
 * noun right after "between" in [from, to) names, or null.
 */
export function pairAfterBetween(ctx: SentenceContext, from: number, to: number): ActorPhrase[] | null {
  for (let k = from; k < to - 1; k++) {
    if (tok(ctx, k).lower !== "between") continue;
    for (let i = k + 2; i <= Math.min(to - 1, k + 3); i++) {
      const pair = pairAntecedent(ctx, i, true);
      if (pair && pair.length === 2) return pair;
    }
    return null;
  }
  return null;
}

/**
 * pairAntecedent's pair once its words are found. (A function of its own: closures reading the
 * parameters would cost pairAntecedent, asked at every word of a subject search, a context per call.)
 */
function namedPair(
  ctx: SentenceContext,
  i: number,
  kind: ActorPhrase["kind"] | null,
  byActor: boolean,
  /** "all sides": in a story about one country's crisis, its own sides — that country. */
  all = false,
  /** Countries that are not of the pair (the source of the act on it). */
  outside: ReadonlySet<string> = NO_COUNTRIES,
): ActorPhrase[] | null {
  // (Reporters and bystanders are never a party: "the two sides told reporters".)
  const fitting = (p: ActorPhrase) =>
    usable(p) &&
    !!p.country &&
    !outside.has(p.country) &&
    (kind === null || p.kind === kind) &&
    !BYSTANDER_ROLES.has(p.role ?? "");
  // "Trump hosted Azerbaijan's Aliyev and Armenia's Pashinyan … the two countries": leaders of two
  // countries named together stand for their countries.
  const joinable = (p: ActorPhrase) =>
    fitting(p) || (kind === "state" && usable(p) && !!p.country && p.kind === "person" && p.role === "GOV");
  const before = ctx.history.filter((p) => p.end < i - 1 && ctx.s.index - p.sentence <= 3 && joinable(p));
  for (let k = before.length - 1; k > 0; k--) {
    const p = before[k] as ActorPhrase;
    const q = before[k - 1] as ActorPhrase;
    if (ctx.s.index - p.sentence > 1) break;
    const joined = p.start === q.end + 1 || (p.start === q.end + 2 && tok(ctx, q.end + 1).lower === "the");
    const apart = byActor ? p.code !== q.code : p.country !== q.country;
    if (joined && tok(ctx, q.end).lower === "and" && apart) return [q, p];
  }
  // The two sides of the story's latest talks, when they fit ("the two sides also agreed to …").
  const table = ctx.talkingPair;
  // ("Biden and Xi met … the two countries would open talks": leaders of the talks stand for their
  // countries, as above.)
  if (!all && table && table.every((p) => joinable(p) && p.end < i - 1)) return [...table];
  const counts = new Map<string, { n: number; last: ActorPhrase }>();
  const keyOf = (p: ActorPhrase) => (byActor ? p.code : (p.country as string));
  for (const p of ctx.history) {
    if (p.end >= i - 1 || !fitting(p)) continue;
    const c = counts.get(keyOf(p));
    counts.set(keyOf(p), { n: (c?.n ?? 0) + 1, last: p });
  }
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n || b.last.start - a.last.start);
  const [first, second] = ranked;
  if (all && first && first.n >= 3 && (!second || first.n >= 2 * second.n)) {
    // (That country named as a state, else none: the story's focus then names it.)
    const state = ctx.history.findLast(
      (p) => p.end < i - 1 && p.kind === "state" && keyOf(p) === keyOf(first.last),
    );
    return state ? [state] : null;
  }
  // A literal, not `map`: V8's optimised `map` returns a holey array, a second kind for every reader.
  if (!first || !second) return null;
  return second.last.start < first.last.start ? [second.last, first.last] : [first.last, second.last];
}

/** Object forms that name the target directly after the verb or its preposition ("thanked him"). */
const OBJECT_PRONOUNS = new Set(["him", "her", "them"]);
const AIM_PREPS = new Set(["at", "against", "toward", "towards"]);
/** Words after an object "it" that make it a party charged or appealed to. */
const PARTY_IT_NEXT = new Set(["of", "for", "to"]);

function objectPronoun(ctx: SentenceContext, from: number, to: number, sourceCodes: Set<string>): Reference {
  // Outside the loop: a closure reads it (a per-iteration binding costs a context per token).
  let i = from;
  for (; i < Math.min(to, from + 3); i++) {
    const t = tok(ctx, i);
    if (ctx.actors.some((p) => p.start === i)) return NONE;
    // "fired at it": "it" after a preposition of aim is a party ("signed it" is a thing); so is "it"
    // before the "of", "for" or "to" of a charge or an appeal ("accusing it of supporting terrorism",
    // "blamed it for the attack", "urged it to withdraw").
    const aimedAt =
      t.lower === "it" &&
      (AIM_PREPS.has(tok(ctx, i - 1)?.lower ?? "") || PARTY_IT_NEXT.has(tok(ctx, i + 1)?.lower ?? ""));
    if ((!OBJECT_PRONOUNS.has(t.lower) && !aimedAt) || t.pos !== "PRON") continue;
    // "Russia, which has bases in both countries, urged them to settle": "them" after a pair named
    // in its sentence is that pair.
    const pair = t.lower === "them" ? pairBefore(ctx, i, sourceCodes) : null;
    if (pair) return { phrases: pair, text: t.text, how: "pair", pair: true };
    const p = resolvePronoun(ctx, i, sourceCodes);
    if (!p) return NONE;
    // "expelled the diplomats of Chile and Peru and accused them of interference": "them" after
    // coordinated actors is all of them.
    if (t.lower === "them") {
      const group = coordinatedGroup(ctx, p).filter((q) => !sourceCodes.has(q.code));
      if (group.length > 1) return { phrases: group, text: t.text, how: "pronoun" };
    }
    return { phrases: [p], text: t.text, how: "pronoun" };
  }
  return NONE;
}

/** p with the actors coordinated to its left ("Chile and Peru"), in its own sentence or an earlier one. */
function coordinatedGroup(ctx: SentenceContext, p: ActorPhrase): ActorPhrase[] {
  const out = [p];
  let current = p;
  for (;;) {
    const prev = joinedBefore(ctx, current.start, out.length, (end) =>
      ctx.history.find((q) => q.end === end && q.sentence === p.sentence && usable(q)),
    );
    if (!prev) break;
    out.unshift(prev);
    current = prev;
  }
  return out;
}

/** The pair named by "both countries" or "the two sides" before token i in its sentence, unless it holds the source. */
function pairBefore(ctx: SentenceContext, i: number, sourceCodes: Set<string>): ActorPhrase[] | null {
  for (let k = i - 1; k > ctx.s.tokenStart; k--) {
    const kind = PAIR_NOUNS.get(tok(ctx, k).lower);
    const quantifier = tok(ctx, k - 1)?.lower;
    if (
      kind === undefined ||
      EACH_NOUNS.has(tok(ctx, k).lower) ||
      (quantifier !== "both" && quantifier !== "two")
    )
      continue;
    const byActor = PERSON_PAIRS.has(tok(ctx, k).lower);
    // (Any two parties but the source's: "both countries" may have been named by their troops.)
    const countries = new Set([...sourceCodes].map((c) => c.slice(0, 3)));
    const pair = namedPair(ctx, k, null, byActor, false, countries);
    if (!pair || pair.some((p) => (byActor ? sourceCodes.has(p.code) : countries.has(p.country ?? ""))))
      return null;
    return pair;
  }
  return null;
}

/** Verbs of obligation before "to" that make a group finite: "had to withdraw", "needs to stop". */
const HAVE_TO = new Set(["have", "need", "ought"]);

/** "it is possible to …", "it was reported that …": a dummy subject refers to nothing. */
const CONTROL_PREDICATES = new Set(
  "ready prepared willing unwilling able unable eager keen poised set going reluctant".split(" "),
);

const LOCATIVE_PREPS = new Set(["in", "at", "near", "inside", "outside", "across"]);

/**
 * "the French military in Rwanda": a country named after another actor and a locative preposition
 * places that actor; it is not the subject. ("Opposition groups in Zimbabwe", with no actor before
 * the preposition, keep the country.)
 */
function locatedAfterNoun(ctx: SentenceContext, p: ActorPhrase): boolean {
  const prep = tok(ctx, p.start - 1);
  // "US forces in Iraq and Syria": a place coordinated with a located one is located too.
  if (prep?.lower === "and" || prep?.text === ",") {
    const q = ctx.actors.find(
      (a) => a.end === p.start - 1 && a.kind === "state" && a.sentence === p.sentence,
    );
    return !!q && locatedAfterNoun(ctx, q);
  }
  if (!prep || !LOCATIVE_PREPS.has(prep.lower)) return false;
  if (ctx.actors.some((q) => q.end === p.start - 1 && q.sentence === p.sentence && usable(q))) return true;
  // "a drone attack on a base in Jordan killed …": the place of a thing named before is no agent.
  const before = tok(ctx, p.start - 2);
  return before?.pos === "NOUN" && !phraseCovering(ctx.actors, p.start - 2);
}

/** Particles a phrasal verb puts before its object ("shot down five aircraft"). */
const PARTICLES = new Set(["down", "up", "off", "out"]);

function isExpletive(ctx: SentenceContext, i: number): boolean {
  if (tok(ctx, i).lower !== "it") return false;
  const next = tok(ctx, i + 1);
  if (next?.lemma !== "be") return false;
  for (let j = i + 2; j < Math.min(ctx.s.tokenEnd, i + 6); j++) {
    const t = tok(ctx, j);
    // "it is prepared to impose", "it is going to": a control predicate keeps "it" referential.
    if (CONTROL_PREDICATES.has(t.lower)) return false;
    if (t.lower === "to" || t.lower === "that") return true;
    if (!(t.pos === "ADJ" || t.pos === "ADV" || t.pos === "PART" || t.pos === "VERB" || t.pos === "DET"))
      return false;
  }
  return false;
}

function headOfGroupBefore(ctx: SentenceContext, g: VerbGroup): VerbGroup | undefined {
  let prev: VerbGroup | undefined;
  for (const h of ctx.groups) if (h.head < g.first) prev = h;
  return prev;
}

/**
 * Does a clause of its own, with its own subject, open between tokens `from` and `to`: a ", and",
 * ", but", a semicolon, a subordinator or a relative pronoun ("…, while Oman's foreign minister, …")?
 */
function ownClauseBetween(ctx: SentenceContext, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) {
    const t = tok(ctx, i);
    if (t.text === ";" || isSubordinator(t) || RELATIVES.has(t.lower)) return true;
    if ((t.lower === "and" || t.lower === "but") && tok(ctx, i - 1)?.text === ",") return true;
  }
  return false;
}

/** Is group h inside a relative clause opened after a comma (", which the Houthis have attacked")? */
function inCommaRelative(ctx: SentenceContext, h: VerbGroup): boolean {
  for (let i = h.first - 1; i > ctx.s.tokenStart; i--) {
    const w = tok(ctx, i).lower;
    if (w === ",") return false;
    if (COMMA_RELATIVES.has(w) && tok(ctx, i - 1)?.text === ",") return true;
  }
  return false;
}

/** A plain past verb with an object after it, of a list of acts: "…, told Iran's ambassador …". */
function listedVerb(ctx: SentenceContext, g: VerbGroup): boolean {
  const head = tok(ctx, g.head);
  if (g.first !== g.head || g.passive || g.participle || g.infinitive || head.lower === head.lemma)
    return false;
  const next = tok(ctx, g.head + 1);
  // ("…, demanded that Condé be released": a clause for object.)
  return (
    !!next &&
    (next.pos === "PROPN" ||
      next.pos === "NOUN" ||
      next.pos === "DET" ||
      next.pos === "PRON" ||
      next.lower === "that")
  );
}

/** A verb right after a relative pronoun that follows a noun ("the first time that had happened"). */
function relativeVerb(ctx: SentenceContext, h: VerbGroup): boolean {
  const w = tok(ctx, h.first - 1);
  // ("the Swiss envoy, who represents US interests": past the comma of a relative set off.)
  const comma = tok(ctx, h.first - 2)?.text === ",";
  const noun = tok(ctx, h.first - (comma ? 3 : 2));
  return (
    !!w && RELATIVES.has(w.lower) && w.lower !== "whose" && (noun?.pos === "NOUN" || noun?.pos === "PROPN")
  );
}

/** The lemma of the finite verb before group h's object (up to ten words back), or "". */
function governingLemma(ctx: SentenceContext, h: VerbGroup): string {
  const gov = ctx.groups.findLast((x) => x.head < h.first && h.first - x.head <= 10);
  return gov ? tok(ctx, gov.head).lemma : "";
}

/** A group of one bare verb in its base form ("mediate" after "help"). */
export function bareForm(ctx: SentenceContext, g: VerbGroup): boolean {
  return bareGroup(ctx.at, g);
}

/** "what it called", "what Kyiv described": the verb of a free relative, its subject right after "what". */
function freeRelativeVerb(ctx: SentenceContext, h: VerbGroup): boolean {
  for (let i = h.first - 1; i >= Math.max(ctx.s.tokenStart, h.first - 4); i--) {
    const w = tok(ctx, i);
    if (w.lower === "what") return true;
    if (w.pos !== "PRON" && w.pos !== "PROPN" && w.pos !== "NOUN" && w.pos !== "DET") return false;
  }
  return false;
}

/** The last finite verb group before `g` (before token `limit`, when given); no reduced relative. */
function finiteBefore(ctx: SentenceContext, g: VerbGroup, limit = g.first): VerbGroup | undefined {
  let found: VerbGroup | undefined;
  for (const h of ctx.groups) if (h.head < limit && !h.participle && !h.infinitive && !h.reduced) found = h;
  return found;
}

/**
 * "that Condé be released", "that Russia pay compensation": a verb group in the base form right
 * after its subject in a that-clause.
 */
function subjunctive(ctx: SentenceContext, h: VerbGroup): boolean {
  const first = tok(ctx, h.first);
  const base = first.lower === "be" || (h.first === h.head && first.lower === first.lemma);
  if (!base || h.infinitive || h.modal) return false;
  for (let i = h.first - 1; i > ctx.s.tokenStart && i >= h.first - 6; i--) {
    const w = tok(ctx, i);
    if (w.lower === "that") return true;
    if (w.pos !== "PROPN" && w.pos !== "NOUN" && w.pos !== "DET" && w.pos !== "ADJ" && w.pos !== "PRON")
      return false;
  }
  return false;
}

/** Relative pronouns that open a clause between commas. */
const COMMA_RELATIVES = new Set(["who", "whose", "which", "whom", "where"]);

/**
 * ", which had capped enrichment, and …": where the relative clause between commas that closes
 * with the comma before the conjunction at `conjunction` opens (its comma), or -1.
 */
function relativeBeforeComma(ctx: SentenceContext, conjunction: number): number {
  if (tok(ctx, conjunction - 1)?.text !== ",") return -1;
  for (let i = conjunction - 2; i > ctx.s.tokenStart && i > conjunction - 30; i--) {
    const t = tok(ctx, i);
    if (t.text === ";") return -1;
    if (t.text !== ",") continue;
    return COMMA_RELATIVES.has(tok(ctx, i + 1)?.lower ?? "") ? i : -1;
  }
  return -1;
}

/** Nouns of deciding and intending whose possessor does the infinitive after them. */
const CONTROL_NOUNS = new Set(
  "decision plan plans move bid attempt attempts intention intent order orders offer pledge promise threat refusal readiness effort efforts call calls demand".split(
    " ",
  ),
);

/** "France's decision to recall", "Manila's plan to build": the actor owning the noun before "to". */
function nounController(ctx: SentenceContext, g: VerbGroup, depth = 0): ActorPhrase | null {
  const to = tok(ctx, g.first);
  // ("France's decision to recall its ambassador and pull its troops out": the same owner.)
  if (to?.lower !== "to") {
    const and = tok(ctx, g.first - 1)?.lower;
    if (depth > 0 || (and !== "and" && and !== "or")) return null;
    const before = ctx.groups.findLast((h) => h.head < g.first - 1 && h.infinitive);
    return before && g.first - before.head <= 8 ? nounController(ctx, before, depth + 1) : null;
  }
  let n = g.first - 1;
  if (!CONTROL_NOUNS.has(tok(ctx, n)?.lower ?? "")) return null;
  n--;
  while (n > ctx.s.tokenStart && tok(ctx, n).pos === "ADJ") n--;
  const mark = tok(ctx, n)?.lower;
  if (mark !== "'s" && mark !== "’s") return null;
  const owner = ctx.actors.find((p) => p.end === n && usable(p));
  return owner ?? null;
}

/** Prepositions after which a gerund's subject is the governing verb's object ("accused X of Ving"). */
const OBJECT_CONTROL_PREPS = new Set(["of", "for", "from"]);
/** Infinitives of purpose whose doer is the governing verb's subject: "summoned X to lodge a protest". */
const PURPOSE_PROTESTS = new Set(["lodge", "protest", "express", "convey", "voice", "complain"]);
/** Verbs of calling an envoy in, whose purpose infinitive is the caller's own act. */
const SUMMONING = new Set(["summon", "call"]);

/** -ing words that introduce a list or a condition, not an act of the main clause's subject. */
const NOT_ADJUNCTS = new Set(["including", "excluding", "regarding", "concerning", "following", "pending"]);

/** Acts of speaking: as an "-ing" adjunct they belong to whoever speaks in the main clause. */
const SPEAKING = new Set([
  "say",
  "add",
  "urge",
  "call",
  "warn",
  "accuse",
  "insist",
  "stress",
  "note",
  "describe",
  "refer",
  "cite",
  "claim",
  "vow",
  "promise",
  "pledge",
  "ask",
  "demand",
  "appeal",
  "express",
  "praise",
  "blame",
  "condemn",
  "announce",
]);

/**
 * The clause an "-ing" adjunct after a comma belongs to: an act of speaking belongs to the main
 * clause ("Kyiv said …, urging the UN to act"), any other act to the clause it follows
 * ("Ukraine said Russia struck Kyiv, killing five").
 */
export function mainClauseOf(ctx: SentenceContext, g: VerbGroup): VerbGroup | undefined {
  if (!g.participle || tok(ctx, g.first - 1)?.text !== "," || NOT_ADJUNCTS.has(tok(ctx, g.head).lower))
    return undefined;
  const finite = ctx.groups.filter(
    (h) =>
      h.head < g.first &&
      !h.participle &&
      !h.infinitive &&
      !inRanges(h.head, ctx.quoted) &&
      !inRanges(h.head, ctx.nested),
  );
  // ("X said Y had struck Z, accusing …": a speaking adjunct is the speaker's. "Qatar faced isolation, a
  // day after four states broke off relations, accusing it …": a clause of time between is the nearer.)
  const first = finite[0];
  // ("security forces intercepted a boat as it tried to land …, killing eight": not the verb of an
  // adverbial clause, but the one it hangs on.)
  let last = finite.at(-1);
  for (let k = finite.length - 1; k > 0 && last && adverbialClauseVerb(ctx, last); k--) last = finite[k - 1];
  if (!SPEAKING.has(tok(ctx, g.head).lemma) || !first || !last) return last;
  if (SPEECH_VERBS.has(tok(ctx, first.head).lemma)) return first;
  for (let i = first.head + 1; i < last.first; i++)
    if (TIME_OPENERS.has(tok(ctx, i).lower) && tok(ctx, i - 1)?.lower === "day") return last;
  return first;
}

/** Conjunctions that open an adverbial clause: "as it tried to land", "when they reached the border". */
const ADVERBIAL_OPENERS = new Set([
  "as",
  "when",
  "while",
  "because",
  "since",
  "although",
  "though",
  "until",
  "whereas",
]);
/** Parts of speech of a short subject between an adverbial conjunction and its verb: "as it", "when the troops". */
const SHORT_SUBJECT = new Set(["PRON", "DET", "NOUN", "PROPN", "ADJ", "NUM"]);

/** Is h the verb of an adverbial clause ("as it tried")? Its subject of at most four words follows the conjunction. */
function adverbialClauseVerb(ctx: SentenceContext, h: VerbGroup): boolean {
  let i = h.first - 1;
  while (i > h.first - 5 && SHORT_SUBJECT.has(tok(ctx, i)?.pos ?? "")) i--;
  return i < h.first - 1 && ADVERBIAL_OPENERS.has(tok(ctx, i)?.lower ?? "");
}

/** What may stand before a fronted "by -ing" adjunct: its clause's start. */
const FRONTED_BY_OPENERS = new Set(["that", ",", "and", "but"]);

/**
 * The finite verb of the clause a fronted "by -ing" adjunct opens ("that by hosting X, the Taliban
 * had violated …": "violated"), or undefined when g is no such gerund.
 */
function frontedByAdjunct(ctx: SentenceContext, g: VerbGroup): VerbGroup | undefined {
  if (!g.participle || tok(ctx, g.first - 1)?.lower !== "by") return undefined;
  const opener = tok(ctx, g.first - 2);
  if (g.first - 1 !== ctx.s.tokenStart && !FRONTED_BY_OPENERS.has(opener?.lower ?? "")) return undefined;
  let comma = g.head + 1;
  while (comma < Math.min(ctx.s.tokenEnd, g.head + 15) && tok(ctx, comma).text !== ",") comma++;
  if (tok(ctx, comma)?.text !== ",") return undefined;
  return ctx.groups.find(
    (h) => h.first > comma + 1 && !h.participle && !h.infinitive && h.first <= comma + 6,
  );
}

/** Words that open a clause of time offset from another: "a day after …", "a day before …". */
const TIME_OPENERS = new Set(["after", "before"]);

/** The first phrase ending at token i or covering it (a loop: findSubject asks for every token it walks back over). */
function phraseCovering(actors: readonly ActorPhrase[], i: number): ActorPhrase | undefined {
  for (const p of actors) if (p.end - 1 === i || (p.start <= i && i < p.end)) return p;
  return undefined;
}

/** Does a verb group have its head at token i? */
function headsGroup(groups: readonly VerbGroup[], i: number): boolean {
  for (const h of groups) if (h.head === i) return true;
  return false;
}

const OBJECT_START = new Set(["DET", "PRON", "NOUN", "PROPN", "ADJ", "NUM"]);

/**
 * "Bangkok said the mines had been laid, recalled its ambassador and expelled the envoy": a finite
 * verb right after the comma that cannot continue the reported clause's own verb (that verb is a
 * copula, or is passive while this one takes an object) is the speaker's next act.
 */
export function commaCoordinated(ctx: SentenceContext, g: VerbGroup, comma: number): boolean {
  const next = ctx.groups.find((h) => h.first > comma);
  if (!next || next.first !== comma + 1 || next.participle || next.infinitive || next.passive) return false;
  if (next.first !== next.head || !tok(ctx, next.head).lower.endsWith("ed")) return false;
  const before = ctx.groups.filter((h) => h.head < comma).at(-1);
  if (!before) return false;
  // "said the mines were new, recalled …": a copula clause (no verb group of its own) reported.
  if (before === g) {
    for (let k = g.head + 2; k < comma; k++)
      if (tok(ctx, k).lemma === "be" && tok(ctx, k).pos === "AUX") return true;
    return false;
  }
  // ("Kyiv said Russia shelled Kharkiv, killed five people": an active verb's list stays reported.)
  if (tok(ctx, before.head).lemma === "be") return true;
  return before.passive && OBJECT_START.has(tok(ctx, next.head + 1)?.pos ?? "");
}

/**
 * "Cambodia denied planting mines, saying the soldiers had strayed …, and downgraded relations": a
 * finite verb after ", and" that closes a comma-led -ing adjunct joins the main verb before that adjunct.
 */
function afterAdjunct(ctx: SentenceContext, g: VerbGroup): VerbGroup | undefined {
  if (tok(ctx, g.first - 2)?.text !== "," || g.participle || g.first !== g.head) return undefined;
  const adjunct = ctx.groups.findLast(
    (h) => h.head < g.first && h.participle && tok(ctx, h.first - 1)?.text === ",",
  );
  if (!adjunct) return undefined;
  return ctx.groups.findLast((h) => h.head < adjunct.first && !h.participle && !h.infinitive && !h.reduced);
}

/**
 * The position of the first object-control preposition after verb group `prev` and before `and`
 * ("accused Rwanda of commanding … and of deploying"): where its object ends; -1 when there is none.
 */
function firstControlled(ctx: SentenceContext, prev: VerbGroup, and: number): number {
  for (let i = prev.head + 1; i < and; i++) {
    if (OBJECT_CONTROL_PREPS.has(tok(ctx, i).lower) && tok(ctx, i + 1)?.lower.endsWith("ing")) return i;
  }
  return -1;
}

/** The -ing modifier of a subject noun ("fighting in Yemen") between tokens `at` and `limit`, if any. */
function modifierGroupBefore(ctx: SentenceContext, at: number, limit: number): VerbGroup | undefined {
  for (const h of ctx.groups) if (h.reduced && h.participle && h.head < at && limit > at) return h;
  return undefined;
}

/**
 * The subject of a verb group: the nearest actor phrase to its left in the same clause.
 * Skips comma-delimited relative clauses; follows relative pronouns to their antecedent;
 * a verb coordinated with an earlier one ("launched … and captured") shares its subject.
 */
/** Verbs of going somewhere, whose infinitive of purpose may come after where and when. */
const MOTION_VERBS = new Set(["travel", "go", "fly", "come", "arrive", "head", "return", "sail", "drive"]);

export function findSubject(ctx: SentenceContext, g: VerbGroup, depth = 0): Reference {
  const { s } = ctx;
  // "The Security Council adopted a resolution condemning Russia": what a document says, its
  // author (the subject of the verb that issued it) says.
  if (g.participle && depth < 3 && DOCUMENT_NOUNS.has(tok(ctx, g.first - 1)?.lower ?? "")) {
    const issuing = headOfGroupBefore(ctx, g);
    if (issuing) {
      const author = findSubject(ctx, issuing, depth + 1);
      if (author.phrases.length) return { ...author, how: "document" };
    }
  }
  // "an officer killed by gunmen": a reduced relative's subject is the noun it follows, or none.
  if (g.reduced) {
    const noun = ctx.actors.find((p) => p.end === g.first && usable(p));
    return noun ? { phrases: withCoordinated(ctx, noun), text: noun.text, how: "reduced-relative" } : NONE;
  }
  // "vowed to end the war", "in addition to providing weapons": the complement shares the governing verb's subject.
  const before = tok(ctx, g.first - 1);
  const prev = headOfGroupBefore(ctx, g);
  // "denied sending troops": a gerund right after a verb is its complement.
  const gerund =
    g.participle && (before?.pos === "ADP" || tok(ctx, g.first).lower === "to" || prev?.head === g.first - 1);
  // "North Korea confirmed it had sent troops to Russia, saying …": an -ing clause after a comma
  // is an adjunct of the main clause and shares its subject, not the nearest noun's.
  const main = depth < 3 ? mainClauseOf(ctx, g) : undefined;
  if (main) {
    const shared = findSubject(ctx, main, depth + 1);
    if (shared.phrases.length) return { ...shared, how: "adjunct" };
  }
  // "said that by hosting and sheltering the al-Qaeda leader, the Taliban had violated the deal": a
  // fronted "by -ing" adjunct shares the subject of the clause it opens, after its comma.
  const fronted = depth < 3 ? frontedByAdjunct(ctx, g) : undefined;
  if (fronted) {
    const shared = findSubject(ctx, fronted, depth + 1);
    if (shared.phrases.length) return { ...shared, how: "adjunct" };
  }
  // "summoned China's ambassador on Monday to lodge a strong protest": a protest is lodged by whoever
  // summoned, however far the infinitive of purpose stands from its verb.
  if (
    depth < 3 &&
    g.infinitive &&
    PURPOSE_PROTESTS.has(tok(ctx, g.head).lemma) &&
    prev &&
    SUMMONING.has(tok(ctx, prev.head).lemma) &&
    !prev.infinitive &&
    g.first - prev.head <= 12
  ) {
    const shared = findSubject(ctx, prev, depth + 1);
    if (shared.phrases.length) return { ...shared, how: "controller" };
  }
  // "accused Pakistan of violating", "prevented Iran from building": the object controls the gerund.
  if (gerund && prev && OBJECT_CONTROL_PREPS.has(before?.lower ?? "")) {
    // ("accused Rwanda of commanding M23 operations and of deploying troops": a second "of" after
    // "and" is controlled by the object before the first.)
    const controlled =
      tok(ctx, g.first - 2)?.lower === "and" ? firstControlled(ctx, prev, g.first - 2) : g.first - 1;
    const object = ctx.actors.find((p) => p.start > prev.head && p.end === controlled && usable(p));
    if (object) return { phrases: withCoordinated(ctx, object), text: object.text, how: "object-control" };
  }
  // "hailed France's decision to recall its ambassador": the possessor of a noun of deciding or
  // intending does what it decided, not the subject of the verb that governs the noun.
  if (g.infinitive || SUBJECT_SHARING_CONJUNCTIONS.has(tok(ctx, g.first - 1)?.lower ?? "")) {
    const owner = nounController(ctx, g);
    if (owner) return { phrases: withCoordinated(ctx, owner), text: owner.text, how: "noun-controller" };
  }
  // ("offered to help mediate": a bare infinitive after "help" shares the subject of "help".)
  if (
    depth < 3 &&
    prev &&
    prev.head === g.first - 1 &&
    tok(ctx, prev.head).lemma === "help" &&
    bareForm(ctx, g)
  ) {
    const shared = findSubject(ctx, prev, depth + 1);
    if (shared.phrases.length) return { ...shared, how: "controller" };
  }
  // ("would have to prepare" has a modal of its own: a finite group, with its own subject; so has
  // "had to withdraw", whose group starts at its finite "had".)
  const finiteHave =
    g.infinitive && HAVE_TO.has(tok(ctx, g.first)?.lemma ?? "") && tok(ctx, g.first + 1)?.lower === "to";
  if (depth < 3 && prev && (g.infinitive || gerund) && !g.modal && !finiteHave) {
    // ("would travel to the region in the coming days to meet …": a journey's purpose may stand
    // past the place and time it goes to.)
    const reach = MOTION_VERBS.has(tok(ctx, prev.head).lemma) ? 12 : 5;
    if (g.infinitive ? g.first - prev.head <= reach : true) {
      const shared = findSubject(ctx, prev, depth + 1);
      if (shared.phrases.length) return { ...shared, how: "controller" };
    }
  }
  // "Bangkok said the mines had been laid, recalled its ambassador …": the speaker's next act.
  if (depth < 3 && before?.text === ",") {
    const speech = ctx.groups.find((h) => h.head < g.first && SPEECH_VERBS.has(tok(ctx, h.head).lemma));
    if (speech && commaCoordinated(ctx, speech, g.first - 1)) {
      const shared = findSubject(ctx, speech, depth + 1);
      if (shared.phrases.length) return { ...shared, how: "speech-coordination" };
    }
  }
  // "Islamabad recalled its ambassador from Tehran, told Iran's ambassador not to come back, and …":
  // a past verb right after a comma that closes a clause of its own shares that clause's subject.
  if (depth < 3 && before?.text === "," && listedVerb(ctx, g)) {
    let last = finiteBefore(ctx, g);
    // ("condemned what it called an attempted coup, demanded …": the verb of a free relative is
    // inside the object; the listed verb joins the one before it.)
    while (last && freeRelativeVerb(ctx, last)) last = finiteBefore(ctx, g, last.first);
    // (Not past a clause break: "Maduro blamed X, and the attorney general, Tarek Saab, accused …".)
    if (
      last &&
      !last.passive &&
      last.head < g.first - 2 &&
      !inCommaRelative(ctx, last) &&
      !ownClauseBetween(ctx, last.head, g.first)
    ) {
      const shared = findSubject(ctx, last, depth + 1);
      if (shared.phrases.length && shared.phrases.every((p) => p.end <= last.first))
        return { ...shared, how: "coordination" };
    }
  }
  // "ISIL had attacked Iraq and taken Mosul": a verb right after "and" shares the subject of the
  // verb before it (the nearest noun to its left is that verb's object, not its subject).
  // ("Beijing said it would cooperate but turned down a request": "but" joins verbs the same way.)
  // ("rammed a vehicle into the post and then stormed it", "ignored warnings and deliberately collided
  // with the vessel": "then" or another adverb after the conjunction changes nothing.)
  const conjunction =
    (before?.lower === "then" || before?.pos === "ADV") && tok(ctx, g.first - 2)?.lower !== ","
      ? tok(ctx, g.first - 2)
      : before;
  if (depth < 3 && prev && SUBJECT_SHARING_CONJUNCTIONS.has(conjunction?.lower ?? "") && !g.infinitive) {
    // "accused Pakistan of violating the deal and said …": a finite verb joins the finite verb
    // before it, not the gerund or infinitive that verb governs.
    // "Pakistan said civilians were killed and claimed to …": a speech verb joins the earlier speech verb.
    // "… said Yoon had committed insurrection and demanded that he resign": a plain past verb after a
    // backshifted reported verb ("had committed") continues the narrative, i.e. the speech verb's clause.
    const speech = ctx.groups.find((h) => h.head < g.first && SPEECH_VERBS.has(tok(ctx, h.head).lemma));
    // ("pulled the United States out of the deal, which had capped enrichment, and reimposed
    // sanctions": the verb joins the one before the relative clause between commas.)
    const relative = relativeBeforeComma(ctx, g.first - 1);
    let reported = relative >= 0 ? finiteBefore(ctx, g, relative) : finiteBefore(ctx, g);
    // ("said five missiles came down in its zone, the first time that had happened, and lodged …": a
    // relative clause's verb is no verb to join.)
    while (reported && relativeVerb(ctx, reported) && hasCommaBetween(ctx, reported.head, g.first))
      reported = finiteBefore(ctx, g, reported.first);
    // ("demanded that Condé be released unconditionally and threatened sanctions": a past verb
    // joins no subjunctive of a that-clause before it, but the verb that governs the clause.)
    if (reported && subjunctive(ctx, reported) && tok(ctx, g.head).lower !== tok(ctx, g.head).lemma)
      reported = finiteBefore(ctx, g, reported.first) ?? reported;
    // ("let the passengers go unharmed but kept the pilot": nor the bare infinitive after "let",
    // "make" or "help" — the past joins the verb that governs it.)
    while (
      reported &&
      bareForm(ctx, reported) &&
      BARE_COMPLEMENT_VERBS.has(governingLemma(ctx, reported)) &&
      tok(ctx, g.head).lower !== tok(ctx, g.head).lemma
    )
      reported = finiteBefore(ctx, g, reported.first);
    // Only verbs that take a clause or a complement ("demanded that", "vowed to"): "had attacked Kursk
    // and killed civilians" shares its auxiliary instead.
    const lemma = tok(ctx, g.head).lemma;
    // ("The Elysee said Algiers bore responsibility … and called on Algiers to …": a verbal act after a
    // plain past in the speech verb's clause is the speaker's too.)
    const saidAct = SAYING_ACTS.has(lemma) && !!speech && !!reported && reported.head > speech.head;
    const backshifted =
      !!reported &&
      reported !== speech &&
      (reported.first < reported.head || saidAct) &&
      g.first === g.head &&
      tok(ctx, g.head).lower.endsWith("ed") &&
      (GOVERNORS.has(lemma) || SAYING_ACTS.has(lemma));
    const speechBefore = SPEECH_VERBS.has(lemma) || backshifted ? speech : undefined;
    const joined = speechBefore ?? afterAdjunct(ctx, g) ?? (g.participle ? prev : (reported ?? prev));
    let shared = findSubject(ctx, joined, depth + 1);
    // "said the building had been hit by missiles fired from jets and promised a harsh response":
    // weapons promise nothing; a verb of saying or committing joins the speech verb instead.
    // ("said the missile had been made in Russia and summoned Russia's ambassador": nor do they summon.)
    if (
      speech &&
      joined !== speech &&
      !WEAPON_VERBS.has(lemma) &&
      shared.phrases.length > 0 &&
      shared.phrases.every(isWeapon)
    ) {
      const speaker = findSubject(ctx, speech, depth + 1);
      if (speaker.phrases.length) shared = { ...speaker, how: "speech-coordination" };
    }
    // Coordinated with the speech verb itself, the verb is outside what that verb reports.
    if (shared.phrases.length)
      return { ...shared, how: speechBefore ? "speech-coordination" : "coordination" };
    // "balloons crossed into its airspace and forced …": no actor did the first verb, nor the second.
    if (joined === prev && !g.participle) return NONE;
  }
  // "France, Britain and Qatar are among the countries that have flown in aid": the relative clause
  // of a group its copula's subject is counted in is that subject's act.
  const counted = countedIn(ctx, g);
  if (counted) return { phrases: withCoordinated(ctx, counted), text: counted.text, how: "counted-in" };
  // "In a statement, the army said … The statement urged the public to remain calm": a definite
  // statement saying, urging or warning is its author's, the story's latest speaker.
  const author = documentAuthor(ctx, g);
  if (author) return { phrases: [author], text: tok(ctx, g.first - 1).text, how: "document" };
  const ownNest = ctx.nested.find(([a, b]) => g.head > a && g.head < b);
  // Outside the loop: a closure reads it (a per-iteration binding costs a context per token).
  let i = g.first - 1;
  for (; i >= s.tokenStart; i--) {
    if (!ownNest && inRanges(i, ctx.nested)) continue;
    const t = tok(ctx, i);
    const phrase = phraseCovering(ctx.actors, i);
    // "the French military in Rwanda helped": a place after a locative preposition modifies the subject.
    if (phrase && usable(phrase) && phrase.kind === "state" && locatedAfterNoun(ctx, phrase)) {
      i = phrase.start - 1;
      continue;
    }
    // "The Saudi-led coalition fighting in Yemen said": the phrase of an -ing modifier of the subject
    // is not the subject.
    const modifier = phrase && usable(phrase) ? modifierGroupBefore(ctx, phrase.start, g.first) : undefined;
    if (modifier) {
      i = modifier.head;
      continue;
    }
    // "Russian troops, alongside North Korean soldiers, attacked": the partner is not the subject.
    if (phrase && usable(phrase) && coAgent(ctx, phrase.start)) {
      i = phrase.start - 1;
      continue;
    }
    // "Russia's ambassador to the United States said …": where an envoy is posted is not the subject.
    if (phrase && usable(phrase) && postedTo(ctx, phrase.start)) {
      i = phrase.start - 1;
      continue;
    }
    // "An Israeli strike on a suburb of Beirut killed …": where an attack fell is not who attacked.
    if (phrase && usable(phrase) && inAttackTarget(ctx, phrase.start)) {
      i = phrase.start - 1;
      continue;
    }
    // "voiced solidarity with Vilnius and urged …": the object of a preposition is no subject.
    const prep = phrase
      ? tok(ctx, phrase.start - (tok(ctx, phrase.start - 1)?.pos === "DET" ? 2 : 1))
      : undefined;
    // ("…, with Ukraine calling the strikes a war crime": an absolute "with X -ing" names the -ing
    // verb's own subject.)
    const absolute = g.participle && prep?.lower === "with" && phrase?.end === g.first;
    if (
      phrase &&
      usable(phrase) &&
      !g.passive &&
      prep?.pos === "ADP" &&
      OBJECT_PREPS.has(prep.lower) &&
      !absolute
    ) {
      i = phrase.start - 1;
      continue;
    }
    // "pagers exploded across Lebanon, killing 12 people": a country where something happened is
    // not who did the adjunct's act.
    if (phrase?.kind === "state" && g.participle && WHERE_PREPS.has(prep?.lower ?? "")) {
      i = phrase.start - 1;
      continue;
    }
    if (phrase && usable(phrase)) {
      // "The two leaders agreed": a pair noun the dictionary reads as an agent is the pair named before.
      const pairOfAgents = phrase.kind === "agent" ? pairAntecedent(ctx, phrase.end - 1) : null;
      if (pairOfAgents)
        return {
          phrases: pairOfAgents,
          text: `${tok(ctx, phrase.end - 2).text} ${tok(ctx, phrase.end - 1).text}`,
          how: "pair",
          pair: true,
        };
      // "Russia, Iran's main ally, sent troops": a possessor in an apposition is not the subject;
      // the actor the apposition describes is.
      const described = appositionHead(ctx, phrase, g.first);
      if (described) return { phrases: [described], text: described.text, how: "subject" };
      return { phrases: withCoordinated(ctx, phrase), text: phrase.text, how: "subject" };
    }
    // "Israeli strikes killed 20 civilians": a country adjective on an attack noun heading the subject.
    if (phrase?.modifierOnly && phrase.country && attackNounHead(ctx, phrase.end, g.first))
      return { phrases: [phrase], text: phrase.text, how: "attack-noun" };
    // "Chinese vessels rammed a Philippine boat": a country's ships act for it.
    if (
      phrase?.modifierOnly &&
      phrase.kind === "state" &&
      phrase.country &&
      vesselHead(ctx, phrase.end, g.first)
    )
      return { phrases: [phrase], text: phrase.text, how: "vessel-noun" };
    const pair = phrase ? null : pairAntecedent(ctx, i);
    if (pair) return { phrases: pair, text: `${tok(ctx, i - 1).text} ${t.text}`, how: "pair", pair: true };
    if (FIRST_PERSON.has(t.lower) && ctx.quoteSpeaker && inRanges(i, ctx.quoted)) {
      return { phrases: [ctx.quoteSpeaker], text: t.text, how: "quote-speaker" };
    }
    if (
      t.pos === "PRON" &&
      (PERSON_PRONOUNS.has(t.lower) || THING_PRONOUNS.has(t.lower) || PLURAL_PRONOUNS.has(t.lower))
    ) {
      if (isExpletive(ctx, i)) return NONE;
      const group = PLURAL_PRONOUNS.has(t.lower) ? coordinatedAntecedent(ctx, i) : null;
      if (group) return { phrases: group, text: t.text, how: "pronoun" };
      const p = resolvePronoun(ctx, i);
      return p ? { phrases: [p], text: t.text, how: "pronoun" } : NONE;
    }
    if (RELATIVES.has(t.lower) && (tok(ctx, i - 1)?.text === "," || i === g.first - 1)) {
      const antecedent = ctx.actors.find((p) => p.end === i || p.end === i - 1);
      // "a critic of NATO who has praised Putin": "who" after "of" and a body takes up the person before "of".
      if (
        antecedent &&
        t.lower === "who" &&
        (antecedent.kind === "organisation" || antecedent.kind === "state") &&
        tok(ctx, antecedent.start - 1)?.lower === "of"
      ) {
        // ("Georgescu, a critic of NATO who …": the person that noun stands in apposition to.)
        const person = ctx.actors.findLast(
          (p) =>
            p.kind === "person" &&
            p.end < antecedent.start - 1 &&
            p.sentence === ctx.s.index &&
            tok(ctx, p.end)?.text === "," &&
            usable(p),
        );
        return person && antecedent.start - person.end <= 5
          ? { phrases: [person], text: person.text, how: "relative" }
          : NONE;
      }
      if (antecedent && usable(antecedent))
        return { phrases: [antecedent], text: antecedent.text, how: "relative" };
      // "the militant group that has seized parts of Iraq": the subject is a noun that names no
      // actor; an actor further left is not it.
      const before = tok(ctx, i - 1);
      if (i === g.first - 1 && t.lower !== "what" && (before?.pos === "NOUN" || before?.pos === "PROPN")) {
        // ("an American drone strike near Baghdad's airport that killed …": an attack noun's country.)
        const author = ctx.actors.findLast(
          (p) =>
            ((p.modifierOnly && p.kind === "state") || (isWeapon(p) && p.text.includes(" "))) &&
            !!p.country &&
            p.end <= i &&
            i - p.end <= 10 &&
            attackNounHead(ctx, p.end, g.first),
        );
        return author ? { phrases: [author], text: author.text, how: "attack-noun" } : NONE;
      }
    }
    if (t.text === ";" || (isSubordinator(t) && !RELATIVES.has(t.lower))) break;
    // "summoned X after dozens of balloons crossed …": the clause after "after" has its own subject.
    if (CLAUSE_PREPOSITIONS.has(t.lower) && i < g.first - 1) break;
    // "told his council that the strikes had hit …": the clause's own subject names no actor.
    if (t.lower === "that" && i < g.first - 1 && nounBefore(ctx, g.first)) return NONE;
    if (t.pos === "VERB" && headsGroup(ctx.groups, i)) {
      // ("Russian troops guarding the plant shelled …": a modifier of the subject is no clause of its own.)
      if (ctx.groups.some((h) => h.head === i && h.reduced && h.participle && !h.passive)) continue;
      const joined = tok(ctx, g.first - 1);
      if (depth < 2 && (joined?.lower === "and" || joined?.lower === "or")) {
        const prev = headOfGroupBefore(ctx, g);
        if (prev) return { ...findSubject(ctx, prev, depth + 1), how: "coordination" };
      }
      break;
    }
  }
  return NONE;
}

/**
 * The actor an apposition between commas right before the verb describes, when the phrase found is
 * that apposition's possessor: "Russia, Iran's main ally, sent …" → Russia.
 */
function appositionHead(ctx: SentenceContext, phrase: ActorPhrase, verbStart: number): ActorPhrase | null {
  const mark = tok(ctx, phrase.end)?.text;
  if (mark !== "'s" && mark !== "\u2019s") return null;
  if (tok(ctx, phrase.start - 1)?.text !== "," || tok(ctx, verbStart - 1)?.text !== ",") return null;
  for (let i = phrase.end + 1; i < verbStart - 1; i++) {
    const t = tok(ctx, i);
    if (t.pos === "VERB" || t.pos === "AUX" || t.text === "," || RELATIVES.has(t.lower)) return null;
  }
  const head = ctx.actors.find((p) => p.end === phrase.start - 1 && usable(p) && !p.modifierOnly);
  return head ?? null;
}

/** Verbal acts a speaker goes on to perform after what it said: "said … and described X as Y". */
const SAYING_ACTS = new Set([
  "describe",
  "call",
  "accuse",
  "blame",
  "condemn",
  "denounce",
  "urge",
  "reject",
  "criticise",
  "criticize",
  // ("said Russia's security services had warned Belgrade, and thanked them": the speaker thanks.)
  "thank",
  "praise",
  "welcome",
  "congratulate",
  "commend",
  // ("said five missiles had come down in its zone … and lodged a protest": the speaker protests.)
  "lodge",
  "protest",
  "summon",
]);

/** Words that open a clause of their own when a verb follows their noun phrase. */
const CLAUSE_PREPOSITIONS = new Set(["after", "before", "until", "since"]);

/** Prepositions whose object is never the subject of the verb after it. */
const OBJECT_PREPS = new Set(["with", "against", "at", "on", "into", "toward", "towards", "near"]);
/** Prepositions of where something happened: "across Lebanon", "in Kabul", "throughout the country". */
const WHERE_PREPS = new Set(["in", "across", "throughout", "inside"]);

/** Nouns of an armed attack that, as a subject, stand for whoever made it. */
const ATTACK_NOUNS = new Set(
  (
    "strike strikes airstrike airstrikes attack attacks shelling bombardment bombardments raid raids " +
    "bombing bombings offensive fire barrage barrages assault"
  ).split(" "),
);

/** Do the words from `from` up to the verb group at `verb` end in an attack noun ("air strikes", "drone attack")? */
function attackNounHead(ctx: SentenceContext, from: number, verb: number): boolean {
  // ("The Pakistani strikes early on Thursday hit villages": past a time between noun and verb.)
  verb = startOfTimeBefore(ctx, verb, from + 1);
  if (verb <= from) return false;
  // "An Israeli strike on a suburb of Beirut killed …": the attack noun, then where it fell.
  let end = verb;
  // ("an American drone strike near Baghdad's airport that killed …": through a place and a
  // relative pronoun too.)
  const relative = RELATIVES.has(tok(ctx, verb - 1)?.lower ?? "") && tok(ctx, verb - 1)?.lower !== "whose";
  const last = relative ? verb - 1 : verb;
  if (relative && ATTACK_NOUNS.has(tok(ctx, verb - 2)?.lower ?? "")) end = verb - 1;
  for (let i = from + 1; i < Math.min(last, from + 4); i++) {
    if (!ATTACK_TARGET_PREPS.has(tok(ctx, i).lower) || !ATTACK_NOUNS.has(tok(ctx, i - 1).lower)) continue;
    const between = ctx.at.tokens.slice(i + 1, last);
    if (
      between.length <= 8 &&
      between.every((t) => ["DET", "ADJ", "NOUN", "PROPN", "ADP", "NUM"].includes(t.pos) || t.lower === "'s")
    )
      end = i;
    break;
  }
  if (end - from > 3) return false;
  for (let i = from; i < end - 1; i++) if (!["NOUN", "ADJ", "PROPN"].includes(tok(ctx, i).pos)) return false;
  return ATTACK_NOUNS.has(tok(ctx, end - 1).lower);
}

/** Words that lead a time in: "early on Thursday", "late on Monday", "on Friday". */
const TIME_LEAD_INS = new Set(["on", "in", "at", "early", "late", "overnight"]);

/**
 * Where a time that ends right before token `end` starts, with the words leading it in ("early on
 * Thursday"), never before `floor`; `end` itself when no time ends there. For a noun whose verb
 * follows a time: "The strike on Monday destroyed …".
 */
export function startOfTimeBefore(ctx: SentenceContext, end: number, floor: number): number {
  const time = ctx.times.find((t) => t.tokenEnd === end && t.tokenStart >= floor);
  if (!time) return end;
  let start = time.tokenStart;
  while (start > floor && TIME_LEAD_INS.has(tok(ctx, start - 1).lower)) start--;
  return start;
}

/** Is the phrase starting at `start` the object of "to" after an agent ("X's ambassador to the UN")? */
function postedTo(ctx: SentenceContext, start: number): boolean {
  let i = start - 1;
  if (ARTICLES.has(tok(ctx, i)?.lower ?? "")) i--;
  // ("the US embassy for Yemen": "for" as well as "to".)
  if (tok(ctx, i)?.lower !== "to" && tok(ctx, i)?.lower !== "for") return false;
  const before = ctx.actors.find((q) => q.end === i && q.kind === "agent");
  return (
    !!before &&
    usable(before) &&
    (tok(ctx, i).lower === "to" || ENVOY_POSTS.has(tok(ctx, before.end - 1)?.lower ?? ""))
  );
}

/** Agents posted somewhere, whose "for X" is the post: "the US embassy for Yemen". */
const ENVOY_POSTS = new Set(["embassy", "ambassador", "envoy", "mission", "representative"]);

/** Is the phrase starting at `start` inside "ATTACK-NOUN on/against …" (a noun phrase at most 8 words long)? */
function inAttackTarget(ctx: SentenceContext, start: number): boolean {
  for (let i = start - 1; i > ctx.s.tokenStart && start - i <= 8; i--) {
    const t = tok(ctx, i);
    if (ATTACK_TARGET_PREPS.has(t.lower)) return ATTACK_NOUNS.has(tok(ctx, i - 1)?.lower ?? "");
    if (!["DET", "ADJ", "NOUN", "PROPN", "ADP", "NUM"].includes(t.pos)) return false;
  }
  return false;
}

/** Nouns of ships: a country's adjective on them names who acts ("Chinese vessels"). */
const VESSEL_NOUNS = new Set("vessel vessels ship ships boat boats".split(" "));

/** Are the words from `from` to the verb (at most three) a noun phrase headed by a ship noun? */
function vesselHead(ctx: SentenceContext, from: number, verb: number): boolean {
  let end = verb;
  while (end > from && tok(ctx, end - 1).pos === "ADV") end--;
  if (end - from > 3 || end <= from) return false;
  for (let i = from; i < end - 1; i++) if (!["NOUN", "ADJ"].includes(tok(ctx, i).pos)) return false;
  return VESSEL_NOUNS.has(tok(ctx, end - 1).lower);
}

/** Prepositions of where an attack fell, between an attack noun heading a subject and its verb. */
const ATTACK_TARGET_PREPS = new Set(["on", "against", "near"]);

/**
 * "A drone attack killed three soldiers", "a rocket hit a house": an indefinite subject headed by an
 * attack or weapon noun that names no actor (the one who fired it is not said).
 */
export function instrumentSubject(ctx: SentenceContext, g: VerbGroup): boolean {
  let i = g.first - 1;
  while (i > ctx.s.tokenStart && tok(ctx, i).pos === "ADV") i--;
  const head = tok(ctx, i);
  if (head?.pos !== "NOUN" || phraseCovering(ctx.actors, i)) return false;
  if (!(ATTACK_NOUNS.has(head.lower) || WEAPON.test(head.lower))) return false;
  // Indefinite only: "the strikes" takes up strikes told before, whose author is known.
  let j = i - 1;
  while (j > ctx.s.tokenStart && ["NOUN", "ADJ", "PROPN"].includes(tok(ctx, j).pos)) j--;
  const det = tok(ctx, j)?.lower;
  return det === "a" || det === "an";
}

/** Is the word right before a verb group (adverbs aside) a common noun, the head of its subject? */
function nounBefore(ctx: SentenceContext, first: number): boolean {
  let i = first - 1;
  while (i > ctx.s.tokenStart && tok(ctx, i).pos === "ADV") i--;
  return tok(ctx, i)?.pos === "NOUN" && !phraseCovering(ctx.actors, i);
}

/** "fired missiles at Israel": weapons are instruments, never the target (as subjects they stand for forces). */
const WEAPON = /missile|rocket|drone|jet|warplane|tank|bomber|aircraft|artillery|shell/;

/** What a missile, a drone or a shell can do of itself: "the missile hit a grain dryer and killed two men". */
const WEAPON_VERBS = new Set([
  "hit",
  "strike",
  "kill",
  "injure",
  "wound",
  "destroy",
  "damage",
  "land",
  "fall",
  "explode",
  "crash",
  "fly",
  "cross",
  "enter",
  "violate",
  "reach",
  "target",
  "travel",
  "carry",
  "set",
  "start",
  "cause",
  "flatten",
  "level",
  "spark",
  "ignite",
]);

export function isWeapon(p: ActorPhrase): boolean {
  return p.kind === "agent" && p.entries.some((e) => e.startsWith("agent:") && WEAPON.test(e));
}

/** Prepositions whose object is not the target of the verb ("in August", "for years"). */
const NON_TARGET_PREPS = new Set([
  "in",
  "at",
  "during",
  "since",
  "from",
  "after",
  "before",
  "over",
  "of",
  "by",
  // "pressed on despite US objections", "amid Chinese pressure": circumstances, not targets.
  "despite",
  "amid",
  "amidst",
  "like",
  "unlike",
]);

/** Buildings that stand for the body they house: "the parliament building", "the army headquarters". */
const PREMISES = new Set([
  "building",
  "buildings",
  "headquarters",
  "compound",
  "offices",
  "premises",
  "residence",
]);

/** Documents that speak for whoever issues them: "a resolution condemning Russia". */
/** Verbs a statement does as its author would: say, urge, warn, call, demand, accuse. */
const DOCUMENT_ACTS = new Set([
  "say",
  "urge",
  "warn",
  "call",
  "demand",
  "accuse",
  "add",
  "appeal",
  "condemn",
  "deny",
]);
/** Determiners of a statement already told: "the statement", "its communique". */
const KNOWN_DOCUMENT = new Set(["the", "this", "its", "their"]);

/** The story's latest speaker, when the subject of g is a known statement right before it ("The statement urged …"). */
const COUNTING_RELATIVES = new Set(["that", "which", "who"]);
const GROUP_NOUN_TAGS = new Set(["DET", "ADJ", "NUM", "NOUN"]);

/**
 * "France, Britain and Qatar are among the countries that have flown in aid", "Jordan was one of the
 * first states to recognise it": the subject of the copula before "among" or "one of", when g is
 * the relative clause or infinitive of the group counted.
 */
function countedIn(ctx: SentenceContext, g: VerbGroup): ActorPhrase | null {
  let end: number;
  if (g.infinitive && tok(ctx, g.first)?.lower === "to") end = g.first;
  else if (COUNTING_RELATIVES.has(tok(ctx, g.first - 1)?.lower ?? "")) end = g.first - 1;
  else return null;
  let i = end - 1;
  const floor = Math.max(ctx.s.tokenStart, end - 7);
  let noun = false;
  while (i > floor && GROUP_NOUN_TAGS.has(tok(ctx, i).pos)) {
    if (tok(ctx, i).pos === "NOUN") noun = true;
    i--;
  }
  if (!noun) return null;
  let copula: number;
  if (tok(ctx, i)?.lower === "among") copula = i - 1;
  else if (tok(ctx, i)?.lower === "of" && tok(ctx, i - 1)?.lower === "one") copula = i - 2;
  else return null;
  // ("were also among")
  if (tok(ctx, copula)?.pos === "ADV") copula--;
  if (tok(ctx, copula)?.lemma !== "be") return null;
  return ctx.actors.find((p) => p.end === copula && usable(p)) ?? null;
}

function documentAuthor(ctx: SentenceContext, g: VerbGroup): ActorPhrase | null {
  if (g.passive || g.infinitive || g.participle || !DOCUMENT_ACTS.has(tok(ctx, g.head).lemma)) return null;
  const noun = tok(ctx, g.first - 1);
  if (noun?.pos !== "NOUN" || !DOCUMENT_NOUNS.has(noun.lower)) return null;
  if (!KNOWN_DOCUMENT.has(tok(ctx, g.first - 2)?.lower ?? "")) return null;
  if (g.first - 2 !== ctx.s.tokenStart && tok(ctx, g.first - 3)?.text !== ",") return null;
  const speaker = ctx.lastSpeaker;
  return speaker && usable(speaker) ? speaker : null;
}

const DOCUMENT_NOUNS = new Set([
  "resolution",
  "resolutions",
  "statement",
  "declaration",
  "motion",
  "communique",
  "communiqué",
  "letter",
  "decree",
]);

/** Event nouns a singular role noun can modify: "a general strike", "a military election". */
const MODIFIED_EVENT_NOUNS = new Set(["strike", "election", "elections", "amnesty", "assembly"]);

/** Is p the verb's direct object (only determiners, adjectives and numbers before it, no possessive 's after)? */
function directObject(ctx: SentenceContext, from: number, p: ActorPhrase): boolean {
  for (let i = from; i < p.start; i++) if (!["DET", "ADJ", "NUM"].includes(tok(ctx, i).pos)) return false;
  const next = tok(ctx, p.end)?.lower;
  return next !== "'s" && next !== "\u2019s";
}

/** Quantity heads whose "of" opens the noun phrase that is the real object: "thousands of Afghans". */
const QUANTITY_NOUNS = new Set([
  "dozens",
  "hundreds",
  "thousands",
  "millions",
  "tens",
  "scores",
  "number",
  "group",
  "groups",
  "handful",
  "couple",
  "barrage",
  "salvo",
  "wave",
  "waves",
  "series",
  "several",
  "some",
  "many",
  "most",
  "all",
  "dozen",
  "hundred",
  "thousand",
]);

/** "dozens of protesters", "a barrage of missiles", "12 of the soldiers": an "of" after a quantity. */
export function isPartitiveOf(ctx: SentenceContext, prep: number): boolean {
  if (tok(ctx, prep)?.lower !== "of") return false;
  const head = tok(ctx, prep - 1);
  return !!head && (head.pos === "NUM" || QUANTITY_NOUNS.has(head.lower));
}

/** The word before token i, past numbers and determiners ("for two Brazilian men" → "for"). */
/** The word before token `i`, skipping numbers and determiners ("to the two countries" → "to"). */
export function wordBefore(ctx: SentenceContext, i: number): string {
  let k = i - 1;
  while (k > ctx.s.tokenStart && (tok(ctx, k).pos === "NUM" || tok(ctx, k).pos === "DET")) k--;
  return tok(ctx, k)?.lower ?? "";
}

/** "applied together with Finland", "along with Britain", "alongside Russian forces": a partner in the act, not its target. */
function coAgent(ctx: SentenceContext, start: number): boolean {
  let i = start - 1;
  if (tok(ctx, i)?.pos === "DET") i--;
  const word = tok(ctx, i)?.lower;
  if (word === "alongside") return true;
  const before = tok(ctx, i - 1)?.lower;
  return word === "with" && (before === "together" || before === "along");
}

/** The token before `start` and the adjectives or participles that modify it ("its [deported] children"). */
function possessiveBefore(ctx: SentenceContext, start: number): number {
  let i = start - 1;
  while (i > start - 4) {
    const t = tok(ctx, i);
    if (!t || !(t.pos === "ADJ" || (t.pos === "VERB" && t.lower.endsWith("ed")))) break;
    i--;
  }
  return i;
}

/**
 * The target: the first actor phrase after the verb (or after the preposition a pattern names)
 * that is not the source and not part of an attribution.
 */
/** Where "the N as a …" starts its description after the object noun in [from, to), else `to`. */
function describedFrom(ctx: SentenceContext, from: number, to: number): number {
  if (tok(ctx, from)?.pos !== "DET") return to;
  for (let i = from + 1; i < Math.min(to - 1, from + 6); i++) {
    const t = tok(ctx, i);
    if (
      t.lower === "as" &&
      tok(ctx, i - 1)?.pos === "NOUN" &&
      ["a", "an", "the"].includes(tok(ctx, i + 1)?.lower ?? "")
    )
      return i;
    if (t.pos === "VERB" || t.pos === "PUNCT") break;
  }
  return to;
}

/** Prepositions of what a stance or policy is aimed at: "policy towards Iran". */
const DIRECTION_PREPS = new Set(["towards", "toward"]);

/** Is the noun right before token `prep` owned by another country's adjective ("Saudi policy towards")? */
function ownedNounBefore(ctx: SentenceContext, prep: number, sourceCountries: Set<string>): boolean {
  if (tok(ctx, prep - 1)?.pos !== "NOUN") return false;
  return ctx.actors.some(
    (p) =>
      p.modifierOnly &&
      p.kind === "state" &&
      !!p.country &&
      !sourceCountries.has(p.country) &&
      (p.end === prep - 1 || (p.end === prep - 2 && tok(ctx, prep - 2)?.pos === "ADJ")),
  );
}

/** Verbs whose object is whom they address: "urged its citizens to leave", "advised its nationals". */
const ADDRESSING_VERBS = new Set(["urge", "advise", "tell", "warn", "ask", "call", "instruct", "encourage"]);

export function findTarget(
  ctx: SentenceContext,
  from: number,
  to: number,
  sourceCodes: Set<string>,
  prep: string | null,
  /** "sending North Korean troops to Russia", "sent extra police to New Caledonia": forces of the source's own country are the theme, not the target. */
  skipOwnForces = false,
  /** A preposition whose object may be the target without being preferred ("attend a summit in Switzerland"). */
  alsoAllow: string | null = null,
): Reference {
  const sourceCountries = new Set([...sourceCodes].map((c) => c.slice(0, 3)));
  const pronoun = objectPronoun(ctx, from, to, sourceCodes);
  if (pronoun.phrases.length) return pronoun;
  // "opened a criminal case against him": a pronoun right after the pattern's own preposition.
  if (prep) {
    for (let i = from; i < to - 1; i++) {
      if (tok(ctx, i).lower !== prep) continue;
      const after = objectPronoun(ctx, i + 1, i + 2, sourceCodes);
      if (after.phrases.length) return after;
      break;
    }
  }
  // "urged both sides to show restraint": the pair of parties named before.
  const between = tok(ctx, from)?.lower === "between";
  for (let i = from; i < Math.min(to, from + (between ? 4 : 3)); i++) {
    // (A pair holding the source itself is the story's sides as counted wrongly: left to the story rules.)
    const pair = pairAntecedent(ctx, i, between);
    // (A pair of actors — "the two camps" — may share the source's country, not its code.)
    const byActor = PERSON_PAIRS.has(tok(ctx, i).lower);
    if (
      pair &&
      !pair.some((p) =>
        byActor ? sourceCodes.has(p.code) : sourceCountries.has(p.country ?? p.code.slice(0, 3)),
      )
    )
      return { phrases: pair, text: `${tok(ctx, i - 1).text} ${tok(ctx, i).text}`, how: "pair", pair: true };
  }
  // "welcomed the decision as a victory for the Palestinian cause": past the object's "as", a
  // description, not a party.
  const described = describedFrom(ctx, from, to);
  const candidates = ctx.actors.filter(
    (p) =>
      p.start >= from &&
      p.start < to &&
      p.start < described &&
      usable(p) &&
      !ctx.excluded.has(p.start) &&
      // ("lifted restrictions on US defence cooperation with Azerbaijan": the source's own country
      // named before a noun modifies it.)
      !(p.kind === "state" && sourceCountries.has(p.country ?? "") && tok(ctx, p.end)?.pos === "NOUN"),
  );
  const ordered = prep
    ? [...candidates.filter((p) => tok(ctx, p.start - 1)?.lower === prep), ...candidates]
    : candidates;
  // "issued arrest warrants for two Brazilian men": the pattern's preposition before a country
  // adjective on its noun names the target before any actor further on does.
  if (prep && !candidates.some((p) => tok(ctx, p.start - 1)?.lower === prep)) {
    const adjective = ctx.actors.find(
      (p) =>
        p.modifierOnly &&
        !!p.country &&
        !sourceCountries.has(p.country) &&
        p.start >= from &&
        p.start < to &&
        tok(ctx, p.end)?.pos === "NOUN" &&
        wordBefore(ctx, p.start) === prep,
    );
    if (adjective) return { phrases: [adjective], text: adjective.text, how: "object-adjective" };
  }
  // "shot down five Indian aircraft": with nobody else on the receiving end, another country's
  // weapons as the direct object stand for that country.
  const weapon = candidates.find(
    (p) =>
      isWeapon(p) &&
      !!p.country &&
      !p.entries.some((e) => e.startsWith("context:")) &&
      !sourceCountries.has(p.country) &&
      ctx.at.tokens
        .slice(from, p.start)
        .every((t) => (t.pos !== "ADP" || (t.i === from && PARTICLES.has(t.lower))) && t.pos !== "VERB"),
  );
  for (const p of ordered) {
    // ("shot down a Russian Su-24 bomber …, the first time that a NATO member has downed …": nobody
    // past a comma after that object is.)
    if (weapon && p.start > weapon.end && hasCommaBetween(ctx, weapon.end, p.start)) break;
    if (sourceCodes.has(p.code) || isWeapon(p)) continue;
    // "intelligence sharing", "military training": a singular role noun before an activity noun
    // modifies it ("refugees fleeing" is a plural with its participle).
    const next = tok(ctx, p.end);
    if (
      p.kind === "agent" &&
      (next?.pos === "NOUN" || next?.pos === "VERB") &&
      (next.lower.endsWith("ing") || MODIFIED_EVENT_NOUNS.has(next.lower)) &&
      !tok(ctx, p.end - 1).lower.endsWith("s")
    )
      continue;
    // "Russia massed troops on the border": bare forces given the source's own country by guess
    // are its own, the theme of the act.
    if (
      p.role === "MIL" &&
      p.entries.includes("context:country") &&
      sourceCountries.has(p.code.slice(0, 3)) &&
      directObject(ctx, from, p)
    )
      continue;
    // "withdraw its troops", "the return of its deported children": the source's own forces or people
    // after a possessive (and, for role nouns, its modifiers) are the theme.
    // ("jailing its opponents": a state's own critics are whom it acts on, never its theme.)
    // ("urged its citizens to leave": the people a side addresses are whom it appeals to.)
    if (
      POSSESSIVE_DETERMINERS.has(
        tok(ctx, p.kind === "agent" ? possessiveBefore(ctx, p.start) : p.start - 1)?.lower ?? "",
      ) &&
      sourceCountries.has(p.code.slice(0, 3)) &&
      p.role !== "OPP" &&
      !(p.role === "CVL" && ADDRESSING_VERBS.has(tok(ctx, from - 1)?.lemma ?? ""))
    )
      continue;
    if (
      skipOwnForces &&
      (p.role === "MIL" || p.role === "COP") &&
      (sourceCountries.has(p.code.slice(0, 3)) || sourceCodes.size === 0 || p.kind === "agent")
    )
      continue;
    const before = tok(ctx, p.start - 1);
    const before2 = tok(ctx, p.start - 2);
    const prepBefore =
      before?.pos === "ADP" ? before : before?.pos === "DET" && before2?.pos === "ADP" ? before2 : null;
    if (
      prepBefore &&
      NON_TARGET_PREPS.has(prepBefore.lower) &&
      prepBefore.lower !== prep &&
      !isPartitiveOf(ctx, prepBefore.i) &&
      prepBefore.lower !== alsoAllow &&
      !isArena(ctx, prepBefore.i) &&
      !isAuthorOfAct(ctx, prepBefore.i) &&
      !isOustedOf(ctx, prepBefore.i)
    )
      continue;
    // ("criticised Saudi policy towards Iran": whose the policy is, not whom it is aimed at.)
    if (
      prepBefore &&
      DIRECTION_PREPS.has(prepBefore.lower) &&
      ownedNounBefore(ctx, prepBefore.i, sourceCountries)
    )
      continue;
    if (prep !== "alongside" && coAgent(ctx, p.start)) continue;
    return { phrases: withCoordinatedRight(ctx, p, to), text: p.text, how: "object" };
  }
  if (weapon) return { phrases: [weapon], text: weapon.text, how: "object-weapon" };
  return adjectiveOfObject(ctx, from, to, sourceCountries, prep);
}

/** Is one of tokens from … to-1 a comma? */
export function hasCommaBetween(ctx: SentenceContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tok(ctx, i).text === ",") return true;
  return false;
}

/** Nouns of a communicative act whose author, after "by"/"from", is who the verb answers. */
const ACT_NOUNS = new Set([
  "call",
  "demand",
  "proposal",
  "offer",
  "request",
  "appeal",
  "plan",
  "ultimatum",
  "invitation",
  "criticism",
  "accusation",
  "charge",
  "claim",
  "statement",
  "remark",
  "comment",
  "warning",
  "threat",
  "initiative",
  "overture",
  "decision",
  "move",
  "pledge",
  "promise",
  "announcement",
  "order",
  "suggestion",
]);

/** Nouns of a holder leaving office: "demanded the resignation of the prime minister" targets the holder. */
const OUSTING_NOUNS = new Set(["resignation", "ouster", "removal", "dismissal", "impeachment", "sacking"]);

/** Nouns of belonging to a body: "froze its participation in the CSTO" acts on the body. */
const MEMBERSHIP_NOUNS = new Set(["participation", "membership", "seat", "accession"]);

/**
 * "the resignation of X", "its participation in the CSTO": the "of" after a noun of leaving office
 * and the "in" after a noun of membership name whom the act is about.
 */
function isOustedOf(ctx: SentenceContext, prep: number): boolean {
  const word = tok(ctx, prep).lower;
  const noun = tok(ctx, prep - 1)?.lower ?? "";
  return (
    (word === "of" && OUSTING_NOUNS.has(noun)) ||
    ((word === "in" || word === "to") && MEMBERSHIP_NOUNS.has(noun))
  );
}

/** "rejected calls by Kofi Annan", "welcomed an offer from Qatar": the author of the act is the target. */
function isAuthorOfAct(ctx: SentenceContext, prep: number): boolean {
  const l = tok(ctx, prep).lower;
  if (l !== "by" && l !== "from") return false;
  // "the sanctions imposed by the Security Council": past a participle, the deed it names;
  // "a proposal put forward by Egypt": past a participle and its particle.
  const particle =
    PARTICIPLE_PARTICLES.has(tok(ctx, prep - 1)?.lower ?? "") && tok(ctx, prep - 2)?.pos === "VERB" ? 1 : 0;
  const participle =
    l === "by" &&
    tok(ctx, prep - 1 - particle)?.pos === "VERB" &&
    tok(ctx, prep - 2 - particle)?.pos === "NOUN";
  const noun = tok(ctx, participle ? prep - 2 - particle : prep - 1);
  if (noun?.pos !== "NOUN") return false;
  // ("a statement issued by the ministry said": only deeds, not words, past a participle.)
  return participle
    ? DEED_NOUNS.has(noun.lemma) || (particle === 1 && ACT_NOUNS.has(noun.lemma))
    : ACT_NOUNS.has(noun.lemma) || (l === "by" && DEED_NOUNS.has(noun.lemma));
}

/** Deeds whose doer follows "by": "drills by the United States", "strikes by Israel". */
const DEED_NOUNS = new Set(
  "drill exercise manoeuvre maneuver strike airstrike attack raid shelling bombing deployment test launch incursion offensive violation provocation sanction embargo".split(
    " ",
  ),
);

/**
 * "rejected an Australian ultimatum", "condemned the Israeli strikes": with no actor named, a
 * country adjective inside the object noun phrase names the target.
 */
function adjectiveOfObject(
  ctx: SentenceContext,
  from: number,
  to: number,
  own: Set<string>,
  prep: string | null = null,
): Reference {
  // Outside the loop: a closure reads it (a per-iteration binding costs a context per token).
  let i = from;
  for (; i < to; i++) {
    // (A bare role noun as a modifier names nobody, "a general strike", but its building stands
    // for it: "stormed the parliament building".)
    const p = ctx.actors.find(
      (q) =>
        q.start === i &&
        q.modifierOnly &&
        (q.kind !== "agent" ||
          q.entries.some((e) => e.startsWith("country:")) ||
          PREMISES.has(tok(ctx, q.end)?.lower ?? "")),
    );
    if (p) {
      if (p.country && own.has(p.country)) return NONE;
      return { phrases: [p], text: p.text, how: "object-adjective" };
    }
    const t = tok(ctx, i);
    if (t.pos === "DET" || t.pos === "ADJ" || t.pos === "ADV" || t.pos === "NUM") continue;
    // "closed its airspace to Israeli flights": a possessive, and the pattern's own preposition.
    if (t.pos === "PRON" && POSSESSIVE_DETERMINERS.has(t.lower)) continue;
    if ((t.pos === "NOUN" || t.pos === "PROPN") && prep && tok(ctx, i + 1)?.lower === prep) {
      i++;
      continue;
    }
    // "fired at Pakistani posts": the verb's own aimed-at preposition; "carried out": its particle.
    if (i === from && (AIMED_PREPS.has(t.lower) || PARTICLES.has(t.lower))) continue;
    // "fired rockets and shells at Israeli positions": a coordinated direct object.
    if (t.pos === "CCONJ" || (t.pos === "NOUN" && tok(ctx, i + 1)?.pos === "CCONJ")) continue;
    // "fired water cannon at a Philippine vessel": past the direct object, the aimed-at phrase.
    if ((t.pos === "NOUN" || t.pos === "PROPN") && AIMED_PREPS.has(tok(ctx, i + 1)?.lower ?? "")) {
      i++;
      continue;
    }
    if (t.pos === "NOUN" && tok(ctx, i + 1)?.pos === "NOUN") continue;
    // "a barrage of missiles at Ukrainian cities": a quantity's "of" opens the object itself.
    if (isPartitiveOf(ctx, i + 1)) {
      i++;
      continue;
    }
    return NONE;
  }
  return NONE;
}

/** Prepositions whose object is what an act is aimed at. */
const AIMED_PREPS = new Set(["at", "on", "against", "toward", "towards"]);

/** "the war in Ukraine", "the conflict in Gaza": the country of a conflict noun is its target. */
const CONFLICT_NOUNS = new Set([
  "unrest",
  "tensions",
  "protests",
  "situation",
  "war",
  "conflict",
  "fighting",
  "crisis",
  "hostilities",
  "violence",
  "offensive",
  "invasion",
  // What an appeal asks for somewhere: "appealed for calm in Venezuela".
  "calm",
  "restraint",
  "ceasefire",
  "truce",
  "de-escalation",
]);

function isArena(ctx: SentenceContext, prep: number): boolean {
  if (tok(ctx, prep).lower !== "in") return false;
  for (let j = prep - 1; j >= Math.max(ctx.s.tokenStart, prep - 2); j--)
    if (CONFLICT_NOUNS.has(tok(ctx, j).lemma)) return true;
  return false;
}

/** Actor phrases coordinated with p to its right, up to token `to`: "by A and B". */
/** A word that may open a listed noun phrase before its actor: "the", "three", "former". */
function listFiller(t: Token | undefined): boolean {
  return !!t && (ARTICLES.has(t.lower) || t.pos === "NUM" || (t.pos === "ADJ" && t.text === t.lower));
}

/** Parts of speech of the words that may end a listed phrase past its actor: "US Marine Paul Whelan". */
const NAME_OR_NOUN = new Set(["PROPN", "NOUN"]);

/** The preposition that opens the noun phrase of the actor at `start` ("to the Russian-led CSTO"), if any. */
function prepositionBefore(ctx: SentenceContext, start: number): string | null {
  for (let k = start - 1; k >= Math.max(ctx.s.tokenStart, start - 5); k--) {
    const t = tok(ctx, k);
    if (t.pos === "ADP") return t.lower;
    if (t.pos !== "DET" && t.pos !== "ADJ" && t.pos !== "PROPN" && t.text !== "-" && t.lower !== "led")
      return null;
  }
  return null;
}

export function withCoordinatedRight(ctx: SentenceContext, p: ActorPhrase, to: number): ActorPhrase[] {
  const out = [p];
  // "the United States, South Korea and Japan": phrases joined by commas count only once an "and"
  // closes the list ("Hungary's president, Tamás Sulyok, on Tuesday" is an apposition).
  let pending: ActorPhrase[] = [];
  let current = p;
  for (;;) {
    // ("the former US Marine Paul Whelan and …": past the nouns and names of the phrase's head.)
    let end = current.end;
    while (end < current.end + 4 && end < to && NAME_OR_NOUN.has(tok(ctx, end)?.pos ?? "")) end++;
    const comma = tok(ctx, end)?.text === ",";
    // ", and the RSF commander": an Oxford comma before the closing "and".
    const and = tok(ctx, end)?.lower === "and" || (comma && tok(ctx, end + 1)?.lower === "and");
    if (!comma && !and) break;
    let at = end + (comma && and ? 2 : 1);
    // ("appealed to the CSTO and to the UN Security Council": the list's preposition repeated.)
    if (and && tok(ctx, at)?.pos === "ADP" && tok(ctx, at)?.lower === prepositionBefore(ctx, p.start)) at++;
    // ("…, the former US Marine Paul Whelan", "two Americans and three German citizens": an article,
    // a number and lower-case adjectives before the next phrase.)
    let skip = at;
    while (skip < at + 3 && listFiller(tok(ctx, skip))) skip++;
    const next = ctx.actors.find((q) => q.start >= at && q.start <= skip);
    // "the United States, Brazil and other partners": the list closes on a phrase that names nobody.
    if (!next || next.start >= to || !usable(next)) {
      if (and) out.push(...pending);
      break;
    }
    // "struck Afghanistan and Taliban forces responded": a phrase before its own verb opens a clause.
    let after = next.end;
    while (tok(ctx, after)?.pos === "ADV") after++;
    if (ctx.groups.some((g) => g.first === after && !g.participle && !g.infinitive)) break;
    if (and) {
      out.push(...pending, next);
      pending = [];
    } else pending.push(next);
    current = next;
  }
  return out;
}
