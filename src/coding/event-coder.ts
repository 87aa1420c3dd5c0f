/**
 * The event coder: verb groups and event nouns → CAMEO events with source, target, modality,
 * attribution, date and place. TABARI-style shallow coding over POS tags; rules in data/.
 */
import type { Modality } from "../knowledge/index.js";
import {
  type ActorPhrase,
  copyPhrase,
  type PlaceMatch,
  type TimeMention,
  type Token,
  wordHash,
} from "../nlp/index.js";
import {
  CHARGE_NOUNS,
  chargeObject,
  decideModality,
  type Frame,
  findFrames,
  frameFor,
  hasCondition,
  isReportedSpeech,
  REJECTING,
} from "./attribution.js";
import { inEventPhrase, inRelativeClause } from "./clause-times.js";
import {
  BE_FORMS,
  clauseEnd,
  clauseStart,
  DONE_TO_PEOPLE,
  inRanges,
  PARTICIPLE_PARTICLES,
  POSSESSIVE_DETERMINERS,
  POSSESSIVE_MARKS,
  QUOTES,
  STOPPING,
  type VerbGroup,
} from "./clauses.js";
import {
  bareForm,
  findSubject,
  findTarget,
  hasCommaBetween,
  instrumentSubject,
  isWeapon,
  pairAfterBetween,
  type Reference,
  resolvePronoun,
  startOfTimeBefore,
  withCoordinatedRight,
  wordBefore,
} from "./references.js";
import { type SentenceContext, tok } from "./sentence-context.js";
import { CODED_SPEECH, GOVERNORS, SPEECH_VERBS } from "./verb-classes.js";
import {
  bestPattern,
  type CompiledPattern,
  eventNounsOf,
  matchSequence,
  type VerbLexicon,
  verbPatterns,
} from "./verb-lexicon.js";

export interface NegationTable {
  map: Record<string, string | null>;
}

export interface CoderResources {
  lexicon: VerbLexicon;
  negation: NegationTable;
  /** Code of a vow to do X, by X's code (03 intent, 13 threat). */
  intent: NegationTable;
  /** CAMEO country codes by ISO 3166 alpha-3, where they differ. */
  actors?: { cameoCountry: ReadonlyMap<string, string> };
}

/** An event before it is rendered to the JSON contract. */
export interface CodedEvent {
  sentence: number;
  source: ActorPhrase | null;
  target: ActorPhrase | null;
  /** Target country inferred from a place when no actor is named ("attacked in Kursk"). */
  targetCountry: string | null;
  /**
   * Source country of an agentless violent passive ("soldiers were killed in Ukraine"), from a place
   * or, later, from the story's other side; an event whose source stays unknown is dropped.
   */
  sourceCountry?: string | null;
  code: string;
  verb: number;
  verbEnd: number;
  modality: Modality;
  negated: boolean;
  quoted: boolean;
  attribution: ActorPhrase | null;
  attributionText: string | null;
  date: TimeMention | null;
  statementDate: TimeMention | null;
  place: (PlaceMatch & { tokenStart: number }) | null;
  rule: string;
  modalityRule: string;
  /** A verb's bare default code with nobody on the receiving end: dropped unless the story supplies one. */
  needsTarget?: boolean;
  /**
   * One of several places or times listed for one act ("hit Dnipro, Kharkiv and Lviv", "took to the
   * streets on Monday and Tuesday"): an event each.
   */
  listed?: boolean;
  /** Words said in an -ing adjunct (", accusing it of …"): dated only as a statement, whatever the story's dates. */
  utterance?: boolean;
}

/** Movement-of-forces verbs: in the passive without an agent, the subject is still the source. */
const THEME_SOURCE = new Set([
  "deploy",
  "send",
  "fly",
  "airlift",
  "dispatch",
  "station",
  "spot",
  "see",
  "move",
  "transfer",
  "position",
  "redeploy",
  "withdraw",
  "pull",
  "evacuate",
]);
/** Participles that after "be" describe the subject's own stance: "is opposed to", "is committed to". */
const STATIVE_PASSIVES = new Set(["oppose", "commit", "dedicate", "devote"]);
/** Conflict and presence codes whose target may be read from the place ("attacked in Kursk"). */
const PLACE_TARGET_ROOTS = new Set(["03", "04", "06", "08", "07", "09", "13", "15", "17", "18", "19", "20"]);
/** An organisation of states meeting "in Brussels" or "in New York" has no host: it meets where it sits. */
function assembly(sources: readonly ActorPhrase[]): boolean {
  return sources.length > 0 && sources.every((p) => p.code.startsWith("IGO"));
}

/** "X will give / will support / will meet": a future cooperative act of the speaker's own side. */
function futureCooperation(ctx: SentenceContext, d: Draft): boolean {
  const root = d.code.slice(0, 2);
  return (
    !!d.group?.future &&
    !d.group.modal &&
    ["04", "05", "06", "07", "08"].includes(root) &&
    !estimated(ctx, d.verb)
  );
}

/** Words of an estimate the writer makes: "it is likely that", "a 70% chance that", "in our view". */
const ESTIMATIVE_WORDS = new Set(
  "likely unlikely probable probably improbable certain certainly chance chances odds expect expected forecast estimate assessment judgement judgment view".split(
    " ",
  ),
);

/**
 * "There is a 70% chance that US and Russian officials will hold talks": a future act under the
 * writer's estimate is a prediction of the act, not its actors' expressed intent (03).
 */
function estimated(ctx: SentenceContext, verb: number): boolean {
  for (let i = ctx.s.tokenStart; i < verb; i++) if (ESTIMATIVE_WORDS.has(tok(ctx, i).lower)) return true;
  return false;
}

/**
 * Coercion and force an actor announces it will use: "Gbagbo announced he will extend the curfew" is
 * a threat (13). An announced cut in relations or aid ("would prohibit all aid") is a decision (16).
 */
const HOSTILE_ROOTS = new Set(["17", "18", "19", "20"]);

function ownFutureThreat(d: Draft, frames: Frame[]): boolean {
  const g = d.group;
  if (!g || !HOSTILE_ROOTS.has(d.code.slice(0, 2)) || g.negated) return false;
  const frame = frameFor(frames, d.verb);
  // "Estonia warned that it could close its crossings": what one warns one may do is a threat too.
  const warned = frame?.rule === "attr.warn" && !!g.modal;
  if (!((g.future && !g.modal) || g.modal === "would" || warned)) return false;
  return ownWord(d, frame);
}

/** Does the frame's speaker speak for the draft's source (the same actor, or its country)? */
function ownWord(d: Draft, frame: Frame | null): boolean {
  const speaker = frame?.speaker;
  const source = d.source.phrases[0];
  if (!speaker || !source) return false;
  if (speaker.code === source.code) return true;
  // ("the military said 21 passengers had been killed by the militants": rebels, the opposition or
  // an ousted leader are not their state's organs, nor it theirs.)
  if (oppositeSides(source, speaker)) return false;
  return !!speaker.country && speaker.country === source.country;
}

/** An organ of the state (government, forces, police, spies, courts) and one of its country's rebels,
 * opposition or ousted leader, either way round. */
function oppositeSides(a: ActorPhrase, b: ActorPhrase): boolean {
  // (By code: "the group's chief negotiator" is the group's, whatever role "negotiator" names.)
  const [x, y] = [a.code.slice(3, 6), b.code.slice(3, 6)];
  return (
    (STATE_ORGANS.has(x) && OUTSIDE_STATE_ROLES.has(y)) || (OUTSIDE_STATE_ROLES.has(x) && STATE_ORGANS.has(y))
  );
}

const STATE_ORGANS = new Set(["GOV", "MIL", "COP", "SPY", "JUD"]);

/** Roles of a country's actors who do not speak for its state, nor it for them. */
const OUTSIDE_STATE_ROLES = new Set(["REB", "OPP", "INS", "SEP", "UAF", "CRM", "ELI"]);

/** Verbs whose own event is an intent or threat, specified by their infinitive complement. */
/** "voted to impeach", "voted to approve the treaty": a body's vote to act is the act itself. */
const TRANSPARENT_GOVERNORS = new Set(["vote"]);

// "seeking to deepen the partnership" expresses the intent to do so, as a vow does.
const INTENT_VERBS = new Set([
  "vow",
  "pledge",
  "promise",
  "swear",
  "threaten",
  "warn",
  "agree",
  "offer",
  "seek",
]);
/** Verbs that refuse their infinitive complement: "refused to withdraw" is the refusal code of withdrawing. */
const REFUSAL_VERBS = new Set(["refuse", "decline"]);

/**
 * "NATO leaders agreed to raise defence spending": a vow or agreement whose promised act has no
 * code of its own is still an expression of intent (030); a threat or warning, a threat (130).
 */
function genericVows(ctx: SentenceContext, drafts: Draft[]): void {
  for (const d of drafts) {
    const lemma = tok(ctx, d.verb).lemma;
    if (!INTENT_VERBS.has(lemma) || !d.rule.endsWith(".default") || !d.group) continue;
    const complement = ctx.groups.find((h) => h.infinitive && governorOf(ctx, h) === d.group);
    if (!complement) continue;
    d.code = lemma === "threaten" || lemma === "warn" ? "130" : "030";
    d.rule = `${d.rule}+intent.generic`;
    d.weak = false;
    // ("agreed to recover the remains": what is promised is not yet done; the intent is a vow.)
    d.governor ??= "vowed";
  }
}

/** Verbs that ask someone else to act: "urged Iran to release …" is an appeal (02) for that act. */
const APPEAL_VERBS = new Set([
  "urge",
  "ask",
  "call",
  "appeal",
  "press",
  "encourage",
  "request",
  "implore",
  "exhort",
]);
/** Verbs that require someone else to act: "demanded that Iran release …" is a demand (10) for that act. */
const DEMAND_VERBS = new Set(["demand", "insist", "require"]);
/** Codes a request verb's own pattern gives when nothing more specific matched. */
const GENERIC_REQUESTS = new Set(["010", "020", "100"]);
/** Actions that are events without a target: protests, force posture, violence. */
/** Verbal acts whose bare default code may take its target from the story (appeals, demands, reproaches, threats). */
const STORY_TARGET_ROOTS = new Set(["02", "10", "11", "12", "13"]);
/** Administrative restrictions on a people: political freedoms, curfews, emergency rule (not 1722's bans of parties). */
const HOME_RESTRICTION = /^172[134]$/;
const SELF_CONTAINED_ROOTS = new Set(["03", "08", "12", "14", "15", "18", "19", "20"]);
const COPULAS = new Set(["be", "become", "seem", "appear", "remain"]);
/** Light verbs: too general for a default code; only their specific patterns code events. */
const LIGHT_VERBS = new Set([
  "call",
  "consider",
  "lead",
  "go",
  "come",
  "get",
  "make",
  "take",
  "have",
  "do",
  "put",
  "set",
  "keep",
  "need",
  "want",
  "let",
  "give",
  "see",
  "look",
  "find",
  "seem",
  "think",
  "know",
  "try",
  "help",
  "use",
]);
/**
 * "The United States helped Sri Lanka", "FBI agents would help with the investigation": "help" that
 * governs no verb ("helped Kyiv repel", "help to end") is aid (070) in its own right.
 */
function helpAlone(ctx: SentenceContext, g: VerbGroup): boolean {
  if (tok(ctx, g.head).lemma !== "help") return false;
  for (let i = g.head + 1; i < Math.min(ctx.s.tokenEnd, g.head + 6); i++) {
    const t = tok(ctx, i);
    if (t.pos === "VERB" || t.pos === "AUX" || t.lower === "to") return false;
    if (t.pos === "PUNCT" || t.pos === "CCONJ" || t.pos === "SCONJ") return true;
  }
  return true;
}

/** Symmetric actions: "A and B agreed/met" codes A→B and B→A. */
const SYMMETRIC_ROOTS = new Set(["03", "04", "05", "06", "08"]);
/** Nouns of a relation between parties: "deepen a partnership", "upgraded their diplomatic ties". */
const RELATION_NOUNS = new Set(
  "ties relations relationship partnership cooperation alliance dialogue talks agreement deal treaty pact accord understanding ceasefire truce armistice peace".split(
    " ",
  ),
);

function relationObject(ctx: SentenceContext, from: number, to: number): boolean {
  // ("began joint military exercises": a joint act is done with each other.)
  for (let i = from; i < Math.min(to, from + 8); i++)
    if (RELATION_NOUNS.has(tok(ctx, i).lower) || tok(ctx, i).lower === "joint") return true;
  return false;
}

/** Verbs of talking whose bare default is a statement (010), but between two parties a consultation. */
const TALK_VERBS = new Set(["talk", "speak", "confer", "chat"]);

/** Verbs whose coordinated subjects act on each other: agreeing, meeting, signing, cooperating. */
const MUTUAL_VERBS = new Set(
  (
    "agree meet talk speak confer chat negotiate sign conclude ink ratify cooperate collaborate coordinate trade exchange swap " +
    "consult discuss reconcile normalize normalise establish restore resume hold reach ally partner work " +
    "settle compromise shake embrace pledge vow promise commit"
  ).split(" "),
);

/** Material acts (aid, yielding, force …): reported by their own side, they are acknowledged. */
const MATERIAL_ROOTS = new Set(["06", "07", "15", "16", "17", "18", "19", "20"]);

/** Violent verbs whose coordinated subject fights itself: "the army and the rebels clashed". */
const COMBAT_VERBS = new Set(["fight", "clash", "battle", "skirmish", "exchange", "trade"]);

/** Is the phrase the object of "with" ("with security agents", "with the army")? */
function withObject(ctx: SentenceContext, p: ActorPhrase): boolean {
  const before = tok(ctx, p.start - 1);
  return before?.lower === "with" || (before?.pos === "DET" && tok(ctx, p.start - 2)?.lower === "with");
}

function lookupPrefix(code: string, table: NegationTable): string | null | undefined {
  for (let len = code.length; len >= 2; len--) {
    const key = code.slice(0, len);
    if (key in table.map) return table.map[key] ?? null;
  }
  return undefined;
}

const HYPOTHETICAL_MODALS = new Set(["would", "could", "might", "may"]);

/** A modal auxiliary of HYPOTHETICAL_MODALS ("a May Day rally": the month is no modal). */
function hypotheticalModal(t: Token): boolean {
  return HYPOTHETICAL_MODALS.has(t.lower) && t.pos !== "NOUN" && t.pos !== "PROPN";
}

/**
 * A modal earlier in the sentence governs an infinitive or a purpose clause:
 * "his solution would be to pressure Ukraine … so that Kyiv will recognize …".
 */
function inheritedModal(ctx: SentenceContext, g: VerbGroup, start: number): string | null {
  if (g.modal) return g.modal;
  if (!g.infinitive && !g.future && !g.participle) return null;
  // "his solution to ending the war would be …": a gerund in a subject takes the modal of its clause.
  if (g.participle) {
    for (let i = g.head + 1; i < ctx.s.tokenEnd; i++) {
      const t = tok(ctx, i);
      if (hypotheticalModal(t)) return t.lower;
      if (t.pos === "VERB" || t.pos === "AUX" || t.text === "," || t.text === ";") break;
    }
  }
  // Outside the loop: a closure reads it (a per-iteration binding costs a context per token).
  let i = g.first - 1;
  for (; i >= start; i--) {
    const t = tok(ctx, i);
    if (hypotheticalModal(t)) return t.lower;
    if (g.infinitive && t.pos === "VERB" && !COPULAS.has(t.lemma)) {
      // "may choose to withdraw": the governing verb's modal carries over to its complement.
      return ctx.groups.find((h) => h.head === i)?.modal ?? null;
    }
  }
  return null;
}

/** The verb group that governs an event noun: the nearest one to its left in the sentence. */
function governingGroup(ctx: SentenceContext, i: number): VerbGroup | null {
  return subjectGroup(ctx, i) ?? ctx.groups.filter((g) => g.head < i).at(-1) ?? null;
}

/** Parts of speech of a subject noun phrase between its head noun and its verb ("talks between X and Y will"). */
const SUBJECT_PHRASE = new Set(["NOUN", "PROPN", "ADP", "DET", "ADJ", "CCONJ", "NUM", "PART"]);

/**
 * "… that talks between the Taliban and the government will begin by March 10": the verb group
 * whose subject the noun at i heads — its clause opens right before the noun ("that", a comma or the
 * sentence's start) and only the noun's own phrase stands between — or null.
 */
function subjectGroup(ctx: SentenceContext, i: number): VerbGroup | null {
  let k = i - 1;
  while (k >= ctx.s.tokenStart && (tok(ctx, k).pos === "DET" || tok(ctx, k).pos === "ADJ")) k--;
  const opener = k < ctx.s.tokenStart ? "" : tok(ctx, k).lower;
  if (k >= ctx.s.tokenStart && opener !== "that" && opener !== ",") return null;
  const next = ctx.groups.find((g) => g.first > i);
  if (!next || next.first - i > 12) return null;
  for (let j = i + 1; j < next.first; j++) if (!SUBJECT_PHRASE.has(tok(ctx, j).pos)) return null;
  return next;
}

/** Nouns of intent whose "no" denies the act after them: "no plans to", "no intention of". */
const INTENT_NOUNS = new Set([
  "commitment",
  "commitments",
  "intention",
  "intent",
  "plan",
  "plans",
  "desire",
  "wish",
  "interest",
  "obligation",
  "need",
]);

/** Is the infinitive or -ing group g the complement of "no" + a noun of intent ("no plans to invade")? */
function noIntent(ctx: SentenceContext, g: VerbGroup): boolean {
  const first = tok(ctx, g.first);
  // ("no plans to invade": the group may start at "to" or at its verb.)
  let k = first.lower === "to" ? g.first - 1 : g.first - 1;
  if (tok(ctx, k)?.lower === "to" || tok(ctx, k)?.lower === "of") k--;
  if (!INTENT_NOUNS.has(tok(ctx, k)?.lower ?? "")) return false;
  return tok(ctx, k - 1)?.lower === "no";
}

/** Verbs whose -ing complement is only weighed, not done: "considered requesting consultations". */
const GERUND_GOVERNORS = new Set(["consider", "contemplate", "propose", "suggest", "recommend", "weigh"]);

/** The verb right before an -ing group that takes it as its weighed complement, or null. */
function gerundGovernor(ctx: SentenceContext, g: VerbGroup): VerbGroup | null {
  if (!tok(ctx, g.head).lower.endsWith("ing")) return null;
  const prev = ctx.groups.filter((h) => h.head < g.first).at(-1);
  if (!prev || prev.head !== g.first - 1 || !GERUND_GOVERNORS.has(tok(ctx, prev.head).lemma)) return null;
  return prev;
}

/** The verb that governs an infinitive ("vowed to end", "plans to deploy"). */
function governorOf(ctx: SentenceContext, g: VerbGroup): VerbGroup | null {
  // ("offered to help mediate": a bare infinitive after "help" is governed past it.)
  const helped = ctx.groups.find(
    (h) => h.head === g.first - 1 && h.infinitive && tok(ctx, h.head).lemma === "help",
  );
  if (helped && bareForm(ctx, g)) {
    const up = governorOf(ctx, helped);
    const lemma = up ? tok(ctx, up.head).lemma : "";
    return up && (GOVERNORS.has(lemma) || INTENT_VERBS.has(lemma)) ? up : null;
  }
  if (!g.infinitive) return null;
  const prev = ctx.groups.filter((h) => h.head < g.first).at(-1);
  // ("asked the United States and the United Nations to send troops": two objects may stand between.)
  if (!prev || g.first - prev.head > 9) return null;
  // "agreed on Saturday to stop": a short time or place phrase may stand between verb and complement.
  for (let i = prev.head + 1; i < g.first; i++) {
    const t = tok(ctx, i);
    if (
      !(
        t.pos === "ADP" ||
        t.pos === "PROPN" ||
        t.pos === "NOUN" ||
        t.pos === "ADV" ||
        t.pos === "NUM" ||
        t.pos === "DET" ||
        // "urged him to revive", "urged Israel and Hamas to accept": an object pronoun or a
        // coordinated object.
        (t.pos === "PRON" && OBJECT_CASE_PRONOUNS.has(t.lower)) ||
        // ("did not use its veto to block them": a possessive before the object noun.)
        (t.pos === "PRON" && POSSESSIVE_DETERMINERS.has(t.lower)) ||
        (t.pos === "CCONJ" && t.lower === "and") ||
        // ("agreed late on Monday to bar …")
        t.lower === "late" ||
        t.lower === "early"
      )
    ) {
      return null;
    }
  }
  return prev;
}

/** The infinitive an infinitive is coordinated with ("to accept the result and to release …"), or null. */
function coordinatedInfinitive(ctx: SentenceContext, g: VerbGroup): VerbGroup | null {
  if (!g.infinitive || tok(ctx, g.first - 1)?.lower !== "and") return null;
  const prev = ctx.groups.filter((h) => h.head < g.first).at(-1);
  return prev?.infinitive && g.first - prev.head <= 8 ? prev : null;
}

/** Every object-case pronoun (references.ts's OBJECT_PRONOUNS holds only those that can name a target). */
const OBJECT_CASE_PRONOUNS = new Set(["him", "her", "them", "it", "us", "me", "you"]);

/**
 * "lowered its threshold for using nuclear weapons", "the possibility of deploying troops": a gerund
 * completing a noun that names no actor is a possibility spoken of, not an act done.
 */
function nounComplement(ctx: SentenceContext, g: VerbGroup): boolean {
  const prep = tok(ctx, g.first - 1);
  const noun = tok(ctx, g.first - 2);
  if (!prep || !noun || (prep.lower !== "for" && prep.lower !== "of")) return false;
  if (noun.pos !== "NOUN" || ctx.actors.some((p) => p.start <= noun.i && p.end > noun.i)) return false;
  return POSSIBILITY_NOUNS.has(noun.lemma);
}

/** Nouns whose gerund complement is a possibility, a plan or a condition, not a deed. */
const POSSIBILITY_NOUNS = new Set(
  "threshold possibility option right plan plans idea prospect risk threat danger condition conditions pretext excuse means capability capacity ability readiness intention".split(
    " ",
  ),
);

/**
 * The word right before an infinitive's "to" that makes it unreal: "vowed to", "plans to"
 * (the tagger often reads "plans" as a noun), "is expected to", "is likely to".
 */
/** Nouns of asking whose "for X to …" names what is asked: "demands for Bashir to step down". */
const DEMAND_NOUNS = new Set(["demand", "call", "appeal", "plea", "request", "pressure", "push", "clamour"]);
const NOUN_PHRASE_TAGS = new Set(["DET", "ADJ", "NOUN", "PROPN", "PART", "NUM"]);

/** Is infinitive g what a noun of asking asks of someone ("demands for X to …")? */
function demandedOf(ctx: SentenceContext, g: VerbGroup): boolean {
  if (tok(ctx, g.first)?.lower !== "to") return false;
  let j = g.first - 1;
  const floor = Math.max(ctx.s.tokenStart, g.first - 7);
  while (j > floor && (NOUN_PHRASE_TAGS.has(tok(ctx, j).pos) || POSSESSIVE_MARKS.has(tok(ctx, j).text))) j--;
  if (j === g.first - 1 || tok(ctx, j)?.lower !== "for") return false;
  const noun = tok(ctx, j - 1);
  return noun?.pos === "NOUN" && DEMAND_NOUNS.has(noun.lemma);
}

function governorModality(ctx: SentenceContext, g: VerbGroup): Modality | null {
  // ("Poland had considered requesting consultations": the -ing complement is only weighed.)
  if (g.participle) return nounComplement(ctx, g) || gerundGovernor(ctx, g) ? "hypothetical" : null;
  if (!g.infinitive) return proposedClause(ctx, g) ? "hypothetical" : null;
  // "33 hostages are to be freed", "the forces are to pull back": what is to be done is planned
  // (not "is to blame", which blames).
  for (let j = g.first; j < g.head - 1; j++)
    if (BE_FORMS.has(tok(ctx, j).lower) && tok(ctx, j + 1).lower === "to")
      return tok(ctx, g.head).lemma === "blame" ? null : "planned";
  // ("an alleged plot to kill the attorney general", "a bid to retake the city": what a plot or an
  // attempt aims at is not done; what a plan names is planned.)
  const noun = tok(ctx, g.first - 1);
  if (noun?.pos === "NOUN" && tok(ctx, g.first)?.lower === "to") {
    const m = AIM_NOUNS.get(noun.lower);
    if (m) return m;
  }
  // "demands for Bashir to step down", "calls for the army to withdraw": what is demanded is not done.
  if (demandedOf(ctx, g)) return "hypothetical";
  for (let j = g.first - 1; j >= Math.max(ctx.s.tokenStart, g.first - 3); j--) {
    const t = tok(ctx, j);
    // "is prepared to impose martial law": readiness, not a plan.
    if (t.lower === "prepared" && BE_FORMS.has(tok(ctx, j - 1)?.lower ?? "")) return "vowed";
    // "inspectors want to re-examine the refineries": a stated aim of one's own is a plan, as CAMEO's
    // WANT transformations read it ("wants Germany to pay" asks another actor instead).
    if (t.lemma === "want" && j === g.first - 1) return "planned";
    // ("Kishida was expected to invite Yoon", "talks are expected to resume on Friday": what is
    // expected of an actor is on its schedule; "analysts expect it to" stays a prediction.)
    if (t.lower === "expected" && BE_FORMS.has(tok(ctx, j - 1)?.lower ?? "")) return "planned";
    const m = GOVERNORS.get(t.lemma) ?? GOVERNORS.get(t.lower);
    if (m) return m;
    // ("was expected to try to mediate": an attempt still to be made is governed by what governs it.)
    if (ATTEMPTS.has(t.lemma) && tok(ctx, j - 1)?.lower === "to") {
      j -= 1;
      continue;
    }
    if (t.pos !== "ADV" && t.pos !== "AUX") break;
  }
  // "did not ask for the region to be annexed by Russia", "urged Kyiv to …": what is asked, urged or
  // wanted of someone named between is not done, whatever becomes of the asking.
  const gov = governorOf(ctx, g);
  const asked = gov ? GOVERNORS.get(tok(ctx, gov.head).lemma) : undefined;
  // ("did not use its veto to block them": the purpose of an act not done is not done either.)
  if (gov?.negated && !asked) return "hypothetical";
  return asked === "hypothetical" ? asked : null;
}

/** Verbs whose "that" clause is only put forward: "proposed that Russia expel 31 diplomats". */
const PROPOSING = new Set(["propose", "recommend", "suggest", "advise"]);

/**
 * "Lavrov had proposed on Friday that Russia expel 31 diplomats": the clause of a proposal or a
 * recommendation is not done. ("suggested that Russia had fired" says it: only a bare verb, the
 * mandative subjunctive, is proposed after "suggest".)
 */
function proposedClause(ctx: SentenceContext, g: VerbGroup): boolean {
  let j = g.first - 1;
  const floor = Math.max(ctx.s.tokenStart, g.first - 10);
  while (j > floor && tok(ctx, j).lower !== "that") {
    const t = tok(ctx, j);
    if (t.pos === "PUNCT" || t.pos === "VERB" || t.pos === "AUX" || t.pos === "SCONJ") return false;
    j--;
  }
  if (tok(ctx, j)?.lower !== "that") return false;
  for (let k = j - 1; k >= Math.max(ctx.s.tokenStart, j - 5); k--) {
    const t = tok(ctx, k);
    if (t.pos === "VERB") {
      if (!PROPOSING.has(t.lemma)) return false;
      const head = tok(ctx, g.head);
      return t.lemma !== "suggest" || (g.first === g.head && head.lower === head.lemma);
    }
    if (t.pos === "PUNCT") return false;
  }
  return false;
}

/** Nouns whose infinitive is an aim, not a deed: "a plot to kill", "a plan to annex". */
const AIM_NOUNS: ReadonlyMap<string, Modality> = new Map([
  ...["plot", "plots", "scheme", "conspiracy", "attempt", "attempts", "bid"].map((w): [string, Modality] => [
    w,
    "hypothetical",
  ]),
  ...["plan", "plans", "proposal"].map((w): [string, Modality] => [w, "planned"]),
]);

/** Roots of words said: comments, appeals, demands, disapproval, rejection, threats. */
const SAID_ROOTS = /^(?:0[12]|1[0-3])/;
/** Verbs of saying that an -ing adjunct may carry (not "defying a lockdown", an act). */
const SAYING_LEMMAS = new Set(
  "accuse blame call urge say warn demand condemn criticise criticize praise insist claim describe deny denounce threaten vow appeal".split(
    " ",
  ),
);

/** Words said in an -ing participle right after a comma: ", accusing it of …", ", calling it a crime". */
function verbalAdjunct(ctx: SentenceContext, d: Draft): boolean {
  const g = d.group;
  return (
    !!g &&
    g.participle &&
    SAID_ROOTS.test(d.code) &&
    SAYING_LEMMAS.has(tok(ctx, d.verb).lemma) &&
    g.first === d.verb &&
    tok(ctx, g.first - 1)?.text === ","
  );
}

/** Rules of acts that are utterances (labels, verdicts, stances, a bare urging): dated as statements. */
const UTTERANCE_RULE = /^(?:label|verdict|stance)\.|^urge\.default$/;

/** Codes of acts done by saying them (appeals, rejections; not defying a law, 128, nor a veto, 129): their time is their statement's. */
const UTTERED_ROOTS = /^(?:02|12[0-7])/;

/** Roots of measures against a third party that an agreement decides: reducing relations, sanctions. */
const AGREED_MEASURE_ROOTS = new Set(["16", "17"]);

/** Verbs of attempting, transparent to what governs them: "was expected to try to mediate". */
const ATTEMPTS = new Set(["try", "attempt", "seek"]);

type SentencePlace = SentenceContext["places"][number];

function placeFor(ctx: SentenceContext, from: number, to: number, verb: number): SentencePlace | null {
  // Every answer below is one of the sentence's places.
  if (ctx.places.length === 0) return null;
  const all = ctx.places.filter((p) => p.tokenStart >= from && p.tokenStart < to);
  // Places after the verb belong to the event; a dateline or subject place before it rarely does.
  const after = all.filter((p) => p.tokenStart > verb);
  const inside = after.length ? after : all;
  // "…the Kursk front in southwestern Russia, where Ukrainian forces launched…": the antecedent of "where".
  if (!inside.length) {
    const where = ctx.at.tokens.slice(ctx.s.tokenStart, from).findLast((t) => t.lower === "where");
    if (where) return ctx.places.filter((p) => p.tokenEnd <= where.i).at(0) ?? null;
    return null;
  }
  // Prefer the most specific place (a city or region over the country it lies in).
  return inside.find((p) => p.feature !== "country") ?? inside[0] ?? null;
}

/** Words that may stand between two places of one list: "Hodeidah, Ras Isa and Salif", "in Kyiv and in Lviv". */
const PLACE_LIST_GLUE = new Set([",", "and", "the", "in", "at", "on"]);
/** Roots of acts done at a place — protests, force, violence — that a list of places multiplies. */
const PLACED_ROOTS = new Set(["14", "15", "16", "17", "18", "19", "20"]);

/**
 * "Missiles hit Dnipro, Kharkiv and Lviv", "seized Goma in January and Bukavu in February": the
 * places listed after the first place of an act, each the scene of an act of its own, with the time
 * told right after it when there is one (null otherwise). A list ends with its "and"; a place and the
 * region or country it lies in ("Tawang, Arunachal Pradesh") are one place.
 */
function listedPlaces(
  ctx: SentenceContext,
  first: SentencePlace,
  end: number,
): { place: SentencePlace; time: TimeMention | null }[] {
  const out: { place: SentencePlace; time: TimeMention | null }[] = [];
  let prev = first;
  for (const p of ctx.places) {
    if (p.tokenStart <= prev.tokenStart) continue;
    if (p.tokenStart >= end || p.tokenStart === prev.tokenEnd) break;
    let and = false;
    for (let i = prev.tokenEnd; i < p.tokenStart; i++) {
      if (ctx.times.some((t) => t.tokenStart <= i && i < t.tokenEnd)) continue;
      const w = tok(ctx, i).lower;
      if (!PLACE_LIST_GLUE.has(w)) return [];
      if (w === "and") and = true;
    }
    const within = p.feature === "country" || p.feature === "admin1" ? p : null;
    if (
      p.country !== first.country ||
      (within && (prev.admin1 === within.name || within.feature === "country"))
    )
      return [];
    const time = ctx.times.find((t) => t.tokenStart >= p.tokenEnd && t.tokenStart <= p.tokenEnd + 1) ?? null;
    out.push({ place: p, time });
    prev = p;
    // ("… around Taiwan on Monday, and Taipei said …": a place opening a clause is its subject.)
    const next = tok(ctx, p.tokenEnd);
    if (and) return next?.pos === "VERB" || next?.pos === "AUX" ? [] : out;
  }
  return [];
}

/** The times of one precision listed after `first` ("on Monday and Tuesday", "in 2020 and 2021"). */
function listedTimesAfter(ctx: SentenceContext, first: TimeMention): TimeMention[] {
  const out: TimeMention[] = [];
  let prev = first;
  for (const t of ctx.times) {
    if (t.tokenStart <= prev.tokenStart) continue;
    let and = false;
    for (let i = prev.tokenEnd; i < t.tokenStart; i++) {
      const w = tok(ctx, i).lower;
      if (w !== "," && w !== "and" && w !== "on" && w !== "in") return [];
      if (w === "and") and = true;
    }
    if (t.precision !== first.precision || t.value === prev.value) return [];
    out.push(t);
    prev = t;
    if (and) return out;
  }
  return [];
}

/** "attacked military sites in Iran": the first place after the verb in another country gives the target. */
/** Crowds: protesters, demonstrators, rioters, mobs. */
const CROWD = /^agent:[A-Z]{3}:(?:protesters|protestors|demonstrators|rioters|mob|mobs|crowd|crowds)$/;

/** Verbal stances: comments, appeals, demands, disapproval, rejection. */
const STANCE_ROOTS = new Set(["01", "02", "10", "11", "12"]);
/** Acts besides material ones that a party reporting its own acknowledges: talks held (04), concessions made (08). */
const OWN_DEED_ROOTS = new Set(["04", "08"]);

/** Verbs of responding: a response still to come is a threat (130). */
const RESPONSE_VERBS = new Set(["respond", "react"]);
/** What "take" a reprisal with: "take the necessary measures", "take countermeasures". */
const REPRISAL_NOUNS = new Set([
  "measures",
  "countermeasures",
  "counter-measures",
  "action",
  "steps",
  "retaliatory",
]);

function hasWord(ctx: SentenceContext, from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let i = from; i < Math.min(to, from + 6); i++) if (words.has(tok(ctx, i).lower)) return true;
  return false;
}

/** Participles of holding someone in custody, after an order's object ("ordered him held"). */
const DETAINED = new Set([
  "held",
  "detained",
  "jailed",
  "imprisoned",
  "remanded",
  "arrested",
  "kept",
  "placed",
]);
const DETENTION_WORDS = new Set(["in", "for", "pending", "until", "under", "without", ".", ",", "while"]);

/**
 * "A judge ordered him held for seven days", "the court ordered the suspects to be held in
 * detention": an order that someone be held is the detention (173) by the one who orders it, on
 * the one held — not a demand (10x) plus a holding by the detainee. ("ordered the release of the
 * jailed leader": "jailed" qualifies a noun and is no order's complement.)
 */
function orderedDetentions(ctx: SentenceContext, drafts: Draft[], suppressed: Set<number>): void {
  for (const d of drafts) {
    if (tok(ctx, d.verb).lemma !== "order" || d.group?.passive || !d.code.startsWith("10")) continue;
    for (let k = d.verb + 2; k < Math.min(ctx.s.tokenEnd, d.verb + 14); k++) {
      const t = tok(ctx, k);
      if (t.lower === ";" || (t.pos === "VERB" && !DETAINED.has(t.lower) && t.lower !== "be")) break;
      if (!DETAINED.has(t.lower) || !DETENTION_WORDS.has(tok(ctx, k + 1)?.lower ?? ".")) continue;
      d.code = "173";
      d.rule = `${d.rule}+detention`;
      for (const x of drafts) if (x !== d && x.verb === k) suppressed.add(k);
      break;
    }
  }
}

/** Verbs of carrying on, and the words of the violence carried on ("keep up its attacks", "continue targeting"). */
const CONTINUING = new Set(["keep", "continue", "maintain", "press", "pursue", "step"]);
const ONGOING_VIOLENCE = new Set(
  "attack attacks attacking strikes striking targeting bombing bombardment shelling raids fighting offensive assault".split(
    " ",
  ),
);

/** Verbs whose "would" is no act to come: "would be", "would have won", "would like". */
const NO_INTENT_VERBS = new Set([
  "be",
  "have",
  "like",
  "love",
  "need",
  "mean",
  "seem",
  "happen",
  "say",
  "tell",
  // (What befalls one rather than what one means to do: "the tanks would burn", "history would remember".)
  "burn",
  "remember",
  "cost",
  "last",
  "become",
  "fall",
  "collapse",
  "die",
  "suffer",
  "lose",
  "win",
  "fail",
]);

/** Can the group report an intent at all (reportedIntent's tests of the group alone): a finite future or "would". */
function mayReportIntent(g: VerbGroup): boolean {
  return !(g.passive || g.negated || g.infinitive || g.participle) && (g.future || g.modal === "would");
}

/**
 * "Sweden said it would share burdens with its new allies": a "would" or "will" act of a named
 * party, reported after a speech verb in the same sentence, not negated, passive or hedged.
 */
function reportedIntent(ctx: SentenceContext, g: VerbGroup, subject: Reference): boolean {
  if (!mayReportIntent(g) || !subject.phrases.length || NO_INTENT_VERBS.has(tok(ctx, g.head).lemma))
    return false;
  // "would make Iran pay a price" is a threat (threatPredicates), not an intent.
  if (
    tok(ctx, g.head).lemma === "make" &&
    ctx.groups.some((h) => h.head > g.head && tok(ctx, h.head).lemma === "pay")
  )
    return false;
  if (subject.phrases.some((p) => !p.country && !p.code.startsWith("IGO"))) return false;
  // ("the first Leopard tanks would come from the army's stocks": weapons intend nothing.)
  if (subject.phrases.some(isWeapon)) return false;
  // The subject right before its verb group ("Sweden would", "it would"), not one found further back.
  const last = tok(ctx, g.first - 1);
  if (!subject.phrases.some((p) => p.end === g.first) && !(last?.pos === "PRON" && subject.how === "pronoun"))
    return false;
  return ctx.groups.some((h) => h.head < g.first && SPEECH_VERBS.has(tok(ctx, h.head).lemma) && !h.negated);
}

/** Roles of people who are not combatants. */
const CIVILIAN_ROLES = new Set(["CVL", "EDU", "REL", "MED", "HLH", "BUS", "REF", "LAB", "AGR", "OPP"]);

/** Unattributed armed men, or irregulars acting on civilians. */
function irregularAssault(source: ActorPhrase, target: ActorPhrase | null): boolean {
  if (source.role === "UAF") return true;
  return (source.role === "REB" || source.role === "INS") && CIVILIAN_ROLES.has(target?.role ?? "");
}

/** A state's armed or police forces. */
export const STATE_FORCES: ReadonlySet<string> = new Set(["COP", "MIL", "SPY"]);

/** Verbs of protest in the street, and the roles of people (not states) who protest there. */
const STREET_PROTESTS = new Set(["protest", "demonstrate", "rally", "march"]);
const PEOPLE_ROLES = new Set(["OPP", "CVL", "EDU", "LAB", "AGR", "REL", "MED", "HLH", "PTY"]);

/** Nouns of an unnamed crowd heading a subject: "thousands of people", "residents", "crowds". */
const CROWD_NOUNS = new Set(
  "people crowd crowds thousands hundreds tens residents citizens students workers farmers villagers supporters voters women".split(
    " ",
  ),
);

/** Is the verb's subject an unnamed crowd ("Thousands of people protested")? */
function crowdSubject(ctx: SentenceContext, g: VerbGroup): boolean {
  let i = g.first - 1;
  while (i > ctx.s.tokenStart && tok(ctx, i).pos === "ADV") i--;
  return CROWD_NOUNS.has(tok(ctx, i)?.lower ?? "");
}

/** A crowd, or a leader's supporters ("supporters of Bolsonaro stormed Congress"): people, not an armed force. */
function crowd(p: ActorPhrase): boolean {
  return p.entries.some((e) => CROWD.test(e) || e.startsWith("supporters:"));
}

/** Armed groups against their own state: rebels, unaffiliated armed groups, insurgents. */
const INSURGENT_ROLES = new Set(["REB", "UAF", "INS"]);

function targetFromPlaces(
  ctx: SentenceContext,
  d: Draft,
  place: SentencePlace | null,
  sources: ActorPhrase[],
): string | null {
  // The answer is a place of the sentence (`place` is one too).
  if (ctx.places.length === 0) return null;
  // Rebels fight their own state: a place in their own country is what they act on.
  const insurgent =
    VIOLENT_ROOTS.has(d.code.slice(0, 2)) && sources.every((s) => INSURGENT_ROLES.has(s.role ?? ""));
  const own = new Set(insurgent ? [] : sources.map((s) => s.country));
  const after = ctx.places.filter(
    (p) => p.tokenStart > d.verb && p.tokenStart < d.to && p.country && !own.has(p.country),
  );
  // Force used "in Pakistan" after a free relative ("struck what it called … in Pakistan"):
  // violent actions may take their place from the rest of the sentence.
  // Not past a comma that opens a verb's clause: ", saying they act for Palestinians in Gaza".
  const comma =
    ctx.at.tokens
      .slice(d.to - 1, ctx.s.tokenEnd)
      .find((t) => t.text === "," && ctx.at.tokens[t.i + 1]?.pos === "VERB")?.i ?? ctx.s.tokenEnd;
  const later =
    VIOLENT_ROOTS.has(d.code.slice(0, 2)) || d.code === "015"
      ? ctx.places.find(
          (p) =>
            p.tokenStart >= d.to &&
            p.tokenStart < comma &&
            p.country &&
            !own.has(p.country) &&
            !ctx.excluded.has(p.tokenStart),
        )
      : undefined;
  // A verb's bare default code ("planned", "expanded") takes a target only from a place in its object.
  if (d.weak) return (after[0] ?? later)?.country ?? null;
  // (An insurgent's own country counts only after the verb: "the Houthis, who control much of Yemen,".)
  // ("In Brussels, Slovakia dropped its objection": a place before the verb sets the scene of a
  // cooperative act, it names no party to it; of force and threats it names where they fall.)
  // ("The US and South Korea began drills on Monday, and North Korea fired two missiles": not from a
  // clause joined before the verb's own.)
  const scene =
    place &&
    (place.tokenStart > d.verb ||
      (FORCE_PLACE_ROOTS.has(d.code.slice(0, 2)) && !clauseJoinBetween(ctx, place.tokenEnd, d.verb)))
      ? place
      : null;
  const chosen =
    after[0] ?? (scene?.country && !own.has(scene.country) && !insurgent ? scene : null) ?? later ?? null;
  return chosen?.country ?? null;
}

/** A comma and a conjunction that joins another clause (", and", ", but", ", while") in [from, to). */
function clauseJoinBetween(ctx: SentenceContext, from: number, to: number): boolean {
  for (let i = from; i < to - 1; i++)
    if (tok(ctx, i)?.text === "," && CLAUSE_JOINS.has(tok(ctx, i + 1)?.lower ?? "")) return true;
  return false;
}
const CLAUSE_JOINS = new Set(["and", "but", "while", "whereas"]);

/** Roots whose target a place before the verb may give: threats, force posture, coercion, violence. */
const FORCE_PLACE_ROOTS: ReadonlySet<string> = new Set(["13", "15", "17", "18", "19", "20"]);

/** Roots of violence: coercion by force, assault, fighting and mass violence. */
export const VIOLENT_ROOTS: ReadonlySet<string> = new Set(["18", "19", "20"]);
const KILLING_VERBS = new Set(["kill", "murder", "slay", "assassinate", "behead", "execute"]);
/** Singular titles of prominent people: killing one of them is an assassination (CAMEO 186). */
const PROMINENT_TITLES = new Set(
  (
    "leader chief commander governor minister president premier mayor general head cleric imam judge " +
    "prosecutor lawmaker legislator senator deputy envoy ambassador chairman spokesman official " +
    "candidate politician"
  ).split(" "),
);
const PRENOMINAL = new Set(["DET", "ADJ", "PROPN", "PUNCT", "ADV", "NUM"]);

/**
 * "Hezbollah guerrillas killed the deputy chief of …", "gunmen shot dead the governor": CAMEO codes the
 * killing of a prominent individual — a named person or a singular office holder — as assassination.
 */
function assassinated(ctx: SentenceContext, d: Draft, target: ActorPhrase | null): boolean {
  if (!KILLING_VERBS.has(tok(ctx, d.verb).lemma)) return false;
  if (target?.kind === "person" && target.start > d.verb) return true;
  let i = d.verbEnd;
  while (i < d.to && PRENOMINAL.has(tok(ctx, i).pos)) i++;
  // The head is the last noun of the run ("a senior army commander").
  while (i + 1 < d.to && tok(ctx, i + 1).pos === "NOUN") i++;
  return i < d.to && tok(ctx, i).pos === "NOUN" && PROMINENT_TITLES.has(tok(ctx, i).lower);
}

/** Nouns of a country's ground, sea and sky: "on Senegalese soil", "into Polish airspace". */
const TERRITORY_NOUNS = new Set(["soil", "territory", "airspace", "waters"]);

/**
 * "French troops on Senegalese soil", "drones entered Polish airspace": a country adjective on a
 * noun of territory in the clause names the side whose ground it is (not the source's own).
 */
function territoryOf(ctx: SentenceContext, d: Draft, sources: readonly ActorPhrase[]): string | null {
  const own = new Set(sources.map((p) => p.country));
  const adjective = ctx.actors.find(
    (p) =>
      p.modifierOnly &&
      !!p.country &&
      !own.has(p.country) &&
      p.start >= d.from &&
      p.end < d.to &&
      TERRITORY_NOUNS.has(tok(ctx, p.end)?.lower ?? ""),
  );
  return adjective?.country ?? null;
}

/** Consultation, cooperation and agreement (03, 04, 05, 06): what two sides at the table do together. */
const TABLE_ROOTS = /^(?:03|04|05|06)/;

/**
 * "US and Ukrainian officials met in Jeddah … The two sides also agreed to …": the two countries of
 * a talk, meeting or agreement between two named actors in the sentences before — of several pairs
 * at the table, the one the story has seen there most ("Netanyahu, who met Trump last Monday, said …
 * the two sides will hold more talks" in a story of Iran–US talks), the latest of equals. One pass to
 * count, one to choose: it runs for every sentence.
 */
function talkingPair(
  ctx: SentenceContext,
  previous: readonly CodedEvent[],
): [ActorPhrase, ActorPhrase] | null {
  const counts = new Map<string, number>();
  for (const e of previous) {
    const a = e.source?.country;
    const b = e.target?.country;
    if (!a || !b || !TABLE_ROOTS.test(e.code)) continue;
    const key = pairKey(a, b);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best: [ActorPhrase, ActorPhrase] | null = null;
  let bestCount = 0;
  for (let k = previous.length - 1; k >= 0; k--) {
    const pair = tablePair(previous[k] as CodedEvent, ctx.s.index);
    const count = pair ? (counts.get(pairKey(pair[0].country as string, pair[1].country as string)) ?? 0) : 0;
    if (pair && count > bestCount) {
      best = pair;
      bestCount = count;
    }
  }
  return best;
}

/** The two sides of the story's latest factual act of force between two countries, or null. */
function fightingPair(previous: readonly CodedEvent[]): [ActorPhrase, ActorPhrase] | null {
  for (let k = previous.length - 1; k >= 0; k--) {
    const e = previous[k] as CodedEvent;
    const a = e.source;
    const b = e.target;
    if (!VIOLENT_ROOTS.has(e.code.slice(0, 2)) || !FACTUAL.has(e.modality)) continue;
    if (a?.country && b?.country && a.country !== b.country) return [a, b];
  }
  return null;
}

/** One key for a pair of countries, either way round. */
function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** An event's two sides if it is a table act between two countries before `sentence`. */
function tablePair(e: CodedEvent, sentence: number): [ActorPhrase, ActorPhrase] | null {
  if (e.sentence >= sentence || !TABLE_ROOTS.test(e.code)) return null;
  // ("in protest at a visit to Taiwan by Nancy Pelosi": a visit named as a noun is background.)
  if (e.rule.startsWith("noun.visit")) return null;
  const a = e.source;
  const b = e.target;
  return a?.country && b?.country && a.country !== b.country ? [a, b] : null;
}

/** "Moscow and Kyiv accused each other": a reciprocal object makes every pair a dyad. */
function eachOther(ctx: SentenceContext, from: number, to: number): boolean {
  for (let i = from + 1; i < Math.min(to, from + 4); i++) {
    const a = tok(ctx, i).lower;
    const b = tok(ctx, i + 1)?.lower;
    if ((a === "each" && b === "other") || (a === "one" && b === "another")) return true;
    // "Each side accused the other": "the other" after a subject opened by "each".
    if (a === "the" && b === "other" && eachSubject(ctx, from)) return true;
  }
  return false;
}

/** Does the clause of the verb at `verb` open with "each" ("Each side accused …")? */
function eachSubject(ctx: SentenceContext, verb: number): boolean {
  for (let i = verb - 1; i >= Math.max(ctx.s.tokenStart, verb - 4); i--)
    if (tok(ctx, i).lower === "each") return true;
  return false;
}

/** Speech verbs that give an order, an act of their own rather than a statement: "told them to leave". */
const ORDERING = new Set(["tell", "order", "instruct"]);

/** "told Ottawa to cut its staff": an ordering verb whose object is followed by an infinitive. */
function orders(ctx: SentenceContext, verb: number): boolean {
  if (!ORDERING.has(tok(ctx, verb)?.lemma ?? "")) return false;
  for (let i = verb + 1; i < Math.min(ctx.s.tokenEnd - 1, verb + 8); i++) {
    const w = tok(ctx, i);
    if (w.lower === "that" || w.text === ",") return false;
    if (w.lower === "to" && tok(ctx, i + 1)?.pos === "VERB") return true;
  }
  return false;
}

/** Is the noun at i named inside an "after" or "since" phrase ("after two days of the heaviest fighting")? */
function afterSpan(ctx: SentenceContext, i: number): boolean {
  if (tok(ctx, i)?.pos !== "NOUN" && tok(ctx, i)?.lower !== "fighting") return false;
  for (let k = i - 1; k >= Math.max(ctx.s.tokenStart, i - 7); k--) {
    const t = tok(ctx, k);
    if (t.lower === "after" || t.lower === "since") return true;
    if (t.pos === "VERB" || t.pos === "AUX" || t.pos === "PUNCT") return false;
  }
  return false;
}

/** Words before a time that make it a bound, not the act's date: "in force since 1 p.m.". */
const BOUND_PREPS = new Set(["since", "until", "till", "before", "by", "within"]);
/** Of those, the ones that set a deadline or an end: "will sign before the end of June". */
const DEADLINE_PREPS = new Set(["until", "till", "before", "by", "within"]);

/**
 * "will hold two more rounds of talks before the end of May", "told soldiers to lay down their
 * weapons by 3 a.m. on Monday", "took control until the end of January": a deadline or an end is
 * no date of the act.
 */
function deadline(ctx: SentenceContext, t: TimeMention, verb: number): boolean {
  const prep = tok(ctx, t.tokenStart - 1)?.lower ?? "";
  // ("By Saturday morning, Wagner fighters had seized the headquarters": a fronted "by" tells when
  // the act was done.)
  return DEADLINE_PREPS.has(prep) && !(prep === "by" && t.tokenStart < verb);
}

/** A phrase in the list after "border(s) with" ("along the borders with Russia and Moldova"). */
function borderNeighbour(ctx: SentenceContext, p: ActorPhrase): boolean {
  for (let i = p.start - 1; i > ctx.s.tokenStart && i >= p.start - 8; i--) {
    const w = tok(ctx, i).lower;
    if (w === "with") return /^(?:border|borders|frontier|frontiers)$/.test(tok(ctx, i - 1)?.lower ?? "");
    if (w !== "and" && w !== "," && w !== "the" && !ctx.actors.some((q) => q.start <= i && i < q.end))
      return false;
  }
  return false;
}

/**
 * ", which forms much of the border between the two countries,": a relative clause between commas
 * that opens with the first comma after the verb — its first and last commas, else [-1, -1].
 */
function relativeAfter(ctx: SentenceContext, verb: number): [number, number] {
  let comma = -1;
  for (let i = verb + 1; i < ctx.s.tokenEnd; i++) {
    if (tok(ctx, i).text === ",") {
      comma = i;
      break;
    }
  }
  if (comma < 0 || !RELATIVE_OPENERS.has(tok(ctx, comma + 1)?.lower ?? "")) return [-1, -1];
  for (let i = comma + 2; i < ctx.s.tokenEnd; i++) if (tok(ctx, i).text === ",") return [comma, i];
  return [-1, -1];
}

/** "said on Thursday", "warned late on Saturday": a time next to the verb, past prepositions only. */
function rightAfter(ctx: SentenceContext, verb: number, t: TimeMention): boolean {
  if (t.tokenStart <= verb) return false;
  for (let i = verb + 1; i < t.tokenStart; i++) {
    const w = tok(ctx, i);
    if (w?.pos !== "ADP" && w?.lower !== "late" && w?.lower !== "early") return false;
  }
  return true;
}

/** "for the first time since October": the time at `at` is an earlier occasion's, not the act's. */
function firstTimeSince(ctx: SentenceContext, at: number): boolean {
  if (tok(ctx, at - 1)?.lower !== "since") return false;
  const a = tok(ctx, at - 2)?.lower;
  return a === "time" || a === "first";
}

function timeFor(
  ctx: SentenceContext,
  from: number,
  to: number,
  frames: Frame[],
  verb = from,
  ownClauseOnly = false,
): TimeMention | null {
  // Every answer below is one of the sentence's times.
  if (ctx.times.length === 0) return null;
  // (An order framing its own act — "told Ottawa on Thursday to cut its staff" — is dated by it.)
  // The act's own verb framing what follows dates its statement only by a time right after it
  // ("said on Thursday that …", "warned on Saturday that …"); "last week charged three men",
  // "had warned Moscow in early March that …" date the act.
  const statement = new Set(
    frames
      .filter((f) => f.verb !== verb || (!orders(ctx, verb) && !!f.date && rightAfter(ctx, verb, f.date)))
      .map((f) => f.date)
      .filter((d): d is TimeMention => !!d),
  );
  // "a jet that crashed on Christmas Day had been shot at": a relative clause's time is its own, as
  // is that of a happening named after "after" ("halted deliveries after a clash on February 28").
  // Nor is the time of a last occasion: "spoke … for the first time since October".
  const outside = (t: TimeMention) =>
    !inRelativeClause(ctx.at, t, verb, ctx.s.tokenStart, ctx.times) &&
    !inEventPhrase(ctx.at, t, verb) &&
    !firstTimeSince(ctx, t.tokenStart) &&
    !deadline(ctx, t, verb);
  // ("removed the buoys from the Narva river, which forms much of the border, in the early hours of
  // Thursday": a relative clause between commas after the verb is skipped over.)
  const [relStart, relEnd] = relativeAfter(ctx, verb);
  const outsideRelative = (i: number) => i < relStart || i > relEnd;
  const nextGroup = ctx.groups.find((g) => g.head > verb && outsideRelative(g.head));
  // (A pattern's match may end before the clause does: "test-fired an intercontinental ballistic
  // missile into the Pacific Ocean on Wednesday" is dated up to the next verb.)
  const end = Math.max(to, nextGroup?.first ?? ctx.s.tokenEnd);
  const inClause = (t: TimeMention) =>
    t.tokenStart < to ||
    (t.tokenStart < end &&
      !hasCommaBetween(ctx, relEnd >= 0 && t.tokenStart > relEnd ? relEnd + 1 : verb, t.tokenStart) &&
      !BOUND_PREPS.has(tok(ctx, t.tokenStart - 1)?.lower ?? ""));
  // "condemned Friday's strikes": a dated possessive dates the act its noun names, not this one —
  // unless this one happened in it ("was killed in Friday's strike", "during Monday's talks").
  const own = ctx.times.filter(
    (t) =>
      t.tokenStart >= from &&
      inClause(t) &&
      !statement.has(t) &&
      (!POSSESSIVE_MARKS.has(ctx.at.tokens[t.tokenEnd]?.lower ?? "") ||
        WITHIN_PREPS.has(ctx.at.tokens[t.tokenStart - 1]?.lower ?? "")) &&
      outside(t),
  );
  // "ratified it in October, the Federation Council approved it on November 6": the time after the
  // verb is its own; one before it may belong to an earlier clause.
  const nextVerb = nextGroup?.first ?? to;
  // "hit two vessels on their way to resupply outposts, and on August 25 a Chinese vessel rammed …":
  // a time past a ", and" or a semicolon after the verb opens the next clause.
  const ahead = own.filter((t) => t.tokenStart < verb || !clauseBreakBetween(ctx, verb, t.tokenStart));
  const after = ahead.find((t) => t.tokenStart > verb && t.tokenStart < nextVerb);
  if (ownClauseOnly) return after ?? null;
  // "The court scaled back the quotas on July 21, but the students kept marching": a time before a
  // ", but" or a semicolon belongs to the clause it closes.
  // So does a time inside a relative clause between commas ("Protest leaders, whose supporters set
  // fire to his home last Saturday, accused him …").
  const sameClause = (t: TimeMention) => {
    let comma = false;
    for (let i = t.tokenEnd; i < verb; i++) {
      const w = ctx.at.tokens[i]?.lower;
      if (w === ";" || (w === "but" && ctx.at.tokens[i - 1]?.lower === ",")) return false;
      if (w === ",") comma = true;
    }
    if (!comma) return true;
    for (let i = t.tokenStart - 1; i > ctx.s.tokenStart; i--) {
      const w = ctx.at.tokens[i]?.lower ?? "";
      if (w === ",") return true;
      if (RELATIVE_OPENERS.has(w) && ctx.at.tokens[i - 1]?.lower === ",") return false;
    }
    return true;
  };
  const before = own.filter((t) => t.tokenStart < verb);
  const mine = after ?? before.filter(sameClause).at(-1) ?? (before.length ? undefined : ahead[0]);
  if (mine) return mine;
  // "In a televised address late on Tuesday, Yoon accused …", "The fighting began on Wednesday,
  // when India struck …": a day-precise date fronted before the clause dates it too — but not the
  // date of the statement that reports it ("confirmed on Monday that it had sent troops").
  // Of several, the first: a later one sits in a clause of its own ("took effect on Tuesday, ending
  // a war that began on June 13, although both sides accused …" is Tuesday).
  const framing = frames.filter((f) => f.verb >= 0 && f.verb < from);
  // ("took effect on Wednesday, after two days of fighting": a happening named after "after" or
  // "since" is not on the clause's day.)
  if (afterSpan(ctx, verb)) return null;
  return (
    ctx.times.find(
      (t) =>
        t.tokenStart < from &&
        t.precision === "day" &&
        !statement.has(t) &&
        !framing.some((f) => t.tokenStart > f.verb) &&
        outside(t),
    ) ?? null
  );
}

/** "met in Oman", "held talks in the United Arab Emirates": a state named after "in" or "at". */
function meetingPlace(ctx: SentenceContext, start: number): boolean {
  const before = tok(ctx, start - 1)?.lower === "the" ? start - 2 : start - 1;
  const prep = tok(ctx, before)?.lower ?? "";
  return prep === "in" || prep === "at";
}

/** Prepositions of an act that took place within a dated happening: "died in Friday's strike". */
const WITHIN_PREPS = new Set(["in", "during"]);

/** Conjunctions that open a new clause after a comma: "…, and on August 25 a vessel rammed …". */
const CLAUSE_CONJUNCTIONS = new Set(["and", "but", "while", "whereas"]);

/** Whether a semicolon, or a comma and a clause conjunction, stands between `from` and `to`. */
function clauseBreakBetween(ctx: SentenceContext, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) {
    const w = ctx.at.tokens[i];
    if (w?.text === ";") return true;
    if (w?.text === "," && CLAUSE_CONJUNCTIONS.has(ctx.at.tokens[i + 1]?.lower ?? "")) return true;
  }
  return false;
}

interface Draft {
  verb: number;
  verbEnd: number;
  code: string;
  rule: string;
  source: Reference;
  target: Reference;
  group: VerbGroup | null;
  from: number;
  to: number;
  governor: Modality | null;
  /** Matched only the verb's default code: kept only with a target (or for self-contained actions). */
  weak?: boolean;
  /** An agentless violent passive: the source is implied (a place, or the story's other side). */
  implicit?: boolean;
  /** A comment (a stated feeling): said by its own subject, it is the statement itself, asserted. */
  comment?: boolean;
  /** An implied source that is the home authority: the place's country, else the target's own. */
  home?: boolean;
  /** A target known only by country ("claimed the attack" on a place). */
  targetCountry?: string;
}

/**
 * "Russian forces killed five civilians in Kharkiv", "Ukraine accused Russian forces of opening fire
 * on civilians": victims whose country was only guessed from the attacker named before them belong
 * to the side where it happened (a place in the clause) or, else, to the accuser's side.
 */
function victimSide(
  ctx: SentenceContext,
  d: Draft,
  source: ActorPhrase | null,
  target: ActorPhrase | null,
  speaker: ActorPhrase | null,
  res: CoderResources,
): ActorPhrase | null {
  if (!target || !source?.country || target.country !== source.country) return target;
  if (!VIOLENT_ROOTS.has(d.code.slice(0, 2)) || !target.entries.includes("context:country")) return target;
  const foreign = (c: string | null | undefined): c is string => !!c && c !== source.country;
  // A place in the clause after the verb ("killed five civilians in Kharkiv").
  let side: string | null =
    ctx.places.find((p) => p.tokenStart > d.verb && p.tokenStart < d.to && foreign(p.country))?.country ??
    null;
  if (!side) {
    // "shelled Kharkiv on Monday, killing four civilians", "launched strikes on Hezbollah, killing three
    // fighters": the side already struck in the sentence, else the accuser's.
    side =
      ctx.places.find((p) => p.tokenStart < d.verb && foreign(p.country))?.country ??
      ctx.actors.find(
        (p) =>
          p.end <= d.verb &&
          p !== source &&
          !p.modifierOnly &&
          foreign(p.country) &&
          !p.entries.some((e) => e.startsWith("context:")),
      )?.country ??
      (foreign(speaker?.country) ? (speaker?.country ?? null) : null);
  }
  if (!side) return target;
  const cameo = res.actors?.cameoCountry.get(side) ?? side;
  const c = copyPhrase(target);
  c.country = side;
  c.code = `${cameo}${target.role ?? ""}`;
  return c;
}

/**
 * "The United States expelled 60 Russian diplomats … Germany, France and Poland each expelled four
 * diplomats": envoys sent away (16) whose country was only guessed from the sentence, and guessed as
 * a sender's own, are those of the same noun named with another country up to three sentences back.
 */
function foreignEnvoys(
  ctx: SentenceContext,
  d: Draft,
  source: ActorPhrase | null,
  target: ActorPhrase | null,
): ActorPhrase | null {
  if (!target || !source?.country || !d.code.startsWith("16") || target.kind !== "agent") return target;
  // (Guessed as any sender's: "Germany, France and Poland each expelled four diplomats".)
  const senders = new Set(d.source.phrases.map((p) => p.country));
  // (Or counted after another clause's envoys, "…, Canada expelled four": that clause's guess.)
  const guessedElsewhere = d.target.how === "counted";
  if ((!senders.has(target.country) && !guessedElsewhere) || !target.entries.includes("context:country"))
    return target;
  const head = target.text.toLowerCase().split(" ").at(-1);
  const named = ctx.history.findLast(
    (p) =>
      p.sentence < ctx.s.index &&
      ctx.s.index - p.sentence <= 3 &&
      p.kind === "agent" &&
      !!p.country &&
      !senders.has(p.country) &&
      !p.entries.some((e) => e.startsWith("context:")) &&
      p.text.toLowerCase().split(" ").at(-1) === head,
  );
  if (!named) return target;
  const c = copyPhrase(target);
  c.country = named.country;
  c.code = named.code;
  return c;
}

/** Attack nouns whose modifier names who attacked: "in the Israeli strikes", "by Russian shelling". */
const ATTACK_NOUNS = new Set(
  "strike strikes airstrike airstrikes attack attacks shelling bombing bombardment raid raids fire barrage".split(
    " ",
  ),
);

/**
 * "300 Palestinians had been killed in the Israeli strikes", "killed by Russian shelling": the side
 * an attack noun's modifier names, in an "in"/"by" phrase of the clause, is who did it.
 */
function attackAuthor(ctx: SentenceContext, from: number, to: number): ActorPhrase | undefined {
  for (let i = from; i < to; i++) {
    const t = tok(ctx, i);
    if (t.lower !== "in" && t.lower !== "by" && t.lower !== "during") continue;
    let j = i + 1;
    const end = Math.min(to, i + 6);
    while (j < end && !ATTACK_NOUNS.has(tok(ctx, j).lower)) j++;
    if (j >= end) continue;
    const author = countryActorWithin(ctx.actors, i, j + 1);
    if (author) return author;
  }
  return undefined;
}

/**
 * The first phrase with a country that starts after token `after` and ends by `end`. (A loop, not a
 * closure: one reading attackAuthor's i and j would cost it a context on every token.)
 */
function countryActorWithin(
  actors: readonly ActorPhrase[],
  after: number,
  end: number,
): ActorPhrase | undefined {
  for (const p of actors) if (p.start > after && p.end <= end && p.country) return p;
  return undefined;
}

/** Speakers who report others' acts even within their own country: residents, press, NGOs, opposition. */
const BYSTANDER_ROLES = new Set(["CVL", "MED", "NGO", "HRI", "OPP"]);

/**
 * "Myanmar's junta launched air strikes …, residents said": residents, the press, NGOs or the
 * opposition speaking of another role of their own country report that side's act.
 */
function sameSide(source: ActorPhrase, speaker: ActorPhrase): boolean {
  // (Rebels, the opposition, an ousted leader and the state's organs are each other's other side.)
  if (oppositeSides(source, speaker)) return false;
  return !BYSTANDER_ROLES.has(speaker.role ?? "") || source.role === speaker.role;
}

/** Particles a phrasal verb's object may follow: "carried out no strikes". */
const OBJECT_PARTICLES = new Set(["out", "up", "off", "down"]);

/** Does the verb's object, from token `at`, open with "no" ("fired no missiles", "carried out no strikes")? */
function noObject(ctx: SentenceContext, at: number): boolean {
  const i = OBJECT_PARTICLES.has(tok(ctx, at)?.lower ?? "") ? at + 1 : at;
  return tok(ctx, i)?.lower === "no" && !PART_NOUNS.has(tok(ctx, i + 1)?.lower ?? "");
}

/** Does a speech frame around draft d have a speaker of the draft's own side ("Moscow said its jets …")? */
function ownDenial(frames: Frame[], d: Draft): boolean {
  for (const f of frames) {
    if (f.verb < 0 || f.from > d.verb || d.verb >= f.to || f.modality !== "reported") continue;
    const speaker = f.speaker;
    if (
      speaker?.country &&
      d.source.phrases.some((p) => p.country === speaker.country && sameSide(p, speaker))
    )
      return true;
  }
  return false;
}

function eventsFromDraft(ctx: SentenceContext, d: Draft, frames: Frame[], res: CoderResources): CodedEvent[] {
  const out: CodedEvent[] = [];
  let code = d.code;
  // "had made no commitment to free the prisoners", "has no plans to invade", "no intention of
  // attacking": an act someone has no intent to do is negated, as one not done is.
  // "The coalition said it had carried out no strikes", "Russia said its jets had not fired on the
  // town": a side saying its own forces did not do a material act (past or present, not governed)
  // denies it.
  const g0 = d.group;
  const deniedOwn =
    !!g0 &&
    !g0.passive &&
    !g0.future &&
    !g0.modal &&
    !g0.infinitive &&
    !d.governor &&
    // ("was not going to wage war": a future, not a denial.)
    tok(ctx, d.verb).lower !== "going" &&
    (g0.negated || noObject(ctx, d.verbEnd)) &&
    MATERIAL_ROOTS.has(code.slice(0, 2)) &&
    lookupPrefix(code, res.negation) === null &&
    ownDenial(frames, d);
  const negated = !!g0 && (g0.negated || noIntent(ctx, g0));
  if (negated && !deniedOwn) {
    const n = lookupPrefix(code, res.negation);
    if (n === null) return out;
    if (n) code = n;
  }
  const group = d.group ?? governingGroup(ctx, d.verb);
  // "X said … and demanded …": a verb coordinated with the speech verb is not inside its report.
  // ("Ibn Auf said Bashir, who seized power in a coup in 1989, had been detained": a relative clause
  // set off by commas inside a report is the story's own background, not the speaker's word.)
  const own =
    d.source.how === "speech-coordination"
      ? frames.filter((f) => !(f.from <= d.verb && d.verb < f.to))
      : frames.filter((f) => !(f.verb >= 0 && inCommaRelative(ctx, Math.max(f.from, f.verb + 1), d.verb)));
  const decision = decideModality(ctx, own, d.verb, group, d.governor);
  let modality = decision.modality;
  // "India said it would hold the treaty in abeyance", "Cuba announced it will extend the curfew": a
  // party announcing its own next step commits to it.
  const speaker = decision.frame?.speaker;
  // (An international body has no country: its own word is by its own code; an agent of unknown
  // country is nobody's own.)
  const ownWord =
    !!speaker &&
    d.source.phrases.some((p) =>
      speaker.country
        ? p.country === speaker.country && sameSide(p, speaker)
        : !speaker.code.startsWith("---") && p.code === speaker.code,
    );
  if (
    (decision.rule === "mod.reported-would" || (decision.rule === "mod.future" && !!decision.frame)) &&
    ownWord
  )
    modality = "vowed";
  // "Islamic State claimed the attack": a claim of responsibility acknowledges one's own act.
  if (code === "015" && modality === "asserted") modality = "acknowledged";
  // "The State Department said it was concerned": saying one's own feeling is the comment itself.
  if (d.comment && ownWord) modality = "asserted";
  else if (modality === "reported" && ownWord && isReportedSpeech(decision.frame) && !d.group?.modal) {
    const root = d.code.slice(0, 2);
    // "Brazil said it had reinforced its border": a party reporting its own act acknowledges it.
    // (Talks and concessions only by the speaker's own side of its state: the army chief telling of the
    // prime minister's resignation does not acknowledge it.)
    const ownSide = d.source.phrases.some((p) => p.code === speaker?.code || p.role === speaker?.role);
    if (MATERIAL_ROOTS.has(root) || ((OWN_DEED_ROOTS.has(root) || d.code === "057") && ownSide))
      modality = "acknowledged";
    // "The foreign ministry said Beijing firmly opposed the sale": a party stating its own stance
    // (comments, appeals, demands, disapproval, rejection, support) through its spokesman asserts it.
    else if (STANCE_ROOTS.has(root) || (root === "05" && d.code !== "057")) modality = "asserted";
  }
  const modal = group ? inheritedModal(ctx, group, ctx.s.tokenStart) : null;
  // "said it would keep targeting ships": the "would" of reported speech, on the speaker's own act.
  const reportedWould =
    modal === "would" &&
    ownWord &&
    isReportedSpeech(decision.frame) &&
    !hasCondition(ctx) &&
    !!group &&
    (group.modal === "would" || ctx.groups.some((h) => h.modal === "would" && h.head === group.first - 1));
  // "Russia warned that it could strike Kyiv": the threat it made is its own word, made now.
  const warnedThreat = ownWord && decision.frame?.rule === "attr.warn" && d.code.startsWith("13");
  // "Iran warned that the corridor would become a graveyard …": a warning made in the story's own
  // voice is that vow.
  // ("China threatened to attack Taiwan" stays the asserted act of threatening.)
  const ownWarning = modality === "asserted" && d.code.startsWith("13") && tok(ctx, d.verb)?.lemma === "warn";
  if (reportedWould || (warnedThreat && modality !== "conditional") || ownWarning) modality = "vowed";
  else if (
    modal &&
    modality !== "conditional" &&
    decision.rule !== "mod.reported-would" &&
    decision.rule !== "mod.agreed-would"
  )
    modality = "hypothetical";
  if (deniedOwn && !modal) modality = "denied";
  const place = placeFor(ctx, d.from, d.to, d.verb);
  // (One act a place listed: "Missiles hit Dnipro, Kharkiv and Lviv".)
  const listed =
    place && place.tokenStart > d.verb && PLACED_ROOTS.has(code.slice(0, 2))
      ? listedPlaces(ctx, place, Math.max(d.to, place.tokenEnd) + 12)
      : [];
  // A reported vow, plan or prediction is dated only by a time after its verb: a date before the
  // speech verb dates the statement ("on Thursday … said Moscow was ready to talk").
  // A vow or a condition made in the story's own voice is dated the same way: "On Tuesday night, Ruto
  // vowed a full response" dates the vow, not the response.
  const future =
    ((modality === "vowed" || modality === "planned" || modality === "predicted") &&
      frames.some((f) => f.verb >= 0 && f.verb < d.verb)) ||
    modality === "vowed" ||
    modality === "conditional";
  // ("In 2018, … Trump pulled out of the deal, which …, and reimposed sanctions": a verb sharing an
  // earlier verb's subject shares the time fronted before that subject.)
  const date =
    timeFor(ctx, d.from, d.to, frames, d.verb, future) ??
    // ("In April last year, fighting near Vorukh killed 50 people": so does a happening heading the
    // clause after the fronted time.)
    ((d.source.how === "coordination" || (d.source.how === "noun" && headsClause(ctx, d.verb))) &&
    d.from > ctx.s.tokenStart
      ? timeFor(ctx, ctx.s.tokenStart, d.to, frames, d.verb, future)
      : null);
  // "The United States and Ukraine opened the Sea Breeze naval exercise": drills two countries hold
  // together are a joint exercise (062), each with the other.
  const jointDrills =
    d.rule.startsWith("sv.drills.") &&
    !d.target.phrases.length &&
    d.source.phrases.length === 2 &&
    !!d.source.phrases[0]?.country &&
    !!d.source.phrases[1]?.country &&
    d.source.phrases[0]?.country !== d.source.phrases[1]?.country;
  if (jointDrills) code = "062";
  const root = code.slice(0, 2);
  // ("took to the streets on Monday and Tuesday", "took power in coups in 2020 and 2021": an act a time.)
  const listedTimes =
    date && !listed.length && date.tokenStart > d.verb && PLACED_ROOTS.has(root)
      ? listedTimesAfter(ctx, date)
      : [];
  const sources = d.source.phrases;
  // "imposed martial law in ten regions along the borders with Russia and Moldova": the neighbours
  // named after "border(s) with" say where the regions lie; the restriction falls at home.
  const alongBorders =
    HOME_RESTRICTION.test(code) &&
    d.target.phrases.length > 0 &&
    d.target.phrases.every((p) => borderNeighbour(ctx, p));
  if (alongBorders) d = { ...d, target: { ...d.target, phrases: [] } };
  let targets: (ActorPhrase | null)[] = d.target.phrases.length ? d.target.phrases : [null];
  let targetCountry: string | null = null;
  // "claimed responsibility for an attack at a mall in Kenya's capital": the attacked place's country.
  if (
    !d.target.phrases.length &&
    ((PLACE_TARGET_ROOTS.has(root) && !(root === "04" && assembly(sources))) ||
      code === "015" ||
      // ("recalled its ambassador from Paris": the capital's country is the other side.)
      code === "161" ||
      d.targetCountry)
  ) {
    targetCountry =
      d.targetCountry ?? targetFromPlaces(ctx, d, place, sources) ?? territoryOf(ctx, d, sources);
  }
  // "The government blocked Instagram", "imposed a curfew in Dhaka": restrictions on freedoms,
  // curfews and emergency rule (172x) fall on the people where they are imposed, by default the
  // source's own country.
  if (alongBorders) targetCountry = sources.find((p) => p.country)?.country ?? null;
  else if (HOME_RESTRICTION.test(code) && !d.target.phrases.length && !targetCountry)
    targetCountry = place?.country ?? sources.find((p) => p.country)?.country ?? null;
  // "Brazil and the United States agreed": a mutual act of coordinated subjects codes every pair;
  // "Australia, Canada and the Netherlands provided support" is no act on each other.
  // "The army and the RSF fought": sides fighting each other are each the other's target.
  const mutual =
    jointDrills ||
    (SYMMETRIC_ROOTS.has(root) &&
      (!d.group || MUTUAL_VERBS.has(tok(ctx, d.verb).lemma) || relationObject(ctx, d.verb + 1, d.to))) ||
    (VIOLENT_ROOTS.has(root) &&
      !!d.group &&
      !d.group.passive &&
      (COMBAT_VERBS.has(tok(ctx, d.verb).lemma) || d.rule.startsWith("sv.come-to-blows")));
  // A verb's bare default code with nobody on the receiving end ("he will pay the price") is too weak to code.
  // An appeal or a reproach is kept if the story tells whom it concerns ("urged all sides to
  // refrain …", "accused foreign-funded groups of …" in a story about one country).
  // ("Each side accused the other": coordinated or paired sources acting on each other.)
  // "The two countries had committed to stop all fighting": a pair named as such acts on itself
  // when the clause names nobody else.
  const reciprocal =
    eachOther(ctx, d.verb, d.to) ||
    (!!d.source.pair && !d.target.phrases.length && !targetCountry) ||
    // ("Tallinn and Moscow traded accusations": trading is with each other.)
    (TRADING.has(tok(ctx, d.verb).lemma) && sources.length > 1 && !d.target.phrases.length);
  const needsTarget =
    d.weak &&
    !d.target.phrases.length &&
    !targetCountry &&
    !SELF_CONTAINED_ROOTS.has(root) &&
    (sources.length < 2 || !(mutual || reciprocal));
  if (needsTarget && !STORY_TARGET_ROOTS.has(root)) return out;
  const pairs: [ActorPhrase | null, ActorPhrase | null][] = [];
  // An agentless violent passive: one event per victim, the source implied (see sourceCountry) —
  // or named as where the fire came from ("rockets were fired at Israel from Lebanon").
  if (d.implicit) {
    const origin =
      ctx.actors.find(
        (p) =>
          p.start > d.verb &&
          p.start < d.to &&
          !p.modifierOnly &&
          (tok(ctx, p.start - 1)?.lower === "from" ||
            (tok(ctx, p.start - 1)?.lower === "the" && tok(ctx, p.start - 2)?.lower === "from")),
      ) ?? attackAuthor(ctx, d.verb + 1, d.to);
    // "All six attackers were killed, the army said": armed men killed, as a state's forces report
    // it, were killed by those forces.
    const reporter = decision.frame?.speaker;
    const forces =
      reporter && ["MIL", "COP", "GOV"].includes(reporter.role ?? "") && reporter.country
        ? reporter
        : undefined;
    for (const t of d.target.phrases) {
      const hostile = !!forces && INSURGENT_ROLES.has(t.role ?? "") && t.country !== forces.country;
      pairs.push([origin && origin.country !== t.country ? origin : hostile ? (forces ?? null) : null, t]);
      // Its own forces' act, in its own word.
      if (hostile && !origin && modality === "reported") modality = "acknowledged";
    }
    // Casualties of an act whose target is only a country ("people were killed in Kyiv").
    if (!d.target.phrases.length) pairs.push([null, null]);
  } else if (
    sources.length > 1 &&
    (mutual || reciprocal) &&
    // "Russia and Ukraine exchanged prisoners": an object whose country was only guessed names no side;
    // "Putin and Kim signed the pact … during a visit to North Korea": nor one of the parties' own;
    // "Iran and the United States met in Oman": nor where they met.
    d.target.phrases.every(
      (p) =>
        p.entries.includes("context:country") ||
        sources.some((q) => !!q.country && q.country === p.country) ||
        (p.kind === "state" && !p.role && meetingPlace(ctx, p.start)),
    )
  ) {
    for (const a of sources) for (const b of sources) if (a !== b) pairs.push([a, b]);
  } else {
    if (sources.length > 1) targets = targets.filter((t) => !t || !sources.includes(t));
    for (const a of sources) for (const b of targets) pairs.push([a, b]);
    // "Soldiers exchanged fire with security agents", "police clashed with protesters": fighting
    // with someone is fought by both sides.
    if (VIOLENT_ROOTS.has(root) && !d.group?.passive && COMBAT_VERBS.has(tok(ctx, d.verb).lemma))
      for (const b of targets)
        if (b && withObject(ctx, b)) for (const a of sources) if (a) pairs.push([b, a]);
  }
  // (A vow the story itself tells — "the two countries agreed to recover the remains" — is the
  // outlet's account, not the vowing side's word.)
  const ownGovernor =
    !!d.governor &&
    d.governor !== "predicted" &&
    d.governor !== "planned" &&
    !d.rule.includes("+intent.generic");
  // (", accusing it of supporting terrorism", ", calling the strike a crime": words said in an -ing
  // adjunct after a comma are an utterance too.)
  const adjunctWords = verbalAdjunct(ctx, d);
  const utterance = UTTERANCE_RULE.test(d.rule) || adjunctWords;
  for (const [source, guessedTarget] of pairs) {
    const target = foreignEnvoys(
      ctx,
      d,
      source,
      victimSide(ctx, d, source, guessedTarget, decision.frame?.speaker ?? null, res),
    );
    if (target && target.code === source?.code) continue;
    // "Ten soldiers were killed in Ukraine": a place in another country than the victims' is the source.
    const where = source
      ? null
      : ctx.places.find(
          (p) =>
            p.tokenStart > d.verb &&
            p.tokenStart < d.to &&
            p.country &&
            (d.home || p.country !== target?.country),
        );
    const home = d.home && !source ? (where?.country ?? target?.country ?? null) : null;
    const killed = (code === "190" || code === "193") && !d.implicit && assassinated(ctx, d, target);
    // "Protesters attacked the embassy": a crowd's violence is a violent protest, a riot (145).
    if (source && VIOLENT_ROOTS.has(code.slice(0, 2)) && crowd(source)) code = "145";
    // "Serbian students protested against the plans": people, not a state, protesting in the street
    // demonstrate (141); PETRARCH's "protest against * plan" is a state's rejection (127).
    else if (
      code.startsWith("12") &&
      STREET_PROTESTS.has(tok(ctx, d.verb).lemma) &&
      PEOPLE_ROLES.has(source?.role ?? "")
    )
      code = "141";
    // "The Philippines protested the attack": a state's protest is an official complaint (114), not
    // a demonstration in the street (140).
    else if (code === "140" && source && (source.kind === "state" || source.role === "GOV")) code = "114";
    // "Gunmen killed 26 people", "militants opened fire on concertgoers": force by unattributed armed
    // men, or by irregulars against civilians, is assault (18), not conventional fighting (19).
    else if (code.startsWith("19") && source && irregularAssault(source, target))
      code = tok(ctx, d.verb).lemma === "kill" ? "1823" : "180";
    // "Police shot protesters dead": force by a state's police or troops against a crowd is violent
    // repression (175).
    else if (
      target &&
      crowd(target) &&
      STATE_FORCES.has(source?.role ?? "") &&
      (code.startsWith("18") || code.startsWith("19"))
    )
      code = "175";
    const aim = PURPOSE_CODES.has(code) ? subcodeDigit(ctx, d.verbEnd, PURPOSES) : null;
    if (aim) code = `${code === "100" ? "104" : code}${aim}`;
    const charge = code === "112" ? subcodeDigit(ctx, d.verbEnd, CHARGES) : null;
    if (charge) code = `112${charge}`;
    // ("Britain and the United States said they stood with Prague": each of coordinated speakers tells
    // of its own act.)
    const speakers = decision.frame?.speakers ?? [];
    const ownSpeaker = source && speakers.length > 1 && speakers.includes(source) ? source : null;
    // (An utterance, or an act done by saying it, is dated as a statement.)
    const said = utterance || UTTERED_ROOTS.test(code);
    // The optional fields are set after the literal: spreads inside it cost a generic copy per event.
    const e: CodedEvent = {
      sentence: ctx.s.index,
      source,
      target,
      targetCountry: target ? null : targetCountry,
      code: killed ? "186" : code,
      verb: d.verb,
      verbEnd: d.verbEnd,
      modality,
      negated,
      quoted: inRanges(d.verb, ctx.quoted),
      // ("Iran vowed to respond": the vow is Iran's word; "the emir was expected to mediate": whoever
      // expects it is not the emir.)
      attribution: ownSpeaker ?? decision.frame?.speaker ?? (ownGovernor ? source : null),
      attributionText:
        ownSpeaker?.text ?? decision.frame?.speakerText ?? (ownGovernor ? (source?.text ?? null) : null),
      // ("called the flights a provocation on Monday", "urged restraint on Monday": an utterance's time
      // is when it was said, its statement date; the act has no other date.)
      date: said ? null : date,
      statementDate: decision.frame?.date ?? (said ? date : null),
      place,
      rule: `${d.rule}${where ? "+place" : ""}${killed ? "+prominent-victim" : ""}`,
      modalityRule:
        modal && decision.rule !== "mod.reported-would" ? `mod.inherited.${modal}` : decision.rule,
    };
    if (!source) e.sourceCountry = home ?? where?.country ?? null;
    if (needsTarget) e.needsTarget = needsTarget;
    if (adjunctWords) e.utterance = true;
    out.push(e);
    // (Copied field by field: a spread copy adding a field would get a map of its own each time.)
    for (const more of listed) out.push(listedCopy(e, more.place, more.time ?? e.date));
    for (const time of listedTimes) out.push(listedCopy(e, e.place, time));
  }
  return out;
}

/** The verb group coordinated right after g when g has no object of its own ("donated and delivered …"). */
function sharedObjectGroup(ctx: SentenceContext, g: VerbGroup): VerbGroup | null {
  // ("resigned and left for Togo": a verb that takes no object shares none.)
  if (INTRANSITIVE.has(tok(ctx, g.head).lemma)) return null;
  let i = g.head + 1;
  while (i < ctx.s.tokenEnd && tok(ctx, i).pos === "ADV") i++;
  if (tok(ctx, i)?.lower !== "and" && tok(ctx, i)?.lower !== "or") return null;
  const next = ctx.groups.find((h) => h.head > i && h.head <= i + 3);
  if (!next || next.infinitive || next.participle !== g.participle) return null;
  for (let k = i + 1; k < next.first; k++) if (tok(ctx, k).pos !== "ADV") return null;
  return next;
}

/** The leader or state called right after "call" g ("called Erdogan on Tuesday"), when no label follows. */
function calledParty(ctx: SentenceContext, g: VerbGroup): ActorPhrase | null {
  let j = g.head + 1;
  if (POSSESSIVE_PRONOUNS.has(tok(ctx, j)?.lower ?? "")) j++;
  const callee = ctx.actors.find(
    (p) =>
      p.start === j && !p.modifierOnly && (p.kind === "person" || p.kind === "state" || p.role === "GOV"),
  );
  if (!callee) return null;
  // ("called Erdogan a dictator", "called Kyiv's claims lies": a label or a noun follows.)
  const next = tok(ctx, callee.end);
  // ("called his counterpart that afternoon": a time after the object is no label.)
  const time = DAY_PARTS.has(tok(ctx, callee.end + 1)?.lower ?? "");
  if (
    !next ||
    (["DET", "ADJ", "NOUN", "PROPN", "VERB", "AUX", "PART"].includes(next.pos) &&
      next.lower !== "to" &&
      !time)
  )
    return null;
  return callee;
}

/** Possessive pronouns before an object noun: "called his counterpart", "removed its loudspeakers". */
const POSSESSIVE_PRONOUNS = new Set(["his", "her", "its", "their"]);

/** Is the object from i (past determiners, possessives and a "from …" phrase) a noun no actor phrase covers? */
function thingObject(ctx: SentenceContext, i: number, end: number): boolean {
  let j = i;
  if (tok(ctx, j)?.lower === "from") {
    j++;
    while (j < end && ["DET", "PRON", "ADJ"].includes(tok(ctx, j).pos)) j++;
    if (tok(ctx, j)?.pos === "NOUN") j++;
  }
  while (j < end && ["DET", "ADJ", "NUM"].includes(tok(ctx, j).pos)) j++;
  if (POSSESSIVE_PRONOUNS.has(tok(ctx, j)?.lower ?? "")) j++;
  while (j < end && tok(ctx, j).pos === "ADJ") j++;
  if (tok(ctx, j)?.pos !== "NOUN") return false;
  return !ctx.actors.some((p) => p.start <= j && p.end > j);
}

/** Roles with no force of their own to threaten with: aid groups, rights groups, media, civilians, scholars, business. */
const UNARMED_ROLES = new Set(["NGO", "HRI", "MED", "CVL", "EDU", "BUS", "REL"]);

/** Nouns of report whose "of …-ing" names a happening: "reports of fighting". */
const REPORT_NOUNS = new Set([
  "reports",
  "report",
  "news",
  "rumours",
  "rumors",
  "accounts",
  "images",
  "footage",
  "signs",
]);

/** Verbs that take no object: none is shared with a verb joined after them. */
const INTRANSITIVE = new Set(["resign", "die", "flee", "quit", "abdicate", "collapse", "survive", "retreat"]);

/** Nouns whose "on/to/about …-ing" complement is a topic, not an act: "talks on ending the war". */
const TOPIC_NOUNS = new Set([
  "talks",
  "negotiations",
  "discussions",
  "solution",
  "plan",
  "plans",
  "proposal",
  "proposals",
  "ideas",
  "approach",
  "hopes",
  "prospects",
  "prospect",
  "efforts",
  "key",
  "path",
  "roadmap",
  "framework",
  "conference",
  "summit",
]);

const NP_INNER = new Set(["NOUN", "PROPN", "ADJ", "DET", "NUM"]);
const NP_PREPS = new Set(["of", "against", "on", "for", "to"]);

/** "Evidence against Russia was presented": the passive subject's whole noun phrase, head noun included. */
function subjectNounPhrase(ctx: SentenceContext, p: ActorPhrase, clauseStart: number): Token[] {
  let from = p.start;
  for (let k = 0; k < 5 && from - 1 >= clauseStart; k++) {
    const t = tok(ctx, from - 1);
    if (!NP_INNER.has(t.pos) && !(t.pos === "ADP" && NP_PREPS.has(t.lower))) break;
    from--;
  }
  // "North Korean units": the head noun after a country adjective belongs to the phrase.
  let to = p.end;
  while (to < ctx.s.tokenEnd && tok(ctx, to).pos === "NOUN") to++;
  return ctx.at.tokens.slice(from, to);
}

/** "by Serb gunmen", "by heavily armed gunmen": an actor phrase opening a "by" phrase, modifiers between. */
function agentOfBy(ctx: SentenceContext, p: ActorPhrase, reduced: boolean): boolean {
  const start = p.start;
  // "killed by the Malaysia Airlines crash": an actor modifying another noun is not the agent,
  // unless that noun is an attack ("killed by Israeli strikes").
  const next = tok(ctx, p.end);
  if (reduced && next && (next.pos === "NOUN" || next.pos === "PROPN") && !ATTACK_NOUNS.has(next.lower))
    return false;
  for (let k = start - 1; k >= start - 4; k--) {
    const t = tok(ctx, k);
    if (!t) return false;
    if (t.lower === "by") return true;
    // "signed by representatives of the government": people of an actor act for it.
    if (t.lower === "of") {
      const noun = tok(ctx, k - 1);
      const by =
        tok(ctx, k - 2)?.lower === "by" ||
        (tok(ctx, k - 2)?.pos === "ADJ" && tok(ctx, k - 3)?.lower === "by");
      return noun?.pos === "NOUN" && by;
    }
    // ("by the morality police": a noun right before the actor's head compounds with it.)
    if (
      t.pos !== "ADJ" &&
      t.pos !== "ADV" &&
      t.pos !== "DET" &&
      !(t.pos === "VERB" && t.lower.endsWith("ed")) &&
      !(t.pos === "NOUN" && k === start - 1)
    )
      return false;
  }
  return false;
}

/** The noun phrases of a passive subject's actors, one after another (a loop: flatMap costs more). */
function subjectNounPhrases(ctx: SentenceContext, phrases: ActorPhrase[], clauseStart: number): Token[] {
  const out: Token[] = [];
  for (const p of phrases) for (const t of subjectNounPhrase(ctx, p, clauseStart)) out.push(t);
  return out;
}

/** Does a noun phrase from `from` end in a finite auxiliary or copula ("the sanctions were", "it has")? */
function reportedCopula(ctx: SentenceContext, from: number, to: number): boolean {
  let i = from;
  if (tok(ctx, i)?.lower === "that") i++;
  const start = i;
  while (i < to && ["DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON"].includes(tok(ctx, i).pos)) i++;
  return i > start && i < to && tok(ctx, i).pos === "AUX" && tok(ctx, i).lower !== "to";
}

/** The draft of a verb group's own event with its clause's subject as source. */
function subjectDraft(
  g: VerbGroup,
  code: string,
  rule: string,
  source: Reference,
  target: Reference,
  from: number,
  to: number,
  governor: Modality | null,
): Draft {
  return { verb: g.head, verbEnd: g.head + 1, code, rule, source, target, group: g, from, to, governor };
}

function verbDraft(
  ctx: SentenceContext,
  g: VerbGroup,
  res: CoderResources,
  /** The subject when found otherwise ("the strikes" standing for their author). */
  subjectOverride?: Reference,
): Draft | null {
  const verb = tok(ctx, g.head);
  if (COPULAS.has(verb.lemma)) return null;
  // A verb the lexicon has no patterns for matches none (below, bestPattern gives null): only a
  // response verb or a reported future act (reportedIntent) can still make a draft of it, so the
  // subject and the clause are not looked for otherwise.
  if (!RESPONSE_VERBS.has(verb.lemma) && !mayReportIntent(g) && verbPatterns(res.lexicon, verb) === undefined)
    return null;
  // "swore in a new prime minister": an inauguration, not an oath to someone.
  if (verb.lemma === "swear" && tok(ctx, g.head + 1)?.lower === "in") return null;
  // "…, adding that China's build-up of its forces was a concern": a verb of saying followed by its
  // "that" says; what it says is coded from its own words, not by the verb's patterns ("add * troops",
  // "declare * war").
  if (SPEECH_VERBS.has(verb.lemma) && !CODED_SPEECH.has(verb.lemma) && tok(ctx, g.head + 1)?.lower === "that")
    return null;
  if (g.participle) {
    const prep = tok(ctx, g.first - 1);
    const noun = tok(ctx, g.first - 2);
    if (
      prep &&
      noun &&
      ["on", "to", "about", "for", "toward", "towards"].includes(prep.lower) &&
      TOPIC_NOUNS.has(noun.lower)
    )
      return null;
    // "concerned by the reports of fighting", "after days of fighting": a gerund that a noun of
    // report or span counts out names the happening; whoever did it is not the clause's subject.
    if (prep?.lower === "of" && noun && (REPORT_NOUNS.has(noun.lower) || SPAN_NOUNS.has(noun.lower)))
      return null;
  }
  // A speech verb frames what it reports; it is an event itself only with a specific pattern
  // ("claimed responsibility", "declined to comment") or when it is an accusation or denial.
  const speech = SPEECH_VERBS.has(verb.lemma) && !CODED_SPEECH.has(verb.lemma);
  const start = clauseStart(ctx.at, ctx.s, g);
  let end = clauseEnd(ctx.at, ctx.s, ctx.groups, g);
  // "donated and personally delivered goods to the university": verbs joined before their object share it.
  const joined = sharedObjectGroup(ctx, g);
  if (joined) end = clauseEnd(ctx.at, ctx.s, ctx.groups, joined);
  // "condemned what it called China's escalatory actions": the naming verb's object is this verb's.
  const naming = namingRelative(ctx, g);
  if (naming) end = clauseEnd(ctx.at, ctx.s, ctx.groups, naming);
  // "…, according to X" and "…, X said" are not part of the event's clause.
  for (let i = naming ? naming.head + 1 : g.head + 1; i < end; i++) {
    if (ctx.excluded.has(i)) {
      end = i;
      break;
    }
  }
  // "said the attack should be …": a noun right after a speech verb and before a verb is the subject
  // of the reported clause, not the speech verb's object ("announced an attack").
  const embedded = ctx.groups.some((h) => h.first === end && !h.infinitive && !h.participle);
  // Not "declared a state of emergency and sent troops" (a coordinated verb) nor "declared a state of
  // emergency that took effect" (a relative clause).
  const beforeEnd = tok(ctx, end - 1);
  if (
    speech &&
    embedded &&
    beforeEnd.pos !== "PUNCT" &&
    beforeEnd.pos !== "CCONJ" &&
    !RELATIVE_WORDS.has(beforeEnd.lower)
  )
    end = g.head + 1;
  // "said the sanctions were illegal": a copula or auxiliary after the noun phrase opens a reported clause too.
  if (speech && reportedCopula(ctx, g.head + 1, end)) end = g.head + 1;
  const subject = subjectOverride ?? findSubject(ctx, g);
  // "The protocol was signed by …": with no actor in the subject, its words still choose the pattern.
  const subjectTokens = !g.passive
    ? instrumentAntecedent(ctx, g)
    : subject.phrases.length
      ? subjectNounPhrases(ctx, subject.phrases, start)
      : ctx.at.tokens.slice(Math.max(start, g.first - 10), g.first);
  const match = bestPattern(res.lexicon, verb, ctx.at.tokens, start, end, subjectTokens, ctx.placeStarts);
  // "was ready to respond if needed", "will respond forcefully": a response still to come is a threat.
  if (
    RESPONSE_VERBS.has(verb.lemma) &&
    !match?.pattern.code &&
    !g.passive &&
    !g.negated &&
    subject.phrases.length
  ) {
    const governor = governorModality(ctx, g);
    if (g.future || g.modal === "would" || g.modal === "will" || governor === "vowed") {
      const codes = new Set(subject.phrases.map((p) => p.code));
      // "respond to any Israeli attack": whose act it answers.
      const answered = findTarget(
        ctx,
        g.head + (tok(ctx, g.head + 1)?.lower === "to" ? 2 : 1),
        end,
        codes,
        "to",
      );
      // (A response to come, said by the responder or of it, is a vow: "said it will respond".)
      return subjectDraft(g, "130", "answer.threat", subject, answered, start, end, governor ?? "vowed");
    }
  }
  // "Jordan said it would keep working with Washington", "N'Djamena would respect the notice period":
  // a reported future act that codes nothing of its own is the intent to do it (030).
  if (
    (!match?.pattern.code || (match.score === 0 && LIGHT_VERBS.has(verb.lemma) && !helpAlone(ctx, g))) &&
    reportedIntent(ctx, g, subject)
  ) {
    const codes = new Set(subject.phrases.map((p) => p.code));
    // "would keep working with Washington": the target may be in the verb it governs.
    const next = ctx.groups.find(
      (h) => h.first > g.head && h.first <= end + 1 && (h.participle || h.infinitive),
    );
    if (next) end = clauseEnd(ctx.at, ctx.s, ctx.groups, next);
    // "would take all measures necessary", "would take countermeasures": an unspecified reprisal is a
    // threat. ("would make Iran pay" is one already: threatPredicates.)
    const reprisal = verb.lemma === "take" && hasWord(ctx, g.head + 1, end, REPRISAL_NOUNS);
    // "would keep up its attacks on Israel", "would keep targeting ships": carrying on the violence
    // it is waging is that violence, vowed.
    const violence = CONTINUING.has(verb.lemma) && hasWord(ctx, g.head + 1, end, ONGOING_VIOLENCE);
    const target = findTarget(ctx, g.head + 1, end, codes, violence ? "on" : null);
    const [code, rule] = reprisal
      ? ["130", "intent.reprisal"]
      : violence
        ? ["190", "intent.continue-violence"]
        : ["030", "intent.reported"];
    return subjectDraft(g, code, rule, subject, target, start, end, null);
  }
  if (!match || (!match.pattern.code && !match.pattern.reverse)) return null;
  // "Moscow has not commented on the seizure": not commenting is declining to (010 negated is 011).
  const noComment = verb.lemma === "comment" && g.negated && !g.passive && match.score === 0;
  if (noComment && subject.phrases.length) {
    const about = findTarget(ctx, g.head + 1, end, new Set(subject.phrases.map((p) => p.code)), "on");
    return subjectDraft(g, "010", "comment.negated", subject, about, start, end, null);
  }
  // "Putin called Erdogan on Tuesday", "called his Indian counterpart": a leader or state called
  // straight after the verb, with no label after it, is telephoned (041: CAMEO's default for CALL).
  if (verb.lemma === "call" && match.score === 0 && !g.passive && !g.negated) {
    const callee = calledParty(ctx, g);
    if (callee) {
      const reference: Reference = { phrases: [callee], text: callee.text, how: "object" };
      return subjectDraft(g, "041", "call.phone", subject, reference, start, end, governorModality(ctx, g));
    }
  }
  // "Biden and Xi talked for four hours", "the two leaders spoke": two parties talking with no one
  // else named consult each other (040); one party talking makes no statement event.
  if (
    match.score === 0 &&
    TALK_VERBS.has(verb.lemma) &&
    !g.passive &&
    new Set(subject.phrases.map((p) => p.code)).size >= 2
  ) {
    const none: Reference = { phrases: [], text: null, how: "none" };
    return subjectDraft(
      g,
      "040",
      `${verb.lemma}.mutual`,
      subject,
      none,
      start,
      end,
      governorModality(ctx, g),
    );
  }
  if (match.score === 0 && ((LIGHT_VERBS.has(verb.lemma) && !helpAlone(ctx, g)) || speech)) return null;
  if (
    speech &&
    (match.pattern.code ?? "").startsWith("01") &&
    match.pattern.code !== "011" &&
    match.pattern.code !== "015" &&
    match.pattern.code !== "016"
  ) {
    return null;
  }
  // Residual "make statement" defaults of non-speech verbs ("seen as") are noise, not events.
  if (match.pattern.code === "010" && match.pattern.after.length === 0) return null;
  // "A drone attack killed three American soldiers": violence by a weapon whose owner is not said
  // has its source implied, as an agentless passive's (the story's other side, else unidentified).
  if (
    !g.passive &&
    !subject.phrases.length &&
    VIOLENT_ROOTS.has((match.pattern.code ?? "").slice(0, 2)) &&
    instrumentSubject(ctx, g)
  ) {
    const victims = findTarget(ctx, g.head + 1, end, new Set(), prepOf(match.pattern));
    if (victims.phrases.length)
      return impliedSource(ctx, g, match.pattern, victims, start, end, "instrument");
  }
  let source = subject;
  let target: Reference;
  const sourceCodes = new Set(subject.phrases.map((p) => p.code));
  const targetFrom = g.head + 1;
  // "Israel is opposed to French mediation": a stative passive is the active verb ("opposes").
  const stative = g.passive && STATIVE_PASSIVES.has(verb.lemma) && tok(ctx, g.head + 1)?.lower === "to";
  // "Thousands of people protested in Tbilisi": a crowd naming no actor protests where it is.
  // ("protested against the plans": a crowd in the street demonstrates, whatever the pattern's 12x says.)
  const street = STREET_PROTESTS.has(verb.lemma) && !!match.pattern.code?.startsWith("12");
  if (
    !g.passive &&
    !subject.phrases.length &&
    (match.pattern.code?.startsWith("14") || street) &&
    crowdSubject(ctx, g)
  ) {
    const pattern = street ? { ...match.pattern, code: "141" } : match.pattern;
    const target = findTarget(ctx, targetFrom, end, sourceCodes, prepOf(pattern));
    return homeDraft(impliedSource(ctx, g, pattern, target, start, end, "crowd"));
  }
  // "One protester died after inhaling tear gas": who dies undergoes the act, as a passive's subject.
  if ((g.passive || (verb.lemma === "die" && !g.participle)) && !stative) {
    const agent = ctx.actors.find((p) => p.start > g.head && p.start < end && agentOfBy(ctx, p, !!g.reduced));
    if (agent) {
      source = { phrases: withCoordinatedRight(ctx, agent, end), text: agent.text, how: "passive-agent" };
      target = subject;
      // "the sanctions imposed by the EU on Belarus": a reduced relative on a noun naming no actor
      // acts on whom its own phrase names; with nobody, it is an event only when it is violence
      // done to something ("villages shelled by artillery"), not "a statement issued by the ministry".
      if (g.reduced && !subject.phrases.length) {
        const codes = new Set(source.phrases.map((p) => p.code));
        target = findTarget(ctx, agent.end, end, codes, prepOf(match.pattern) ?? "on");
        if (!target.phrases.length && !VIOLENT_ROOTS.has((match.pattern.code ?? "").slice(0, 2))) return null;
      }
    } else if (g.reduced && !DONE_TO_PEOPLE.has(verb.lower)) {
      // ("a reporter arrested in Yekaterinburg": an act done to people goes on as a passive's.)
      return null;
    } else if (THEME_SOURCE.has(verb.lemma)) {
      target = findTarget(ctx, targetFrom, end, sourceCodes, prepOf(match.pattern));
    } else if (VIOLENT_ROOTS.has((match.pattern.code ?? "").slice(0, 2)) && subject.phrases.length) {
      // "Ten Russian soldiers were killed in Ukraine": the victims are the target; the source is implied.
      return impliedSource(ctx, g, match.pattern, subject, start, end, "implicit-source");
    } else if (
      HOME_AUTHORITY.test(match.pattern.code ?? "") &&
      (subject.phrases.length ||
        humanSubject(ctx, g, start) ||
        // ("a curfew was imposed", "the borders were closed": a restriction the pattern names by its
        // own subject noun.)
        (match.score > 0 && RESTRICTION.test(match.pattern.code ?? "")))
    ) {
      // "Yoon was impeached", "two activists were arrested in Minsk": the authorities acting are,
      // unless named, those of the country where it happens (or of the one it happens to); "More
      // than 100 people have been arrested" names nobody: the country's, or the story's.
      return homeDraft(impliedSource(ctx, g, match.pattern, subject, start, end, "home-authority"));
    } else if (VIOLENT_ROOTS.has((match.pattern.code ?? "").slice(0, 2)) && match.score > 0) {
      // "Rockets were fired at Israel from Lebanon": the weapons are the subject, the target follows.
      const aimed = findTarget(ctx, targetFrom, end, sourceCodes, prepOf(match.pattern));
      if (!aimed.phrases.length) return null;
      return impliedSource(ctx, g, match.pattern, aimed, start, end, "implicit-source");
    } else return null;
  } else if (match.pattern.target === "subject") {
    target = subject;
    // "drew condemnation from X": the pattern's closing preposition introduces the doer.
    source = findTarget(ctx, targetFrom, end, sourceCodes, closingPreposition(match.pattern));
  } else {
    const theme = THEME_SOURCE.has(verb.lemma);
    // Visits and meetings (04) have their host as target: "a summit in Switzerland".
    // Force and coercion (17–20) are aimed "at" their target: "fired tear gas at demonstrators".
    const root = (match.pattern.code ?? "").slice(0, 2);
    const host =
      root === "04"
        ? assembly(subject.phrases)
          ? null
          : "in"
        : root === "17" || VIOLENT_ROOTS.has(root)
          ? "at"
          : null;
    target = findTarget(ctx, targetFrom, end, sourceCodes, prepOf(match.pattern), theme, host);
    // "sending troops as human shields in addition to … to Russia": the destination may lie past the clause.
    // Only as the object of "to": "deployed troops, accusing Kyiv of …" sends nothing to Kyiv.
    if (theme && !target.phrases.length) {
      const beyond = findTarget(ctx, end, ctx.s.tokenEnd, sourceCodes, "to", true);
      if (beyond.phrases.every((p) => wordBefore(ctx, p.start) === "to")) target = beyond;
    }
    // "warned that the corridor would become a graveyard for American troops": a warning naming
    // nobody is aimed at the first other side its "that" clause names (not the speaker's own troops).
    // ("warned that it would respond to any Israeli attack": the speaker's own verb there is the threat.)
    // ("warned that Moscow would respond": the speaker's own side in the clause is no target.)
    const ownCountries = new Set(subject.phrases.map((p) => p.country ?? p.code));
    if (
      verb.lemma === "warn" &&
      tok(ctx, g.head + 1)?.lower === "that" &&
      target.phrases.length &&
      target.phrases.every((p) => ownCountries.has(p.country ?? p.code))
    )
      target = { phrases: [], text: null, how: "none" };
    if (
      verb.lemma === "warn" &&
      !target.phrases.length &&
      tok(ctx, g.head + 1)?.lower === "that" &&
      tok(ctx, g.head + 2)?.pos !== "PRON"
    ) {
      const inner = ctx.groups.find((h) => h.first > g.head + 1 && !h.infinitive && !h.participle);
      const own = new Set(subject.phrases.map((p) => p.country ?? p.code));
      const innerEnd = inner ? clauseEnd(ctx.at, ctx.s, ctx.groups, inner) : -1;
      const other = ctx.actors.find(
        (p) => p.start > g.head + 1 && p.start < innerEnd && !!p.country && !own.has(p.country),
      );
      if (other) target = { phrases: [other], text: other.text, how: "warned-clause" };
    }
    // "sent troops to fight alongside Russian forces": the ally they join.
    if (theme && !target.phrases.length) {
      const ally = ctx.actors.find((p) => p.start > g.head && tok(ctx, p.start - 1)?.lower === "alongside");
      if (ally) target = { phrases: [ally], text: ally.text, how: "alongside" };
    }
  }
  // A reverse-only pattern ("X received support from Y") codes Y → X; a paired code ("A visits B",
  // "B hosts A") keeps only the stated direction, as event datasets do.
  if (!match.pattern.code) {
    // "X enjoyed support from Y" without an X is no event.
    if (!subject.phrases.length) return null;
    [source, target] = [target, source];
  }
  if (!source.phrases.length) return null;
  // "officers seized power": a coup, with nobody named, is against the putschists' own government.
  const homeCountry =
    match.pattern.target === "home" && !target.phrases.length ? source.phrases[0]?.country : undefined;
  // "met Assad to discuss efforts to counter Islamic State": what is discussed is a topic; only
  // "discuss with" names whom with.
  // ("to discuss Myanmar": a party that is itself the object is discussed with the body that meets.)
  const directObject = target.phrases.some(
    (p) => p.start === g.head + 1 || (p.start === g.head + 2 && tok(ctx, g.head + 1).lower === "the"),
  );
  const topicOnly =
    verb.lemma === "discuss" && !match.pattern.target && target.phrases.length > 0 && !directObject;
  if (topicOnly) target = { phrases: [], text: null, how: "none" };
  // "Aid agencies warned that a battle would be catastrophic": a warning by those with no force of
  // their own, naming no threat, is no threat.
  if (
    verb.lemma === "warn" &&
    match.score === 0 &&
    subject.phrases.length &&
    subject.phrases.every((p) => UNARMED_ROLES.has(p.role ?? ""))
  )
    return null;
  // "removed its loudspeakers", "removes from its constitution a reference": removing a thing is no
  // removal of anyone (174 is of people, from office or the country).
  if (verb.lemma === "remove" && match.score === 0 && !g.passive && thingObject(ctx, g.head + 1, end))
    return null;
  // "spoke to reporters": talking to the press is no consultation.
  if (
    (match.pattern.code ?? "").startsWith("04") &&
    target.phrases.length &&
    target.phrases.every((p) => p.role === "MED")
  )
    return null;
  return {
    verb: g.head,
    verbEnd: g.head + 1,
    code: match.pattern.code ?? (match.pattern.reverse as string),
    rule: match.pattern.id,
    source,
    target,
    group: g,
    from: start,
    to: end,
    governor: governorModality(ctx, g),
    weak: match.score === 0 || topicOnly,
    ...(homeCountry ? { targetCountry: homeCountry } : {}),
  };
}

/**
 * Feelings an actor states about another's act: concern or alarm is a pessimistic comment (012),
 * satisfaction or encouragement an optimistic one (013).
 */
const FEELINGS: ReadonlyMap<string, string> = new Map([
  ...[
    "concerned",
    "worried",
    "alarmed",
    "troubled",
    "disturbed",
    "dismayed",
    "disappointed",
    "saddened",
    "appalled",
    "outraged",
    "shocked",
  ].map((w) => [w, "012"] as [string, string]),
  ...["pleased", "encouraged", "heartened", "satisfied", "optimistic", "hopeful", "delighted"].map(
    (w) => [w, "013"] as [string, string],
  ),
]);
const FEELING_VERBS = new Set(["be", "remain", "feel", "seem", "appear"]);

/**
 * "The State Department said it was seriously concerned by the drills", "Germany is deeply
 * troubled about Russia's actions": a copula with a feeling adjective is a comment by its subject
 * on what the adjective's complement names (the copula is not a verb group, so the adjective
 * heads a group of its own, from the copula).
 */
function feelingDrafts(ctx: SentenceContext): Draft[] {
  const out: Draft[] = [];
  // Outside the loop: a closure reads it (a per-iteration binding costs a context per token).
  let i = ctx.s.tokenStart + 1;
  for (; i < ctx.s.tokenEnd; i++) {
    const code = FEELINGS.get(tok(ctx, i).lower);
    if (!code) continue;
    // A block of its own: the constants below that closures read cost a context only here.
    {
      let first = i - 1;
      while (first > ctx.s.tokenStart && tok(ctx, first).pos === "ADV") first--;
      const copula = tok(ctx, first);
      if (!FEELING_VERBS.has(copula.lemma)) continue;
      let start = first;
      const before = tok(ctx, first - 1);
      const modal = before && (before.lower === "would" || before.lower === "could") ? before.lower : null;
      if (modal) start--;
      const negated = ctx.at.tokens.slice(first, i).some((t) => t.lower === "not" || t.lower === "n't");
      const g: VerbGroup = {
        head: i,
        first: start,
        negated,
        modal,
        future: false,
        passive: false,
        infinitive: false,
        participle: false,
      };
      const subject = findSubject(ctx, g);
      if (!subject.phrases.length || negated) continue;
      const end = ctx.groups.find((h) => h.first > i)?.first ?? ctx.s.tokenEnd;
      // "concerned by the drills": the adjective's own preposition introduces what it is about.
      const prep = tok(ctx, i + 1)?.pos === "ADP" ? tok(ctx, i + 1).lower : null;
      const target = findTarget(ctx, i + 1, end, new Set(subject.phrases.map((p) => p.code)), prep);
      out.push({
        verb: i,
        verbEnd: i + 1,
        code,
        rule: `feeling.${tok(ctx, i).lower}`,
        source: subject,
        target,
        group: g,
        from: clauseStart(ctx.at, ctx.s, g),
        to: end,
        governor: null,
        comment: true,
      });
    }
  }
  return out;
}

/** Nouns of talks that "open to" takes: "Doha remained open to dialogue". */
const TALK_NOUNS = new Set([
  "dialogue",
  "dialog",
  "talks",
  "negotiations",
  "negotiation",
  "discussions",
  "diplomacy",
]);

/**
 * "Doha remained open to dialogue", "Bangkok was open to negotiations with Cambodia": a party open to
 * talks expresses its intent to negotiate (036), a vow aimed at the partner named after "with", else
 * at the story's other side.
 */
function opennessDrafts(ctx: SentenceContext): Draft[] {
  const out: Draft[] = [];
  // Outside the loop: a closure reads it (a per-iteration binding costs a context per token).
  let i = ctx.s.tokenStart + 1;
  for (; i < ctx.s.tokenEnd - 2; i++) {
    if (tok(ctx, i).lower !== "open" || tok(ctx, i + 1).lower !== "to") continue;
    let n = i + 2;
    while (n < ctx.s.tokenEnd && (tok(ctx, n).pos === "DET" || tok(ctx, n).pos === "ADJ")) n++;
    if (!TALK_NOUNS.has(tok(ctx, n)?.lower ?? "")) continue;
    let first = i - 1;
    while (first > ctx.s.tokenStart && tok(ctx, first).pos === "ADV") first--;
    if (!FEELING_VERBS.has(tok(ctx, first).lemma)) continue;
    if (ctx.at.tokens.slice(first, i).some((t) => t.lower === "not" || t.lower === "n't")) continue;
    const g = bareGroup(i, first, false);
    const subject = findSubject(ctx, g);
    if (!subject.phrases.length) continue;
    const end = ctx.groups.find((h) => h.first > n)?.first ?? ctx.s.tokenEnd;
    const target = findTarget(ctx, n + 1, end, new Set(subject.phrases.map((p) => p.code)), "with");
    out.push({
      verb: i,
      verbEnd: i + 1,
      code: "036",
      rule: "openness.talks",
      source: subject,
      target,
      group: g,
      from: clauseStart(ctx.at, ctx.s, g),
      to: end,
      governor: "vowed",
      weak: true,
    });
  }
  return out;
}

/** Verbs of watching that a feeling noun after "with" turns into a comment: "watching events with concern". */
const WATCHING_VERBS = new Set(["watch", "follow", "view", "monitor", "observe", "note"]);
/** Feeling nouns after "with", by the comment they make. */
const FEELING_NOUNS: ReadonlyMap<string, string> = new Map([
  ...["concern", "alarm", "dismay", "worry", "unease", "anxiety"].map((w): [string, string] => [w, "012"]),
  ...["satisfaction", "optimism"].map((w): [string, string] => [w, "013"]),
]);

/**
 * "The United States was watching events in Seoul with grave concern": watching something with a
 * feeling is a comment on it (012 / 013), as being concerned about it is.
 */
function watchingDrafts(ctx: SentenceContext, drafts: Draft[]): Draft[] {
  return activeGroupDrafts(ctx, WATCHING_VERBS, (g) => watchingDraft(ctx, drafts, g));
}

/**
 * The feeling draft of watching verb g (replacing a weak draft of it), or null. (A function of its
 * own: closures reading g in the loop above would cost a context for every verb group.)
 */
function watchingDraft(ctx: SentenceContext, drafts: Draft[], g: VerbGroup): Draft | null {
  const existing = drafts.findIndex((d) => d.verb === g.head);
  if (existing >= 0 && !drafts[existing]?.weak) return null;
  const end = clauseEnd(ctx.at, ctx.s, ctx.groups, g);
  const by = ctx.at.tokens.slice(g.head + 1, end).findIndex((t) => t.lower === "with") + g.head + 1;
  if (by <= g.head) return null;
  let k = by + 1;
  while (["ADJ", "ADV"].includes(tok(ctx, k)?.pos ?? "")) k++;
  const code = FEELING_NOUNS.get(tok(ctx, k)?.lower ?? "");
  if (!code) return null;
  const subject = findSubject(ctx, g);
  if (!subject.phrases.length) return null;
  if (existing >= 0) drafts.splice(existing, 1);
  return {
    verb: g.head,
    verbEnd: g.head + 1,
    code,
    rule: `feeling.with-${tok(ctx, k).lower}`,
    source: subject,
    target: findTarget(ctx, g.head + 1, by, new Set(subject.phrases.map((p) => p.code)), null),
    group: g,
    from: clauseStart(ctx.at, ctx.s, g),
    to: by,
    governor: null,
    comment: true,
  };
}

/** Words that make a label a condemnation ("called the flights a provocation") or praise. */
const LABELS: ReadonlyMap<string, string> = new Map([
  ...(
    "provocation provocative provocations threat violation violations aggression aggressive crime crimes " +
    "criminal illegal illegitimate unlawful unacceptable reckless irresponsible dangerous terrorist terrorism " +
    "escalation escalatory sham farce blackmail lie lies propaganda absurd outrageous hostile destabilising " +
    "destabilizing barbaric atrocity atrocities genocide invasion occupation interference meddling hypocritical " +
    "baseless groundless unfounded fabricated slander insult shameful cowardly heinous brutal unjustified " +
    "disgraceful abhorrent mistake blow affront attack assault piracy aggressor hybrid interference unsafe " +
    "unprofessional protectionist fake false arbitrary discriminatory unfair unjust inhumane racist " +
    "coercive bullying intimidation harassment sabotage unwarranted excessive disproportionate deplorable " +
    "appalling regrettable counterproductive politicised politicized colonial imperialist plot politically war coup " +
    "oppression persecution repression terror mafia fraud dictatorship tyranny treasonous treason betrayal " +
    "stupid immoral breach nonsense ridiculous senseless adversary enemy wrong stolen rigged " +
    "genocidal antisemitic hateful unprovoked unwelcome extremist fascist nazi nazis warmonger warmongers " +
    "terrorists criminals thugs hooligans bandits mercenaries traitor traitors liar liars murderer murderers " +
    "puppet puppets corrupt authoritarian despotic autocratic dishonest deceitful malicious dictator dictators " +
    "killer killers tyrant tyrants offensive insulting slanderous defamatory scandalous reprehensible " +
    "unfriendly cynical treacherous inflammatory misleading irrational hysterical paranoid short-sighted " +
    "disaster disastrous catastrophe catastrophic capitulation treachery black pointless futile meaningless " +
    "useless nonsensical unjustifiable cruel barbarous monstrous vile despicable sinister inadmissible " +
    "intolerable unconscionable"
  )
    .split(" ")
    .map((w): [string, string] => [w, "111"]),
  ..."constructive productive positive useful successful historic success breakthrough fruitful legitimate cordial excellent"
    .split(" ")
    .map((w): [string, string] => [w, "051"]),
]);
/** Label words that are also nouns of acts ("the offensive"): a label only when no article or adjective opens them. */
const NOUN_LABELS = new Set(["offensive"]);

/** The label code of token j, unless the word there is the noun of a label word that is also a noun. */
function labelAt(ctx: SentenceContext, j: number): string | undefined {
  const t = tok(ctx, j);
  if (!t) return undefined;
  // "was neither free nor fair", "had not been free and fair": a vote's verdict of blame.
  if (t.lower === "neither" || t.lower === "not") {
    const k = tok(ctx, j + 1)?.lower === "been" ? j + 2 : j + 1;
    if (
      tok(ctx, k)?.lower === "free" &&
      ["and", "or", "nor"].includes(tok(ctx, k + 1)?.lower ?? "") &&
      tok(ctx, k + 2)?.lower === "fair"
    )
      return "111";
  }
  const code = LABELS.get(t.lower);
  if (!code || !NOUN_LABELS.has(t.lower)) return code;
  const before = tok(ctx, j - 1);
  return before && (before.pos === "DET" || before.pos === "ADJ" || before.lower === "'s") ? undefined : code;
}
const APPEAL_PREPS = new Set(["on", "upon", "for"]);
const LABEL_VERBS = new Set([
  "call",
  "describe",
  "brand",
  "label",
  "term",
  "dub",
  "dismiss",
  "denounce",
  "designate",
]);

/**
 * "Venezuela called the flights a provocation", "He called the attack reckless", "described Russia
 * as a threat": naming something with a word of blame (111) or praise (051) is that judgment, aimed
 * at the actor the object names (or, for a definite act such as "the attack", at its author).
 */
function labelDrafts(ctx: SentenceContext, drafts: Draft[]): Draft[] {
  return activeGroupDrafts(ctx, LABEL_VERBS, (g) => labelDraft(ctx, drafts, g, tok(ctx, g.head)));
}

/**
 * The drafts `make` gives for the active, affirmative verb groups whose lemma is one of `verbs` (the
 * loop of the label, watching and "out of" drafts; `make` is made once a sentence, not per group).
 */
function activeGroupDrafts(
  ctx: SentenceContext,
  verbs: ReadonlySet<string>,
  make: (g: VerbGroup) => Draft | null,
): Draft[] {
  const out: Draft[] = [];
  for (const g of ctx.groups) {
    if (!verbs.has(tok(ctx, g.head).lemma) || g.passive || g.negated) continue;
    const draft = make(g);
    if (draft) out.push(draft);
  }
  return out;
}

/**
 * The label draft of naming verb g (replacing a weak draft of it), or null. (A function of its own:
 * closures reading g and the label's span in the loop above would cost a context for every verb group.)
 */
function labelDraft(ctx: SentenceContext, drafts: Draft[], g: VerbGroup, verb: Token): Draft | null {
  // A weak default draft of the verb gives way to the label; a specific pattern keeps its code.
  const existing = drafts.findIndex((d) => d.verb === g.head);
  const next = tok(ctx, g.head + 1);
  // "called the blast on the Kerch bridge a terrorist act": "call … on/for" is an appeal only with
  // its preposition right after the verb.
  // ("called the strikes a terrorist attack": nor is "call … strikes" a strike called, with a label after.)
  const looseAppeal =
    existing >= 0 &&
    (drafts[existing]?.rule.startsWith("call.") || verb.lemma === "call") &&
    !APPEAL_PREPS.has(next?.lower ?? "");
  if (existing >= 0 && !drafts[existing]?.weak && !looseAppeal) return null;
  // "slamming what he called lax cooperation": the label of a free relative is its governor's object
  // (and "what it called their support for Israel" appeals for nothing).
  if (tok(ctx, g.first - 2)?.lower === "what") {
    if (looseAppeal) drafts.splice(existing, 1);
    return null;
  }
  if (!next || next.pos === "ADP" || next.lower === "what" || next.lower === "for") return null;
  // ("called it a deliberate provocation": "it" is the act just told; only blame is read of it —
  // "called it a day" labels nothing.)
  const itObject = next.lower === "it";
  // "stopped short of calling the incident an attack": not done.
  if (tok(ctx, g.first - 1)?.lower === "of" && tok(ctx, g.first - 2)?.lower === "short") return null;
  const end = clauseEnd(ctx.at, ctx.s, ctx.groups, g);
  // The object runs to "as" or the label's article or word; the label lies within six tokens of it.
  let split = -1;
  let code: string | undefined;
  for (let i = g.head + 2; i < Math.min(end, g.head + 10) && split < 0; i++) {
    const t = tok(ctx, i);
    // ('called the raid "a flagrant violation"': a quotation mark opens the label.)
    if (QUOTES.has(t.text)) continue;
    if (t.pos === "PUNCT" || t.pos === "VERB") break;
    const opens = t.lower === "as" || t.lower === "a" || t.lower === "an" || !!labelAt(ctx, i);
    if (!opens) continue;
    for (let j = i; j < Math.min(end, i + 6); j++) {
      code = labelAt(ctx, j);
      if (code || (tok(ctx, j).pos === "PUNCT" && !QUOTES.has(tok(ctx, j).text))) break;
    }
    split = i;
  }
  if (split < 0 || !code || (itObject && code !== "111")) return null;
  const subject = findSubject(ctx, g);
  if (!subject.phrases.length) return null;
  const own = new Set(subject.phrases.map((p) => p.code));
  let target = findTarget(ctx, g.head + 1, split, own, null);
  // "described the arrivals as a hybrid operation by the Russian authorities": the label's author.
  if (!target.phrases.length) {
    const after = (p: ActorPhrase, k: number) => tok(ctx, p.start - k)?.lower;
    const by = ctx.actors.find(
      (p) =>
        p.start > split &&
        p.start < end &&
        (after(p, 1) === "by" || (after(p, 1) === "the" && after(p, 2) === "by")),
    );
    if (by && !own.has(by.code)) target = { phrases: [by], text: by.text, how: "label-author" };
  }
  if (existing >= 0) drafts.splice(existing, 1);
  return {
    verb: g.head,
    verbEnd: g.head + 1,
    code,
    rule: `label.${verb.lemma}`,
    source: subject,
    target,
    group: g,
    from: clauseStart(ctx.at, ctx.s, g),
    to: split,
    governor: governorModality(ctx, g),
  };
}

/** Parts of speech of a noun an actor's name may modify ("the Paris climate agreement"). */
const NOUNISH = new Set(["NOUN", "PROPN"]);
/**
 * '"If Hezbollah breaks the agreement, we will strike," he said': force threatened with nobody named
 * as its object is aimed at the actor whose act the condition names (the subject of the sentence's
 * "if" clause), when that is another side.
 */
function conditionTargets(ctx: SentenceContext, kept: Draft[]): void {
  // (Looked up once a sentence, and only when some draft needs it.)
  let actor: ActorPhrase | null | undefined;
  for (const d of kept) {
    if (d.target.phrases.length || !VIOLENT_ROOTS.has(d.code.slice(0, 2))) continue;
    if (actor === undefined) actor = conditionSubject(ctx);
    if (!actor) return;
    const own = new Set(d.source.phrases.map((p) => p.country ?? p.code));
    if (own.has(actor.country ?? actor.code)) continue;
    d.target = { phrases: [actor], text: actor.text, how: "condition" };
    d.rule = `${d.rule}|target.condition`;
  }
}

/** The actor opening the sentence's "if" clause ("If Hezbollah breaks …"), or null. */
function conditionSubject(ctx: SentenceContext): ActorPhrase | null {
  for (let i = ctx.s.tokenStart; i < ctx.s.tokenEnd - 1; i++) {
    if (tok(ctx, i).lower !== "if") continue;
    const k = tok(ctx, i + 1)?.lower === "the" ? i + 2 : i + 1;
    return ctx.actors.find((p) => p.start === k && !p.modifierOnly) ?? null;
  }
  return null;
}

/** Verbs that take a state "out of" a treaty or a body: "pulled the United States out of the deal". */
const OUT_OF_VERBS = new Set(["pull", "take", "withdraw", "bring", "lead"]);

/**
 * "Duterte pulled the Philippines out of the International Criminal Court", "Trump took the United
 * States out of the Paris agreement": a leader taking its own state out of a body or a treaty cuts
 * that tie (160), aimed at the body when it is an actor; the state is no target (nor a territory
 * taken, as "take" alone would code). The verb's own draft gives way.
 */
function outOfDrafts(ctx: SentenceContext, drafts: Draft[]): Draft[] {
  return activeGroupDrafts(ctx, OUT_OF_VERBS, (g) => outOfDraft(ctx, drafts, g));
}

/** outOfDrafts' draft for verb group g, or null. (Its own function: closures here run per match only.) */
function outOfDraft(ctx: SentenceContext, drafts: Draft[], g: VerbGroup): Draft | null {
  const at = (i: number) =>
    ctx.actors.find((p) => p.start === i || (p.start === i + 1 && tok(ctx, i).lower === "the"));
  const state = at(g.head + 1);
  if (state?.kind !== "state" || state.role || !state.country) return null;
  if (tok(ctx, state.end)?.lower !== "out" || tok(ctx, state.end + 1)?.lower !== "of") return null;
  const subject = findSubject(ctx, g);
  if (!subject.phrases.some((p) => p.country === state.country)) return null;
  // ("out of the Paris climate agreement": a city naming an agreement is no party to aim at.)
  const named = at(state.end + 2);
  const body =
    named && !named.modifierOnly && !NOUNISH.has(tok(ctx, named.end)?.pos ?? "") ? named : undefined;
  const existing = drafts.findIndex((d) => d.verb === g.head);
  if (existing >= 0) drafts.splice(existing, 1);
  return {
    verb: g.head,
    verbEnd: g.head + 1,
    code: "160",
    rule: `out-of.${tok(ctx, g.head).lemma}`,
    source: subject,
    target: referenceTo(body, "out-of"),
    group: g,
    from: clauseStart(ctx.at, ctx.s, g),
    to: clauseEnd(ctx.at, ctx.s, ctx.groups, g),
    governor: governorModality(ctx, g),
  };
}

/** Participles of a third party's good offices: "a deal brokered by China", "talks mediated by Qatar". */
const MEDIATED = new Set(["brokered", "mediated", "facilitated"]);

/**
 * "a deal brokered by China", "talks mediated by Qatar, Egypt and the United States": the agents
 * after "by" mediate (045) between the deal's two parties — named after "between", else the
 * coordinated parties of the sentence, else the two sides of the story's talks.
 */
function mediatedDrafts(ctx: SentenceContext, drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (let i = ctx.s.tokenStart; i < ctx.s.tokenEnd - 2; i++) {
    if (!MEDIATED.has(tok(ctx, i).lower) || tok(ctx, i + 1).lower !== "by") continue;
    const draft = mediatedDraft(ctx, drafts, i);
    if (draft) out.push(draft);
  }
  return out;
}

/** mediatedDrafts' draft for the participle at i, or null. */
function mediatedDraft(ctx: SentenceContext, drafts: Draft[], i: number): Draft | null {
  // ("the agreement, brokered by …", "a deal brokered by …", "was brokered by …": after a noun.)
  let k = i - 1;
  while (k > ctx.s.tokenStart && (tok(ctx, k).text === "," || ["AUX", "ADV"].includes(tok(ctx, k).pos))) k--;
  if (tok(ctx, k)?.pos !== "NOUN") return null;
  const at = tok(ctx, i + 2)?.lower === "the" ? i + 3 : i + 2;
  const agent = ctx.actors.find(
    (p) => (p.start === at || p.start === i + 2) && !p.modifierOnly && !!p.country,
  );
  if (!agent) return null;
  const agents = withCoordinatedRight(ctx, agent, ctx.s.tokenEnd);
  const last = agents.at(-1) as ActorPhrase;
  const own = new Set(agents.map((p) => p.country));
  const parties = mediatedParties(ctx, k, last.end, own);
  if (!parties) return null;
  // (A draft of the participle's own verb gives way unless it named a target: "brokered" as a sale.)
  const existing = drafts.findIndex((d) => d.verb === i);
  if (existing >= 0 && drafts[existing]?.target.phrases.length) return null;
  if (existing >= 0) drafts.splice(existing, 1);
  return {
    verb: i,
    verbEnd: i + 1,
    code: "045",
    rule: `mediated.${tok(ctx, i).lower}`,
    source: { phrases: agents, text: agents.map((p) => p.text).join(", "), how: "by-agent" },
    target: { phrases: parties, text: parties.map((p) => p.text).join(", "), how: "pair", pair: true },
    group: ctx.groups.find((g) => g.head === i) ?? null,
    from: Math.max(ctx.s.tokenStart, k - 1),
    to: last.end,
    governor: null,
  };
}

/** The two parties a mediated deal at noun `noun` is between (none of them a mediator), or null. */
function mediatedParties(
  ctx: SentenceContext,
  noun: number,
  after: number,
  own: Set<string | null>,
): ActorPhrase[] | null {
  const fits = (p: ActorPhrase) => !p.modifierOnly && !!p.country && !own.has(p.country);
  // "a truce between Israel and Hamas, brokered by …", "brokered by Qatar between Israel and Hamas".
  for (const at of [noun + 1, after]) {
    if (tok(ctx, at)?.lower !== "between") continue;
    const first = ctx.actors.find((p) => p.start >= at + 1 && p.start <= at + 2 && fits(p));
    const pair = first ? withCoordinatedRight(ctx, first, ctx.s.tokenEnd).filter(fits) : [];
    if (pair.length >= 2) return pair.slice(0, 2);
  }
  // "Saudi Arabia and Iran agreed …, in a deal brokered by China": the sentence's coordinated parties.
  // (Joined by "and" alone: the pair is the subject of its own verb, which withCoordinatedRight refuses.)
  for (const p of ctx.actors) {
    if (p.start >= noun || !fits(p) || tok(ctx, p.end)?.lower !== "and") continue;
    const q = ctx.actors.find((x) => x.start === p.end + 1 && fits(x));
    if (q && q.country !== p.country) return [p, q];
  }
  const table = ctx.talkingPair;
  return table?.every(fits) ? [...table] : null;
}

/** A reference to one actor phrase found `how`, or to nobody when there is none. */
function referenceTo(p: ActorPhrase | null | undefined, how: string): Reference {
  return p ? { phrases: [p], text: p.text, how } : { phrases: [], text: null, how: "none" };
}

/** The possessive ending as the tokenizer splits it off. */

/** Relative pronouns that open a clause between commas. */
const RELATIVE_OPENERS = new Set(["who", "whose", "which", "whom", "where"]);
/** Relative pronouns that stand right before their clause's verb: "a state of emergency that took effect". */
const RELATIVE_WORDS = new Set(["that", "which", "who"]);

/**
 * Where a speech verb's complement starts, from `i` right after the verb: past a time adverbial and
 * its "that" ("said on Friday that …"), past "that" alone, else `i`.
 */
function pastThat(ctx: SentenceContext, i: number): number {
  let at = i;
  for (let j = i; j < Math.min(ctx.s.tokenEnd, i + 9); j++) {
    const t = tok(ctx, j);
    // ("said claims that Russia was behind it were absurd": that "that" is the noun's.)
    if (t.lower === "that" && CONTENT_NOUNS.has(tok(ctx, j - 1)?.lower ?? "")) break;
    // ("said that evening that …": a demonstrative before a time noun belongs to the time.)
    if (t.lower === "that" && DAY_PARTS.has(tok(ctx, j + 1)?.lower ?? "")) {
      j++;
      continue;
    }
    if (t.lower === "that") {
      at = j;
      break;
    }
    if (!["ADP", "PROPN", "NOUN", "NUM", "ADJ", "DET"].includes(t.pos)) break;
  }
  return tok(ctx, at)?.lower === "that" ? at + 1 : at;
}

/** Nouns whose "that" opens what they report: "claims that …", "fears that …". */
const CONTENT_NOUNS = new Set(
  "claim claims allegation allegations accusation accusations report reports suggestion suggestions rumour rumours rumor rumors speculation fear fears concern concerns assertion assertions evidence news view belief notion".split(
    " ",
  ),
);

/** Nouns of a time a demonstrative "that" may open: "that evening", "that day". */
const DAY_PARTS = new Set(["morning", "afternoon", "evening", "night", "day", "week", "month", "year"]);

/** Verbs that state a verdict in their complement ("said the attack was a war crime"). */
const VERDICT_VERBS = new Set([
  "say",
  "insist",
  "declare",
  "state",
  "argue",
  "charge",
  "allege",
  "tell",
  "add",
  "write",
]);
/** Nouns of acts a verdict may judge, besides those that refer back to an earlier act. */
const JUDGED_NOUNS = new Set(
  "trials sentence law vote referendum election disruption speculation involvement irregularities".split(" "),
);
/** Determiners of a judged act: "the attack", "any deliberate disruption". */
const VERDICT_DETERMINERS = new Set([
  "the",
  "this",
  "these",
  "those",
  "such",
  "its",
  "their",
  "his",
  "her",
  "any",
]);
/** Judged nouns that stand without a determiner: "said claims Russia was behind it were absurd". */
const BARE_JUDGED = new Set("claims allegations accusations speculation reports remarks comments".split(" "));
/** Prepositions of a phrase between a judged noun and its verb: "speculation about the Kremlin's role was …". */
const VERDICT_PREPS = new Set(["of", "about", "over", "against", "on", "by", "in"]);
const VERDICT_LINKS = new Set([
  "was",
  "were",
  "is",
  "are",
  "had",
  "has",
  "amounted",
  "amounts",
  "constituted",
  "constitutes",
  // ("said the events looked like a coup")
  "looked",
  "looks",
  "seemed",
  "seems",
]);

/**
 * "Lebanon's prime minister said the attack was a war crime", "Rights groups said the trial was
 * politically motivated": a verdict of blame (or praise) on a definite act, stated in a speech verb's
 * complement, is that judgment by the speaker (111 / 051), aimed at the act's author.
 */
function verdictDrafts(ctx: SentenceContext, drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const g of ctx.groups) {
    if (!VERDICT_VERBS.has(tok(ctx, g.head).lemma) || g.passive || g.negated) continue;
    if (drafts.some((d) => d.verb === g.head && !d.weak)) continue;
    // ("The decision was illegal, Lasconi said": also a clause told before the speaker and a comma.)
    const verdict = judgedClause(ctx, pastThat(ctx, g.head + 1)) ?? frontedVerdict(ctx, g);
    if (!verdict) continue;
    const { code, author, object, pronoun, end } = verdict;
    const subject = findSubject(ctx, g);
    if (!subject.phrases.length) continue;
    const existing = drafts.findIndex((d) => d.verb === g.head);
    if (existing >= 0) drafts.splice(existing, 1);
    const draft: Draft = {
      verb: g.head,
      verbEnd: g.head + 1,
      code,
      rule: `verdict.${tok(ctx, g.head).lemma}`,
      source: subject,
      // ("Rwanda's offensive": the act's possessor is its author.)
      target: referenceTo(author, "possessor"),
      group: g,
      from: clauseStart(ctx.at, ctx.s, g),
      to: Math.max(end, g.head + 1),
      governor: governorModality(ctx, g),
    };
    out.push(draft);
    if (!author) VERDICT_OBJECTS.set(draft, pronoun ? -1 : object);
  }
  return out;
}

/**
 * The link verb, within the dozen words from `from` and before a comma, that a word of blame or
 * praise follows within three words: "were" of "claims Russia was behind the blasts were stupid";
 * -1 if none.
 */
function judgedLink(ctx: SentenceContext, from: number): number {
  const end = Math.min(ctx.s.tokenEnd, from + 12);
  for (let j = from; j < end; j++) {
    const t = tok(ctx, j);
    if (t.text === "," || t.text === ";") return -1;
    if (!VERDICT_LINKS.has(t.lower)) continue;
    for (let k = j + 1; k <= j + 3 && k < ctx.s.tokenEnd; k++) if (labelAt(ctx, k)) return j;
  }
  return -1;
}

/** A judgment found in a clause: its code, the judged act's author if named, where its noun phrase begins. */
interface Verdict {
  code: string;
  author: ActorPhrase | undefined;
  object: number;
  pronoun: boolean;
  end: number;
}

/**
 * The verdict of the clause starting at `start`: "the attack was a war crime", "any deliberate
 * disruption of European energy infrastructure was utterly unacceptable", "it was a clear
 * violation"; null when the clause judges no act with a word of blame or praise.
 */
function judgedClause(ctx: SentenceContext, start: number): Verdict | null {
  let i = start;
  const det = tok(ctx, i)?.lower ?? "";
  // ("said Rwanda's offensive amounted to …": a possessor stands for the article.)
  const possessor = ctx.actors.find(
    (p) => p.start === i && POSSESSIVE_MARKS.has(tok(ctx, p.end)?.text ?? ""),
  );
  // ("Brazil said it was a clear violation of the Vienna Convention": "it" is the act just told.)
  const pronoun = det === "it" && VERDICT_LINKS.has(tok(ctx, i + 1)?.lower ?? "");
  // ("said the court's decision was illegal": the possessor after an article.)
  const owner =
    possessor ??
    (det === "the"
      ? ctx.actors.find((p) => p.start === i + 1 && POSSESSIVE_MARKS.has(tok(ctx, p.end)?.text ?? ""))
      : undefined);
  let author: ActorPhrase | undefined = owner;
  let object = -1;
  if (!pronoun) {
    const from = i;
    object = from;
    if (owner) i = owner.end + 1;
    else if (VERDICT_DETERMINERS.has(det)) i++;
    else {
      // ("said Western speculation about … was a lie": a bare plural or mass noun, maybe an actor's.)
      const named = ctx.actors.find((p) => p.start === i && p.end > i);
      if (named) {
        author = named;
        i = named.end;
      }
      if (!["ADJ", "NOUN"].includes(tok(ctx, i)?.pos ?? "")) return null;
    }
    while (
      i < ctx.s.tokenEnd &&
      ["ADJ", "NOUN"].includes(tok(ctx, i).pos) &&
      !VERDICT_LINKS.has(tok(ctx, i + 1)?.lower ?? "") &&
      !VERDICT_PREPS.has(tok(ctx, i + 1)?.lower ?? "") &&
      // ("claims Russia was …", "claims that Russia was …": the noun of talk heads its phrase.)
      !(BARE_JUDGED.has(tok(ctx, i).lower) && !["ADJ", "NOUN"].includes(tok(ctx, i + 1)?.pos ?? ""))
    )
      i++;
    const noun = tok(ctx, i);
    if (!noun || !(EVENT_REFERENCES.has(noun.lower) || JUDGED_NOUNS.has(noun.lower))) return null;
    // (A bare noun must be a plural or a mass noun of talk: "claims", "speculation".)
    if (!owner && !VERDICT_DETERMINERS.has(det) && !BARE_JUDGED.has(noun.lower)) return null;
    // ("claims Russia was behind the blasts were stupid": past the clause the noun of talk reports,
    // to the link verb a word of blame or praise follows.)
    // ("Western speculation": an actor named in the noun phrase is its author.)
    author ??= ctx.actors.find((p) => p.start >= from && p.end <= i);
    if (BARE_JUDGED.has(noun.lower) && !VERDICT_LINKS.has(tok(ctx, i + 1)?.lower ?? "")) {
      const link = judgedLink(ctx, i + 1);
      if (link >= 0) i = link - 1;
    }
    // ("any deliberate disruption of European energy infrastructure was …": one prepositional phrase.)
    if (!VERDICT_LINKS.has(tok(ctx, i + 1)?.lower ?? "") && VERDICT_PREPS.has(tok(ctx, i + 1)?.lower ?? "")) {
      let j = i + 2;
      const limit = Math.min(ctx.s.tokenEnd, i + 10);
      while (j < limit && ["DET", "ADJ", "NOUN", "PROPN", "PART", "NUM", "ADP"].includes(tok(ctx, j).pos))
        j++;
      if (j < limit && VERDICT_LINKS.has(tok(ctx, j).lower)) i = j - 1;
    }
    if (!VERDICT_LINKS.has(tok(ctx, i + 1)?.lower ?? "")) return null;
  }
  let code: string | undefined;
  const end = Math.min(ctx.s.tokenEnd, i + 10);
  for (let j = i + 2; j < end && !code; j++) {
    const t = tok(ctx, j);
    if (t.text === "," || t.text === ";" || t.lower === "but") break;
    code = labelAt(ctx, j);
  }
  // (Of "it", only blame: "said it was a success" may praise anything.)
  if (!code || (pronoun && code !== "111")) return null;
  return { code, author, object, pronoun, end };
}

/** The verdict of a clause told before speech verb g and a comma, or null (asked only when needed). */
function frontedVerdict(ctx: SentenceContext, g: VerbGroup): Verdict | null {
  const fronted = frontedComplement(ctx, g);
  return fronted >= 0 ? judgedClause(ctx, fronted) : null;
}

/**
 * "The decision was illegal, Lasconi said", "Manila bore full responsibility, the coast guard said":
 * where a clause told before its speaker and a comma begins (past opening quotes), or -1.
 */
function frontedComplement(ctx: SentenceContext, g: VerbGroup): number {
  let first = Math.min(g.first, ...findSubject(ctx, g).phrases.map((p) => p.start));
  if (tok(ctx, first - 1)?.pos === "DET") first--;
  if (first <= ctx.s.tokenStart + 2 || tok(ctx, first - 1)?.text !== ",") return -1;
  let open = ctx.s.tokenStart;
  while (QUOTES.has(tok(ctx, open)?.text ?? "")) open++;
  return open;
}

/** Where the judged noun phrase of a verdict with no author named begins ("the remark"); -1 for "it". */
const VERDICT_OBJECTS = new WeakMap<Draft, number>();

/**
 * "China said the remark was wrong and irresponsible": a verdict on a definite act or remark that
 * names no author aims at the author the story gave it, as a reaction to that noun as object does.
 */
function verdictAnaphora(
  ctx: SentenceContext,
  d: Draft,
  kept: Draft[],
  previous: CodedEvent[],
  speakers: Speaker[],
): void {
  const object = VERDICT_OBJECTS.get(d);
  if (object === undefined || d.target.phrases.length) return;
  if (object < 0) {
    pronounVerdict(d, previous, ctx.s.index);
    return;
  }
  // The judged noun phrase stands where a reaction's object would: right after its verb.
  const proxy: Draft = { ...d, verb: object - 1, verbEnd: object, comment: false };
  anaphoricTarget(ctx, proxy, kept, previous, speakers);
  if (!proxy.target.phrases.length) return;
  d.target = proxy.target;
  d.rule = proxy.rule;
}

/**
 * "The Commission called the incursion a reckless violation. Kyiv said it was a dangerous
 * precedent": "it" judged right after another judgment is what that one judged, aimed at the same
 * actor (unless that is the speaker's side); else the story's latest hostile act of another side
 * in this sentence or the two before, as any disapproval with no object.
 */
function pronounVerdict(d: Draft, previous: CodedEvent[], sentence: number): void {
  const own = new Set(d.source.phrases.map((p) => p.country ?? p.code));
  const judged = previous.findLast(
    (e) =>
      e.sentence === sentence - 1 &&
      e.code.startsWith("11") &&
      !!e.target &&
      !own.has(e.target.country ?? e.target.code) &&
      !own.has(e.source?.country ?? e.source?.code ?? ""),
  );
  if (judged?.target) {
    d.target = { phrases: [judged.target], text: judged.target.text, how: "anaphora" };
    d.rule = `${d.rule}|target.judged`;
    return;
  }
  answerLatestAct(d, previous, sentence - 2, HOSTILE_ACT_ROOTS, "latest-act");
}

/** Speech verbs whose that-clause may hold the speaker's stance on an actor ("said Iran was responsible"). */
const STANCE_VERBS = VERDICT_VERBS;
/** Copulas of a stance's clause: "X was an aggressor", "X had been behind it". */
const STANCE_COPULAS = new Set(["was", "were", "is", "are", "remained", "remains", "been"]);
/** Forms of "make" in "made a mistake". */
const MAKE_FORMS = new Set(["made", "make", "makes", "making"]);
/** Nouns of a wrong step that a speaker blames on someone: "made a grave mistake". */
const MISTAKE_NOUNS = new Set(["mistake", "mistakes", "error", "errors", "blunder", "miscalculation"]);
/** Words of a stance's predicate between its copula and its head: "was solely to blame", "was Russia's adversary". */
const STANCE_INNER = new Set(["DET", "ADJ", "ADV", "PROPN", "NOUN"]);

/**
 * Where a speech verb's that-clauses begin: right after the verb (past a time adverbial or an
 * addressee, and a "that"), and after each later "and that" of the same verb's
 * sentence (before another speech verb).
 */
function complementStarts(ctx: SentenceContext, g: VerbGroup): number[] {
  let i = g.head + 1;
  // ("told Biden that …", "told reporters that …": past the addressee.)
  if (tok(ctx, g.head).lemma === "tell") i = ctx.actors.find((p) => p.start === i)?.end ?? i;
  i = pastThat(ctx, i);
  const starts = [i];
  // ("Manila bore full responsibility, Liu said": a clause before the speaker and a comma.)
  const fronted = frontedComplement(ctx, g);
  if (fronted >= 0) starts.push(fronted);
  for (let j = i; j < ctx.s.tokenEnd - 1; j++) {
    const t = tok(ctx, j);
    if (SPEECH_VERBS.has(t.lemma) && headsOtherGroup(ctx.groups, j, g)) break;
    if (t.lower === "and" && tok(ctx, j + 1)?.lower === "that") starts.push(j + 2);
  }
  return starts;
}

/**
 * Does a group other than g have its head at token j? (A loop, not a closure: one reading j would
 * cost complementStarts a context on every token.)
 */
function headsOtherGroup(groups: readonly VerbGroup[], j: number, g: VerbGroup): boolean {
  for (const h of groups) if (h.head === j && h !== g) return true;
  return false;
}

/**
 * "responsible for a rocket attack": responsibility for violence names its author, and the story
 * tells the act itself rather than the blame for it ("responsible for organising" is a task).
 */
function violentObject(ctx: SentenceContext, from: number): boolean {
  // ("responsible for organising the summit": a task, not a blame.)
  return tok(ctx, from)?.pos === "VERB" || violentNoun(ctx, from) >= 0;
}

/** The head of a noun phrase from `from` that names an act of violence ("a rocket attack"), or -1. */
function violentNoun(ctx: SentenceContext, from: number): number {
  let i = from;
  while (i < ctx.s.tokenEnd && ["DET", "ADJ", "NUM"].includes(tok(ctx, i).pos)) i++;
  while (tok(ctx, i + 1)?.pos === "NOUN") i++;
  const roots = EVENT_REFERENCES.get(tok(ctx, i)?.lower ?? "");
  return roots?.some((r) => VIOLENT_ROOTS.has(r)) ? i : -1;
}

/**
 * The stance a that-clause takes on its subject actor, from its predicate: "was responsible for",
 * "was to blame for", "was behind", "bore responsibility for" accuse (112); "was an aggressor",
 * "was Russia's adversary", a predicate headed by a word of blame or praise, judge (111 / 051).
 * Null for any other predicate, and for a negated one.
 */
/** Predicates that put the blame on their subject: "was complicit", "were culpable". */
const BLAMED_PREDICATES = new Set(["complicit", "culpable", "liable"]);

function stancePredicate(ctx: SentenceContext, from: number): string | null {
  let i = from;
  while (tok(ctx, i)?.pos === "ADV" && !NEGATION_WORDS.includes(tok(ctx, i).lower)) i++;
  const first = tok(ctx, i)?.lower ?? "";
  // "bore (sole) responsibility for the escalation".
  if (["bore", "bears", "bear"].includes(first)) {
    let j = i + 1;
    while (tok(ctx, j)?.pos === "ADJ") j++;
    // ("Manila bore full responsibility, Liu said": for what, the story has told.)
    const next = tok(ctx, j + 1);
    const ok =
      tok(ctx, j)?.lower === "responsibility" &&
      ((next?.lower === "for" && !violentObject(ctx, j + 2)) || !next || next.pos === "PUNCT");
    return ok ? "112" : null;
  }
  // "Iran had made a very big mistake", "was making a grave error": a mistake blamed on the subject.
  const made = ["had", "has", "have", "was", "were", "is", "are"].includes(first) ? i + 1 : i;
  if (MAKE_FORMS.has(tok(ctx, made)?.lower ?? "")) {
    for (let j = made + 1; j < Math.min(ctx.s.tokenEnd, made + 6); j++) {
      const w = tok(ctx, j);
      if (MISTAKE_NOUNS.has(w.lower)) return "111";
      if (!["DET", "ADJ", "ADV"].includes(w.pos)) break;
    }
    return null;
  }
  if (["had", "has", "have"].includes(first) && tok(ctx, i + 1)?.lower === "been") i++;
  // "Algeria had chosen escalation", "opted for confrontation": choosing what blame names is blamed.
  const chose = ["had", "has", "have"].includes(first) ? i + 1 : i;
  if (["chose", "chosen", "opted", "choose", "chooses"].includes(tok(ctx, chose)?.lower ?? "")) {
    let j = chose + 1;
    while (["for", "the", "a", "an", "path", "of", "road"].includes(tok(ctx, j)?.lower ?? "")) j++;
    return labelAt(ctx, j) === "111" ? "111" : null;
  }
  if (!STANCE_COPULAS.has(tok(ctx, i)?.lower ?? "")) return null;
  i++;
  while (tok(ctx, i)?.pos === "ADV" && !NEGATION_WORDS.includes(tok(ctx, i).lower)) i++;
  const head = tok(ctx, i)?.lower ?? "";
  if (NEGATION_WORDS.includes(head)) return null;
  if (head === "responsible" && tok(ctx, i + 1)?.lower === "for")
    return violentObject(ctx, i + 2) ? null : "112";
  if (head === "to" && tok(ctx, i + 1)?.lower === "blame") return "112";
  if (head === "behind" || head === "guilty" || BLAMED_PREDICATES.has(head)) return "112";
  // ("had been either complicit or incompetent")
  if (head === "either" && BLAMED_PREDICATES.has(tok(ctx, i + 1)?.lower ?? "")) return "112";
  if (head === "at" && tok(ctx, i + 1)?.lower === "fault") return "112";
  // The predicate's words up to its head noun or adjective: one of them a label.
  for (let j = i; j < Math.min(ctx.s.tokenEnd, i + 6); j++) {
    const t = tok(ctx, j);
    if (!STANCE_INNER.has(t.pos) && !POSSESSIVE_MARKS.has(t.text)) return null;
    const code = labelAt(ctx, j);
    if (code) return code;
    if (t.pos === "NOUN" && !POSSESSIVE_MARKS.has(tok(ctx, j + 1)?.text ?? "")) {
      const next = tok(ctx, j + 1);
      if (next?.pos !== "NOUN") return null;
    }
  }
  return null;
}

/**
 * "Seoul said Pyongyang alone was responsible for the escalation", "Medvedev declared that the
 * United States was Russia's adversary": a speech verb's that-clause whose subject is an actor and
 * whose predicate blames (or praises) it is the speaker's accusation (112) or judgment (111 / 051)
 * of that actor.
 */
function stanceDrafts(ctx: SentenceContext, drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const g of ctx.groups) {
    if (!STANCE_VERBS.has(tok(ctx, g.head).lemma) || g.passive || g.negated) continue;
    const draft = stanceDraft(ctx, drafts, g);
    if (draft) out.push(draft);
  }
  return out;
}

/**
 * The stance draft of speech verb g (replacing a weak draft of it), or null. (A function of its own:
 * closures reading g in the loop above would cost a context for every verb group.)
 */
function stanceDraft(ctx: SentenceContext, drafts: Draft[], g: VerbGroup): Draft | null {
  if (drafts.some((d) => d.verb === g.head && !d.weak)) return null;
  for (const start of complementStarts(ctx, g)) {
    const subject = findSubject(ctx, g);
    const stance = subject.phrases.length ? clauseStance(ctx, start, subject.phrases) : null;
    if (!stance) continue;
    const existing = drafts.findIndex((d) => d.verb === g.head);
    if (existing >= 0) drafts.splice(existing, 1);
    return {
      verb: g.head,
      verbEnd: g.head + 1,
      code: stance.code,
      rule: `stance.${tok(ctx, g.head).lemma}`,
      source: subject,
      target: { phrases: [stance.target], text: stance.target.text, how: "stance" },
      group: g,
      from: clauseStart(ctx.at, ctx.s, g),
      to: clauseEnd(ctx.at, ctx.s, ctx.groups, g),
      governor: governorModality(ctx, g),
    };
  }
  return null;
}

/**
 * "Israel said Shukr was responsible for a rocket attack on Majdal Shams", "Britain said actors linked
 * to the Iranian state were responsible for the attack": a speaker holding an actor responsible for an
 * act of violence reports that act with the actor as its author (the frame makes it alleged). The act's
 * target follows its noun ("on", "against"), else the story decides.
 */
function responsibleActs(ctx: SentenceContext): Draft[] {
  const out: Draft[] = [];
  for (const g of ctx.groups) {
    if (!STANCE_VERBS.has(tok(ctx, g.head).lemma) || g.passive || g.negated) continue;
    for (const start of complementStarts(ctx, g)) {
      const actor = ctx.actors.find(
        (p) =>
          (p.start === start || (p.start === start + 1 && tok(ctx, start)?.lower === "the")) &&
          !p.modifierOnly,
      );
      // ("actors linked to the Iranian state were …": the state a reduced relative links them to.)
      const linked =
        actor ??
        ctx.actors.find(
          (p) =>
            p.start > start && p.start <= start + 5 && tok(ctx, start + 1)?.lower === "linked" && !!p.country,
        );
      if (!linked) continue;
      let i = linked.end;
      while (i < ctx.s.tokenEnd && i < linked.end + 4 && !STANCE_COPULAS.has(tok(ctx, i).lower)) i++;
      if (!STANCE_COPULAS.has(tok(ctx, i)?.lower ?? "")) continue;
      i++;
      while (tok(ctx, i)?.pos === "ADV") i++;
      if (tok(ctx, i)?.lower !== "responsible" || tok(ctx, i + 1)?.lower !== "for") continue;
      const noun = tok(ctx, i + 2)?.pos === "VERB" ? -1 : violentNoun(ctx, i + 2);
      if (noun < 0) continue;
      const end = clauseEnd(ctx.at, ctx.s, ctx.groups, g);
      const target = findTarget(ctx, noun + 1, end, new Set([linked.code]), "on", false, "against");
      out.push({
        verb: i,
        verbEnd: i + 1,
        code: "190",
        rule: "responsible.act",
        source: { phrases: [linked], text: linked.text, how: "stance" },
        target,
        group: null,
        from: start,
        to: end,
        governor: null,
      });
    }
  }
  return out;
}

/** Nouns of one side's support for another. */
const SUPPORT_NOUNS = new Set(["support", "backing", "commitment", "solidarity"]);
/** Words that call that support firm: "rock solid", "unwavering", "ironclad". */
const STEADFAST = new Set(
  "unwavering ironclad steadfast unshakeable unshakable solid firm unconditional unbreakable".split(" "),
);

/**
 * "Biden said US support for Israel's security was rock solid": the speaker calling its own side's
 * support for another actor firm backs that actor (051). That actor, or null.
 */
function ownSupport(
  ctx: SentenceContext,
  start: number,
  actor: ActorPhrase | undefined,
  speakers: readonly ActorPhrase[],
): ActorPhrase | null {
  const own = new Set(speakers.map((q) => q.country ?? q.code));
  let i = start;
  if (actor && own.has(actor.country ?? actor.code)) i = actor.end;
  else if (["its", "our", "their"].includes(tok(ctx, i)?.lower ?? "")) i++;
  else return null;
  if (POSSESSIVE_MARKS.has(tok(ctx, i)?.text ?? "")) i++;
  while (tok(ctx, i)?.pos === "ADJ") i++;
  if (!SUPPORT_NOUNS.has(tok(ctx, i)?.lower ?? "") || !["for", "to"].includes(tok(ctx, i + 1)?.lower ?? ""))
    return null;
  const backed = ctx.actors.find(
    (p) => p.start === i + 2 || (p.start === i + 3 && tok(ctx, i + 2)?.lower === "the"),
  );
  if (!backed || own.has(backed.country ?? backed.code)) return null;
  // The copula after the supported actor's phrase, then a word of firmness, not negated.
  let j = backed.end;
  while (j < Math.min(ctx.s.tokenEnd, backed.end + 6) && !STANCE_COPULAS.has(tok(ctx, j).lower)) {
    if (["PUNCT", "VERB", "SCONJ", "CCONJ"].includes(tok(ctx, j).pos)) return null;
    j++;
  }
  if (!STANCE_COPULAS.has(tok(ctx, j)?.lower ?? "")) return null;
  for (let k = j + 1; k < Math.min(ctx.s.tokenEnd, j + 5); k++) {
    const t = tok(ctx, k);
    if (NEGATION_WORDS.includes(t.lower) || t.text === ",") return null;
    if (STEADFAST.has(t.lower)) return backed;
  }
  return null;
}

/**
 * The stance of the that-clause starting at `start` on an actor other than the speakers': its
 * subject actor's blame or praise by the predicate (past a relative clause between commas:
 * "Bazoum, who is held by the soldiers, remained the legitimate authority"), or an act that "bore
 * the hallmarks of" an actor (112).
 */
function clauseStance(
  ctx: SentenceContext,
  start: number,
  speakers: readonly ActorPhrase[],
): { code: string; target: ActorPhrase } | null {
  const other = (p: ActorPhrase) => !speakers.some((q) => q.code === p.code);
  // ("that the United States was …": the article may or may not open the actor's phrase.)
  const actor = ctx.actors.find(
    (p) => p.start === start || (p.start === start + 1 && tok(ctx, start)?.lower === "the"),
  );
  const backed = ownSupport(ctx, start, actor, speakers);
  if (backed) return { code: "051", target: backed };
  if (actor && !POSSESSIVE_MARKS.has(tok(ctx, actor.end)?.text ?? "")) {
    let after = actor.end;
    if (tok(ctx, after)?.text === "," && RELATIVE_OPENERS.has(tok(ctx, after + 1)?.lower ?? "")) {
      let j = after + 2;
      while (j < Math.min(ctx.s.tokenEnd, after + 25) && tok(ctx, j).text !== ",") j++;
      after = tok(ctx, j)?.text === "," ? j + 1 : -1;
    }
    const code = after >= 0 ? stancePredicate(ctx, after) : null;
    return code && other(actor) ? { code, target: actor } : null;
  }
  // "the attack bore the hallmarks of Kataib Hezbollah".
  if (!VERDICT_DETERMINERS.has(tok(ctx, start)?.lower ?? "")) return null;
  let i = start + 1;
  while (i < start + 5 && ["ADJ", "NOUN"].includes(tok(ctx, i)?.pos ?? "")) i++;
  if (!["bore", "bears", "has", "had"].includes(tok(ctx, i)?.lower ?? "")) return null;
  let j = i + 1;
  while (["the", "all"].includes(tok(ctx, j)?.lower ?? "")) j++;
  if (tok(ctx, j)?.lower !== "hallmarks" || tok(ctx, j + 1)?.lower !== "of") return null;
  const k = ["a", "an", "the"].includes(tok(ctx, j + 2)?.lower ?? "") ? j + 3 : j + 2;
  const author = ctx.actors.find((p) => p.start === k);
  return author && other(author) ? { code: "112", target: author } : null;
}

/** Acts of a state's own authorities on people under them: investigation (09), impeachment (115), arrest, detention,
 * prosecution and repression (172-175). */
const HOME_AUTHORITY = /^(?:09|115|17[2-5])/;
/** Restrictions imposed on a country's people (curfews, emergency rule, closures, bans: 172x). */
const RESTRICTION = /^172/;

/** Verbs whose "it" object is as often an agreement named before: "the cabinet endorsed it". */
const INSTRUMENT_VERBS = new Set(["approve", "endorse", "ratify", "sign", "reject", "back"]);
/** Nouns an "it" can stand for after those verbs: the instrument itself. */
const INSTRUMENT_NOUNS = new Set(
  "agreement deal treaty pact accord ceasefire truce protocol convention plan proposal resolution".split(" "),
);

/**
 * "Israel's security cabinet endorsed it": an "it" right after an instrument verb stands for the
 * nearest agreement noun before it, in its sentence or the two before; that noun's token joins
 * the words the verb's patterns are matched against, as a passive's subject does.
 */
function instrumentAntecedent(ctx: SentenceContext, g: VerbGroup): Token[] {
  const object = tok(ctx, g.head + 1);
  if (object?.lower !== "it" || !INSTRUMENT_VERBS.has(tok(ctx, g.head).lemma)) return [];
  const earliest = ctx.at.sentences[Math.max(0, ctx.s.index - 2)]?.tokenStart ?? ctx.s.tokenStart;
  for (let i = g.first - 1; i >= earliest; i--) {
    const t = ctx.at.tokens[i] as Token;
    if (t.pos === "NOUN" && INSTRUMENT_NOUNS.has(t.lower)) return [t];
  }
  return [];
}

const NAMING_VERBS = new Set(["call", "term", "describe", "dub", "label", "brand", "deem"]);

/** The naming verb of a free relative right after g: "condemned what it called …". */
function namingRelative(ctx: SentenceContext, g: VerbGroup): VerbGroup | null {
  if (tok(ctx, g.head + 1)?.lower !== "what") return null;
  // "what it called …", "what Islamabad said were …": a pronoun or an actor names it.
  const actor = ctx.actors.find((p) => p.start === g.head + 2);
  const after = tok(ctx, g.head + 2)?.pos === "PRON" ? g.head + 3 : actor ? actor.end : -1;
  const h = ctx.groups.find((x) => x.first === after);
  if (!h) return null;
  const lemma = tok(ctx, h.head).lemma;
  if (NAMING_VERBS.has(lemma)) return h;
  // The report's own verb ("were") carries the noun phrase on.
  return SPEECH_VERBS.has(lemma)
    ? (ctx.groups.find((x) => x.first > h.head && x.first <= h.head + 2) ?? h)
    : null;
}

/** An agentless passive's draft: the target named, the source left for later rules to imply. */
function impliedSource(
  ctx: SentenceContext,
  g: VerbGroup,
  pattern: CompiledPattern,
  target: Reference,
  from: number,
  to: number,
  how: "implicit-source" | "home-authority" | "crowd" | "instrument",
): Draft {
  const rule =
    how === "crowd"
      ? `${pattern.id}+crowd`
      : how === "instrument"
        ? `${pattern.id}+instrument.implicit-source`
        : `${pattern.id}+passive.${how}`;
  return {
    verb: g.head,
    verbEnd: g.head + 1,
    code: pattern.code as string,
    rule,
    source: { phrases: [], text: null, how: "none" },
    target,
    group: g,
    from,
    to,
    governor: governorModality(ctx, g),
    implicit: true,
  };
}

/**
 * The implied source's draft marked as the home authority. Set on the fresh draft, not spread into a
 * copy: V8 gives each `{ ...d, home: true }` a map of its own, and every reader of drafts went megamorphic.
 */
function homeDraft(d: Draft): Draft {
  d.home = true;
  return d;
}

/** Prepositions whose object a violent act is aimed at: a pattern opening with one names its target there. */
const AIMED_AT = new Set(["at", "on", "against"]);

/** The last word of a pattern when it is a single preposition ("* CONDEMNATION FROM"), else null. */
function closingPreposition(p: CompiledPattern): string | null {
  const word = singleWord(p.after.at(-1));
  return word === "from" || word === "by" ? word : null;
}

/** The one word of a pattern element that has a single one-word alternative, else "". */
function singleWord(element: CompiledPattern["after"][number] | undefined): string {
  return element?.length === 1 && element[0]?.length === 1 ? (element[0][0] as string) : "";
}

function prepOf(p: CompiledPattern): string | null {
  if (p.target?.startsWith("after:")) return p.target.slice(6);
  // "FIRE: * AT": the object of the pattern's own opening preposition is what is fired at.
  const word = singleWord(p.after[0]);
  return AIMED_AT.has(word) && VIOLENT_ROOTS.has((p.code ?? "").slice(0, 2)) ? word : null;
}

const CLAUSE_WORDS = new Set([
  "which",
  "who",
  "that",
  "after",
  "before",
  "while",
  "because",
  "since",
  "until",
  "as",
]);

/** Noun-phrase extent to the right of an event noun: stops at verbs, clause punctuation and subordinators. */
function nounPhraseEnd(ctx: SentenceContext, i: number): number {
  let j = i + 1;
  while (j < ctx.s.tokenEnd) {
    const t = tok(ctx, j);
    if (
      t.pos === "VERB" ||
      t.pos === "AUX" ||
      t.text === "," ||
      t.text === ";" ||
      t.pos === "SCONJ" ||
      CLAUSE_WORDS.has(t.lower)
    )
      break;
    j++;
  }
  return j;
}

function actorAfterPrep(ctx: SentenceContext, from: number, to: number, preps: string[]): ActorPhrase | null {
  // Outside the loop: a closure reads it (a per-iteration binding costs a context per token).
  let i = from;
  for (; i < to; i++) {
    if (!preps.includes(tok(ctx, i).lower)) continue;
    const p = ctx.actors.find((q) => q.start > i && q.start <= i + 3 && q.start < to && !q.modifierOnly);
    if (p) return p;
  }
  return null;
}

/** "a ceasefire between Israel and Iran": the actor coordinated with the first one after "between". */
function partnerAfterBetween(
  ctx: SentenceContext,
  from: number,
  to: number,
  first: ActorPhrase,
): ActorPhrase | null {
  if (tok(ctx, first.start - 1)?.lower !== "between" && tok(ctx, first.start - 2)?.lower !== "between")
    return null;
  if (first.start < from || first.start >= to) return null;
  if (tok(ctx, first.end)?.lower !== "and") return null;
  return ctx.actors.find((p) => p.start > first.end && p.start <= first.end + 2 && !p.modifierOnly) ?? null;
}

/** Source of an event noun from its left: a possessive or country word right before it ("Ukraine's offensive"). */
function actorBefore(ctx: SentenceContext, i: number): ActorPhrase | null {
  // "Kim, whose summit with Trump collapsed": "whose" stands for the actor before its comma.
  const own = tok(ctx, i - 1)?.lower === "own" ? 2 : 1;
  if (tok(ctx, i - own)?.lower === "whose" && tok(ctx, i - own - 1)?.text === ",") {
    const antecedent = ctx.actors.find((q) => q.end === i - own - 1 && !q.modifierOnly);
    if (antecedent) return antecedent;
  }
  // Outside the loop: a closure reads it (a per-iteration binding costs a context per token).
  let j = i - 1;
  for (; j >= Math.max(ctx.s.tokenStart, i - 4); j--) {
    const p = ctx.actors.find((q) => q.end - 1 === j || q.end === j);
    if (p && (p.end === i || p.end === i - 1 || allModifiers(ctx, p.end, i)))
      return jointWith(ctx, p) ? null : p;
    const t = tok(ctx, j);
    if (!(t.pos === "ADJ" || t.pos === "NOUN" || t.pos === "PART" || t.pos === "PROPN" || t.pos === "PUNCT"))
      break;
  }
  return null;
}

/** "the North Korean-Russian deployment", "US and Korean drills": a joint actor has no direction. */
function jointWith(ctx: SentenceContext, p: ActorPhrase): boolean {
  const before = tok(ctx, p.start - 1);
  if (!before || !(before.text === "-" || before.lower === "and")) return false;
  return ctx.actors.some((q) => q.end === p.start - 1);
}

function allModifiers(ctx: SentenceContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tok(ctx, k);
    if (!(t.pos === "ADJ" || t.pos === "NOUN" || t.lower === "'s" || t.text === "-" || t.pos === "PROPN"))
      return false;
  }
  return true;
}

/** "X is (also) under (criminal) investigation": the actor before "under", or null. */
/** Verbs that have a happening done by ordering or approving it: "ordered the strike". */
const COMMANDING = new Set(["order", "authorise", "authorize", "approve", "direct", "command"]);

/**
 * "Trump said he had ordered the strike", "suggestions that it had ordered the killing of
 * Prigozhin": the happening a verb of ordering takes as its object is the orderer's act; its subject,
 * or null.
 */
function orderedBy(ctx: SentenceContext, noun: number): ActorPhrase | null {
  let i = noun - 1;
  while (i > ctx.s.tokenStart && ["DET", "ADJ", "NUM"].includes(tok(ctx, i).pos)) i--;
  if (!COMMANDING.has(tok(ctx, i)?.lemma ?? "") || tok(ctx, i).pos !== "VERB") return null;
  const g = ctx.groups.find((h) => h.head === i);
  if (!g || g.passive) return null;
  const subject = findSubject(ctx, g).phrases[0];
  return subject && !subject.modifierOnly ? subject : null;
}

function underSubject(ctx: SentenceContext, noun: number): ActorPhrase | null {
  let i = noun - 1;
  while (i > ctx.s.tokenStart && (tok(ctx, i).pos === "ADJ" || tok(ctx, i).pos === "ADV")) i--;
  if (tok(ctx, i)?.lower !== "under") return null;
  let j = i - 1;
  while (j > ctx.s.tokenStart && (tok(ctx, j).pos === "ADV" || tok(ctx, j).pos === "AUX")) j--;
  return ctx.actors.find((p) => p.end - 1 === j && !p.modifierOnly) ?? null;
}

/** Words that open an adjunct phrase holding a meeting noun: "after talks with", "in a phone call with". */
const ADJUNCT_OPENERS = new Set([
  "after",
  "in",
  "during",
  "following",
  "before",
  "while",
  "at",
  "on",
  "ahead",
]);

/**
 * "After talks with Erdogan, Putin said …", "approved it while on a state visit to Britain": the
 * one who held the meeting a phrase names is the subject of the clause the phrase belongs to — the
 * next clause for a phrase opening the sentence, else the clause before it.
 */
function adjunctHolder(ctx: SentenceContext, noun: number): ActorPhrase | null {
  let opener = noun - 1;
  while (opener > ctx.s.tokenStart && ["DET", "ADJ", "NOUN", "PROPN"].includes(tok(ctx, opener).pos))
    opener--;
  if (!ADJUNCT_OPENERS.has(tok(ctx, opener)?.lower ?? "")) return null;
  const fronted = ctx.groups.every((g) => g.head > noun);
  const group = fronted ? ctx.groups.find((g) => g.head > noun) : ctx.groups.findLast((g) => g.head < opener);
  if (!group) return null;
  const subject = findSubject(ctx, group).phrases[0] ?? null;
  return subject && !subject.modifierOnly ? subject : null;
}

/**
 * "Crown Prince Mohammed bin Salman told Trump in a phone call", "Putin apologised to him in a phone
 * call": the one the clause's verb addressed, between that verb and the adjunct's opener before noun
 * i (another side than `holder`); null if none.
 */
function addressedBefore(ctx: SentenceContext, noun: number, holder: ActorPhrase): ActorPhrase | null {
  let opener = noun - 1;
  while (opener > ctx.s.tokenStart && ["DET", "ADJ", "NOUN", "PROPN"].includes(tok(ctx, opener).pos))
    opener--;
  const verb = ctx.groups.findLast((g) => g.head < opener);
  if (!verb) return null;
  for (let k = verb.head + 1; k < opener; k++) {
    const pronoun = tok(ctx, k).lower === "him" || tok(ctx, k).lower === "her";
    const p = pronoun
      ? resolvePronoun(ctx, k, new Set([holder.code]))
      : (ctx.actors.find((a) => a.start === k && !a.modifierOnly) ?? null);
    if (p && p.code !== holder.code) return p;
  }
  return null;
}

/** Is the noun at i determined by "any" (modifiers between)? */
function anyBefore(ctx: SentenceContext, i: number): boolean {
  for (let j = i - 1; j >= Math.max(ctx.s.tokenStart, i - 4); j--) {
    const t = tok(ctx, j);
    if (t.lower === "any") return true;
    if (t.pos !== "ADJ" && t.pos !== "PROPN" && t.pos !== "NOUN") return false;
  }
  return false;
}

/**
 * Verbs whose object is accused of an act: "accused Thailand of aggression". (Not "blamed X for the
 * attack": the blame is the event there, the attack one already told.)
 */
const ACCUSING_OF = new Set(["accuse", "suspect"]);
/**
 * Acts named only in an accusation ("accused the protesters of terrorism"): outside one these nouns
 * are labels, not happenings, so the event-noun lexicon does not hold them.
 */
const ACCUSED_ACTS: ReadonlyMap<string, string> = new Map([
  ["aggression", "190"],
  ["terrorism", "180"],
  ["hacking", "176"],
  ["cyberattack", "176"],
  ["cyberattacks", "176"],
]);

/**
 * "accused Thailand of unprovoked aggression": the object of an accusing verb is the alleged author
 * of the act the noun after "of" names.
 */
function accusedOf(ctx: SentenceContext, i: number): ActorPhrase | null {
  let j = i - 1;
  while (j > ctx.s.tokenStart && ["DET", "ADJ", "ADV", "NOUN"].includes(tok(ctx, j).pos)) j--;
  const prep = tok(ctx, j)?.lower;
  const accused = ctx.actors.find((q) => q.end === j && !q.modifierOnly);
  if (!accused) return null;
  const verb = tok(ctx, accused.start - 1);
  return verb?.pos === "VERB" && prep === "of" && ACCUSING_OF.has(verb.lemma) ? accused : null;
}

/** The draft of an event a noun at i names, its phrase ending at end. */
function nounDraft(
  i: number,
  end: number,
  code: string,
  rule: string,
  source: ActorPhrase,
  target: ActorPhrase | null,
): Draft {
  return {
    verb: i,
    verbEnd: i + 1,
    code,
    rule,
    source: { phrases: [source], text: source.text, how: "noun" },
    target: referenceTo(target, "noun"),
    group: null,
    from: i,
    to: end,
    governor: null,
  };
}

/** Does the noun at i open its clause (past a determiner and adjectives), not a prepositional phrase? */
function headsClause(ctx: SentenceContext, i: number): boolean {
  let k = i - 1;
  // ("a full and unconditional ceasefire": adjectives joined by "and" are the noun's own.)
  while (k >= ctx.s.tokenStart && ["DET", "ADJ", "CCONJ"].includes(tok(ctx, k).pos)) k--;
  if (k < ctx.s.tokenStart) return true;
  const t = tok(ctx, k);
  return t.text === "," || t.lower === "as" || t.lower === "when" || t.lower === "-";
}

/** Is the noun at i counted out by a span before "of" ("four days of talks", "a long night of talks", "16 rounds of talks")? */
function spanOf(ctx: SentenceContext, i: number): boolean {
  if (tok(ctx, i - 1)?.lower !== "of" || tok(ctx, i + 1)?.lower === "between") return false;
  const span = tok(ctx, i - 2)?.lower ?? "";
  if (!SPAN_NOUNS.has(span) && !["night", "day", "week", "hour"].includes(span)) return false;
  // Only as the time of another act: "after four days of talks", "followed a long night of talks".
  for (let k = i - 3; k >= Math.max(ctx.s.tokenStart, i - 6); k--)
    if (AFTER_TALKS.has(tok(ctx, k).lemma)) return true;
  return false;
}

/** Words that make talks counted out the time of another act. */
const AFTER_TALKS = new Set(["after", "following", "follow", "during", "end", "conclude"]);

/** Words before "strike" that make it a stoppage of work: "a general strike", "a hunger strike". */
const STOPPAGE_WORDS = new Set(
  "general hunger national nationwide warning one-day two-day indefinite labour labor rail teachers doctors".split(
    " ",
  ),
);

/** Nouns after an event noun that make it a modifier of a thing, not a happening: "attack plans". */
const NOT_HAPPENINGS = new Set(
  "plan plans helicopter helicopters capability capabilities submarine submarines boat boats craft dog dogs".split(
    " ",
  ),
);

/** Is the gerund at i the subject of a finite verb after it, before any comma ("fighting near X killed …")? */
function gerundSubject(ctx: SentenceContext, i: number): boolean {
  if (!headsClause(ctx, i) || tok(ctx, i + 1)?.pos !== "ADP") return false;
  for (let k = i + 2; k < ctx.s.tokenEnd; k++) {
    const w = tok(ctx, k);
    if (w.text === "," || w.text === ";" || w.pos === "CCONJ" || w.pos === "SCONJ") return false;
    const g = ctx.groups.find((h) => h.first === k);
    if (g) return !g.participle && !g.infinitive && !g.reduced;
  }
  return false;
}

function nounDrafts(
  ctx: SentenceContext,
  res: CoderResources,
  verbsUsed: Set<number>,
  previous: readonly CodedEvent[],
): Draft[] {
  const out: Draft[] = [];
  for (let i = ctx.s.tokenStart; i < ctx.s.tokenEnd; i++) {
    const t = tok(ctx, i);
    // ("Fighting between Thailand and Cambodia spread": a gerund before "between" names the happening.)
    // ("In April last year, fighting over a water facility killed 50 people": nor does one heading its
    // clause as the subject of a finite verb that follows.)
    const gerund =
      t.pos === "VERB" &&
      t.lower === "fighting" &&
      (tok(ctx, i + 1)?.lower === "between" || gerundSubject(ctx, i));
    if (t.pos !== "NOUN" && t.pos !== "PROPN" && !gerund) continue;
    if (verbsUsed.has(i)) continue;
    const accusedAct = ACCUSED_ACTS.get(t.lower);
    if (accusedAct) {
      const accused = accusedOf(ctx, i);
      const end = nounPhraseEnd(ctx, i);
      const target = actorAfterPrep(ctx, i + 1, end, ["against", "on"]);
      if (accused) out.push(nounDraft(i, end, accusedAct, `noun.${t.lower}+accused`, accused, target));
      continue;
    }
    const entries = eventNounsOf(res.lexicon, t);
    if (!entries) continue;
    // "any Israeli attack", "any aggression": an act of no one in particular, only supposed.
    if (anyBefore(ctx, i)) continue;
    // ("Iraq's Popular Mobilisation Forces": a word of a name; "future Iranian attack plans", "attack
    // helicopters": a noun modifying another names no happening.)
    if (t.pos === "PROPN" && i > ctx.s.tokenStart && /^\p{Lu}/u.test(t.text)) continue;
    if (NOT_HAPPENINGS.has(tok(ctx, i + 1)?.lower ?? "")) continue;
    // ("A ceasefire between Israel and Iran … took effect on Tuesday": a happening heading its clause
    // is dated by that clause, up to the end of its verb's clause.)
    const end = nounPhraseEnd(ctx, i);
    const verbAfter = headsClause(ctx, i) ? ctx.groups.find((g) => g.first >= end) : undefined;
    const to = verbAfter ? clauseEnd(ctx.at, ctx.s, ctx.groups, verbAfter) : end;
    for (const { noun, after, prefix } of entries) {
      if (after.length && matchSequence(after, ctx.at.tokens, i + 1, end) < 0) continue;
      // ("an Israeli air strike": the other words of a multi-word noun stand right before its last.)
      if (!prefix.every((w, k) => tok(ctx, i - prefix.length + k)?.lower === w)) continue;
      // "a general strike against the reform", "a hunger strike": a stoppage of work, not force.
      if (noun.id.startsWith("noun.strike-") && STOPPAGE_WORDS.has(tok(ctx, i - 1)?.lower ?? "")) continue;
      const ofActor = noun.of && noun.of !== "none" ? actorAfterPrep(ctx, i + 1, end, ["of"]) : null;
      // "Yoon is under criminal investigation by prosecutors": the one under it is the target.
      const under = underSubject(ctx, i);
      const agent = actorAfterPrep(ctx, i + 1, end, noun.source ?? []);
      const named =
        agent ??
        (noun.of === "source" ? ofActor : null) ??
        (under ? null : actorBefore(ctx, i)) ??
        orderedBy(ctx, i);
      const holder = !named && noun.code.startsWith("04") ? adjunctHolder(ctx, i) : null;
      const accused = named || holder ? null : accusedOf(ctx, i);
      const source = named ?? holder ?? accused;
      // "The clashes began on Wednesday", "a ceasefire agreed on Friday appeared to hold": fighting or
      // a truce named with no party, heading its clause (not "reports of fighting"), is between the
      // story's two warring sides, each toward the other.
      // "two days of the heaviest fighting between the neighbours": a pair noun after "between" names
      // the two parties, each toward the other.
      const pair =
        !source && (noun.id === "noun.clashes" || noun.id === "noun.ceasefire" || noun.code.startsWith("04"))
          ? pairAfterBetween(ctx, i + 1, end)
          : null;
      if (pair) {
        const [a, b] = pair as [ActorPhrase, ActorPhrase];
        // (Dated by its own phrase only: "after two days of fighting" is not the clause's day.)
        out.push(nounDraft(i, end, noun.code, `${noun.id}+pair`, a, b));
        out.push(nounDraft(i, end, noun.code, `${noun.id}+pair`, b, a));
        break;
      }
      if (!source && (noun.id === "noun.clashes" || noun.id === "noun.ceasefire") && headsClause(ctx, i)) {
        // (Looked for only here: the scan of the story's acts is not a cost of every sentence.)
        const war = fightingPair(previous);
        if (war) {
          out.push(nounDraft(i, to, noun.code, `${noun.id}+war`, war[0], war[1]));
          out.push(nounDraft(i, to, noun.code, `${noun.id}+war`, war[1], war[0]));
        }
        break;
      }
      // "after four days of talks", "a long night of talks": talks counted out with no party named
      // are the story's table pair's, each toward the other.
      if (!source && noun.code.startsWith("04") && spanOf(ctx, i)) {
        const table = ctx.talkingPair;
        if (table) {
          out.push(nounDraft(i, to, noun.code, `${noun.id}+table`, table[0], table[1]));
          out.push(nounDraft(i, to, noun.code, `${noun.id}+table`, table[1], table[0]));
        }
        break;
      }
      // A bare "troops" whose country was only guessed from context is too weak a source for a noun
      // event, unless the noun names it as its agent ("investigation by prosecutors").
      if (!source || (source.entries.includes("context:country") && source !== agent)) continue;
      const target =
        under ??
        (noun.of === "target" ? ofActor : null) ??
        partnerAfterBetween(ctx, i + 1, end, source) ??
        actorAfterPrep(ctx, i + 1, end, noun.target ?? []) ??
        thatClauseSubject(ctx, i + 1, noun.code);
      // A holder taken from the clause needs the other side named: "at an emergency meeting, X said" has
      // none; "told Trump in a phone call" has the one the clause's verb addressed.
      const addressee = holder && !target ? addressedBefore(ctx, i, holder) : null;
      if (holder && addressee) {
        out.push(nounDraft(i, to, noun.code, `${noun.id}+addressee`, holder, addressee));
        break;
      }
      if (holder && (!target || target.code === holder.code)) continue;
      const rule = accused ? `${noun.id}+accused` : noun.id;
      const other = target && target.code !== source.code ? target : null;
      out.push(nounDraft(i, to, noun.code, rule, source, other));
      // "clashes between Thailand and Cambodia", "talks between Iran and the United States": a
      // happening between two parties is each one's toward the other.
      if (other && agent === source && wordBefore(ctx, agent.start) === "between")
        out.push(nounDraft(i, to, noun.code, `${rule}+reciprocal`, other, source));
      break;
    }
  }
  return out;
}

/**
 * "New Delhi's demand that Pakistan take credible action": the subject of the clause a demand or an
 * accusation opens with "that" (right after the noun) is its target; null otherwise.
 */
function thatClauseSubject(ctx: SentenceContext, i: number, code: string): ActorPhrase | null {
  if (!(code.startsWith("10") || code.startsWith("11")) || tok(ctx, i)?.lower !== "that") return null;
  const start = tok(ctx, i + 1)?.lower === "the" ? i + 2 : i + 1;
  return ctx.actors.find((p) => p.start === start && !p.modifierOnly) ?? null;
}

/** Nouns of crowds in the street: demonstrations (141) and riots (145). */
const PROTEST_NOUNS: ReadonlyMap<string, string> = new Map([
  ...["protest", "protests", "demonstration", "demonstrations", "rallies", "marches"].map(
    (w): [string, string] => [w, "141"],
  ),
  ...["riots", "rioting", "unrest", "uprising"].map((w): [string, string] => [w, "145"]),
]);
/** Verbs of a happening starting or going on: "protests began", "unrest broke out". */
const ONSET_VERBS = new Set([
  "begin",
  "break",
  "erupt",
  "spread",
  "continue",
  "escalate",
  "intensify",
  "start",
]);
/** Spans that count a happening out: "weeks of protests", "three nights of rioting". */
const SPAN_NOUNS = new Set("hours days nights weeks months years".split(" "));

/**
 * "The unrest broke out on Monday night", "after three nights of rioting", "weeks of student-led
 * protests": a crowd's protest named as a happening, by nobody in particular, is the story's people
 * demonstrating (141) or rioting (145); the sides are left to the place or the story (see analyze).
 */
function protestNounDrafts(ctx: SentenceContext, kept: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (let i = ctx.s.tokenStart; i < ctx.s.tokenEnd; i++) {
    const t = tok(ctx, i);
    const code = t.pos === "NOUN" ? PROTEST_NOUNS.get(t.lower) : undefined;
    const d = code ? protestNounDraft(ctx, kept, i, code) : null;
    if (d) out.push(d);
  }
  return out;
}

/**
 * The draft of protest noun i, if its story goes on in the sentence. (A function of its own: its
 * closures read i, which in the loop would cost a context per token.)
 */
function protestNounDraft(ctx: SentenceContext, kept: Draft[], i: number, code: string): Draft | null {
  if (kept.some((d) => d.verb === i || (d.from <= i && i < d.to && d.code.startsWith("14")))) return null;
  // Its own named crowd or organiser ("opposition protests", "protests by students") is left to the nouns.
  if (ctx.actors.some((p) => p.end === i || p.start === i + 2)) return null;
  // ("The protests, organised on social media, began last week": past an inserted phrase.)
  const inserted = tok(ctx, i + 1)?.text === ",";
  const onset = ctx.groups.find(
    (g) =>
      g.first > i &&
      (g.first <= i + 3 || (inserted && g.first <= i + 12 && tok(ctx, g.first - 1).text === ",")) &&
      !g.passive &&
      !g.participle &&
      ONSET_VERBS.has(tok(ctx, g.head).lemma),
  );
  let k = i - 1;
  while (
    k > ctx.s.tokenStart &&
    ["ADJ", "NOUN", "PROPN", "PUNCT"].includes(tok(ctx, k).pos) &&
    tok(ctx, k).text !== ","
  )
    k--;
  const span = tok(ctx, k)?.lower === "of" && SPAN_NOUNS.has(tok(ctx, k - 1)?.lower ?? "");
  if (!onset && !span) return null;
  return {
    verb: i,
    verbEnd: i + 1,
    code,
    rule: "noun.protest+story",
    source: { phrases: [], text: null, how: "none" },
    target: { phrases: [], text: null, how: "none" },
    group: null,
    from: i,
    // "The unrest broke out … in Noumea": the onset's clause may place it.
    to: onset ? clauseEnd(ctx.at, ctx.s, ctx.groups, onset) : nounPhraseEnd(ctx, i),
    governor: null,
    implicit: true,
    home: true,
  };
}

/**
 * "X acknowledged/denied the move": a speech verb whose object refers back to an event
 * re-states that event with the verb's modality, attributed to X.
 */
const ANAPHORIC_OBJECTS = new Set([
  "move",
  "deployment",
  "reports",
  "report",
  "claims",
  "claim",
  "presence",
  "decision",
  "plan",
  "step",
  "transfer",
  "attack",
  "strike",
]);

function anaphoricEvents(ctx: SentenceContext, previous: CodedEvent[], frames: Frame[]): CodedEvent[] {
  const out: CodedEvent[] = [];
  for (const g of ctx.groups) {
    const verb = tok(ctx, g.head);
    const m = SPEECH_VERBS.get(verb.lemma);
    if (!(m === "acknowledged" || m === "denied") || g.infinitive) continue;
    const obj = ctx.at.tokens
      .slice(g.head + 1, Math.min(ctx.s.tokenEnd, g.head + 4))
      .find((t) => t.pos === "NOUN" || t.pos === "PRON");
    if (!obj || !ANAPHORIC_OBJECTS.has(obj.lower)) continue;
    // ("denied the claim": a charge denied is the latest act alleged — deniedCharges.)
    if (m === "denied" && CHARGE_NOUNS.has(obj.lower)) continue;
    const antecedent = previous
      .filter((e) => e.sentence >= ctx.s.index - 2 && e.sentence < ctx.s.index)
      .at(0);
    if (!antecedent) continue;
    const speaker = findSubject(ctx, g).phrases[0] ?? null;
    if (!speaker) continue;
    // ("did not deny the reports" acknowledges them; "did not acknowledge" them denies.)
    const modality = g.negated ? (m === "denied" ? "acknowledged" : "denied") : m;
    out.push(restatement(ctx, g, antecedent, speaker, frames, modality, `anaphora.${verb.lemma}`));
  }
  return out;
}

/**
 * An earlier event restated at speech verb g: the same act, sides and date, with the verb's
 * modality, its speaker as attribution and its statement date; rule and modality rule tagged.
 */
function restatement(
  ctx: SentenceContext,
  g: VerbGroup,
  act: CodedEvent,
  speaker: ActorPhrase,
  frames: Frame[],
  modality: Modality,
  tag: string,
): CodedEvent {
  const e = copyEvent(act);
  e.sentence = ctx.s.index;
  e.verb = g.head;
  e.verbEnd = g.head + 1;
  e.modality = modality;
  e.attribution = speaker;
  e.attributionText = speaker.text;
  e.statementDate = frames.find((f) => f.verb === g.head)?.date ?? null;
  e.quoted = false;
  e.rule = `${act.rule}+${tag}`;
  e.modalityRule = `mod.${tag}`;
  return e;
}

/** Is token i inside a relative clause opened by ", who" or ", which" at or after from (no comma since)? */
function inCommaRelative(ctx: SentenceContext, from: number, i: number): boolean {
  for (let k = i - 1; k > from; k--) {
    const t = tok(ctx, k);
    if (t.text === "," || t.text === ";") return false;
    if ((t.lower === "who" || t.lower === "which") && tok(ctx, k - 1)?.text === ",") return true;
  }
  return false;
}

/**
 * A copy of an event, written out field by field: V8 gives each spread copy that adds a field its
 * source lacks (`{ ...e, sourceCountry: null }`) a map of its own, and every reader of events met
 * a new one in each story that had such a copy. Fields keep the order the spread gave them.
 */
/** A copy of e at another listed place or time ("hit Dnipro, Kharkiv and Lviv"). */
function listedCopy(e: CodedEvent, place: CodedEvent["place"], date: TimeMention | null): CodedEvent {
  const c = copyEvent(e);
  c.place = place;
  c.date = date;
  c.listed = true;
  return c;
}

function copyEvent(e: CodedEvent): CodedEvent {
  const c: CodedEvent = {
    sentence: e.sentence,
    source: e.source,
    target: e.target,
    targetCountry: e.targetCountry,
    code: e.code,
    verb: e.verb,
    verbEnd: e.verbEnd,
    modality: e.modality,
    negated: e.negated,
    quoted: e.quoted,
    attribution: e.attribution,
    attributionText: e.attributionText,
    date: e.date,
    statementDate: e.statementDate,
    place: e.place,
    rule: e.rule,
    modalityRule: e.modalityRule,
  };
  // The optional fields the event has, in its own order.
  for (const key in e) {
    if (key === "sourceCountry") c.sourceCountry = e.sourceCountry as string | null;
    else if (key === "needsTarget") c.needsTarget = e.needsTarget as boolean;
    else if (key === "listed") c.listed = e.listed as boolean;
  }
  return c;
}

/**
 * "…, a charge the BNP rejected", "Tehran rejected the accusations", "which Baku denied": denying a
 * charge named by a noun (or a relative's antecedent) denies the act alleged before it — the same
 * act, sides and date, denied, attributed to the one who denies it — instead of a rejection of its
 * own. The act is the latest alleged one before the charge in the sentence, else in the two
 * sentences before (a reported one when none is alleged), else an act of the denier's own side on
 * another up to eight sentences back.
 */
const CHARGED_ROOTS = new Set(["13", "14", "15", "16", "17", "18", "19", "20"]);
/** Material support and aid (06, 07): charged only when the denier's own side is said to give it. */
const SUPPORT_ROOTS = new Set(["06", "07"]);
/** How many sentences back an act of the denier's own side may be the one its denial answers. */
const CHARGE_REACH = 8;
const CLAIM_NOUNS = new Set(["claim", "claims", "suggestion", "suggestions"]);
/** Roots of saying rather than doing: comments, demands, disapproval, rejection. */
const STATEMENT_ROOTS = new Set(["01", "10", "11", "12"]);

function deniedCharges(
  ctx: SentenceContext,
  events: CodedEvent[],
  previous: CodedEvent[],
  frames: Frame[],
): void {
  for (const g of ctx.groups) {
    const verb = tok(ctx, g.head);
    if (g.infinitive || g.negated || !REJECTING.has(verb.lemma)) continue;
    if (events.some((e) => e.verb === g.head && e.rule.includes("+anaphora."))) continue;
    const subject = findSubject(ctx, g);
    const speaker = subject.phrases[0] ?? null;
    if (!speaker) continue;
    let charge = chargeObject(ctx, g);
    // ("rejected the accusation that …" is a frame over its clause; "suspicions of sabotage" names its act.)
    if (charge > 0 && ["that", "of", "by"].includes(tok(ctx, charge + 1)?.lower ?? "")) continue;
    if (charge < 0) {
      // "a charge (that) the BNP rejected", "claims the army dismissed", ", which Baku denied".
      let k = Math.min(speaker.start, g.first) - 1;
      if (tok(ctx, k)?.lower === "that" || tok(ctx, k)?.lower === "which") k--;
      const before = tok(ctx, k);
      if (
        !before ||
        !(CHARGE_NOUNS.has(before.lower) || (before.text === "," && tok(ctx, k + 1)?.lower === "which"))
      )
        continue;
      charge = k;
    }
    // An accusation or charge alleges a hostile act (not the accusation that makes it, nor a peaceful
    // one); a claim or suggestion any act but a statement ("asked the general to stage it").
    const claim = CLAIM_NOUNS.has(tok(ctx, charge).lower);
    // (Its own side's support for others it is accused of too: "backing the rebels", "sponsoring militancy".)
    const own = (e: CodedEvent) =>
      !!speaker.country && (e.source?.country ?? e.sourceCountry) === speaker.country;
    const hostile = (e: CodedEvent) =>
      e.verb !== g.head &&
      (claim
        ? !STATEMENT_ROOTS.has(e.code.slice(0, 2))
        : CHARGED_ROOTS.has(e.code.slice(0, 2)) || (SUPPORT_ROOTS.has(e.code.slice(0, 2)) && own(e)));
    const alleged = (e: CodedEvent) => e.modality === "alleged" && hostile(e);
    const reported = (e: CodedEvent) => e.modality === "reported" && hostile(e);
    const here = events.filter((e) => e.sentence === ctx.s.index && e.verb < charge);
    const recent = previous.filter((e) => e.sentence >= ctx.s.index - 2 && e.sentence < ctx.s.index);
    // ("Britain said Iran had orchestrated the attack … Tehran rejected the accusation": further back,
    // an act of the denier's own side, on another.)
    const earlier = previous.filter(
      (e) =>
        e.sentence >= ctx.s.index - CHARGE_REACH &&
        e.sentence < ctx.s.index - 2 &&
        own(e) &&
        (e.target?.country ?? e.targetCountry) !== speaker.country,
    );
    const act =
      here.findLast(alleged) ??
      here.findLast(reported) ??
      recent.findLast(alleged) ??
      recent.findLast(reported) ??
      earlier.findLast(alleged) ??
      earlier.findLast(reported);
    if (!act) continue;
    for (let k = events.length - 1; k >= 0; k--)
      if ((events[k] as CodedEvent).verb === g.head) events.splice(k, 1);
    events.push({
      ...restatement(ctx, g, act, speaker, frames, "denied", `charge.${verb.lemma}`),
      target: act.target ?? accuserOf(act),
      negated: false,
    });
  }
}

/**
 * "Karabakh officials accused Azerbaijani troops of opening fire": an act alleged by an accuser,
 * with nobody named on the receiving end, was done to the accuser's side, as the accuser tells it.
 * That accuser, or null.
 */
export function accuserOf(e: CodedEvent): ActorPhrase | null {
  const accuser = e.attribution;
  // (A target country that is only the source's own, as a coup's, gives way to the accuser's side.)
  const named = e.target || (e.targetCountry && e.targetCountry !== e.source?.country);
  if (e.modalityRule !== "attr.accuse" || named || !accuser || !e.source) return null;
  if (accuser.code === e.source.code || !accuser.country) return null;
  return accuser;
}

/** Who spoke in which sentence: "rejected the remarks" targets the last speaker. */
export interface Speaker {
  sentence: number;
  phrase: ActorPhrase;
}

/** Event nouns that refer back to an earlier act, with the CAMEO roots of the acts they can name. */
/** Nouns of a deal reached, and the verbs whose events make one ("agreed", "signed"). */
const DEAL_NOUNS: ReadonlySet<string> = new Set([
  "deal",
  "agreement",
  "accord",
  "pact",
  "truce",
  "ceasefire",
  "announcement",
  "rapprochement",
  "settlement",
  "deals",
  "agreements",
  "accords",
  "pacts",
]);
const DEAL_VERBS: readonly string[] = ["agree", "sign", "conclude", "reach", "restore", "broker", "seal"];

const EVENT_REFERENCES: ReadonlyMap<string, readonly string[] | null> = new Map([
  ...[
    "attack",
    "attacks",
    "strike",
    "strikes",
    "airstrike",
    "airstrikes",
    "bombing",
    "bombings",
    "shelling",
  ].map((w): [string, readonly string[]] => [w, ["18", "19", "20"]]),
  ...[
    "raid",
    "raids",
    "offensive",
    "invasion",
    "incursion",
    "assault",
    "killing",
    "killings",
    "violence",
    // "said Kyiv had nothing to do with the crash", "condemned the blast": an act whose author the
    // story may name.
    "blast",
    "blasts",
    "explosion",
    "explosions",
    "crash",
    "sabotage",
    "incursions",
    "downing",
    "shootdown",
    "massacre",
    "murder",
    "assassination",
    "bombardment",
    "ambush",
    "hijacking",
    "kidnapping",
    "abduction",
  ].map((w): [string, readonly string[]] => [w, ["18", "19", "20"]]),
  ...[
    "drills",
    "exercises",
    "manoeuvres",
    "maneuvers",
    "manoeuvre",
    "maneuver",
    "deployment",
    "buildup",
    "flights",
    "flight",
    "overflight",
    "intrusion",
    "intrusions",
    "launches",
    "test",
    "tests",
    "launch",
  ].map((w): [string, readonly string[]] => [w, ["07", "13", "15", "19"]]),
  // "condemned the arrest of its leader", "said the trial was politically motivated": its author.
  ...[
    "arrest",
    "arrests",
    "detention",
    "detentions",
    "crackdown",
    "trial",
    "ruling",
    "verdict",
    "order",
    "expulsion",
    "expulsions",
    "seizure",
    // "Australia regretted the recall": an envoy recalled, ties suspended, a border closed.
    "recall",
    "suspension",
    "closure",
  ].map((w): [string, readonly string[]] => [w, ["10", "16", "17", "18"]]),
  ...["protests", "demonstrations", "rallies", "riots"].map((w): [string, readonly string[]] => [w, ["14"]]),
  // "said the discussions had been very positive": talks judged are the other side's at the table.
  ...["talks", "discussions", "negotiations", "exchanges"].map((w): [string, readonly string[]] => [
    w,
    ["04"],
  ]),
  ...["sanctions", "tariffs", "embargo", "ban", "restrictions"].map((w): [string, readonly string[]] => [
    w,
    ["16", "17"],
  ]),
  // "The Kremlin welcomed the proposal": offers and plans are made by appeals, intents and offers of help.
  ...["proposal", "proposals", "offer", "initiative", "plan"].map((w): [string, readonly string[]] => [
    w,
    ["02", "03", "04", "05", "06", "07", "08"],
  ]),
  // "Kyiv welcomed the package": an aid package is given or pledged.
  ...["package", "packages"].map((w): [string, readonly string[]] => [w, ["03", "06", "07"]]),
  // "Oman welcomed the announcement": a deal reached is made by agreements, talks and concessions.
  ...[...DEAL_NOUNS].map((w): [string, readonly string[]] => [w, ["03", "04", "05", "06", "08"]]),
  ...[
    "remark",
    "remarks",
    "comments",
    "statement",
    "statements",
    "claim",
    "claims",
    "accusation",
    "accusations",
  ].map((w): [string, null] => [w, null]),
  ...["allegation", "allegations", "threat", "threats", "demand", "demands", "report", "reports"].map(
    (w): [string, null] => [w, null],
  ),
  // "The Commission proposed tariffs … China called the move protectionist": any act but a comment.
  // "Australia said such behaviour was unacceptable": conduct, whatever it was.
  ...[
    "decision",
    "move",
    "step",
    "measure",
    "measures",
    "behaviour",
    "behavior",
    "conduct",
    "actions",
    "activities",
    "interference",
  ].map((w): [string, readonly string[]] => [
    w,
    [
      "02",
      "03",
      "04",
      "05",
      "06",
      "07",
      "08",
      "09",
      "10",
      "12",
      "13",
      "14",
      "15",
      "16",
      "17",
      "18",
      "19",
      "20",
    ],
  ]),
]);
const DATED_POSSESSORS = new Set(
  "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight week weekend month year".split(
    " ",
  ),
);

/** The token after a dated possessive ("Friday's", "last week's") starting at i, or i when there is none. */
function timePossessive(ctx: SentenceContext, i: number, end: number): number {
  let j = i;
  if (["last", "this", "the"].includes(tok(ctx, j)?.lower ?? "")) j++;
  if (j < ctx.s.tokenStart || j + 1 >= end || !DATED_POSSESSORS.has(tok(ctx, j)?.lower ?? "")) return i;
  const mark = tok(ctx, j + 1).lower;
  return mark === "'s" || mark === "’s" ? j + 2 : i;
}

/**
 * The story's latest stated act (asserted, reported, acknowledged or alleged; not threatened or
 * supposed) with a named author, of one of `roots`, from sentence `since` on, that also passes `also`.
 */
function latestStatedAct(
  previous: CodedEvent[],
  since: number,
  roots: ReadonlySet<string>,
  also: (e: CodedEvent) => boolean = () => true,
): CodedEvent | undefined {
  return previous.findLast(
    (e) =>
      e.sentence >= since &&
      roots.has(e.code.slice(0, 2)) &&
      !!e.source &&
      FACTUAL.has(e.modality) &&
      also(e),
  );
}

/**
 * "Russian cruise missiles hit Kyiv. Missiles also hit Dnipro …": weapons whose country was only
 * guessed from the previous sentence or the places of their own (often the places struck) are
 * those of the side that made the story's latest attack, up to three sentences back. In place.
 */
function rearmWeapons(ctx: SentenceContext, previous: CodedEvent[]): void {
  for (const p of ctx.actors) {
    const guessed = p.entries.some(
      (e) => e === "context:previous-sentence" || e === "context:sentence-places",
    );
    if (!isWeapon(p) || !guessed) continue;
    // Only as a subject ("Missiles also hit …"), not as what others launch or store.
    let next = p.end;
    while (tok(ctx, next)?.pos === "ADV") next++;
    if (!ctx.groups.some((g) => g.first === next && !g.passive)) continue;
    const act = latestStatedAct(previous, ctx.s.index - 3, VIOLENT_ROOTS, (e) => !!e.source?.country);
    const side = act?.source;
    if (!side?.country || side.country === p.country) continue;
    p.country = side.country;
    p.code = `${side.code.slice(0, 3)}${p.role ?? ""}`;
    p.entries = [...p.entries.filter((e) => !e.startsWith("context:")), "context:attacker"];
  }
}

/**
 * "Russian missiles struck Kyiv … The strikes destroyed a power plant": an active verb whose subject
 * is a definite noun of violence ("the strikes", "Friday's attack", "the offensive") and names no actor
 * has the author of the story's latest such act (up to six sentences back) as its source.
 */
function anaphoricSubject(ctx: SentenceContext, g: VerbGroup, previous: CodedEvent[]): Reference | null {
  if (g.passive || g.infinitive || g.participle) return null;
  // ("The strike also killed …", "The strike on Monday levelled …": past an adverb or a time.)
  let n = g.first - 1;
  while (n > ctx.s.tokenStart && tok(ctx, n).pos === "ADV") n--;
  n = startOfTimeBefore(ctx, n + 1, ctx.s.tokenStart + 2) - 1;
  const noun = tok(ctx, n);
  const roots = noun ? EVENT_REFERENCES.get(noun.lower) : undefined;
  if (!noun || !roots || noun.pos !== "NOUN" || !roots.includes("19")) return null;
  let i = n - 1;
  while (i > ctx.s.tokenStart && ["ADJ", "NOUN"].includes(tok(ctx, i).pos)) i--;
  const det = tok(ctx, i)?.lower ?? "";
  const dated =
    (i - 1 >= ctx.s.tokenStart && timePossessive(ctx, i - 1, g.first) > i - 1) || tok(ctx, i)?.lower === "'s";
  if (!["the", "this", "that", "these", "those"].includes(det) && !dated) return null;
  if (ctx.actors.some((p) => p.start >= i && p.start < g.first)) return null;
  const author = latestStatedAct(previous, ctx.s.index - 6, new Set(roots))?.source;
  return author ? { phrases: [author], text: noun.text, how: "anaphora" } : null;
}

/** Roles of a society's own critics of its state: opposition, rights groups, NGOs, media, unions, firms. */
const CRITICS = new Set(["OPP", "HRI", "NGO", "MED", "LAB", "BUS", "EDU", "CVL", "PTY"]);

/** Reactions whose object names the act reacted to: the act's author is their target. */
const REACTION_ROOTS = new Set(["01", "02", "05", "10", "11", "12", "13", "16", "17"]);

/**
 * "Taiwan condemned the drills", "Panama rejected the remarks": a reaction to an act the story
 * already reported targets that act's author (the latest earlier event of a matching kind; for
 * words, its speaker). Only when the object is such a definite event noun and names nobody.
 */
function anaphoricTarget(
  ctx: SentenceContext,
  d: Draft,
  drafts: Draft[],
  previous: CodedEvent[],
  speakers: Speaker[],
): void {
  if (!d.group || d.group.passive || !REACTION_ROOTS.has(d.code.slice(0, 2))) return;
  // "concerned by the drills": a feeling's object follows its preposition.
  const object = d.verb + (d.comment && tok(ctx, d.verb + 1)?.pos === "ADP" ? 2 : 1);
  let i = object;
  while (i < d.to && ["DET", "ADJ", "ADV", "PRON"].includes(tok(ctx, i).pos) && tok(ctx, i).lower !== "his")
    i++;
  // "condemned Friday's strikes", "last week's attack": a dated possessive is a definite determiner.
  const dated = timePossessive(ctx, object, d.to);
  if (dated > object) {
    i = dated;
    while (i < d.to && ["ADJ", "ADV"].includes(tok(ctx, i).pos)) i++;
  }
  const noun = tok(ctx, i);
  if (!noun || i >= d.to || !EVENT_REFERENCES.has(noun.lower)) return;
  if (dated === object && !["the", "these", "this", "those", "that"].includes(tok(ctx, object)?.lower ?? ""))
    return;
  const roots = EVENT_REFERENCES.get(noun.lower) ?? null;
  // "Rights groups said the trial was politically motivated": a society's own critics react to their
  // state's acts, so they exclude only themselves; a state excludes acts of its own country.
  const own = new Set(
    d.source.phrases.map((p) => (CRITICS.has(p.role ?? "") ? p.code : (p.country ?? p.code))),
  );
  const fits = (code: string, author: ActorPhrase | null | undefined): author is ActorPhrase =>
    !!author &&
    (!roots || roots.includes(code.slice(0, 2))) &&
    !own.has(author.country ?? author.code) &&
    !own.has(author.code);
  const inSentence = drafts.findLast((x) => x !== d && x.verb < d.verb && fits(x.code, x.source.phrases[0]));
  // Words ("the remarks") go back to a speaker of the last two sentences; acts up to six sentences.
  // "The United States and Britain struck …": of a coordinated act, the first-named author.
  // "condemned the strikes" after "… struck …": an act of the verb the noun names comes first.
  // The story's earlier acts named by the same verb are found further back than the others.
  const recent = (e: CodedEvent) =>
    e.sentence >= ctx.s.index - 6 && fits(e.code, e.source) && FACTUAL.has(e.modality) && !e.negated;
  const verbs = DEAL_NOUNS.has(noun.lower) ? DEAL_VERBS : (NOUN_VERBS.get(noun.lemma) ?? [noun.lemma]);
  const named = (e: CodedEvent) =>
    fits(e.code, e.source) && (e.rule.split("|")[0] ?? "").split(/[.+]/).some((w) => verbs.includes(w));
  // ("Iran condemned the attack" after the lead's strike and others' accounts of other strikes: the
  // act the story tells in its own voice comes before acts it reports or others allege.)
  const told = (e: CodedEvent) => e.modality === "asserted" || e.modality === "acknowledged";
  const act = roots
    ? (previous.findLast((e) => named(e) && told(e)) ??
      previous.findLast((e) => recent(e) && told(e)) ??
      previous.findLast(named) ??
      previous.findLast(recent))
    : null;
  const firstAuthor =
    act && previous.find((e) => e.sentence === act.sentence && e.rule === act.rule && fits(e.code, e.source));
  // "Islamic State claimed the attack": a claim of responsibility is aimed at the attack's victims.
  const claim = d.code === "015";
  // (An attack on a place only: its country.)
  const attacked = claim ? (firstAuthor ?? act) : null;
  if (attacked && !attacked.target && attacked.targetCountry) {
    d.targetCountry = attacked.targetCountry;
    d.rule = `${d.rule}|target.anaphora`;
    return;
  }
  const author =
    (claim ? undefined : inSentence?.source.phrases[0]) ??
    (roots
      ? claim
        ? ((firstAuthor ?? act)?.target ?? undefined)
        : (firstAuthor ?? act)?.source
      : speakers.findLast((x) => x.sentence >= ctx.s.index - 2 && fits("", x.phrase))?.phrase);
  if (!author) return;
  d.target = { phrases: [author], text: author.text, how: "anaphora" };
  d.rule = `${d.rule}|target.anaphora`;
}

/** Verbs that tell the act a noun refers back to, beside the noun's own: "the launch" of "fired a missile". */
const NOUN_VERBS: ReadonlyMap<string, readonly string[]> = new Map([
  ["launch", ["launch", "fire", "test"]],
  ["test", ["test", "launch", "fire"]],
]);

/** Disapproval and rejection (11, 12): with nothing named, aimed at the story's latest hostile act. */
const PROTEST_ROOTS = new Set(["11", "12"]);
const HOSTILE_ACT_ROOTS = new Set(["13", "15", "16", "17", "18", "19", "20"]);

/**
 * "North Korea launched a satellite … Japan lodged a protest": disapproval with no object naming
 * anyone answers the latest hostile act of another country in this sentence or the one before.
 */
/** Verbs of a give and take between their coordinated subjects: "traded accusations", "exchanged fire". */
const TRADING = new Set(["trade", "exchange"]);

function objectlessProtest(ctx: SentenceContext, d: Draft, kept: Draft[], previous: CodedEvent[]): void {
  // ("Tallinn and Moscow will trade accusations": with each other, not at the story's latest actor.)
  if (TRADING.has(tok(ctx, d.verb).lemma) && d.source.phrases.length > 1) return;
  // "Moscow vowed a harsh response": a vow of retaliation answers the act before it too.
  const retaliation = d.code.startsWith("13") && /retaliat|respon/.test(d.rule);
  if (
    !d.group ||
    d.group.passive ||
    d.group.negated ||
    !(PROTEST_ROOTS.has(d.code.slice(0, 2)) || retaliation)
  )
    return;
  // ("called the attack a flagrant violation": the latest act of the kind its object names.)
  // (A definite act noun takes up the story's latest act of that kind, however far back.)
  let roots: ReadonlySet<string> = HOSTILE_ACT_ROOTS;
  let since = ctx.s.index - 2;
  for (let i = d.verbEnd; i < Math.min(ctx.s.tokenEnd, d.verbEnd + 4); i++) {
    if (tok(ctx, i).pos === "PUNCT" || tok(ctx, i).pos === "VERB") break;
    const named = EVENT_REFERENCES.get(tok(ctx, i).lower);
    if (named && tok(ctx, i - 1)?.lower === "the") {
      roots = new Set(named);
      since = 0;
      break;
    }
  }
  // (An act told before it in its own sentence first: "…, and Moscow vowed to retaliate".)
  if (!answerEarlierDraft(d, kept, roots, "latest-act"))
    answerLatestAct(d, previous, since, roots, "latest-act");
}

/**
 * "Russia condemned the strike as unacceptable, and Saudi Arabia, Qatar and Jordan also denounced
 * it": a disapproval of "it" (or of nothing named) after another in its sentence is aimed where that
 * one was.
 */
function sharedProtestTarget(ctx: SentenceContext, d: Draft, kept: Draft[]): void {
  if (!d.group || d.group.negated || !PROTEST_ROOTS.has(d.code.slice(0, 2))) return;
  const next = tok(ctx, d.verbEnd)?.lower ?? "";
  if (next !== "it" && next !== "them" && next !== "," && next !== ".") return;
  const own = new Set(d.source.phrases.map((p) => p.country ?? p.code));
  let earlier: Draft | undefined;
  for (const x of kept)
    if (x !== d && x.verb < d.verb && PROTEST_ROOTS.has(x.code.slice(0, 2)) && x.target.phrases.length)
      earlier = x;
  if (!earlier || earlier.target.phrases.some((p) => own.has(p.country ?? p.code))) return;
  d.target = { ...earlier.target, how: "shared-protest" };
  d.rule = `${d.rule}|target.shared-protest`;
}

/** Nouns of a state's envoys. */
const ENVOY_NOUNS = new Set(["ambassador", "ambassadors", "envoy", "envoys", "diplomats", "diplomat"]);
/** Possessives that make an envoy the subject's own ("recalled their ambassadors"). */
const OWN_POSSESSIVES = new Set(["its", "their", "his", "her", "our"]);

/**
 * "Bolivia cut its ties with Israel, while Chile and Honduras recalled their ambassadors": a reduction
 * of relations (16) whose object is the subject's own envoy is not aimed at the envoy; it is aimed where
 * an earlier reduction of its sentence was, else at nobody named (the story's context decides).
 */
function ownEnvoyTarget(ctx: SentenceContext, d: Draft, kept: Draft[]): void {
  if (!d.code.startsWith("16") || d.target.how === "none") return;
  const envoy = d.target.phrases[0];
  if (!envoy || !ENVOY_NOUNS.has(tok(ctx, envoy.end - 1)?.lower ?? "")) return;
  if (!OWN_POSSESSIVES.has(tok(ctx, envoy.start - 1)?.lower ?? "")) return;
  const own = new Set(d.source.phrases.map((p) => p.country ?? p.code));
  const earlier = kept.findLast(
    (x) =>
      x !== d &&
      x.verb < d.verb &&
      x.code.startsWith("16") &&
      x.target.phrases.length > 0 &&
      x.target.phrases.every((p) => !own.has(p.country ?? p.code)),
  );
  d.target = earlier
    ? { ...earlier.target, how: "shared-reduction" }
    : { phrases: [], text: null, how: "none" };
  d.rule = `${d.rule}|target.${earlier ? "shared-reduction" : "own-envoy"}`;
}

/** Nouns of what one side puts to another: a reaction to one of them answers its author. */
const AUTHORED_NOUNS = new Set(
  (
    "call calls offer offers proposal proposals request requests demand demands appeal appeals plan plans " +
    "invitation invitations ultimatum ultimatums pressure criticism accusation accusations warning warnings " +
    "bid initiative overture overtures"
  ).split(" "),
);

/**
 * "rejected calls from Washington for a two-state solution", "turned down an offer of help by
 * ECOWAS": a reaction to something put forward by another side, with nobody named as its object,
 * answers the side that put it forward.
 */
function objectAuthor(ctx: SentenceContext, d: Draft): void {
  if (!d.group || d.group.passive || !REACTION_ROOTS.has(d.code.slice(0, 2))) return;
  let i = d.verbEnd;
  // "turned down an offer": past the phrasal verb's particle.
  if (PARTICIPLE_PARTICLES.has(tok(ctx, i)?.lower ?? "")) i++;
  while (i < ctx.s.tokenEnd && ["DET", "ADJ", "ADV", "NUM"].includes(tok(ctx, i).pos)) i++;
  if (i >= ctx.s.tokenEnd || !AUTHORED_NOUNS.has(tok(ctx, i).lower)) return;
  // The author follows the noun, after "from" or "by", perhaps past an "of …" complement ("an offer of help from").
  for (let j = i + 1; j < Math.min(ctx.s.tokenEnd, i + 6); j++) {
    const w = tok(ctx, j).lower;
    // A verb ends the phrase, but not a noun the tagger reads as one after a preposition ("offer of help").
    const verbHere = ctx.groups.some((g) => g.head === j && !g.infinitive) && tok(ctx, j - 1).pos !== "ADP";
    if (tok(ctx, j).pos === "PUNCT" || verbHere) return;
    if (w !== "from" && w !== "by") continue;
    const at = (k: number) => k === j + 1 || (k === j + 2 && tok(ctx, j + 1).lower === "the");
    const author = ctx.actors.find((p) => at(p.start) && !p.modifierOnly);
    const own = new Set(d.source.phrases.map((p) => p.country ?? p.code));
    if (author && !own.has(author.country ?? author.code)) {
      d.target = { phrases: [author], text: author.text, how: "object-author" };
      d.rule = `${d.rule}|target.object-author`;
      return;
    }
    // "calls from Washington": a capital after "from" is read as a place; its country put it forward.
    const place = ctx.places.find((p) => at(p.tokenStart) && tok(ctx, p.tokenEnd)?.lower !== "'s");
    if (place?.country && !own.has(place.country)) {
      d.targetCountry = place.country;
      d.rule = `${d.rule}|target.object-author`;
    }
    return;
  }
}

/**
 * Aim d at the author of the latest act of `roots` by another side told before it in its own sentence
 * ("… expelled 60 Russian diplomats, and Moscow vowed to retaliate"); false when there is none.
 */
function answerEarlierDraft(d: Draft, kept: Draft[], roots: ReadonlySet<string>, tag: string): boolean {
  const own = new Set(d.source.phrases.map((p) => p.country ?? p.code));
  const author = kept.findLast(
    (x) =>
      x !== d &&
      x.verb < d.verb &&
      roots.has(x.code.slice(0, 2)) &&
      !!x.source.phrases[0] &&
      !own.has(x.source.phrases[0].country ?? x.source.phrases[0].code),
  )?.source.phrases[0];
  if (!author) return false;
  d.target = { phrases: [author], text: author.text, how: "anaphora" };
  d.rule = `${d.rule}|target.${tag}`;
  return true;
}

/** Aim d at the author of the story's latest act of `roots` by another side, from sentence `since`. */
function answerLatestAct(
  d: Draft,
  previous: CodedEvent[],
  since: number,
  roots: ReadonlySet<string>,
  tag: string,
): void {
  const own = new Set(d.source.phrases.map((p) => p.country ?? p.code));
  const act = latestStatedAct(
    previous,
    since,
    roots,
    (e) => !own.has(e.source?.country ?? e.source?.code ?? ""),
  );
  if (!act?.source) return;
  d.target = { phrases: [act.source], text: act.source.text, how: "anaphora" };
  d.rule = `${d.rule}|target.${tag}`;
}

/**
 * "Hezbollah fired rockets at Israel … Israel struck back", "troops returned fire", "Iran retaliated":
 * force used in answer, with nobody named, hits the author of the latest attack by another side
 * (this sentence or the three before).
 */
function strikeBack(ctx: SentenceContext, d: Draft, kept: Draft[], previous: CodedEvent[]): void {
  if (!d.group || d.group.passive || d.group.negated || !VIOLENT_ROOTS.has(d.code.slice(0, 2))) return;
  const verb = tok(ctx, d.verb);
  const next = tok(ctx, d.verb + 1)?.lower;
  const answer =
    next === "back" || verb.lemma === "retaliate" || (verb.lemma === "return" && next === "fire");
  // ("Armenian troops fired shells … and Azerbaijani forces fired back": an attack told before it in
  // its own sentence comes first.)
  if (answer) {
    if (!answerEarlierDraft(d, kept, VIOLENT_ROOTS, "struck-back"))
      answerLatestAct(d, previous, ctx.s.index - 3, VIOLENT_ROOTS, "struck-back");
  }
  // "US and British aircraft shot down dozens of the drones": weapons brought down whose owner is not
  // said are the latest attacker's.
  else if (INTERCEPTING.has(verb.lemma) && hasWord(ctx, d.verb + 1, d.to, LAUNCHED_WEAPONS))
    answerLatestAct(d, previous, ctx.s.index - 3, VIOLENT_ROOTS, "intercepted");
}

/**
 * "Germany expelled four diplomats, Canada expelled four", "killing eight of the attackers and
 * capturing two": a bare number as the object counts more of the party the act before it in the
 * sentence was done to.
 */
function countedObject(ctx: SentenceContext, d: Draft, kept: Draft[]): void {
  const n = tok(ctx, d.verbEnd);
  const after = tok(ctx, d.verbEnd + 1);
  if (n?.pos !== "NUM" || (after && !COUNT_ENDS.has(after.pos))) return;
  const own = new Set(d.source.phrases.map((p) => p.code));
  const before = kept.findLast(
    (x) => x !== d && x.verb < d.verb && !!x.target.phrases[0] && !own.has(x.target.phrases[0].code),
  );
  if (!before) return;
  d.target = { ...before.target, how: "counted" };
  d.rule = `${d.rule}|target.counted`;
  // (The same verb counts the same act: "expelled four diplomats, … expelled four".)
  if (tok(ctx, before.verb).lemma === tok(ctx, d.verb).lemma) d.code = before.code;
}
/** What may follow a number standing alone as an object: a comma, a conjunction, a preposition, a full stop. */
const COUNT_ENDS = new Set(["PUNCT", "CCONJ", "ADP", "ADV"]);

/** ("shot" is its own lemma to the tagger.) */
const INTERCEPTING = new Set(["shoot", "shot", "intercept", "down", "destroy", "neutralise", "neutralize"]);
const LAUNCHED_WEAPONS = new Set(
  "drone drones missile missiles rocket rockets projectile projectiles uavs objects shahed shaheds".split(
    " ",
  ),
);

const BLAME_VERBS = new Set(["accuse", "blame"]);
const EACH_SIDE = new Set(["each", "both"]);

/**
 * "Each side accused the other of breaking it", "talks between Kurti and Vucic broke down, with each
 * side blaming the other", "the two accused each other": blame in both directions (112) between the
 * two sides named in the sentence, else those of the story's latest act between two sides.
 */
function reciprocalBlame(ctx: SentenceContext, kept: Draft[], previous: CodedEvent[]): Draft[] {
  // Outside the loop: a closure reads it (a per-iteration binding costs a context per token).
  let i = ctx.s.tokenStart;
  for (; i < ctx.s.tokenEnd; i++) {
    const verb = tok(ctx, i);
    if (!BLAME_VERBS.has(verb.lemma) || !(verb.pos === "VERB" || verb.pos === "NOUN")) continue;
    if (kept.some((d) => d.verb === i && d.source.phrases.length)) continue;
    // A block of its own: the constants below that closures read cost a context only here.
    {
      const after = ctx.at.tokens.slice(i + 1, Math.min(ctx.s.tokenEnd, i + 4)).map((t) => t.lower);
      const before = ctx.at.tokens.slice(Math.max(ctx.s.tokenStart, i - 3), i).map((t) => t.lower);
      const eachOther =
        (after[0] === "each" && after[1] === "other") || (after[0] === "one" && after[1] === "another");
      const eachSide = before.some((w) => EACH_SIDE.has(w)) && after[0] === "the" && after[1] === "other";
      if (!eachOther && !eachSide) continue;
      const named: ActorPhrase[] = [];
      for (const p of ctx.actors) {
        if (p.start >= i || p.modifierOnly || !p.country) continue;
        if (!named.some((q) => q.country === p.country && q.code === p.code)) named.push(p);
      }
      let a = named.at(-2);
      let b = named.at(-1);
      if (!a || !b) {
        const act = previous.findLast(
          (e) => e.sentence >= ctx.s.index - 3 && !!e.source && !!e.target && e.source.code !== e.target.code,
        );
        a = act?.source ?? undefined;
        b = act?.target ?? undefined;
      }
      if (!a || !b) return [];
      const group = ctx.groups.find((g) => g.head === i) ?? null;
      const draft = (x: ActorPhrase, y: ActorPhrase): Draft => ({
        verb: i,
        verbEnd: i + 1,
        code: "112",
        rule: "reciprocal.blame",
        source: { phrases: [x], text: x.text, how: "reciprocal" },
        target: { phrases: [y], text: y.text, how: "reciprocal" },
        group,
        from: ctx.s.tokenStart,
        to: ctx.s.tokenEnd,
        governor: null,
      });
      return [draft(a, b), draft(b, a)];
    }
  }
  return [];
}

const HAVE_FORMS = new Set(["had", "has", "have"]);
/** What may stand between a subject and an adjective read as its verb: "had not been", "is never". */
const NEGATION_WORDS = ["not", "n't", "never"];
const COPULA_CHAIN: ReadonlySet<string> = new Set([...HAVE_FORMS, ...BE_FORMS, ...NEGATION_WORDS]);

/** A verb group the chunker does not make: a bare "have" or an adjective after its copula. */
function bareGroup(head: number, first: number, negated: boolean): VerbGroup {
  return {
    head,
    first,
    negated,
    modal: null,
    future: false,
    passive: false,
    infinitive: false,
    participle: false,
  };
}

/** "had not been involved": an adjective after its copula, read as a verb group (the chunker leaves it out). */
function copularGroup(ctx: SentenceContext, i: number): VerbGroup | undefined {
  let first = i;
  while (first - 1 > ctx.s.tokenStart && COPULA_CHAIN.has(tok(ctx, first - 1).lower)) first--;
  if (first === i) return undefined;
  const negated = ctx.at.tokens.slice(first, i).some((t) => NEGATION_WORDS.includes(t.lower));
  return bareGroup(i, first, negated);
}

/** Nouns of taking part: "had no role in", "played no part in", "denied any involvement in". */
const PART_NOUNS = new Set(["role", "part", "involvement", "hand", "responsibility"]);

/**
 * "Kyiv said it had nothing to do with the attack", "Ukraine had played no part in the attack",
 * "Kyiv denied any involvement in the attack": a denial of taking part in an act the story reported
 * is that act, by the one who denies it, denied (its target the act's). Replaces a bare "deny
 * responsibility" (016) draft at the same verb.
 */
function involvementDenials(ctx: SentenceContext, kept: Draft[], previous: CodedEvent[]): Draft[] {
  // Outside the loop: a closure reads it (a per-iteration binding costs a context per token).
  let i = ctx.s.tokenStart + 1;
  for (; i < ctx.s.tokenEnd - 1; i++) {
    const w = tok(ctx, i).lower;
    const prep = tok(ctx, i + 1).lower;
    // ("denied any involvement.", "had played no part.": the act is the story's latest one.)
    const bare = PART_NOUNS.has(w) && (prep === "." || prep === ",");
    const partIn = PART_NOUNS.has(w) && (prep === "in" || prep === "for" || bare);
    // "the United States had not been involved in the strike": the negated verb of taking part.
    const involved = w === "involved" && prep === "in";
    const nothingTo = w === "nothing" && prep === "to" && tok(ctx, i + 2)?.lower === "do";
    if (!partIn && !nothingTo && !involved) continue;
    // A block of its own: the constants below that closures read cost a context only here.
    {
      // ("his government had nothing to do with …": a bare "have" the chunker leaves out is the verb.)
      const have = nothingTo && HAVE_FORMS.has(tok(ctx, i - 1)?.lower ?? "") ? i - 1 : -1;
      const verb: VerbGroup | undefined =
        have >= 0
          ? bareGroup(have, have, false)
          : involved
            ? (ctx.groups.find((g) => g.head === i) ?? copularGroup(ctx, i))
            : ctx.groups.findLast((g) => g.head < i);
      if (!verb || i - verb.head > 6) return [];
      // "denied that Belgrade had any role in …": a denial governing the clause.
      const denies =
        tok(ctx, verb.head).lemma === "deny" ||
        ctx.groups.some((g) => g.head < verb.head && tok(ctx, g.head).lemma === "deny" && !g.negated);
      const negative =
        nothingTo ||
        denies ||
        verb.negated ||
        ctx.at.tokens.slice(verb.head + 1, i).some((t) => t.lower === "no" || t.lower === "not");
      if (!negative) return [];
      // The act: a violent noun after the preposition, answered by the story's latest such act.
      let j = nothingTo ? i + 4 : i + 2;
      if (involved && !verb.negated) return [];
      while (j < ctx.s.tokenEnd && ["DET", "ADJ"].includes(tok(ctx, j).pos)) j++;
      const roots = EVENT_REFERENCES.get(tok(ctx, j)?.lower ?? "");
      if (!bare && !roots?.includes("19")) return [];
      // The latest attack of the last six sentences, else the story's first (its lead).
      const attack = (e: CodedEvent) => VIOLENT_ROOTS.has(e.code.slice(0, 2)) && FACTUAL.has(e.modality);
      const act =
        previous.findLast((e) => e.sentence >= ctx.s.index - 6 && attack(e)) ?? previous.find(attack);
      const subject = findSubject(ctx, verb);
      if (!subject.phrases.length) return [];
      // With no attack reported before, the attack noun itself: "no role in the attack on the Jordan base".
      const victim =
        act || bare ? null : actorAfterPrep(ctx, j + 1, nounPhraseEnd(ctx, j), ["on", "against"]);
      const place = act || victim || bare ? null : ctx.places.find((pl) => pl.tokenStart > j && pl.country);
      if (!act && !victim && !place) return [];
      for (let k = kept.length - 1; k >= 0; k--)
        if ((kept[k] as Draft).code === "016" && tok(ctx, (kept[k] as Draft).verb).lemma === "deny")
          kept.splice(k, 1);
      const target = act ? act.target : victim;
      const targetCountry = act ? act.targetCountry : (place?.country ?? null);
      return [
        {
          verb: verb.head,
          verbEnd: verb.head + 1,
          code: act?.code ?? "190",
          rule: "involvement.denied",
          source: subject,
          target: referenceTo(target, "anaphora"),
          // (The denial is the modality; the negation that made it is no refusal to code again.)
          group: { ...verb, negated: false },
          from: ctx.s.tokenStart,
          to: ctx.s.tokenEnd,
          governor: "denied",
          ...(target || !targetCountry ? {} : { targetCountry }),
        },
      ];
    }
  }
  return [];
}

/**
 * "This was a de facto acknowledgment of the deployment": a discourse comment that re-labels
 * the previous sentence's events.
 */
const RELABEL: ReadonlyMap<string, Modality> = new Map([
  ["acknowledgment", "acknowledged"],
  ["acknowledgement", "acknowledged"],
  ["admission", "acknowledged"],
  ["confirmation", "acknowledged"],
  ["denial", "denied"],
]);

export function relabelFromComment(ctx: SentenceContext, previous: CodedEvent[]): void {
  const first = tok(ctx, ctx.s.tokenStart);
  if (!first || !(first.lower === "this" || first.lower === "that" || first.lower === "it")) return;
  const window = ctx.at.tokens.slice(ctx.s.tokenStart + 1, Math.min(ctx.s.tokenEnd, ctx.s.tokenStart + 8));
  if (!window.some((t: Token) => t.lemma === "be" || t.lemma === "amount")) return;
  const noun = window.find((t: Token) => RELABEL.has(t.lower));
  if (!noun) return;
  const modality = RELABEL.get(noun.lower) as Modality;
  for (const e of previous) {
    if (e.sentence !== ctx.s.index - 1) continue;
    e.modality = modality;
    e.modalityRule = `mod.comment.${noun.lower}`;
  }
}

/** Code one sentence, given the events of earlier sentences (for anaphora and comments). */
/**
 * "Guterres welcomed the announcement, as did Oman and Iraq": the actors after an elliptical "as did"
 * do what the clause before it says, to the same target.
 */
function asDidDrafts(ctx: SentenceContext, kept: Draft[]): Draft[] {
  // Outside the loop: a closure reads it (a per-iteration binding costs a context per token).
  let i = ctx.s.tokenStart + 1;
  for (; i < ctx.s.tokenEnd - 2; i++) {
    if (tok(ctx, i).lower !== "as" || tok(ctx, i - 1).text !== ",") continue;
    const aux = tok(ctx, i + 1).lower;
    if (aux !== "did" && aux !== "do" && aux !== "does" && aux !== "have" && aux !== "has") continue;
    // A block of its own: the constants below that closures read cost a context only here.
    {
      const first = ctx.actors.find((p) => p.start > i + 1 && !p.modifierOnly);
      if (!first || ctx.groups.some((g) => g.head > i + 1 && g.head < first.start)) return [];
      const act = kept.findLast((d) => d.verb < i && d.source.phrases.length && !d.implicit);
      if (!act) return [];
      const sources = withCoordinatedRight(ctx, first, ctx.s.tokenEnd);
      return [
        { ...act, source: { phrases: sources, text: first.text, how: "as-did" }, rule: `${act.rule}+as-did` },
      ];
    }
  }
  return [];
}

/**
 * Words that per-word rules of the coder start from, as classes (bits): feelings, nouns of taking
 * part, blame verbs, protest nouns, allegation nouns. A sentence's classes, taken in one pass over
 * its tokens, tell which of these rules can find nothing in it, so that each does not scan the
 * sentence for its words.
 */
const FEELING_WORD = 1;
const PART_WORD = 2;
const BLAME_WORD = 4;
const PROTEST_WORD = 8;
const ALLEGATION_WORD = 16;

/** Bits of the class table's index (the top bits of a word's hash): 4 KB, read per token. */
const CLASS_BITS = 12;

/**
 * The classes of the words whose hash has each top CLASS_BITS bits. A token's entries (form and
 * lemma) hold its classes and perhaps others' (words sharing the bits): a rule may be asked of a
 * sentence without its words, never skipped in one with them. Built on first use (the word sets
 * are declared further down).
 */
let classTable: Uint8Array | null = null;

function buildClassTable(): Uint8Array {
  const table = new Uint8Array(1 << CLASS_BITS);
  const add = (words: Iterable<string>, bit: number) => {
    for (const w of words) {
      const k = wordHash(w) >>> (32 - CLASS_BITS);
      table[k] = (table[k] as number) | bit;
    }
  };
  add(FEELINGS.keys(), FEELING_WORD);
  add([...PART_NOUNS, "nothing", "involved"], PART_WORD);
  add(BLAME_VERBS, BLAME_WORD);
  add(PROTEST_NOUNS.keys(), PROTEST_WORD);
  add(ALLEGATION_NOUNS, ALLEGATION_WORD);
  return table;
}

/** The classes the sentence's words may have (from their hashes: no look-up of the words). */
function sentenceClasses(ctx: SentenceContext): number {
  classTable ??= buildClassTable();
  const shift = 32 - CLASS_BITS;
  let classes = 0;
  for (let i = ctx.s.tokenStart; i < ctx.s.tokenEnd; i++) {
    const t = tok(ctx, i);
    classes |= (classTable[t.lowerHash >>> shift] as number) | (classTable[t.lemmaHash >>> shift] as number);
  }
  return classes;
}

export function codeSentence(
  ctx: SentenceContext,
  res: CoderResources,
  previous: CodedEvent[],
  speakers: Speaker[] = [],
): CodedEvent[] {
  ctx.lastSpeaker = speakers.at(-1)?.phrase ?? null;
  const frames = findFrames(ctx);
  const classes = sentenceClasses(ctx);
  ctx.quoteSpeaker =
    frames.find((f) => f.speaker && ctx.quoted.some(([a, b]) => a >= f.from && b <= f.to + 1))?.speaker ??
    null;
  relabelFromComment(ctx, previous);
  rearmWeapons(ctx, previous);
  ctx.talkingPair = talkingPair(ctx, previous);
  const drafts: Draft[] = [];
  const suppressed = new Set<number>();
  for (const g of ctx.groups) {
    // "warned Beijing against supplying weapons": what one is warned against is not done.
    if (warnedAgainst(ctx, g)) continue;
    let d = verbDraft(ctx, g, res);
    // "The strikes destroyed a power plant": an act named before stands for its author.
    if (!d) {
      const author = anaphoricSubject(ctx, g, previous);
      const act = author ? verbDraft(ctx, g, res, author) : null;
      // Only as the doer of further violence ("destroyed", "killed"), not of a message it "sent".
      if (act && VIOLENT_ROOTS.has(act.code.slice(0, 2))) d = act;
    }
    if (!d) continue;
    // "vowed to end the war": the governor's own event (a vow, a threat) replaces its complement's.
    const demanded = demandClauseGovernor(ctx, g);
    const demandDraft = demanded ? draftOf(drafts, demanded.head) : undefined;
    if (demandDraft && d.source.phrases.length) {
      // "demanded that the government release the prisoners": the clause's subject is the one asked.
      suppressed.add(g.head);
      demandDraft.target = d.source;
      const request = requestCode("10", demandDraft, d, res);
      if (request) {
        demandDraft.code = request;
        demandDraft.rule = `${demandDraft.rule}+${d.rule}+demand`;
      }
      continue;
    }
    // "urged the army to accept the result and to release the detainees": a second infinitive joined
    // to one a governor took is governed as the first is — its act is asked for, not done (the
    // governor's code stays the first's).
    // With no draft of the governor, the act stands with the governor's modality ("urged people not
    // to accept the coup and to protest": a protest asked for, hypothetical).
    const firstInfinitive = coordinatedInfinitive(ctx, g);
    const firstGovernor = firstInfinitive ? governorOf(ctx, firstInfinitive) : null;
    const sharedLemma = firstGovernor ? tok(ctx, firstGovernor.head).lemma : "";
    if (
      firstGovernor &&
      !TRANSPARENT_GOVERNORS.has(sharedLemma) &&
      GOVERNORS.get(sharedLemma) !== "planned"
    ) {
      if (draftOf(drafts, firstGovernor.head)) {
        suppressed.add(g.head);
        continue;
      }
      d.governor ??= GOVERNORS.get(sharedLemma) ?? null;
    }
    const gov = governorOf(ctx, g);
    const govDraft = gov ? draftOf(drafts, gov.head) : undefined;
    const govLemma = govDraft ? tok(ctx, govDraft.verb).lemma : "";
    if (govDraft && GOVERNORS.get(govLemma) !== "planned" && !TRANSPARENT_GOVERNORS.has(govLemma)) {
      suppressed.add(g.head);
      // ("discuss efforts to counter X": what is discussed names no partner.)
      if (!govDraft.target.phrases.length && tok(ctx, govDraft.verb).lemma !== "discuss")
        govDraft.target = d.target;
      // "threatened to attack Taiwan": a threat or vow takes its specific code from what is threatened or vowed.
      const governor = tok(ctx, govDraft.verb).lemma;
      // CAMEO codes an agreement to commence a ceasefire as the ceasefire (0871, usage notes); an
      // agreement to yield in any other way is an expression of intent to yield (035x).
      const agreedYield = governor === "agree" && d.code.startsWith("0871");
      // "EU leaders agreed to bar Belarusian airlines": allies agreeing on a measure against a third
      // party decide it — the measure itself, planned (not a threat of it).
      const agreedMeasure =
        governor === "agree" && AGREED_MEASURE_ROOTS.has(d.code.slice(0, 2)) && !g.negated;
      // "warned Washington not to interfere": a vow or warning about an act not to be done takes
      // no code from that act.
      const negatedComplement = g.negated || tok(ctx, g.first - 1)?.lower === "not";
      const intent =
        agreedYield || agreedMeasure
          ? d.code
          : INTENT_VERBS.has(governor) && !negatedComplement
            ? vowCode(governor, govDraft, d, res)
            : null;
      if (intent) {
        govDraft.code = intent;
        govDraft.rule = `${govDraft.rule}+${d.rule}+intent`;
        // The code now rests on the complement's pattern, as strong as that pattern is.
        govDraft.weak = !!d.weak;
        // "offered to mediate", "vowed to retaliate": a commitment to a future act. (An agreement to
        // act is itself done, as the ceasefire agreed is: "agreed to meet again" is told as a fact.)
        if (governor !== "agree" && !govDraft.governor) govDraft.governor = "vowed";
        if (agreedMeasure) govDraft.governor = "planned";
      } else if (REFUSAL_VERBS.has(governor) && govDraft.rule.endsWith(".default")) {
        // "refused to withdraw": refusing an act is the codebook's refusal code for it.
        const refusal = lookupPrefix(d.code, res.negation);
        if (refusal) {
          govDraft.code = refusal;
          govDraft.rule = `${govDraft.rule}+${d.rule}+refusal`;
        }
      } else {
        // "urged Iran to lift the sanctions": an appeal (02) or demand (10) for the act asked of the object.
        const mood = APPEAL_VERBS.has(governor) ? "02" : DEMAND_VERBS.has(governor) ? "10" : null;
        const request = mood ? requestCode(mood, govDraft, d, res) : null;
        if (request) {
          govDraft.code = request;
          govDraft.rule = `${govDraft.rule}+${d.rule}+${mood === "02" ? "appeal" : "demand"}`;
          govDraft.weak = !!d.weak;
        }
      }
      continue;
    }
    if (govDraft) suppressed.add(govDraft.verb);
    drafts.push(d);
  }
  if (classes & FEELING_WORD) drafts.push(...feelingDrafts(ctx));
  drafts.push(...labelDrafts(ctx, drafts));
  drafts.push(...verdictDrafts(ctx, drafts));
  drafts.push(...stanceDrafts(ctx, drafts));
  drafts.push(...opennessDrafts(ctx));
  drafts.push(...responsibleActs(ctx));
  drafts.push(...watchingDrafts(ctx, drafts));
  drafts.push(...outOfDrafts(ctx, drafts));
  drafts.push(...mediatedDrafts(ctx, drafts));
  const verbHeads = new Set(drafts.map((d) => d.verb));
  // "Russia denied sending troops": the denial is the modality of the embedded event, not an event of its own.
  for (const f of frames) if (f.modality === "denied" && reportsDraft(f, drafts)) suppressed.add(f.verb);
  // "adopted a resolution condemning Russia": the condemnation is the act; the adoption is its vehicle.
  for (const d of drafts)
    if (d.source.how === "document") {
      const issuing = issuingDraft(drafts, d);
      if (issuing) suppressed.add(issuing.verb);
    }
  // "prevented aid trucks from entering Gaza", "barred women from studying", "refrained from
  // attacking": what someone is kept from doing is not done.
  for (const d of drafts) {
    const v = tok(ctx, d.verb);
    let k = d.verb - 1;
    while (k > ctx.s.tokenStart && tok(ctx, k).pos === "ADV") k--;
    if (v.lower.endsWith("ing") && tok(ctx, k)?.lower === "from" && d.verb - k <= 2) suppressed.add(d.verb);
    // "what its forces had learned about shooting down drones": a gerund after "about" is a topic.
    if (v.lower.endsWith("ing") && tok(ctx, k)?.lower === "about" && d.verb - k <= 2) suppressed.add(d.verb);
    // "agreed to stop fighting": what is stopped is not done (the stopping is the act).
    if (v.lower.endsWith("ing") && STOPPING.has(tok(ctx, d.verb - 1)?.lemma ?? "")) suppressed.add(d.verb);
  }
  // "bars Iran from using its territory to attack Israel": the purpose of a kept-from act is not done either.
  for (const d of drafts)
    if (tok(ctx, d.verb - 1)?.lower === "to" && keptFromBefore(ctx, d.verb)) suppressed.add(d.verb);
  orderedDetentions(ctx, drafts, suppressed);
  const kept = drafts.filter((d) => !suppressed.has(d.verb));
  genericVows(ctx, kept);
  conditionTargets(ctx, kept);
  // "Iran threatened to close the strait": a threat to act is an event even with nobody named as its target.
  for (const d of kept)
    if (tok(ctx, d.verb).lemma === "threaten" && tok(ctx, d.verb + 1)?.lower === "to") d.weak = false;
  for (const d of kept) {
    const gm = GOVERNORS.get(tok(ctx, d.verb).lemma);
    // "committed to withdraw" is a vow; "committed a massacre" is the act.
    if (gm === "vowed" && (tok(ctx, d.verb).lemma !== "commit" || tok(ctx, d.verb + 1)?.lower === "to"))
      d.governor = "vowed";
    // "vowed to end the war": a vow to act is coded as the intent (03) or threat (13) to act.
    else if (
      (d.governor === "vowed" && d.group?.infinitive) ||
      futureCooperation(ctx, d) ||
      ownFutureThreat(d, frames)
    ) {
      // "vowed to end the war", "Finland will give Tanzania a grant": CAMEO codes a stated intention
      // to act as an expression of intent (03) or a threat (13), not as the act.
      const intent = lookupPrefix(d.code, res.intent);
      if (intent) {
        d.code = intent;
        d.rule = `${d.rule}+intent`;
      }
    }
  }
  for (const d of kept) ownEnvoyTarget(ctx, d, kept);
  for (const d of kept) if (!d.target.phrases.length) objectAuthor(ctx, d);
  for (const d of kept) if (!d.target.phrases.length) anaphoricTarget(ctx, d, kept, previous, speakers);
  for (const d of kept) verdictAnaphora(ctx, d, kept, previous, speakers);
  for (const d of kept) if (!d.target.phrases.length) objectlessProtest(ctx, d, kept, previous);
  for (const d of kept) if (!d.target.phrases.length) sharedProtestTarget(ctx, d, kept);
  for (const d of kept) if (!d.target.phrases.length) strikeBack(ctx, d, kept, previous);
  for (const d of kept) if (!d.target.phrases.length) countedObject(ctx, d, kept);
  kept.push(...asDidDrafts(ctx, kept));
  for (const f of frames) if (f.speaker) speakers.push({ sentence: ctx.s.index, phrase: f.speaker });
  // The verbs drafted so far: no draft was added or moved since verbHeads was taken (obligationToRequest,
  // which moves one, runs below).
  const drafted = verbHeads;
  for (const d of kept) obligationToRequest(ctx, d, frames, res);
  kept.push(...bareObligations(ctx, frames, drafted));
  if (classes & BLAME_WORD) kept.push(...reciprocalBlame(ctx, kept, previous));
  if (classes & PART_WORD) kept.push(...involvementDenials(ctx, kept, previous));
  // "halted deliveries of weapons to Ukraine": a noun in the object (the next few words) of a verb
  // that a specific pattern coded is part of that event, not one of its own.
  const specific = kept.filter((d) => !d.weak && d.group);
  kept.push(
    ...nounDrafts(ctx, res, verbHeads, previous).filter(
      (n) =>
        n.rule.endsWith("+accused") ||
        !specific.some(
          (d) =>
            d.verb < n.verb &&
            n.verb < Math.min(d.to, d.verbEnd + 4) &&
            (d.source.phrases.some((p) => n.source.phrases.some((q) => q.code === p.code)) ||
              // "travelled to Kyiv for talks": the noun's "author" is the verb's own object or place.
              n.source.phrases.every((q) => q.start > d.verb)),
        ),
    ),
  );
  if (classes & PROTEST_WORD) kept.push(...protestNounDrafts(ctx, kept));
  const threats = threatPredicates(ctx, frames, previous);
  const threatened = new Set(threats.map((e) => e.verb));
  const events: CodedEvent[] = [];
  for (const d of kept) {
    if (threatened.has(d.verb)) continue;
    for (const e of eventsFromDraft(ctx, d, frames, res)) events.push(e);
  }
  events.push(...threats);
  for (const d of casualtyDrafts(ctx, drafted, previous, events))
    for (const e of eventsFromDraft(ctx, d, frames, res)) events.push(patchCasualty(e, d));
  events.push(...anaphoricEvents(ctx, previous, frames));
  events.push(...namedAccusations(ctx, events));
  deniedCharges(ctx, events, previous, frames);
  events.push(...accusations(events));
  events.push(...bareAllegations(ctx, frames, events, (classes & ALLEGATION_WORD) !== 0));
  spokenJudgments(events);
  return collapseRestatements(ctx, events);
}

/*
 * Loops, not closures, in codeSentence's loops over groups, frames and drafts: a closure reading the
 * loop's variable would cost a context on every iteration.
 */

/** The draft of the verb at token `verb`, if any. */
function draftOf(drafts: readonly Draft[], verb: number): Draft | undefined {
  for (const d of drafts) if (d.verb === verb) return d;
  return undefined;
}

/** Does frame f report a draft other than its own verb's (one inside its span)? */
function reportsDraft(f: Frame, drafts: readonly Draft[]): boolean {
  for (const d of drafts) if (d.verb !== f.verb && d.verb >= f.from && d.verb < f.to) return true;
  return false;
}

/** The draft of a verb at most four tokens before d's that names no target: what issued document d. */
function issuingDraft(drafts: readonly Draft[], d: Draft): Draft | undefined {
  for (const x of drafts)
    if (x !== d && x.verb < d.verb && d.verb - x.verb <= 4 && x.group && !x.target.phrases.length) return x;
  return undefined;
}

/** Verbs whose agentless passive reports casualties: "at least 19 people were killed". */
const CASUALTY_VERBS = new Set(["kill", "wound", "injure", "hurt", "maim"]);
/** Nouns naming people without saying whose side they are on. */
const HUMAN_NOUNS = new Set(
  (
    "people person persons civilian civilians child children girl girls boy boys woman women man men " +
    "resident residents villager villagers passenger passengers worker workers employee employees " +
    "staff tourist tourists pilgrim pilgrims student students journalist journalists family families"
  ).split(" "),
);
const FACTUAL = new Set<Modality>(["asserted", "reported", "acknowledged", "alleged"]);

/**
 * "More than 100 people were arrested", "at least 19 people were killed": a passive whose subject is
 * people (a human noun in the six words before it) and whose clause, from `start`, names no actor
 * before it.
 */
function humanSubject(ctx: SentenceContext, g: VerbGroup, start: number): boolean {
  // ("The FSB said 11 people had been detained": the speaker before the clause's verb is no subject.)
  const from = Math.max(start, (ctx.groups.findLast((h) => h.head < g.first)?.head ?? -1) + 1);
  if (ctx.actors.some((p) => p.start >= from && p.start < g.first && !p.modifierOnly)) return false;
  for (let i = Math.max(from, g.first - 6); i < g.first; i++)
    if (HUMAN_NOUNS.has(tok(ctx, i).lower)) return true;
  return false;
}
const INTERCEPTION = /down-(?:missile|aircraft|drone)|intercept/;
/** Codes of protest, riot and repression: the unrest whose toll is no military force's. */
const UNREST = /^(?:14|175)/;
/** How many sentences back an earlier act may be the one whose casualties a sentence reports. */
const CASUALTY_REACH = 3;

/** The earlier act whose casualties these are, and what the new event takes from it. */
interface CasualtyDraft extends Draft {
  act: CodedEvent | null;
}

/**
 * "At least 19 people were killed and 105 wounded, the emergency service said": an agentless
 * passive of killing or wounding whose victims are only "people" (no actor) reports the toll of
 * the story's latest violent act (in this sentence or up to three before): the same sides, as
 * its own event. With no such act, the victims belong to the country where it happened, and the
 * source is left to the story's other side.
 */
function casualtyDrafts(
  ctx: SentenceContext,
  drafted: Set<number>,
  previous: CodedEvent[],
  events: CodedEvent[],
): CasualtyDraft[] {
  const out: CasualtyDraft[] = [];
  for (const g of ctx.groups) {
    if (!g.passive || g.negated || drafted.has(g.head) || !CASUALTY_VERBS.has(tok(ctx, g.head).lemma))
      continue;
    let start = clauseStart(ctx.at, ctx.s, g);
    // "Hamas officials said 24 people were killed": the reported clause starts after its speech verb.
    for (let k = g.first - 1; k > start; k--)
      if (SPEECH_VERBS.has(tok(ctx, k).lemma) && tok(ctx, k).pos === "VERB") {
        start = k + 1;
        break;
      }
    if (!humanSubject(ctx, g, start)) continue;
    // A stated attack (not one threatened or supposed), and not the defenders' interception.
    const violent = (e: CodedEvent) =>
      VIOLENT_ROOTS.has(e.code.slice(0, 2)) &&
      !!(e.source || e.sourceCountry) &&
      FACTUAL.has(e.modality) &&
      !INTERCEPTION.test(e.rule);
    const act =
      events.findLast((e) => violent(e) && e.verb < g.head) ??
      previous.findLast((e) => violent(e) && e.sentence >= ctx.s.index - CASUALTY_REACH) ??
      null;
    const to = clauseEnd(ctx.at, ctx.s, ctx.groups, g);
    // "24 people were killed in the Israeli strike": the attack named in the clause says who struck.
    const author = act ? undefined : attackAuthor(ctx, g.head + 1, to);
    // With no act, attacker or place, the toll is the story's: its focus country's (see analyze).
    const placed = ctx.places.some((p) => p.tokenStart > g.head && p.tokenStart < to && p.country);
    const striker = act?.source ?? author ?? null;
    // "Police fired tear gas … About 80 people were injured": a toll of unrest or repression, with
    // no armed attack before it, is of violence outside combat (18), not of military force (19).
    const unrest =
      !act &&
      !author &&
      (events.some((e) => UNREST.test(e.code) && FACTUAL.has(e.modality)) ||
        previous.some(
          (e) => e.sentence >= ctx.s.index - CASUALTY_REACH && UNREST.test(e.code) && FACTUAL.has(e.modality),
        ));
    out.push({
      verb: g.head,
      verbEnd: g.head + 1,
      code: act?.code ?? (unrest ? "180" : "190"),
      rule: `casualties.${tok(ctx, g.head).lemma}${act ? "+act" : author ? "+attack-noun" : placed ? "+place" : "+story"}`,
      source: { phrases: striker ? [striker] : [], text: striker?.text ?? null, how: "none" },
      target: { phrases: act?.target ? [act.target] : [], text: act?.target?.text ?? null, how: "none" },
      group: g,
      from: start,
      to,
      governor: governorModality(ctx, g),
      implicit: !striker,
      act,
    });
  }
  return out;
}

/** The sides a casualty report takes from its act, or from the place of the killing. */
function patchCasualty(e: CodedEvent, d: CasualtyDraft): CodedEvent {
  const act = d.act;
  if (act) {
    if (!e.source) e.sourceCountry = act.sourceCountry ?? null;
    if (!e.target) e.targetCountry = act.target ? null : act.targetCountry;
  } else {
    // The place names the victims' side (else, an attack named, the side that reports the toll);
    // who struck them is left to the story's other side.
    if (!e.source) e.sourceCountry = null;
    const reporter = e.attribution?.country;
    if (!e.target)
      e.targetCountry =
        e.place?.country ?? (e.source && reporter && reporter !== e.source.country ? reporter : null);
  }
  return e;
}

const WARNING_VERBS = new Set(["warn", "caution", "advise", "deter", "dissuade"]);

/** Is g a gerund after "against" complementing a warning verb ("warned X against supplying …")? */
function warnedAgainst(ctx: SentenceContext, g: VerbGroup): boolean {
  if (!g.participle || tok(ctx, g.first - 1)?.lower !== "against") return false;
  const governor = ctx.groups.findLast((h) => h.head < g.first);
  return !!governor && WARNING_VERBS.has(tok(ctx, governor.head).lemma) && g.first - governor.head <= 8;
}

/** Verbs that frame a threat's "that" clause as the speaker's own word. */
const THREAT_FRAMES = new Set(["vow", "warn", "threaten", "promise", "pledge", "insist", "declare", "swear"]);

/** Subjects that name no one: "anyone who attacked …", "those who organised it". */
const FREE_RELATIVES = new Set(["anyone", "whoever", "those", "everyone", "everybody"]);

/** What another party is told it will pay or face: the predicate of a threat. */
const THREAT_OBJECTS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["pay", new Set(["price", "dearly"])],
  ["receive", new Set(["punishment", "response", "retaliation", "retribution", "lesson"])],
  ["suffer", new Set(["consequences", "punishment", "retaliation"])],
  [
    "face",
    new Set([
      "consequences",
      "punishment",
      "response",
      "retaliation",
      "retribution",
      "reprisals",
      "justice",
      "wrath",
    ]),
  ],
]);

/** "make Israel pay": "make" (any form) and a short object right before the bare verb. */
function madePayer(ctx: SentenceContext, g: VerbGroup): boolean {
  for (let k = g.first - 2; k >= Math.max(ctx.s.tokenStart, g.first - 5); k--)
    if (tok(ctx, k).lemma === "make")
      // ("vowed to make it pay": a pronoun for the party, right after "make".)
      return (
        ctx.actors.some((p) => p.start > k && p.end === g.first) ||
        (k === g.first - 2 && OBJECT_PRONOUN_PARTIES.has(tok(ctx, k + 1).lower))
      );
  return false;
}

/** Object pronouns that stand for a party after "make … pay". */
const OBJECT_PRONOUN_PARTIES = new Set(["it", "them", "him"]);

/** Verbs whose future passive on a party threatens it: "Israel would be punished". */
const PUNISHED = new Set(["punish", "avenge", "crush"]);
/** Nouns of the act a threat says will be answered. */
const ANSWERED_ACTS = new Set(
  "attack attacks strike strikes killing killings assassination crime crimes aggression act bombing raid".split(
    " ",
  ),
);

/**
 * "the cowardly attack would not go unanswered", "the killing will not pass without punishment":
 * a negated future "go unanswered / unpunished" or "pass without" a response, with an act for subject.
 */
function actUnanswered(ctx: SentenceContext, g: VerbGroup): boolean {
  if (!g.negated || !(g.future || g.modal !== null)) return false;
  const lemma = tok(ctx, g.head).lemma;
  const next = tok(ctx, g.head + 1)?.lower ?? "";
  const fits =
    (lemma === "go" && (next === "unanswered" || next === "unpunished")) ||
    (lemma === "pass" && next === "without") ||
    (lemma === "remain" && next === "unanswered");
  if (!fits) return false;
  // The subject is an act: the noun just before the group ("the cowardly attack would not …").
  return ANSWERED_ACTS.has(tok(ctx, g.first - 1)?.lower ?? "");
}

/**
 * "Al-Ezzi said America and Britain would have to pay a heavy price", "Putin vowed that the
 * organisers would face inevitable punishment": a speaker saying that another party will pay or
 * face punishment threatens it (130) — conditionally when the sentence sets a condition ("anyone
 * who attacked … would face an immediate response").
 */
function threatPredicates(ctx: SentenceContext, frames: Frame[], previous: CodedEvent[]): CodedEvent[] {
  const out: CodedEvent[] = [];
  for (const g of ctx.groups) {
    const lemma = tok(ctx, g.head).lemma;
    // "the attack would not go unanswered", "the killing will not pass without punishment", "Israel
    // would be punished": an act not to be left unanswered threatens its author; a party to be
    // punished, that party.
    const unanswered = actUnanswered(ctx, g);
    const punished = PUNISHED.has(lemma) && g.passive && (g.future || g.modal !== null) && !g.negated;
    const objects = THREAT_OBJECTS.get(lemma);
    // "vowed to make Israel pay for the strike": to make a party pay is to threaten it.
    const madeToPay = lemma === "pay" && !g.negated && madePayer(ctx, g);
    if (!unanswered && !punished && !madeToPay) {
      if (!objects || g.negated) continue;
      const end = Math.min(ctx.s.tokenEnd, g.head + 6);
      if (!ctx.at.tokens.slice(g.head + 1, end).some((t) => objects.has(t.lower))) continue;
    }
    const frame = frameFor(frames, g.head);
    // "Putin vowed that the organisers would face punishment": a vow or warning frames it too.
    const vow = frame
      ? null
      : ctx.groups.findLast((h) => h.head < g.first && THREAT_FRAMES.has(tok(ctx, h.head).lemma));
    const speaker = frame && frame.verb >= 0 ? frame.speaker : vow ? findSubject(ctx, vow).phrases[0] : null;
    if (!speaker) continue;
    const statementDate = frame?.date ?? null;
    const speakerText = frame?.speakerText ?? speaker.text;
    const speechVerb = frame?.verb ?? (vow as VerbGroup).head;
    // "anyone who attacked French nationals would face …": a free relative names no one.
    // ("anyone"/"whoever" also make it conditional; "those who organised it" do not.)
    const relative = ctx.at.tokens
      .slice(Math.max(ctx.s.tokenStart, speechVerb), g.first)
      .find((t) => FREE_RELATIVES.has(t.lower))?.lower;
    // The act's author: the story's latest stated use of force by another side than the speaker's.
    const author = unanswered
      ? latestStatedAct(
          previous,
          ctx.s.index - 6,
          VIOLENT_ROOTS,
          (e) => e.source?.country !== speaker.country,
        )?.source
      : undefined;
    if (unanswered && !author) continue;
    const subject = author ? { phrases: [author] } : relative ? { phrases: [] } : findSubject(ctx, g);
    const targets = subject.phrases.filter((p) => p.country !== speaker.country || !p.country);
    if (subject.phrases.length && !targets.length) continue;
    const conditional = hasCondition(ctx) || relative === "anyone" || relative === "whoever";
    for (const target of targets.length ? targets : [null]) {
      out.push({
        sentence: ctx.s.index,
        source: speaker,
        target,
        // "those behind it would be punished": whoever did it, unnamed.
        targetCountry: punished && relative && !target ? "---" : null,
        code: "130",
        verb: g.head,
        verbEnd: g.head + 1,
        modality: conditional ? "conditional" : "vowed",
        negated: false,
        quoted: inRanges(g.head, ctx.quoted),
        attribution: speaker,
        attributionText: speakerText,
        // What is threatened has not happened: the day of the speech is the statement's only.
        date: null,
        statementDate: statementDate ?? timeFor(ctx, speechVerb, speechVerb + 1, frames),
        place: null,
        rule: unanswered ? "threat.unanswered" : `threat.${lemma}`,
        modalityRule: conditional ? "mod.condition" : "mod.threat",
      });
    }
  }
  return out;
}

/** "began a hunger strike to protest …", "shelled the city, killing 20": the root's bare code on an adjunct verb. */
function adjunctRestatement(ctx: SentenceContext, weak: CodedEvent, strong: CodedEvent): boolean {
  if (weak.code !== `${weak.code.slice(0, 2)}0` || weak.verb === strong.verb) return false;
  const before = tok(ctx, weak.verb - 1)?.text;
  return before === "to" || (before === "," && tok(ctx, weak.verb).lower.endsWith("ing"));
}

/** Protest forms (141–145) and the bare demand (100), whose fourth digit says what is demanded. */
const PURPOSE_CODES = new Set(["141", "142", "143", "144", "145", "100"]);
/**
 * What a protest or demand is for, by CAMEO's parallel subcodes: 1 leadership change, 2 policy
 * change, 3 rights, 4 change in institutions or regime (1411–1414, 1421–1424, …, 1041–1044).
 */
const PURPOSES: [string, RegExp][] = [
  ["1", /^(resignation|resign|removal|remove|ouster|oust|overthrow|step down)$/],
  [
    "4",
    /^(independence|referendum|autonomy|democracy|democratic|constitution|constitutional|regime|self-rule)$/,
  ],
  ["3", /^(rights?|freedoms?|liberties|arrests?|detention|release)$/],
  ["2", /^(reforms?|polic(y|ies)|laws?|wages?|prices|pay|taxes|subsidies)$/],
];

/**
 * What an accusation charges, by CAMEO's 112x: 1 crime or corruption, 2 human rights abuses,
 * 3 aggression, 4 war crimes, 5 espionage or treason. Two-word charges come first.
 */
const CHARGES: [string, RegExp][] = [
  ["4", /^(war crimes?|ethnic cleansing|crimes against)$/],
  ["2", /^(human rights|rights abuses?|rights violations?)$/],
  ["4", /^(genocide|atrocities)$/],
  ["2", /^(torture|abuses)$/],
  ["5", /^(spying|espionage|treason|spy|spies)$/],
  ["3", /^(aggression|ceasefire|truce|invasion|invading|attacking|shelling)$/],
  ["1", /^(corruption|crimes?|fraud|bribery|murder|embezzlement|smuggling|terrorism)$/],
];

/**
 * The digit of the first subcode word after `from`: a two-word entry ("human rights", "step down")
 * before a one-word one. Capitalised names ("Democratic People's Republic") are not read.
 */
function subcodeDigit(ctx: SentenceContext, from: number, table: [string, RegExp][]): string | null {
  for (let i = from; i < ctx.s.tokenEnd; i++) {
    const t = tok(ctx, i);
    if (t.text !== t.lower) continue;
    const pair = `${t.lower} ${tok(ctx, i + 1)?.lower ?? ""}`;
    for (const [digit, words] of table) if (words.test(pair) || words.test(t.lower)) return digit;
  }
  return null;
}

/** Was the event coded by a verb pattern naming its object ("sv.expel-envoy.expel"), not a default or a noun? */
function specificVerbRule(rule: string): boolean {
  // Pattern ids: secvar's "sv.<name>.<verb>", PETRARCH's "<verb>.<code>.<n>".
  return /^(?:sv\.[\w-]+\.[\w_]+|[a-z_-]+\.\d+\.\d+)(?:[+|]|$)/.test(rule);
}

/** How much an event says: a named target, then a longer (more specific) code, then a verb over a noun. */
function informativeness(e: CodedEvent): number {
  return (e.target ? 100 : 0) + e.code.length * 10 + (e.rule.startsWith("noun.") ? 0 : 1);
}

/**
 * "One policeman was murdered in an attack on a patrol", "began a hunger strike to protest": one
 * sentence restating one act — same source, same CAMEO root, same modality, and no second target —
 * is one event; the most informative reading stays.
 */
/** Did a verb's bare default code make the event ("warn.default|mod.asserted")? */
function defaultRule(rule: string): boolean {
  return rule.split("|")[0]?.endsWith(".default") ?? false;
}

function collapseRestatements(ctx: SentenceContext, events: CodedEvent[]): CodedEvent[] {
  if (events.length < 2) return events;
  const dropped = new Set<CodedEvent>();
  for (const a of events) {
    for (const b of events) {
      if (a === b || dropped.has(a) || dropped.has(b) || !a.source || a.source.code !== b.source?.code)
        continue;
      if (a.code.slice(0, 2) !== b.code.slice(0, 2) || a.modality !== b.modality) continue;
      if (a.target && b.target && a.target.code !== b.target.code) continue;
      // (One act at each of several places or times listed is no restatement.)
      if ((a.listed || b.listed) && (a.place !== b.place || a.date !== b.date)) continue;
      // (Of two as informative, a verb's bare default gives way: "warned that Moscow would respond"
      // keeps the threat.)
      const ia = informativeness(a);
      const ib = informativeness(b);
      const weaker = ib > ia || (ib === ia && defaultRule(a.rule) && !defaultRule(b.rule)) ? a : b;
      const stronger = weaker === a ? b : a;
      // Two different codes are two acts ("launched an attack and captured the town") unless the weaker
      // is a noun restating the act, or the root's bare code on a purpose or -ing adjunct ("to protest").
      if (a.code !== b.code && !weaker.rule.startsWith("noun.") && !adjunctRestatement(ctx, weaker, stronger))
        continue;
      // "recalled its ambassador and expelled Cambodia's envoy": two verbs each matched by a pattern of
      // its own object are two acts, even of one code.
      if (a.verb !== b.verb && specificVerbRule(a.rule) && specificVerbRule(b.rule)) continue;
      dropped.add(weaker);
    }
  }
  return dropped.size ? events.filter((e) => !dropped.has(e)) : events;
}

/**
 * The code of an appeal ("02") or demand ("10") for the complement's act: CAMEO's 02x, 03x and 10x
 * families run in parallel (021/031/101 material cooperation … 028/038/108 mediation), so the
 * request takes the suffix of the act's intent code. Only a request verb's generic code is replaced.
 */
function requestCode(mood: "02" | "10", gov: Draft, complement: Draft, res: CoderResources): string | null {
  if (!GENERIC_REQUESTS.has(gov.code) && !gov.rule.endsWith(".default")) return null;
  const intent = lookupPrefix(complement.code, res.intent);
  if (!intent?.startsWith("03") || intent === "039") return null;
  return mood + intent.slice(2);
}

/** The obligation a reported clause puts on its subject: "must"/"has to" demand, "should"/"needs to" appeal. */
function obligationMood(ctx: SentenceContext, g: VerbGroup): "02" | "10" | null {
  if (g.modal === "must") return "10";
  if (g.modal === "should") return "02";
  if (!g.infinitive) return null;
  const before = tok(ctx, g.first - 1);
  // ("had to be backed": a passive group may start at its "had".)
  const lemma =
    tok(ctx, g.first + 1)?.lower === "to"
      ? tok(ctx, g.first)?.lemma
      : tok(ctx, g.first)?.lower === "to"
        ? before?.lemma
        : tok(ctx, g.first - 2)?.lemma;
  if (lemma === "need") return "02";
  if (lemma === "have") return "10";
  return null;
}

/** The speech frame reporting the verb at i, when its speaker is another side than the obliged actor. */
function obligingFrame(frames: Frame[], i: number, obliged: ActorPhrase | undefined): Frame | null {
  const frame = frames.find((f) => f.verb >= 0 && f.speaker && i >= f.from && i < f.to);
  const speaker = frame?.speaker;
  if (!frame || !speaker || !obliged || speaker.code === obliged.code) return null;
  if (speaker.country && speaker.country === obliged.country) return null;
  return frame;
}

/**
 * "Britain said Libya must hand over the suspects": a speaker stating what another actor must or
 * should do demands (10) or appeals for (02) that act; the speaker is the source, the obliged the target.
 */
function obligationToRequest(ctx: SentenceContext, d: Draft, frames: Frame[], res: CoderResources): void {
  const g = d.group;
  if (!g) return;
  const mood = obligationMood(ctx, g);
  if (!mood) return;
  const frame = obligingFrame(frames, d.verb, d.source.phrases[0]);
  const speaker = frame?.speaker;
  if (!frame || !speaker) return;
  const intent = lookupPrefix(d.code, res.intent);
  if (!intent?.startsWith("03") || intent === "039") return;
  d.code = mood + intent.slice(2);
  d.rule = `${d.rule}+${mood === "02" ? "appeal" : "demand"}`;
  d.target = d.source;
  d.source = { phrases: [...frame.speakers], text: frame.speakerText, how: "speaker" };
  d.verb = frame.verb;
  d.verbEnd = frame.verb + 1;
  d.group = ctx.groups.find((h) => h.head === frame.verb) ?? null;
  d.governor = null;
}

/**
 * "Britain said Libya must hand over the suspects": an obligation a speaker puts on another actor
 * is a plain demand (100) or appeal (020) even when the act itself has no specific code.
 */
function bareObligations(ctx: SentenceContext, frames: Frame[], coded: Set<number>): Draft[] {
  const out: Draft[] = [];
  for (const g of ctx.groups) {
    const verb = tok(ctx, g.head);
    if (coded.has(g.head) || COPULAS.has(verb.lemma) || g.negated) continue;
    const mood = obligationMood(ctx, g);
    if (!mood) continue;
    // ("said the Saudi account had to be backed by facts": what a state's own act or word must
    // undergo is asked of that state.)
    const obliged = g.passive ? ownedSubject(ctx, g) : findSubject(ctx, g);
    if (!obliged) continue;
    const frame = obligingFrame(frames, g.head, obliged.phrases[0]);
    const speaker = frame?.speaker;
    if (!frame || !speaker) continue;
    out.push({
      verb: frame.verb,
      verbEnd: frame.verb + 1,
      code: `${mood}0`,
      rule: `obligation.${verb.lemma}${g.passive ? "+passive" : ""}`,
      source: { phrases: [...frame.speakers], text: frame.speakerText, how: "speaker" },
      target: obliged,
      group: ctx.groups.find((h) => h.head === frame.verb) ?? null,
      from: g.first,
      to: clauseEnd(ctx.at, ctx.s, ctx.groups, g),
      governor: null,
    });
  }
  return out;
}

/** Nouns of what a side says or does that others may require to be checked, proven or withdrawn. */
const OWNED_ACCOUNTS = new Set(
  "account accounts version explanation claim claims statement statements report findings investigation inquiry forces troops".split(
    " ",
  ),
);

/**
 * "the Saudi account had to be backed by facts", "Russian forces must be withdrawn": the subject of
 * a passive obligation that is a state's own account or forces (a country adjective on one of
 * OWNED_ACCOUNTS right before the verb group) names that state as the obliged side; else null.
 */
function ownedSubject(ctx: SentenceContext, g: VerbGroup): Reference | null {
  // Back over the obligation's auxiliaries: "had to be", "must be", "should be".
  let i = g.first - 1;
  while (i > ctx.s.tokenStart && (OBLIGATION_WORDS.has(tok(ctx, i).lower) || tok(ctx, i).pos === "AUX")) i--;
  const noun = tok(ctx, i);
  if (!noun || !OWNED_ACCOUNTS.has(noun.lower)) return null;
  // ("the Saudi account": a country adjective before the noun; "Russian forces": an agent phrase over it.)
  const owner = ctx.actors.find((p) => (p.end === i || (p.start < i && p.end === i + 1)) && !!p.country);
  return owner ? { phrases: [owner], text: owner.text, how: "owner" } : null;
}

/** Words of an obligation between its subject and a passive verb: "had to be", "needs to be". */
const OBLIGATION_WORDS = new Set(["to", "had", "has", "have", "must", "should", "need", "needs", "ought"]);

/** "demanded (that) the government release …": the demand verb governing a finite clause. */
function demandClauseGovernor(ctx: SentenceContext, g: VerbGroup, depth = 0): VerbGroup | null {
  if (g.infinitive || g.participle) return null;
  let i = g.first - 1;
  // "demanded that India strictly control and restrain its troops": a verb joined to a demanded
  // verb is demanded too; adverbs before the verb are no part of the clause's subject.
  if ((tok(ctx, i)?.lower === "and" || tok(ctx, i)?.lower === "or") && depth < 2) {
    const prev = ctx.groups.findLast((x) => x.head < i && !x.infinitive && !x.participle);
    // ("demanded that Condé be released and threatened sanctions": a plain past joins no base form
    // of the demanded clause; it is the demanding side's next act.)
    const past = g.first === g.head && tok(ctx, g.head).lower !== tok(ctx, g.head).lemma;
    const base =
      !!prev &&
      (tok(ctx, prev.first).lower === "be" ||
        (prev.first === prev.head && tok(ctx, prev.head).lower === tok(ctx, prev.head).lemma));
    if (past && base) return null;
    return prev && prev.head >= i - 4 ? demandClauseGovernor(ctx, prev, depth + 1) : null;
  }
  while (i > ctx.s.tokenStart && tok(ctx, i).pos === "ADV") i--;
  const verbStart = i;
  // The clause's subject: a short noun phrase or pronoun.
  const stop = Math.max(ctx.s.tokenStart, i - 8);
  while (i >= stop) {
    const t = tok(ctx, i);
    if (!(t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "DET" || t.pos === "ADJ" || t.pos === "PRON"))
      if (t.lower !== "'s" && t.text !== "-") break;
    i--;
  }
  if (i === verbStart) return null;
  if (tok(ctx, i)?.lower === "that") i--;
  const h = ctx.groups.find((x) => x.head === i);
  return h && DEMAND_VERBS.has(tok(ctx, h.head).lemma) ? h : null;
}

/**
 * The code of a vow or threat from its complement. A threat is never an expression of intent:
 * "threatened to stop negotiations" keeps the threat's own specific pattern (134) or becomes a
 * plain threat (130) rather than an intent to de-escalate.
 */
function vowCode(governor: string, gov: Draft, complement: Draft, res: CoderResources): string | null {
  const intent = lookupPrefix(complement.code, res.intent) ?? null;
  // A warning is as much a threat: "warned the United States not to interfere" is no intent to cooperate.
  if (governor !== "threaten" && governor !== "warn") return intent;
  const ownSpecific = gov.code.startsWith("13") && gov.code !== "130" && !gov.rule.endsWith(".default");
  if (ownSpecific) return null;
  return intent && !intent.startsWith("13") ? "130" : intent;
}

/** Nouns that carry an allegation about what follows "that": "his claim that China was operating the canal". */
const ALLEGATION_NOUNS = new Set("claim claims allegation allegations accusation accusations".split(" "));

/**
 * "Russia alleged that Ukraine was preparing a provocation", "he repeated his claim that China was
 * operating the canal": an allegation about another country's actor is an accusation (112) even
 * when what is alleged codes no event of its own.
 */
function bareAllegations(
  ctx: SentenceContext,
  frames: Frame[],
  events: CodedEvent[],
  /** Whether the sentence holds an allegation noun (see sentenceClasses). */
  allegationNouns: boolean,
): CodedEvent[] {
  const out: CodedEvent[] = [];
  const claims: { speaker: ActorPhrase; verb: number; from: number; date: TimeMention | null }[] = [];
  // Finite claims only: "by alleging …" inside another statement reports, it does not accuse.
  for (const f of frames)
    if (
      f.speaker &&
      f.verb >= 0 &&
      ACCUSING_FRAMES.has(f.rule) &&
      !ctx.groups.find((h) => h.head === f.verb)?.participle
    )
      claims.push({ speaker: f.speaker, verb: f.verb, from: f.from, date: f.date });
  // Outside the loop: a closure reads it (a per-iteration binding costs a context per token).
  let i = allegationNouns ? ctx.s.tokenStart : ctx.s.tokenEnd;
  for (; i < ctx.s.tokenEnd - 1; i++) {
    if (!ALLEGATION_NOUNS.has(tok(ctx, i).lower) || tok(ctx, i + 1).lower !== "that") continue;
    const g = ctx.groups.filter((h) => h.head < i).at(-1);
    const speaker = g ? findSubject(ctx, g).phrases[0] : undefined;
    if (speaker) claims.push({ speaker, verb: i, from: i + 1, date: null });
  }
  for (const c of claims) {
    let k = c.from;
    if (tok(ctx, k)?.lower === "that") k++;
    const accused = ctx.actors.find((p) => p.start >= k && p.start <= k + 1 && !p.modifierOnly);
    if (!accused?.country || accused.country === c.speaker.country) continue;
    // The claim already coded as an accusation or as a claimed act of the speaker's.
    if (events.some((e) => e.source?.code === c.speaker.code && e.code.startsWith("11"))) continue;
    const verbGroup = ctx.groups.find((h) => h.head === c.verb) ?? null;
    out.push({
      sentence: ctx.s.index,
      source: c.speaker,
      target: accused,
      targetCountry: null,
      code: "112",
      verb: c.verb,
      verbEnd: c.verb + 1,
      modality: "asserted",
      negated: !!verbGroup?.negated,
      quoted: inRanges(c.verb, ctx.quoted),
      attribution: null,
      attributionText: null,
      date: c.date ?? timeFor(ctx, c.verb, c.verb + 1, frames),
      statementDate: null,
      place: null,
      rule: "frame.allegation",
      modalityRule: "mod.asserted",
    });
  }
  return out.filter((e) => !e.negated);
}

/** Speech verbs whose reported violence is itself an accusation ("the US claimed ISIL attacked Iraq"). */
const ACCUSING_FRAMES = new Set(["attr.claim", "attr.allege", "attr.charge"]);
const CONFLICT_ROOTS = new Set(["15", "16", "17", "18", "19", "20"]);
/** Neutral reporting frames: violence they report is an accusation only when a party to politics says it. */
const REPORTING_FRAMES = new Set(["attr.say", "attr.state", "attr.tell", "attr.report", "attr.announce"]);

/**
 * "Israel said a mortar bomb was fired at it from Gaza", "the US said that Iraq had attacked": a
 * country speaking as such (not its army, police or a witness) that says another country's actor
 * used violence accuses it.
 */
function accusingReport(e: CodedEvent, speaker: ActorPhrase): boolean {
  return (
    REPORTING_FRAMES.has(e.modalityRule) &&
    VIOLENT_ROOTS.has(e.code.slice(0, 2)) &&
    !!speaker.country &&
    speaker.kind === "state" &&
    !speaker.role &&
    !!sourceCountryOf(e) &&
    sourceCountryOf(e) !== speaker.country
  );
}

/** The country an event's source belongs to: its actor's, or the place an implied source acted from. */
function sourceCountryOf(e: CodedEvent): string | null {
  return e.source ? e.source.country : (e.sourceCountry ?? null);
}

/**
 * "Lasconi said the court's decision was illegal": a judgment stated in a speech verb's own clause
 * (a verdict, a stance, what the text calls an accusation) is the speaker's statement, asserted and
 * attributed to that speaker. In place.
 */
function spokenJudgments(events: CodedEvent[]): void {
  for (const e of events)
    if (!e.attribution && e.source && /^(?:verdict|stance)\./.test(e.rule)) {
      e.attribution = e.source;
      e.attributionText = e.source.text;
    }
}

/** Nouns that name what was just said an accusation: ", an accusation Moscow denied". */
const ACCUSATION_NOUNS = new Set(["accusation", "allegation", "charge"]);

/**
 * "Sandu said Russia was plotting to overthrow her government, an accusation Moscow denied": what
 * the text itself calls an accusation is one — the speaker's (112) against the author of the hostile
 * act it reports, another country's actor.
 */
function namedAccusations(ctx: SentenceContext, events: CodedEvent[]): CodedEvent[] {
  const out: CodedEvent[] = [];
  for (let i = ctx.s.tokenStart + 2; i < ctx.s.tokenEnd; i++) {
    if (!ACCUSATION_NOUNS.has(tok(ctx, i).lower) || !["a", "an"].includes(tok(ctx, i - 1).lower)) continue;
    if (tok(ctx, i - 2).text !== ",") continue;
    const accusation = namedAccusation(ctx, events, i);
    if (accusation) out.push(accusation);
  }
  return out;
}

/**
 * The accusation named at token i (", an accusation …"), or null. (A function of its own: the
 * closures below read i, which in the loop above would cost a context on every token.)
 */
function namedAccusation(ctx: SentenceContext, events: CodedEvent[], i: number): CodedEvent | null {
  const act = events.findLast(
    (e) =>
      e.sentence === ctx.s.index &&
      e.verb < i - 2 &&
      (e.modality === "reported" || e.modality === "alleged") &&
      CHARGED_ROOTS.has(e.code.slice(0, 2)) &&
      !!e.source?.country &&
      !!e.attribution?.country &&
      e.attribution.country !== e.source.country,
  );
  const speaker = act?.attribution;
  if (!act?.source || !speaker) return null;
  const target = act.source;
  if (
    events.some(
      (x) => x.source?.code === speaker.code && x.target?.code === target.code && x.code.startsWith("11"),
    )
  )
    return null;
  const e = copyEvent(act);
  e.source = speaker;
  e.target = target;
  e.targetCountry = null;
  e.sourceCountry = null;
  e.code = "112";
  e.modality = "asserted";
  e.negated = false;
  // (The accusation's day is the statement's, kept as such.)
  e.date = null;
  e.rule = "frame.named-accusation";
  e.modalityRule = "mod.asserted";
  return e;
}

/**
 * "The US claimed that ISIL had attacked Iraq": the claim is a statement that matters — the speaker
 * accuses the attacker (112); "X claimed it had attacked Y" claims responsibility (015).
 */
function accusations(events: CodedEvent[]): CodedEvent[] {
  const out: CodedEvent[] = [];
  for (const e of events) {
    const speaker = e.attribution;
    if (!speaker) continue;
    // "Israel said a mortar bomb was fired at it from Gaza": an implied source acting from a place.
    const implied = !e.source && !!e.sourceCountry && accusingReport(e, speaker);
    if (
      !implied &&
      (!e.source ||
        !(
          (ACCUSING_FRAMES.has(e.modalityRule) && CONFLICT_ROOTS.has(e.code.slice(0, 2))) ||
          accusingReport(e, speaker)
        ))
    )
      continue;
    const own =
      !!e.source &&
      (speaker.code === e.source.code || (!!speaker.country && speaker.country === e.source.country));
    if (own && e.modalityRule !== "attr.claim") continue;
    const target = own ? e.target : e.source;
    // "Russia alleged that …" may already be coded by the speech verb's own pattern (110/112).
    const coded = events.some(
      (x) => x.source?.code === speaker.code && x.target?.code === target?.code && x.code.startsWith("11"),
    );
    if (!own && coded) continue;
    const c = copyEvent(e);
    c.source = speaker;
    c.target = target;
    c.targetCountry = own ? e.targetCountry : implied ? (e.sourceCountry ?? null) : null;
    c.sourceCountry = null;
    c.code = own ? "015" : "112";
    c.modality = "asserted";
    c.negated = false;
    c.attribution = null;
    c.attributionText = null;
    c.date = e.statementDate ?? e.date;
    c.rule = `frame.${own ? "claim-responsibility" : "accusation"}`;
    c.modalityRule = "mod.asserted";
    out.push(c);
  }
  return out;
}

/** Is the infinitive at `verb` the purpose of a gerund after "from" ("from using X to attack") in its clause? */
function keptFromBefore(ctx: SentenceContext, verb: number): boolean {
  for (let i = verb - 2; i > ctx.s.tokenStart && i >= verb - 10; i--) {
    const w = tok(ctx, i);
    if (w.text === "," || w.text === ";" || w.pos === "CCONJ" || w.pos === "SCONJ") return false;
    if (w.lower === "from" && tok(ctx, i + 1)?.pos === "VERB" && tok(ctx, i + 1)?.lower.endsWith("ing"))
      return true;
  }
  return false;
}
