/**
 * Shallow syntax over POS tags: verb groups (with voice, negation, modality), clause
 * boundaries, nested relative/appositive clauses and quotations. TABARI-style: no parser.
 */
import type { AnnotatedText, Sentence, Token } from "../nlp/index.js";

/**
 * `s.endsWith(suffix)` written out: the optimiser inlines it, where the builtin is a call for
 * every word these clause tests look at ("-ing", "-ed", "-s").
 */
function endsWith(s: string, suffix: string): boolean {
  const n = s.length - suffix.length;
  if (n < 0) return false;
  for (let k = 0; k < suffix.length; k++) if (s.charCodeAt(n + k) !== suffix.charCodeAt(k)) return false;
  return true;
}

export interface VerbGroup {
  /** The main verb. */
  head: number;
  /** First token of the group (auxiliaries, negation, adverbs included). */
  first: number;
  negated: boolean;
  /** would / could / might / may / should / must / can */
  modal: string | null;
  future: boolean;
  passive: boolean;
  /** "to deploy": the verb is an infinitive complement of something else. */
  infinitive: boolean;
  /** "-ing" form without an auxiliary: a participial or gerund phrase. */
  participle: boolean;
  /** "an officer killed by gunmen": a passive participle after the noun it modifies, with its agent. */
  reduced?: boolean;
}

const COPULAR_VERBS = new Set(["remain", "seem", "appear", "become", "stay", "look", "feel", "sound"]);
const INNER_ADVERBS = new Set(["since", "already", "now", "also", "just", "long"]);
export const QUOTES = new Set(['"', "\u201c", "\u201d", "'", "\u2018", "\u2019"]);
const MODALS = new Set(["would", "could", "might", "may", "should", "must", "can", "'d"]);
const FUTURE = new Set(["will", "shall", "'ll"]);
const NEGATIONS = new Set(["not", "n't", "never", "no"]);
/** Forms of "be" (auxiliary or copula). */
export const BE_FORMS: ReadonlySet<string> = new Set([
  "be",
  "is",
  "are",
  "was",
  "were",
  "been",
  "being",
  "'s",
  "'re",
  "am",
  "get",
  "got",
  "gets",
]);
const IRREGULAR_PARTICIPLE =
  /(en|wn|ne|un|ught|eft|ent|ept|elt|ilt|ound|ung|ade|ood|aid|ot|it|et|ut|ead|id|ed)$/;

function isAux(t: Token, verb: Token): boolean {
  if (t.lower === "to") return t.pos === "PART" || verb.lemma === verb.lower;
  return t.pos === "AUX" || (t.pos === "PART" && NEGATIONS.has(t.lower)) || NEGATIONS.has(t.lower);
}

/** Verb groups in a sentence: runs of auxiliaries / adverbs / negation ending in a main verb. */
export function verbGroups(at: AnnotatedText, s: Sentence): VerbGroup[] {
  const out: VerbGroup[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = at.tokens[i] as Token;
    if (t.pos === "VERB" && !REPORTING_VERBS.has(t.lemma) && isReducedRelative(at, i)) {
      out.push(reducedGroup(i));
      continue;
    }
    if (t.pos === "VERB" && subjectModifier(at, i, s)) {
      out.push({ ...reducedGroup(i), passive: false, participle: true });
      continue;
    }
    if ((t.pos !== "VERB" && !taggedGerund(at, i) && !verbalAdjective(at, i)) || isAdjectival(at, i, s))
      continue;
    // "extends to attacks on Philippine vessels": an -s form after "to" is a plural noun.
    const plural = t.lower !== t.lemma && endsWith(t.lower, "s") && !endsWith(t.lower, "ss");
    if (plural && at.tokens[i - 1]?.lower === "to") continue;
    let first = i;
    let negated = false;
    let modal: string | null = null;
    let future = false;
    let beAux = false;
    let infinitive = false;
    let hasAux = false;
    for (let j = i - 1; j >= s.tokenStart && j >= i - 6; j--) {
      const a = at.tokens[j] as Token;
      // "have since accused", "has already sent": adverbs inside the verb group, whatever their tag.
      const adverb =
        (a.pos === "ADV" && !NEGATIONS.has(a.lower)) ||
        (INNER_ADVERBS.has(a.lower) && at.tokens[j - 1]?.pos === "AUX");
      if (adverb || QUOTES.has(a.text)) continue;
      if (!isAux(a, t)) break;
      first = j;
      if (NEGATIONS.has(a.lower)) negated = true;
      else if (a.lower === "to") infinitive = true;
      else if (MODALS.has(a.lower)) modal = a.lower === "'d" ? "would" : a.lower;
      else if (FUTURE.has(a.lower)) future = true;
      else hasAux = true;
      if (BE_FORMS.has(a.lower) && j === lastAuxBefore(at, i, s)) beAux = true;
    }
    // ("were hit", "was cut", "were hurt": participles spelt as their base form; not "is set to".)
    const sameForm = IRREGULAR_SAME.has(t.lower) && at.tokens[i + 1]?.lower !== "to";
    const passive =
      (beAux && (isParticiple(t) || sameForm)) || (!hasAux && !modal && existentialParticiple(at, i, s));
    const participle = !hasAux && !modal && !future && endsWith(t.lower, "ing");
    // "in addition to providing": "to" before an -ing form is a preposition, not an infinitive marker.
    if (endsWith(t.lower, "ing")) infinitive = false;
    out.push({ head: i, first, negated, modal, future, passive, infinitive, participle });
  }
  return out;
}

/** "a ceasefire announced by Trump": a reduced relative of reporting frames nothing and is no event. */
const REPORTING_VERBS = new Set([
  "say",
  "tell",
  "announce",
  "report",
  "state",
  "declare",
  "describe",
  "publish",
  "quote",
  "cite",
  "confirm",
  "write",
  "broadcast",
  "post",
]);

/** The passive group of a reduced relative: its subject is the noun right before it. */
function reducedGroup(i: number): VerbGroup {
  return {
    head: i,
    first: i,
    negated: false,
    modal: null,
    future: false,
    passive: true,
    infinitive: false,
    participle: false,
    reduced: true,
  };
}

const AIMED = new Set(["at", "on", "into", "upon"]);

/** Verbs the tagger reads as adjectives after a modal: "will close its border", "to open talks". */
const VERBAL_ADJECTIVES = new Set([
  "close",
  "open",
  "clear",
  "free",
  "secure",
  "empty",
  "separate",
  "complete",
]);

function verbalAdjective(at: AnnotatedText, i: number): boolean {
  const t = at.tokens[i] as Token;
  if (t.pos !== "ADJ" || !VERBAL_ADJECTIVES.has(t.lower)) return false;
  const prev = at.tokens[i - 1];
  const next = at.tokens[i + 1];
  const auxiliary = !!prev && (MODALS.has(prev.lower) || FUTURE.has(prev.lower) || prev.lower === "to");
  // An object must follow: "will close its border", not "will be close to".
  return auxiliary && !!next && ["DET", "PRON", "NOUN", "PROPN", "NUM", "ADJ"].includes(next.pos);
}

/** Verbs that take a gerund complement the tagger may read as a noun. */
const GERUND_VERBS = new Set([
  "consider",
  "resume",
  "stop",
  "continue",
  "start",
  "begin",
  "avoid",
  "threaten",
]);

/** Prepositions that take a gerund complement: "accused Russia of opening fire", "fined for helping militants". */
const GERUND_PREPOSITIONS = new Set(["of", "for", "from", "against", "about", "by"]);
const NOT_GERUNDS = new Set([
  "morning",
  "evening",
  "something",
  "nothing",
  "anything",
  "everything",
  "thing",
  "king",
]);

/**
 * "accused Russian forces of opening fire": an -ing word the tagger read as a noun is a gerund
 * when a gerund-taking preposition stands right before it and its own object (not an "of") follows.
 */
function taggedGerund(at: AnnotatedText, i: number): boolean {
  const t = at.tokens[i] as Token;
  if (t.pos !== "NOUN" || !endsWith(t.lower, "ing") || NOT_GERUNDS.has(t.lower)) return false;
  const prev = at.tokens[i - 1];
  const next = at.tokens[i + 1];
  // "would consider closing the border": verbs whose complement is a gerund.
  const gerundVerb = !!prev && prev.pos === "VERB" && GERUND_VERBS.has(prev.lemma);
  if (!prev || !next || !(GERUND_PREPOSITIONS.has(prev.lower) || gerundVerb)) return false;
  // "by firing heavy weapons": an adjective with its noun is an object too; "of firing more than 200
  // rockets", "at least 20 rockets": a comparative quantity opens one.
  const adjectiveObject =
    (next.pos === "ADJ" && at.tokens[i + 2]?.pos === "NOUN") ||
    (["more", "less", "fewer", "over", "nearly", "about", "some", "at"].includes(next.lower) &&
      closesQuantity(at.tokens[i + 2]));
  // "by firing at Pakistani posts": an aimed-at preposition after an act of force.
  if (prev.lower === "by" && AIMED.has(next.lower)) return true;
  return (
    (["DET", "NOUN", "PROPN", "NUM", "PRON"].includes(next.pos) || adjectiveObject) && next.lower !== "of"
  );
}

/**
 * "than", "least" or a number: what follows "more", "at" … in a comparative quantity. (A function
 * of its own: a closure in taggedGerund reading its parameters would cost it a context on every call.)
 */
function closesQuantity(t: Token | undefined): boolean {
  return ["than", "least", "NUM"].some((w) => t?.lower === w || t?.pos === w);
}

/** "There were ten soldiers killed in Ukraine": a participle after the noun of an existential clause is passive. */
function existentialParticiple(at: AnnotatedText, i: number, s: Sentence): boolean {
  const t = at.tokens[i] as Token;
  if (!isParticiple(t) || endsWith(t.lower, "ing")) return false;
  const prev = at.tokens[i - 1];
  if (!prev || !(prev.pos === "NOUN" || prev.pos === "PROPN")) return false;
  for (let j = i - 2; j >= Math.max(s.tokenStart, i - 8); j--) {
    const a = at.tokens[j] as Token;
    if (BE_FORMS.has(a.lower)) return at.tokens[j - 1]?.lower === "there";
    if (a.pos === "VERB" || a.pos === "AUX" || a.text === ",") break;
  }
  return false;
}

/** A verb before token i in its sentence, with no comma or semicolon after it (", state media reported."). */
function finiteBefore(at: AnnotatedText, s: Sentence, i: number): boolean {
  let finite = false;
  for (let j = s.tokenStart; j < i - 1; j++) {
    const a = at.tokens[j] as Token;
    if (a.pos === "VERB" || a.pos === "AUX") finite = true;
    if (a.text === ";" || a.text === ",") finite = false;
  }
  return finite;
}

/** A past-tense verb or an auxiliary right after the prepositional phrases from token `from` (no comma between). */
function verbAfterPhrase(at: AnnotatedText, s: Sentence, from: number): boolean {
  for (let j = from; j < Math.min(s.tokenEnd, from + 8); j++) {
    const a = at.tokens[j] as Token;
    if (a.pos === "AUX") return j > from + 1;
    if (a.pos === "VERB") return j > from + 1 && endsWith(a.lower, "ed") && a.lower !== a.lemma;
    if (!PHRASE_POS.has(a.pos)) return false;
  }
  return false;
}
const PHRASE_POS = new Set(["ADP", "DET", "NOUN", "PROPN", "ADJ", "NUM"]);

/**
 * "compensation to the families of athletes killed at the Munich Games": a participle right after
 * a noun and before a place or time, inside a clause whose verb came earlier, modifies the noun.
 */
function isReducedLocative(at: AnnotatedText, i: number, s: Sentence): boolean {
  const t = at.tokens[i] as Token;
  const prev = at.tokens[i - 1];
  const next = at.tokens[i + 1];
  if (!isParticiple(t) || !prev || !next || !(prev.pos === "NOUN" || prev.pos === "PROPN")) return false;
  if (t.lemma === "say" || t.lemma === "tell") return false;
  // "… a day of mourning for the three men killed.": a participle closing the sentence after a noun.
  if (next.text === "." && prev.pos === "NOUN" && !endsWith(t.lower, "ing")) return finiteBefore(at, s, i);
  // ("a package of arms drawn from US stocks": a participle no past tense shares, before any preposition.)
  const onlyParticiple = /(?:wn|en)$/.test(t.lower) && t.lower !== t.lemma && next.pos === "ADP";
  if (!onlyParticiple && !["in", "at", "during", "on"].includes(next.lower)) return false;
  // "Families of people killed in the crackdown welcomed the arrest": the verb after the phrase is
  // the sentence's; the participle modifies the noun before it.
  if (prev.pos === "NOUN" && !endsWith(t.lower, "ing") && verbAfterPhrase(at, s, i + 1)) return true;
  const after = at.tokens[i + 2]?.lower;
  if (next.lower === "at" && (after === "least" || after === "most")) return false;
  // "as street battles raged in Baghdad": a noun phrase right after a subordinator is a clause's subject.
  if (openerBefore(at, i, s.tokenStart) >= 0) return false;
  let finite = false;
  for (let j = s.tokenStart; j < i - 1; j++) {
    const a = at.tokens[j] as Token;
    if (a.lower === "there") return false;
    if (a.pos === "VERB" || a.pos === "AUX") finite = true;
    if (a.text === ";" || a.text === ",") finite = false;
  }
  return finite;
}

/** "rebels led by HTS", "troops backed by Russia": a participle after a noun, with its agent. */
function isReducedRelative(at: AnnotatedText, i: number): boolean {
  // The agent's "by" follows the participle or its particle (asked of every token of a sentence).
  if (at.tokens[i + 1]?.lower !== "by" && at.tokens[i + 2]?.lower !== "by")
    return afterAgent(at, i) || nounModifier(at, i) || victimParticiple(at, i);
  const t = at.tokens[i] as Token;
  const prev = at.tokens[i - 1];
  // "a proposal put forward by Egypt": a particle may stand before the agent.
  const particle = PARTICIPLE_PARTICLES.has(at.tokens[i + 1]?.lower ?? "") ? 1 : 0;
  const next = at.tokens[i + 1 + particle];
  const base = t.lower === t.lemma && !(particle && IRREGULAR_SAME.has(t.lower));
  if (!prev || !next || next.lower !== "by" || endsWith(t.lower, "ing") || base) return false;
  // "Biden spoke by telephone": a past tense that is no participle heads its own clause.
  // "responded by firing": "by" with a gerund is the means, not a passive's agent.
  const after = at.tokens[i + 2 + particle]?.lower ?? "";
  if (PRETERITES.has(t.lower) || MANNER_NOUNS.has(after) || (endsWith(after, "ing") && after.length > 5))
    return false;
  return prev.pos === "NOUN" || prev.pos === "PROPN";
}

/**
 * "The Saudi-led coalition fighting in Yemen said …": an -ing form right after the noun that opens a
 * sentence, before its first finite verb and with no comma in between, modifies that noun (a reduced
 * relative): it is no clause of its own, and the actors of its phrase are not the sentence's subject.
 */
function subjectModifier(at: AnnotatedText, i: number, s: Sentence): boolean {
  const t = at.tokens[i] as Token;
  const prev = at.tokens[i - 1];
  if (prev?.pos !== "NOUN" && prev?.pos !== "PROPN") return false;
  const next = at.tokens[i + 1];
  if (!next) return false;
  // ("Russian troops guarding the plant shelled …", "drones carrying explosives struck …": an -ing
  // modifier with its object; "troops stationed near the plant shelled …": a participle of where
  // forces are, before a preposition.)
  const located = LOCATED.has(t.lower) && next.pos === "ADP" && next.lower !== "by";
  if (!endsWith(t.lower, "ing") && !located) return false;
  const withObject = located || OBJECT_STARTS.has(next.pos);
  if (!withObject && (next.pos !== "ADP" || next.lower === "to" || next.lower === "of")) return false;
  for (let j = s.tokenStart; j < i; j++) {
    const a = at.tokens[j] as Token;
    // ("The Saudi-led coalition": a hyphened participle is part of a name.)
    const hyphened = at.tokens[j - 1]?.text === "-" && at.tokens[j - 1]?.end === a.start;
    if ((a.pos === "VERB" || a.pos === "AUX") && !hyphened) return false;
    // ("Earlier in the week, soldiers guarding the sit-in exchanged fire": the comma of a fronted
    // adverbial with no verb of its own opens the clause; any other comma or a semicolon ends it.)
    if (a.text === ";" || (a.text === "," && !frontedAdverbial(at, s.tokenStart, j))) return false;
  }
  // A finite verb follows within the sentence, before any comma (not one joined by "and" or "or" to
  // this one: "shelled near the plant and attacked the town" is a clause of its own).
  for (let j = i + 2; j < Math.min(s.tokenEnd, i + 12); j++) {
    const a = at.tokens[j] as Token;
    if (a.text === "," || a.text === ";") return false;
    if (a.pos === "AUX" || (a.pos === "VERB" && !endsWith(a.lower, "ing")))
      return !["and", "or", "but"].includes(at.tokens[j - 1]?.lower ?? "");
  }
  return false;
}

/** Do tokens[from, comma) open their sentence as an adverbial of time or place ("Earlier in the week,")? */
function frontedAdverbial(at: AnnotatedText, from: number, comma: number): boolean {
  const first = at.tokens[from] as Token;
  if (comma - from > 6 || !(first.pos === "ADP" || first.pos === "ADV")) return false;
  for (let j = from; j < comma; j++) if (at.tokens[j]?.text === ",") return false;
  return true;
}

/** Participles of where forces are: "troops stationed near the plant", "units deployed along the border". */
const LOCATED = new Set(["stationed", "deployed", "based", "positioned", "garrisoned", "massed"]);

/** Tags that open an -ing verb's object: "guarding the plant", "carrying explosives", "holding 40 hostages". */
const OBJECT_STARTS = new Set(["DET", "NUM", "ADJ", "NOUN", "PROPN"]);

/** Participles that put a happening on the calendar: "a visit planned for Wednesday". */
const SCHEDULING = new Set(["planned", "scheduled", "slated", "set"]);
/** Participles of purpose: "a provocation meant to escalate the situation", "sanctions aimed at …". */
const PURPOSE = new Set(["meant", "designed", "intended", "aimed"]);
/** Participles of affiliation: "militants linked to al-Qaeda", "groups allied with Iran". */
const AFFILIATION = new Set(["linked", "affiliated", "allied", "tied", "connected", "aligned"]);

/**
 * "called off a visit to Turkey planned for Wednesday", "talks scheduled for next week", "a
 * deliberate provocation meant to escalate the situation", "militants linked to al-Qaeda": a
 * scheduling participle before "for", one of purpose before "to" or "at", or one of affiliation
 * before "to" or "with", right after a noun modifies the noun.
 */
function nounModifier(at: AnnotatedText, i: number): boolean {
  const prev = at.tokens[i - 1]?.pos;
  if (prev !== "NOUN" && prev !== "PROPN") return false;
  const word = at.tokens[i]?.lower ?? "";
  const next = at.tokens[i + 1]?.lower;
  return (
    (SCHEDULING.has(word) && next === "for") ||
    (PURPOSE.has(word) && (next === "to" || next === "at")) ||
    (AFFILIATION.has(word) && (next === "to" || next === "with"))
  );
}

/** Verbs done to people that take an object whenever they are active: "arrested", "kidnapped". */
export const DONE_TO_PEOPLE: ReadonlySet<string> = new Set([
  "arrested",
  "detained",
  "jailed",
  "imprisoned",
  "abducted",
  "kidnapped",
  "sentenced",
  "convicted",
  "wounded",
  "injured",
  "deported",
  "extradited",
  "executed",
  "captured",
]);

/** Nouns of those who do such acts, whose "-ed" verb is their own act: "police arrested on Friday …". */
const AGENT_NOUNS = new Set([
  "police",
  "authorities",
  "forces",
  "troops",
  "army",
  "military",
  "officials",
  "government",
  "agents",
  "militants",
  "gunmen",
  "rebels",
  "guards",
  "officers",
  "soldiers",
  "investigators",
  "prosecutors",
  "court",
  "judge",
  "regime",
  "junta",
]);

/** What may follow a reduced passive relative with no agent: a place, a time or an occasion. */
const AFTER_VICTIM = new Set(["in", "on", "at", "during", "near", "after", "last", "since", "while", "over"]);

/**
 * "Gershkovich, a reporter arrested in Yekaterinburg in March, was sentenced": an act done to people,
 * right after a common noun and followed by a place or time rather than an object, is a reduced
 * passive relative — the noun is who it was done to.
 */
function victimParticiple(at: AnnotatedText, i: number): boolean {
  const t = at.tokens[i] as Token;
  const prev = at.tokens[i - 1];
  if (!DONE_TO_PEOPLE.has(t.lower) || prev?.pos !== "NOUN" || AGENT_NOUNS.has(prev.lower)) return false;
  return AFTER_VICTIM.has(at.tokens[i + 1]?.lower ?? "");
}

/** Nouns' modifiers between "by" and the agent's head: "by six Russian missiles". */
const AGENT_MODIFIERS = new Set(["DET", "NUM", "ADJ", "NOUN", "PROPN"]);

/**
 * "the building had been hit by six missiles fired from F-35 jets": an -ed verb right after a
 * passive's agent, before a preposition, modifies that agent — the clause already has its verb.
 */
function afterAgent(at: AnnotatedText, i: number): boolean {
  const t = at.tokens[i] as Token;
  const prev = at.tokens[i - 1];
  if (!endsWith(t.lower, "ed") || prev?.pos !== "NOUN" || at.tokens[i + 1]?.pos !== "ADP") return false;
  let j = i - 2;
  while (j > i - 6 && AGENT_MODIFIERS.has(at.tokens[j]?.pos ?? "")) j--;
  if (at.tokens[j]?.lower !== "by") return false;
  // The passive's own participle before "by": "hit", "struck", "fired", "attacked" …
  const participle = at.tokens[j - 1];
  return (
    participle?.pos === "VERB" &&
    (endsWith(participle.lower, "ed") ||
      IRREGULAR_SAME.has(participle.lower) ||
      participle.lower !== participle.lemma)
  );
}

/** Particles of a participle before its agent: "put forward by", "drawn up by", "carried out by". */
export const PARTICIPLE_PARTICLES: ReadonlySet<string> = new Set([
  "forward",
  "up",
  "out",
  "down",
  "off",
  "through",
]);
/** Participles spelt as their base form: "put forward by", "set up by"; passive after "be": "were hit". */
const IRREGULAR_SAME = new Set([
  "put",
  "set",
  "cut",
  "hit",
  "hurt",
  "shut",
  "let",
  "cast",
  "upset",
  "spread",
  "burst",
]);

/** "talked by phone", "arrived by plane": "by" with a means, not an agent. */
const MANNER_NOUNS = new Set([
  "phone",
  "telephone",
  "video",
  "videolink",
  "letter",
  "plane",
  "car",
  "road",
  "sea",
  "air",
  "land",
  "train",
]);

/** Past tenses of irregular verbs that differ from their participle ("spoke" / "spoken"). */
const PRETERITES = new Set(
  (
    "spoke wrote took gave rose drove went saw flew knew grew threw drew began came became ran swore " +
    "broke chose froze stole woke forgot fell shook tore wore sang sank rang swam"
  ).split(" "),
);

/** Words the tagger reads as adjectives that head noun phrases in news ("China's military held drills"). */
/** Degree words that can precede a participle used as an adjective ("more advanced weapons"). */
const DEGREE_WORDS = new Set(["more", "most", "less", "least", "fewer", "further"]);

const NOMINAL_ADJECTIVES = new Set([
  "chief",
  "military",
  "militant",
  "official",
  "rebel",
  "separatist",
  "extremist",
  "insurgent",
  "loyalist",
  "nationalist",
  "islamist",
  "opposition",
]);

/** The possessive marks the tokenizer splits off ("Putin's" → "Putin" + "'s"). */
export const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", "\u2019s"]);

/** Possessive determiners: "its deported children", "withdraw its troops". */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set([
  "its",
  "their",
  "his",
  "her",
  "our",
  "my",
  "your",
]);

/** "an invaded ally", "the according": participles used as adjectives or prepositions are not verbs. */
/** "both", "all" or "each" right after a noun phrase or pronoun: "the two sides both signed", "they all fled". */
function floatingQuantifier(at: AnnotatedText, i: number): boolean {
  const q = at.tokens[i];
  const before = at.tokens[i - 1];
  return (
    !!q &&
    FLOATING_QUANTIFIERS.has(q.lower) &&
    !!before &&
    (before.pos === "NOUN" || before.pos === "PROPN" || before.pos === "PRON")
  );
}

const FLOATING_QUANTIFIERS = new Set(["both", "all", "each"]);

function isAdjectival(at: AnnotatedText, i: number, s: Sentence): boolean {
  const t = at.tokens[i] as Token;
  const prev = at.tokens[i - 1];
  const next = at.tokens[i + 1];
  if (t.lower === "according" && next?.lower === "to") return true;
  // "war-torn", "Moscow-based": parts of hyphenated adjectives are not verbs.
  // ("North Korea test-fired a missile" keeps its verb: an object follows, not a noun it modifies).
  if (next?.text === "-" && next.start === t.end) return true;
  if (
    prev?.text === "-" &&
    prev.end === t.start &&
    next &&
    (next.pos === "NOUN" || next.pos === "PROPN" || next.pos === "ADJ")
  ) {
    return true;
  }
  if (isReducedRelative(at, i) || isReducedLocative(at, i, s)) return true;
  // "staged exercises", "large-scale drills", "the military exercises": a plural noun the tagger read
  // as a present-tense verb, right after a determiner, an adjective, a number or another verb.
  if (
    prev &&
    endsWith(t.lower, "s") &&
    !endsWith(t.lower, "ss") &&
    t.lower !== t.lemma &&
    (prev.pos === "DET" ||
      prev.pos === "NUM" ||
      (prev.pos === "ADJ" && !NOMINAL_ADJECTIVES.has(prev.lower)) ||
      (prev.pos === "VERB" && !COPULAR_VERBS.has(prev.lemma)) ||
      (prev.pos === "NOUN" && at.tokens[i - 2]?.text === "-"))
  )
    return true;
  // "Pyongyang's missile launch": a base form after a possessor's noun heads that noun phrase.
  if (
    t.lower === t.lemma &&
    prev?.pos === "NOUN" &&
    (at.tokens[i - 2]?.lower === "'s" || at.tokens[i - 2]?.lower === "\u2019s") &&
    !(next && (next.pos === "DET" || next.pos === "PRON"))
  )
    return true;
  // "its deported children", "the occupied territories": an -ed form between a determiner or a
  // possessive and a noun modifies the noun.
  // ("Aliyev and Pashinyan both thanked Trump": a quantifier after its noun phrase floats; the verb follows.)
  if (
    endsWith(t.lower, "ed") &&
    (prev?.pos === "DET" || (prev?.pos === "PRON" && POSSESSIVE_DETERMINERS.has(prev.lower))) &&
    (next?.pos === "NOUN" || next?.pos === "PROPN") &&
    !floatingQuantifier(at, i - 1)
  )
    return true;
  // "expel exiled leaders", "said armed men attacked": an -ed form between a verb and the noun it
  // modifies is an adjective.
  if (
    prev?.pos === "VERB" &&
    !COPULAR_VERBS.has(prev.lemma) &&
    endsWith(t.lower, "ed") &&
    next?.pos === "NOUN" &&
    (at.tokens[i + 2]?.pos !== "NOUN" || endsWith(next.lower, "s"))
  )
    return true;
  // "meet with exiled dissidents", "from occupied territories": an -ed form between a preposition and
  // the noun it modifies is an adjective ("as" and "than" may open an elliptical clause: "as agreed").
  if (
    prev?.pos === "ADP" &&
    prev.lower !== "as" &&
    prev.lower !== "than" &&
    endsWith(t.lower, "ed") &&
    next?.pos === "NOUN"
  )
    return true;
  // "one more named exercise", "two detained soldiers": an -ed form after a number or a degree word and
  // before its noun is an adjective.
  if (
    prev &&
    endsWith(t.lower, "ed") &&
    (prev.pos === "NUM" || DEGREE_WORDS.has(prev.lower)) &&
    next?.pos === "NOUN"
  )
    return true;
  // "remained committed", "seemed determined": a participle after a copular verb is an adjective.
  if (
    prev &&
    prev.pos === "VERB" &&
    COPULAR_VERBS.has(prev.lemma) &&
    t.lower !== t.lemma &&
    !endsWith(t.lower, "ing")
  )
    return true;
  if (
    i > s.tokenStart &&
    prev &&
    ((prev.pos === "DET" && !floatingQuantifier(at, i - 1)) ||
      (prev.pos === "ADJ" && !NOMINAL_ADJECTIVES.has(prev.lower))) &&
    next &&
    (next.pos === "NOUN" || next.pos === "PROPN")
  )
    return true;
  return false;
}

function lastAuxBefore(at: AnnotatedText, verb: number, s: Sentence): number {
  for (let j = verb - 1; j >= s.tokenStart; j--) {
    const a = at.tokens[j] as Token;
    if (a.pos === "ADV") continue;
    return j;
  }
  return -1;
}

function isParticiple(t: Token): boolean {
  if (endsWith(t.lower, "ing")) return false;
  return t.lower !== t.lemma && IRREGULAR_PARTICIPLE.test(t.lower);
}

/** Words that open a subordinate clause: the subject search does not cross them. */
export const SUBORDINATORS = new Set([
  "that",
  "which",
  "who",
  "whom",
  "whose",
  "because",
  "if",
  "unless",
  "when",
  "while",
  "where",
  "after",
  "before",
  "although",
  "though",
  "since",
  "so",
  "whether",
  "as",
]);

/** Words that are subordinators only when tagged so ("as" and "after" are often prepositions). */
const AMBIGUOUS_SUBORDINATORS = new Set(["as", "since", "after", "before", "so", "that"]);

/** Does token t open a subordinate clause? */
export function isSubordinator(t: Token): boolean {
  if (!SUBORDINATORS.has(t.lower)) return false;
  if (AMBIGUOUS_SUBORDINATORS.has(t.lower)) return t.pos === "SCONJ" || t.lower === "that";
  return true;
}

/** Token ranges inside quotation marks, per document. */
export function quotedRanges(at: AnnotatedText): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  for (const t of at.tokens) {
    const q = t.text;
    if (q === "\u201c" || (q === '"' && open < 0)) open = t.i;
    else if ((q === "\u201d" || q === '"') && open >= 0) {
      out.push([open, t.i]);
      open = -1;
    }
  }
  return out;
}

export function inRanges(i: number, ranges: [number, number][]): boolean {
  for (const [a, b] of ranges) if (i > a && i < b) return true;
  return false;
}

/**
 * From the comma at j, past the comma-separated items of a list that follow it (segments with no
 * verb ending in another comma, the last one joined by "and"): the comma that closes the list, or j.
 */
function pastListItems(at: AnnotatedText, s: Sentence, j: number): number {
  for (let k = j + 1, and = false; k < s.tokenEnd; k++) {
    const t = at.tokens[k] as Token;
    if (t.pos === "VERB" || t.pos === "AUX" || t.text === ";") return j;
    if (t.lower === "and" || t.lower === "or") and = true;
    if (t.text === ",") return and ? k : j;
  }
  return j;
}

/**
 * Comma-delimited relative or appositive clauses (", who boasts of …,", ", which stipulates …")
 * as token ranges; the subject of the main verb is searched around them, not inside.
 */
export function nestedRanges(at: AnnotatedText, s: Sentence): [number, number][] {
  const out: [number, number][] = [];
  // "Syrian rebels led by the Islamist group HTS captured Damascus": skip the reduced relative.
  for (let i = s.tokenStart + 1; i < s.tokenEnd; i++) {
    if (!isReducedRelative(at, i)) continue;
    let j = i + 2;
    while (j < s.tokenEnd && (at.tokens[j] as Token).pos !== "VERB" && (at.tokens[j] as Token).pos !== "AUX")
      j++;
    out.push([i - 1, j]);
  }
  // "The rebels who seized Goma last month attacked …", "Officials who spoke on condition of anonymity
  // said …": a relative clause without commas runs from "who" to the main verb after its own.
  for (let i = s.tokenStart + 1; i < s.tokenEnd - 2; i++) {
    const t = at.tokens[i] as Token;
    if (t.lower !== "who" && t.lower !== "that") continue;
    const prev = at.tokens[i - 1] as Token;
    if (prev.pos !== "NOUN" && prev.pos !== "PROPN") continue;
    const main = mainVerbAfterRelative(at, s, i + 1);
    if (main > 0) out.push([i - 1, main]);
  }
  for (let i = s.tokenStart; i < s.tokenEnd - 1; i++) {
    const t = at.tokens[i] as Token;
    const next = at.tokens[i + 1] as Token;
    if (
      t.text !== "," ||
      !(next.lower === "who" || next.lower === "whom" || next.lower === "which" || next.lower === "whose")
    )
      continue;
    let j = i + 2;
    while (j < s.tokenEnd && (at.tokens[j] as Token).text !== "," && (at.tokens[j] as Token).text !== ";")
      j++;
    // ("The CSTO, which groups Russia, Armenia and four other states, said …": past the items of a
    // list inside the clause, to the comma before its main verb.)
    j = pastListItems(at, s, j);
    out.push([i, j]);
    i = j - 1;
  }
  // "Iran's president, speaking in New York after addressing the UN, accused …": an -ing adjunct
  // between commas after the subject, closed right before the main verb.
  for (let i = s.tokenStart + 1; i < s.tokenEnd - 2; i++) {
    const t = at.tokens[i] as Token;
    const next = at.tokens[i + 1] as Token;
    const prev = at.tokens[i - 1] as Token;
    if (t.text !== "," || next.pos !== "VERB" || !endsWith(next.lower, "ing")) continue;
    if (prev.pos !== "NOUN" && prev.pos !== "PROPN") continue;
    let j = i + 2;
    while (
      j < s.tokenEnd &&
      j < i + 16 &&
      (at.tokens[j] as Token).text !== "," &&
      (at.tokens[j] as Token).text !== ";"
    )
      j++;
    if ((at.tokens[j] as Token | undefined)?.text !== "," || !finiteVerbAt(at, j + 1)) continue;
    out.push([i, j]);
    i = j - 1;
  }
  return out;
}

/**
 * The first token of the main verb group after a relative clause starting at `from` (its own verb
 * first, then the next finite verb with no comma or conjunction between), or -1.
 */
function mainVerbAfterRelative(at: AnnotatedText, s: Sentence, from: number): number {
  let i = from;
  while (i < s.tokenEnd && i < from + 3 && (at.tokens[i] as Token).pos !== "VERB") {
    const p = (at.tokens[i] as Token).pos;
    if (p !== "AUX" && p !== "ADV" && p !== "PART") return -1;
    i++;
  }
  if (i >= s.tokenEnd || (at.tokens[i] as Token).pos !== "VERB") return -1;
  for (let j = i + 1; j < Math.min(s.tokenEnd, i + 12); j++) {
    const t = at.tokens[j] as Token;
    // "O'Brien, a senior official who visited Tbilisi on Tuesday, said …": an apposition's relative
    // clause closes at its comma when a finite verb follows at once.
    if (t.text === "," && finiteVerbAt(at, j + 1)) return j + 1;
    if (t.text === "," || t.text === ";" || t.pos === "CCONJ" || t.pos === "SCONJ" || t.lower === "who")
      return -1;
    if (t.pos !== "VERB" && t.pos !== "AUX") continue;
    // ("soldiers who refused to accept the result stormed …": an infinitive is the relative's own.)
    if (t.lower === "to" || (at.tokens[j - 1] as Token).lower === "to") continue;
    if (endsWith(t.lower, "ing")) return -1;
    return j;
  }
  return -1;
}

/** A finite verb (not an -ing form or a participle) at token i. */
function finiteVerbAt(at: AnnotatedText, i: number): boolean {
  const t = at.tokens[i];
  return (
    !!t &&
    t.pos === "VERB" &&
    !endsWith(t.lower, "ing") &&
    (endsWith(t.lower, "ed") || REPORTING_VERBS.has(t.lemma))
  );
}

/** Clause end after a verb: the next subordinator, semicolon, or a coordinated verb group. */
const CLAUSE_OPENERS = new Set(["as", "after", "before", "since", "until", "while", "when", "because"]);
const NOUN_PHRASE_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON"]);

/**
 * The subordinator ("as", "after", …) that opens a clause whose subject is the noun phrase right
 * before token `verb`, or -1; the search stops at `lo`.
 */
function openerBefore(at: AnnotatedText, verb: number, lo: number): number {
  let k = verb - 1;
  while (k >= lo && NOUN_PHRASE_POS.has((at.tokens[k] as Token).pos)) k--;
  return k >= lo && CLAUSE_OPENERS.has((at.tokens[k] as Token).lower) ? k : -1;
}

/** Subordinators that are prepositions before a bare noun phrase: "since November", "after the talks". */
const PREPOSITION_LIKE = new Set(["since", "after", "before", "until", "till"]);

/** A clause follows token i: the next verb group (at `next`) comes before any comma. */
function verbAhead(at: AnnotatedText, i: number, next: number): boolean {
  if (next >= at.tokens.length) return false;
  for (let k = i + 1; k < next; k++) if ((at.tokens[k] as Token).text === ",") return false;
  return (at.tokens[next] as Token | undefined)?.sentence === (at.tokens[i] as Token).sentence;
}

/** Verbs of stopping, whose gerund object is what stops ("stopped fighting"). */
export const STOPPING: ReadonlySet<string> = new Set(["stop", "cease", "halt", "end", "suspend", "pause"]);

/** Verbs whose complement is an object and a bare infinitive: "let the hostages go", "made them pay". */
export const BARE_COMPLEMENT_VERBS: ReadonlySet<string> = new Set([
  "let",
  "make",
  "help",
  "see",
  "watch",
  "have",
]);

/** A group of one bare verb in its base form ("go" of "let them go", "mediate" after "help"). */
export function bareGroup(at: AnnotatedText, g: VerbGroup): boolean {
  const t = at.tokens[g.head] as Token;
  return g.first === g.head && !g.infinitive && !g.participle && t.lower === t.lemma;
}

export function clauseEnd(at: AnnotatedText, s: Sentence, groups: VerbGroup[], g: VerbGroup): number {
  // "promised to continue military aid to Mozambique", "declined to comment": an infinitive
  // complement right after the verb is part of its clause; the clause ends at the next verb after it.
  let from = g.head;
  for (let k = 0; k < 3; k++) {
    const next = groupAfter(groups, from);
    // "agreed to stop fighting": what a verb of stopping stops is its gerund, part of its clause.
    if (next?.participle && next.first === from + 1 && STOPPING.has((at.tokens[from] as Token).lemma)) {
      from = next.head;
      continue;
    }
    // "let the hostages go", "made Israel pay": the bare infinitive after a short object is the
    // complement of "let", "make", "help" and the like.
    const bare = !!next && bareGroup(at, next) && BARE_COMPLEMENT_VERBS.has((at.tokens[from] as Token).lemma);
    if (bare && next && next.first - from <= 5 && onlyObjectWords(at, from + 1, next.first)) {
      from = next.head;
      continue;
    }
    // "appealed to Belgium to extradite": a short object may stand between the verb and its complement.
    if (!next?.infinitive || next.first - from > 5 || !onlyObjectWords(at, from + 1, next.first)) break;
    from = next.head;
  }
  // "slammed the sanctions imposed by the UN": a reduced relative stays inside the clause it modifies.
  const nextGroup = groupAfter(groups, from);
  let end = nextGroup ? nextGroup.first : s.tokenEnd;
  for (let i = g.head + 1; i < end; i++) {
    const t = at.tokens[i] as Token;
    if (
      t.text === ";" ||
      (t.pos === "SCONJ" &&
        t.lower !== "that" &&
        !(PREPOSITION_LIKE.has(t.lower) && !verbAhead(at, i, end))) ||
      t.lower === "which" ||
      t.lower === "who" ||
      // ("said Iran had launched an attack … and that there was no evidence it had come from Yemen":
      // a second "that" clause of the speech verb is no part of the first's.)
      ((t.lower === "and" || t.lower === "but") && at.tokens[i + 1]?.lower === "that")
    ) {
      end = i;
      break;
    }
  }
  // "imposed martial law as street battles raged": a preposition-like subordinator followed only by a
  // noun phrase and the next finite verb opens a new clause there, whatever its tag.
  if (nextGroup && !nextGroup.infinitive && !nextGroup.participle && nextGroup.first <= end) {
    const opener = openerBefore(at, nextGroup.first, g.head + 1);
    if (opener >= 0) end = Math.min(end, opener);
  }
  // "ratified it in October, the Federation Council approved it …, and Putin signed": a comma
  // (", and", ", but") before the next finite verb's own subject ends the clause.
  if (nextGroup && !nextGroup.infinitive && !nextGroup.participle && nextGroup.first <= end) {
    const comma = commaBeforeSubject(at, nextGroup.first, g.head + 1);
    if (comma >= 0) end = Math.min(end, comma);
  }
  // "…to deploy troops and supply weapons": a coordinated verb keeps its own clause, but the
  // object of the first stretches up to the conjunction before it.
  return end;
}

/**
 * The first group starting after token `from` that is no reduced relative. (A loop, not a find: a
 * closure reading `from` would cost clauseEnd a context on every call.)
 */
function groupAfter(groups: readonly VerbGroup[], from: number): VerbGroup | undefined {
  for (const h of groups) if (h.first > from && !h.reduced) return h;
  return undefined;
}

const SUBJECT_POS = new Set(["DET", "PROPN", "NOUN", "ADJ", "NUM", "PART"]);
/** Prepositions inside a subject noun phrase: "a spokesman for the ministry", "the head of the army". */
const NP_PREPOSITIONS = new Set(["of", "for"]);
const NOUNISH = new Set(["NOUN", "PROPN"]);

/** The comma before a noun phrase that ends right before token `verb` (its subject), or -1. */
function commaBeforeSubject(at: AnnotatedText, verb: number, floor: number): number {
  let i = verb - 1;
  // ("Saudi Arabia, Qatar and Jordan also denounced it": an adverb before the verb.)
  if ((at.tokens[i] as Token | undefined)?.pos === "ADV") i--;
  const last = i;
  // ("…, and a spokesman for the People's Liberation Army said": "of" or "for" inside the noun
  // phrase, between two of its nouns.)
  while (
    i > floor &&
    (SUBJECT_POS.has((at.tokens[i] as Token).pos) ||
      (NP_PREPOSITIONS.has((at.tokens[i] as Token).lower) &&
        i < last &&
        NOUNISH.has(at.tokens[i - 1]?.pos ?? "")))
  )
    i--;
  if (i === last) return -1;
  const t = at.tokens[i] as Token;
  if (t.text === ",") return i;
  if ((t.lower === "and" || t.lower === "but") && at.tokens[i - 1]?.text === "," && i - 1 >= floor)
    return i - 1;
  // "…, and Saudi Arabia, Qatar and Jordan also denounced it": a subject that lists actors holds
  // commas and "and" of its own; the clause opens at the ", and" before the list.
  let j = last;
  let opener = -1;
  while (j > floor) {
    const u = at.tokens[j] as Token;
    if (SUBJECT_POS.has(u.pos)) j--;
    else if (u.text === "," || u.lower === "and") {
      const before = at.tokens[j - 1] as Token | undefined;
      if (u.text === "," && (at.tokens[j + 1] as Token | undefined)?.lower === "and") opener = j;
      if (u.lower === "and" && before?.text === ",") {
        opener = j - 1;
        j -= 2;
        continue;
      }
      j--;
    } else break;
  }
  if (opener >= 0 && opener >= floor) return opener;
  // "Russian ships opened fire and special forces boarded them": a bare "and" before a noun phrase
  // that a finite verb follows opens that verb's clause. (Not "the North fired shells and the South
  // fired back": who answers back is whom the first acted on.)
  if (
    (t.lower === "and" || t.lower === "but") &&
    i > floor &&
    nounIn(at, i + 1, last + 1) &&
    at.tokens[verb + 1]?.lower !== "back"
  )
    return i;
  return -1;
}

/** Is one of tokens from … to-1 a noun or a name? */
function nounIn(at: AnnotatedText, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const p = (at.tokens[i] as Token).pos;
    if (p === "NOUN" || p === "PROPN") return true;
  }
  return false;
}

function onlyObjectWords(at: AnnotatedText, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const p = (at.tokens[i] as Token).pos;
    if (
      !(
        p === "ADP" ||
        p === "PROPN" ||
        p === "NOUN" ||
        p === "DET" ||
        p === "ADJ" ||
        p === "ADV" ||
        p === "PRON"
      )
    )
      return false;
  }
  return true;
}

/** Clause start before a verb: the nearest subordinator or semicolon to its left. */
export function clauseStart(at: AnnotatedText, s: Sentence, g: VerbGroup): number {
  for (let i = g.first - 1; i >= s.tokenStart; i--) {
    const t = at.tokens[i] as Token;
    if (t.text === ";" || isSubordinator(t)) return i + 1;
  }
  return s.tokenStart;
}
