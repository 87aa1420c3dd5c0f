/**
 * The whole pipeline for one article: NLP (sentences, actors, times, places) → coding
 * (events, commitments, probabilities) → the JSON contract in src/knowledge/schema.ts.
 */
import type {
  ActorRecord,
  Article,
  CommitmentRecord,
  EventRecord,
  Extraction,
  PlaceRef,
  ProbabilityRecord,
  ResolvedDate,
  SentenceRef,
  TimeRecord,
} from "../knowledge/index.js";
import {
  type ActorPhrase,
  type AnnotatedText,
  annotate,
  calendarDate,
  composePhrases,
  datelineEnd,
  documentCountries,
  documentPlaces,
  fillAgentCountries,
  findRawMentions,
  findTimexes,
  organisationAgent,
  type PlaceMatch,
  parseNumber,
  type TimeMention,
  type Timex,
  type Token,
  timesFromTimexes,
  unattributedGunmen,
} from "../nlp/index.js";
import { POSSESSIVE_DETERMINERS, quotedRanges } from "./clauses.js";
import { findCommitments } from "./commitments.js";
import {
  agentsOfOrganisations,
  definiteAgents,
  definiteOrganisations,
  definiteStates,
} from "./definite-references.js";
import {
  accuserOf,
  type CodedEvent,
  codeSentence,
  type Speaker,
  STATE_FORCES,
  VIOLENT_ROOTS,
} from "./event-coder.js";
import {
  coordinatedDates,
  firstWord,
  NARRATED,
  namedEventDates,
  progressiveDates,
  shiftDay,
  simultaneousDates,
  subjectNounDates,
  thatDayDates,
  undateAccused,
} from "./event-dates.js";
import { appositiveNames } from "./named-persons.js";
import { findProbabilities } from "./probabilities.js";
import type { PipelineResources } from "./resources.js";
import { buildSentenceContext } from "./sentence-context.js";

export interface AnalyzeOptions {
  /** Stamped on the extraction as `extractor`. */
  version: string;
  /**
   * The date relative expressions resolve against when the article has no publication date
   * (YYYY-MM-DD). The clock is read at the program's edge and passed in, so analysis is pure.
   */
  today: string;
}

/** Today's date (UTC) for AnalyzeOptions.today: the one place the pipeline's callers read the clock. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Intermediate results kept for --explain. */
export interface Analysis {
  extraction: Extraction;
  at: AnnotatedText;
  phrases: ActorPhrase[];
  coded: CodedEvent[];
}

function sentenceRef(at: AnnotatedText, index: number): SentenceRef {
  const s = at.sentences[index];
  if (!s) return { index, start: 0, end: 0, text: "" };
  return { index, start: s.start, end: s.end, text: s.text };
}

function dateRef(t: TimeMention | null): ResolvedDate | null {
  return t ? { value: t.value, precision: t.precision, text: t.text } : null;
}

/** A time expression as the contract prints it, with the calendar date events take from it. */
function timeRecord(t: Timex): TimeRecord {
  const date = t.type === "DATE" || t.type === "TIME" ? calendarDate(t.value) : null;
  return {
    start: t.start,
    end: t.end,
    text: t.text,
    type: t.type,
    value: t.value,
    mod: t.mod ?? null,
    date: date?.value ?? null,
    precision: date?.precision ?? null,
    rule: t.rule,
  };
}

function placeRef(p: PlaceMatch | null): PlaceRef | null {
  return p ? { name: p.name, country: p.country, lat: p.lat, lon: p.lon } : null;
}

function span(at: AnnotatedText, start: number, end: number): { start: number; end: number; text: string } {
  const a = at.tokens[start] as Token;
  const b = at.tokens[end - 1] as Token;
  return { start: a.start, end: b.end, text: at.text.slice(a.start, b.end) };
}

function phraseSpan(p: ActorPhrase | null): { start: number; end: number; text: string } | null {
  return p ? { start: p.charStart, end: p.charEnd, text: p.text } : null;
}

function eventRecord(
  docId: string,
  at: AnnotatedText,
  e: CodedEvent,
  n: number,
  res: PipelineResources,
): EventRecord {
  const info = res.lexicon.codebook.codes[e.code];
  const targetCode =
    e.target?.code ??
    (e.targetCountry ? (res.actors.cameoCountry.get(e.targetCountry) ?? e.targetCountry) : null);
  const sourceCode =
    e.source?.code ??
    (e.sourceCountry ? (res.actors.cameoCountry.get(e.sourceCountry) ?? e.sourceCountry) : null);
  return {
    id: `${docId}:${e.sentence}:${n}`,
    source: sourceCode,
    target: targetCode,
    source_text: e.source?.text ?? null,
    target_text:
      e.target?.text ?? (e.targetCountry && e.place?.country === e.targetCountry ? e.place.name : null),
    code: e.code,
    code_name: info?.name ?? "",
    plover: info?.plover ?? null,
    quad_class: info?.quad_class ?? 0,
    goldstein: info?.goldstein ?? 0,
    modality: e.modality,
    negated: e.negated,
    quoted: e.quoted,
    attributed_to: e.attribution?.code ?? null,
    attributed_text: e.attributionText,
    date: dateRef(e.date),
    statement_date: dateRef(e.statementDate),
    place: placeRef(e.place),
    sentence: sentenceRef(at, e.sentence),
    spans: { source: phraseSpan(e.source), verb: span(at, e.verb, e.verbEnd), target: phraseSpan(e.target) },
    rule: `${e.rule}|${e.modalityRule}`,
  };
}

/** Roles of the crowds the forces of order face. */
const CROWDS = new Set(["OPP", "CVL", "EDU", "LAB"]);

/**
 * "Protesters blocked roads, clashing with riot police who fired tear gas", "Thousands marched on
 * parliament. Police fired tear gas": force used by police or troops on nobody named is used on
 * the crowd of its sentence, else of the sentence before.
 */
function crowdTargets(coded: CodedEvent[], phrases: readonly ActorPhrase[]): void {
  for (const e of coded) {
    if (e.target || e.targetCountry || !STATE_FORCES.has(e.source?.role ?? "")) continue;
    if (!/^1[789]/.test(e.code)) continue;
    const crowd = (sentence: number) =>
      phrases.find(
        (p) =>
          p.sentence === sentence &&
          !p.modifierOnly &&
          CROWDS.has(p.role ?? "") &&
          (!p.country || !e.source?.country || p.country === e.source.country),
      );
    const target = crowd(e.sentence) ?? crowd(e.sentence - 1);
    if (!target) continue;
    e.target = target;
    e.rule = `${e.rule}|target.crowd`;
  }
}

/**
 * "would take the case to the International Court of Justice": the court a lawsuit (115) is brought
 * to is not its defendant; the other side is left to the story. In place.
 */
function courtNotDefendant(coded: CodedEvent[], at: AnnotatedText): void {
  for (const e of coded) {
    if (!e.code.startsWith("115") || !e.target) continue;
    const before = at.tokens[e.target.start - 1]?.lower;
    const article = before === "the" ? at.tokens[e.target.start - 2]?.lower : before;
    if (e.target.code.includes("JUD") && (article === "to" || article === "before")) {
      e.target = null;
      e.rule = `${e.rule}|target.not-court`;
    }
  }
}

/** Words of what aid is, before "for" and its recipient ("aid for Gaza", "$61 billion for Ukraine"). */
const AID_WORDS = new Set([
  "aid",
  "assistance",
  "support",
  "funding",
  "weapons",
  "package",
  "billion",
  "million",
]);

/**
 * "signed a $95 billion aid package into law, including about $61 billion for Ukraine": aid (07) or
 * a pledge of aid (033) with nobody named on the receiving end goes to the state its sentence gives
 * an amount or kind of aid "for", after the verb. In place.
 */
function aidRecipients(coded: CodedEvent[], at: AnnotatedText, phrases: readonly ActorPhrase[]): void {
  for (const e of coded) {
    if (e.target || e.targetCountry || !/^(?:07|033)/.test(e.code)) continue;
    const own = e.source?.country ?? e.sourceCountry ?? null;
    const s = at.sentences[e.sentence];
    if (!s) continue;
    for (let i = e.verbEnd; i < s.tokenEnd - 1; i++) {
      const t = at.tokens[i] as Token;
      if (t.text === ";") break;
      if (t.lower !== "for") continue;
      let kind = false;
      for (let j = i - 1; j >= Math.max(e.verbEnd, i - 3) && !kind; j--)
        kind = AID_WORDS.has(at.tokens[j]?.lower ?? "");
      if (!kind) continue;
      const next = at.tokens[i + 1]?.lower === "the" ? i + 2 : i + 1;
      const p = phrases.find(
        (q) => (q.start === i + 1 || q.start === next) && !q.modifierOnly && !!q.country && q.country !== own,
      );
      if (!p) continue;
      e.target = p;
      e.rule = `${e.rule}|target.aid-for`;
      break;
    }
  }
}

/**
 * "Karabakh officials accused Azerbaijani troops of opening fire": an act alleged by an accuser,
 * with nobody named on the receiving end, was done to the accuser's side, as the accuser tells it.
 */
function accuserTargets(coded: CodedEvent[]): void {
  for (const e of coded) {
    const accuser = accuserOf(e);
    if (!accuser) continue;
    e.target = accuser;
    e.targetCountry = null;
    e.rule = `${e.rule}|target.accuser`;
  }
}

/** Event nouns of meeting: talks, summits, calls, visits. */
const MEETING_NOUNS = /^noun\.(?:meeting|talks|phone-call|visit)\b/;

/**
 * "The spy agency told lawmakers that Russia had given the North help after a summit between Kim
 * and Putin", "announced after four days of talks": a meeting named by its noun inside a report is
 * the background the report takes as known, asserted by the story, not part of what is reported.
 */
function presupposedMeetings(coded: CodedEvent[]): void {
  for (const e of coded) {
    if (e.modality !== "reported" || !MEETING_NOUNS.test(e.rule)) continue;
    e.modality = "asserted";
    e.modalityRule = `${e.modalityRule}+presupposed`;
    e.attribution = null;
    e.attributionText = null;
  }
}

/** Roles of a state's organs, which speak for its authorities. */
const STATE_ORGANS = new Set(["GOV", "MIL", "COP", "JUD", "SPY", "LEG"]);

/**
 * "Government Minister Eduardo del Castillo said that 17 people had been arrested": what the home
 * authorities did with no agent named, told by one of their own organs, is acknowledged by them.
 */
function authoritiesOwnWord(coded: CodedEvent[]): void {
  for (const e of coded) {
    if (e.modality !== "reported" || !e.rule.includes("+passive.home-authority") || e.source) continue;
    const speaker = e.attribution;
    if (!speaker?.country || speaker.country !== e.sourceCountry || !STATE_ORGANS.has(speaker.role ?? ""))
      continue;
    e.modality = "acknowledged";
    e.modalityRule = `${e.modalityRule}+own-authorities`;
  }
}

/**
 * "…, accusing it of supporting terrorism": words said are dated as a statement only, even when a
 * later pass found a day for their sentence ("a day after …"). In place.
 */
function utteranceDates(coded: CodedEvent[]): void {
  for (const e of coded) {
    if (!e.utterance || !e.date) continue;
    e.statementDate ??= e.date;
    e.date = null;
  }
}

/**
 * "Soldiers and armoured vehicles blocked roads leading to parliament", "Indian troops had provoked
 * Chinese forces": what CAMEO files under protest (14: blockades, provocation) is, done by a state's
 * own forces, a display of their power (150), not dissent. In place.
 */
function forcesShowForce(coded: CodedEvent[]): void {
  for (const e of coded) {
    if (!e.code.startsWith("14") || !STATE_FORCES.has(e.source?.role ?? "")) continue;
    e.code = "150";
    e.rule = `${e.rule}|forces`;
    // (Roads blocked with nobody named are blocked at home.)
    if (!e.target && !e.targetCountry && e.source?.country) {
      e.targetCountry = e.source.country;
      e.rule = `${e.rule}|target.home`;
    }
  }
}

/** Assault, force and mass violence (18–20): acts one side accuses another of. */
const FORCE_ROOTS = /^(?:1[89]|20)/;

/**
 * "Kyrgyzstan said Tajik forces had shelled villages", "Israel's military said Iran had fired
 * missiles at northern Israel": force used on the speaker's own side by another, told by the side
 * that suffered it, is that side's allegation, not a neutral report. (A toll, "X said 24 of its
 * citizens had been killed", and a frame after the act stay reported.)
 */
function victimAllegations(coded: CodedEvent[]): void {
  for (const e of coded) {
    if (e.modality !== "reported" || !FORCE_ROOTS.test(e.code)) continue;
    if (e.rule.includes("passive") || e.rule.startsWith("casualties.")) continue;
    // (A frame before the act: "Russian troops shelled Kharkiv, Ukraine's defence ministry said" is
    // the wire's own report, sourced.)
    if (!e.modalityRule.startsWith("attr.") || e.modalityRule === "attr.according-to") continue;
    if (!e.attribution || e.attribution.start > e.verb) continue;
    const speaker = e.attribution.country;
    const source = e.source?.country;
    const target = e.target?.country ?? e.targetCountry;
    if (!speaker || !source || source === speaker || target !== speaker) continue;
    e.modality = "alleged";
    e.modalityRule = `${e.modalityRule}+victim`;
  }
}

/**
 * Threats, force posture, coercion, assault, force and mass violence (13, 15, 17–20): what makes two
 * sides enemies. (A protest or reduced relations does not: "the Dominican Republic closed its border
 * with Haiti" makes it no suspect of an attack in Haiti.)
 */
const ENEMY_ROOTS = /^(?:1[3579]|18|20)/;

/** Material acts that always have a receiving side: aid, yielding, coercion and force (and signing, 057, and pledges of aid, 033). */
const DYAD_ROOTS = new Set(["06", "07", "08", "13", "15", "16", "17", "18", "19", "20"]);

/**
 * "North Korean soldiers were initially sent", "its jets targeted missile plants": a material act
 * with nobody named on the receiving end is aimed at the side the story pairs its source with —
 * when the document's other events pair the source's country with exactly one other country.
 */
function documentDyadTargets(coded: CodedEvent[]): void {
  const partners = new Map<string, Map<string, number>>();
  // Sides in conflict: threats, coercion and force (13–20) between them.
  const enemies = new Map<string, Map<string, number>>();
  const add = (pairs: Map<string, Map<string, number>>, a: string, b: string) => {
    const m = pairs.get(a) ?? new Map<string, number>();
    m.set(b, (m.get(b) ?? 0) + 1);
    pairs.set(a, m);
  };
  for (const e of coded) {
    const a = e.source?.country;
    const b = e.target?.country ?? e.targetCountry;
    // Comments and appeals (01, 02) say whom a side talks about, not whom it acts on.
    if (!a || !b || a === b || e.code.startsWith("01") || e.code.startsWith("02")) continue;
    add(partners, a, b);
    add(partners, b, a);
    if (ENEMY_ROOTS.test(e.code)) {
      add(enemies, a, b);
      add(enemies, b, a);
    }
  }
  for (const e of coded) {
    // "At least two soldiers were killed": an agentless attack on one side comes from its clear partner.
    const victim = e.target?.country ?? e.targetCountry;
    if (e.source || e.sourceCountry || !victim) continue;
    // The story's nearest earlier attack on the same side names the attacker before the story's
    // overall partner does ("Hamas gunmen attacked … 600 people had been killed … Hezbollah fired").
    const onVictim = (x: CodedEvent) =>
      x !== e &&
      VIOLENT_ROOTS.has(x.code.slice(0, 2)) &&
      !!x.source?.country &&
      x.source.country !== victim &&
      (x.target?.country ?? x.targetCountry) === victim;
    const latest = coded.findLast((x) => x.sentence <= e.sentence && onVictim(x));
    // "The United States and Britain struck …": of a coordinated attack, the first-named side.
    const attack =
      latest && coded.find((x) => x.sentence === latest.sentence && x.rule === latest.rule && onVictim(x));
    // Otherwise the side the story shows in conflict with the victims': casualties of a country's
    // own unrest ("90 people died in clashes") are no act of a partner it only talks to.
    const best = attack?.source?.country ?? clearPartner(enemies.get(victim));
    if (!best) continue;
    e.sourceCountry = best;
    e.rule = `${e.rule}|source.document-dyad`;
  }
  for (const e of coded) {
    const a = e.source?.country;
    if (
      !a ||
      e.target ||
      e.targetCountry ||
      !(
        DYAD_ROOTS.has(e.code.slice(0, 2)) ||
        e.code === "057" ||
        e.code.startsWith("033") ||
        // ("the foreign ministry summoned Ambassador X": a state's official complaint is made to
        // another side; an opposition's may be made at home.)
        stateComplaint(e) ||
        // ("Doha remained open to dialogue": talks are with someone.)
        e.rule.startsWith("openness.")
      )
    )
      continue;
    // "Hasina had resigned": yielding power or office (083) answers one's own country, not a partner.
    if (e.code.startsWith("083")) continue;
    // "Security forces detained about 1,200 people there", "Algiers has issued arrest warrants for
    // him": a state's arrests, sanctions on its own people or repression with nobody named fall at home.
    if (HOME_ACTS.test(e.code) && STATE_AGENTS.has(e.source?.role ?? "")) {
      e.targetCountry = a;
      e.rule = `${e.rule}|target.home`;
      continue;
    }
    const best = clearPartner(partners.get(a));
    if (!best) continue;
    e.targetCountry = best;
    e.rule = `${e.rule}|target.document-dyad`;
  }
}

/** Arrests and detentions (173), administrative sanctions (172) and repression (175). */
const HOME_ACTS = /^17[235]/;
/** Roles of a state's own agents, whose arrests with nobody named fall on their own country. */
const STATE_AGENTS = new Set(["GOV", "COP", "JUD", "MIL", "SPY"]);

/** A story this long (in sentences) can be told to be domestic; a single sentence cannot. */
const DOMESTIC_MIN_SENTENCES = 5;
/** Share of the story's country-bearing actor mentions one country must hold to make it domestic. */
const DOMESTIC_SHARE = 0.75;

/**
 * "Yoon lifted martial law", "Biden promised an orderly transition": in a domestic story (one
 * country holds three quarters of the actor mentions, and its actors act on no other country),
 * an act of that country's actors with nobody named on the receiving end is aimed at home.
 */
function domesticTargets(coded: CodedEvent[], phrases: readonly ActorPhrase[], sentences: number): void {
  if (sentences < DOMESTIC_MIN_SENTENCES) return;
  const { country: home, share } = leadingCountry(phrases);
  if (!home || share < DOMESTIC_SHARE) return;
  const abroad = coded.some((e) => {
    const a = e.source?.country ?? e.sourceCountry;
    const b = e.target?.country ?? e.targetCountry;
    return (a === home && !!b && b !== home) || (b === home && !!a && a !== home);
  });
  if (abroad) return;
  for (const e of coded) {
    if (e.source?.country !== home || e.target || e.targetCountry) continue;
    e.targetCountry = home;
    e.rule = `${e.rule}|target.domestic`;
  }
}

/** A story this long (in sentences) can have a focus country; a lone sentence cannot. */
const FOCUS_MIN_SENTENCES = 5;
/** Share of the story's country-bearing actor mentions its focus country must hold. */
const FOCUS_SHARE = 0.4;

/**
 * "Washington urged all sides to refrain from violence", "the students kept marching": in a story
 * about one country (it holds two fifths of the actor mentions), an act with nobody named on the
 * receiving end — by that country's own actors or by outsiders reacting — bears on that country.
 * Runs after the dyad and domestic rules, which name a more specific side where the story gives one.
 */
/** Threats (13), aid (07), pledges of aid (033) and reduced relations (16): never aimed at the
 * source's own country unnamed (nor a state's official complaint, 114: see stateComplaint). */
const OWN_SIDE_EXCLUDED = /^(?:13|07|033|16)/;
/** Acts whose other side the text must name: intent (03), material cooperation (06), yielding (08),
 * rejection (12), reduced relations (16), coercion (17), force (19). */
const NAMED_PARTY_ROOTS = /^(?:03|06|08|12|16|17|19)/;
/** Acts between two sides: consultation (04), cooperation (05), force (19); and intents (03):
 * "Sweden would share burdens with its allies" is no intent towards Sweden. (A show of force, 15,
 * stands on its own: "China test-fired a missile into the Pacific" in a story about China.) */
const RELATIONAL_ROOTS = /^(?:03|04|05|19)/;

/** A state's official complaint (114: "summoned the ambassador to protest"), made to another side. */
function stateComplaint(e: CodedEvent): boolean {
  return e.code === "114" && STATE_AGENTS.has(e.source?.role ?? "");
}

/** Words after a refusal to comment that name what it concerns ("declined to comment on the strike"). */
const COMMENT_TOPIC = new Set(["on", "about", "over", "regarding"]);

/**
 * "Israel's military declined to comment", "The ministry did not immediately comment": a refusal to
 * comment that names no topic after its verb (up to the clause's end) concerns nobody.
 */
function topiclessNoComment(at: AnnotatedText, e: CodedEvent): boolean {
  if (e.code !== "011") return false;
  const s = at.sentences[e.sentence];
  if (!s) return false;
  for (let i = e.verbEnd; i < s.tokenEnd; i++) {
    const t = at.tokens[i];
    if (!t || t.text === "," || t.text === ";" || t.text === ".") break;
    if (COMMENT_TOPIC.has(t.lower)) return false;
  }
  return true;
}

function focusTargets(coded: CodedEvent[], focus: string | null, at: AnnotatedText): void {
  if (!focus) return;
  for (const e of coded) {
    if (e.target || e.targetCountry || !(e.source || e.sourceCountry)) continue;
    if (topiclessNoComment(at, e)) continue;
    // "Finland was ready to respond to threats": nobody threatens their own country unnamed.
    // Nor gives or pledges aid to it ("the Pentagon announced a package of arms" in a US story), nor
    // cuts ties with it ("Duterte pulled the Philippines out of the Rome Statute" in a story about him).
    const own = (e.source?.country ?? e.sourceCountry) === focus;
    if ((OWN_SIDE_EXCLUDED.test(e.code) || stateComplaint(e)) && own) continue;
    // A meeting, a cooperation, a show of force or an attack with no other side is no event: with
    // one's own country it means nothing ("Biden signed the package into law" is no act on the US).
    if (RELATIONAL_ROOTS.test(e.code) && own) {
      e.needsTarget = true;
      continue;
    }
    // Intents, material acts, rejections, reductions, coercion and force name the side they concern;
    // only words (comments, appeals, demands, criticism, threats) are said about a country at large.
    // (Sanctions with nobody named are on the country the story is about: "EU governments adopted
    // their 19th sanctions package" in a story about Russia.)
    if (NAMED_PARTY_ROOTS.test(e.code) && !own) {
      e.needsTarget = true;
      continue;
    }
    // A show of force aimed at nobody named stands on its own ("Estonia's navy began patrolling").
    if (e.code.startsWith("15")) continue;
    e.targetCountry = focus;
    e.rule = `${e.rule}|target.focus`;
  }
}

/**
 * "More than 100 people have been arrested since Wednesday": an arrest, trial or repression of
 * people no place or actor places is the work of the authorities of the country the story is about;
 * a toll no act or place explains is that country's.
 */
function homeAuthorities(coded: CodedEvent[], focus: string | null): void {
  if (!focus) return;
  for (const e of coded) {
    // "About 80 people were injured": a toll with no act, attacker or place is the focus country's.
    if (e.rule.startsWith("casualties.") && e.rule.includes("+story") && !e.target && !e.targetCountry) {
      e.targetCountry = focus;
      continue;
    }
    if (e.source || e.sourceCountry) continue;
    // ("Thousands of people took to the streets": a crowd no place or actor places is the story's.)
    if (
      !(
        e.rule.includes("+passive.home-authority") ||
        e.rule.startsWith("noun.protest+story") ||
        e.rule.endsWith("+crowd")
      )
    )
      continue;
    e.sourceCountry = focus;
    if (!e.target && !e.targetCountry) e.targetCountry = focus;
    e.rule = `${e.rule}|source.story-focus`;
  }
}

/** The country a story of five sentences or more is about: the one holding two fifths of its actor mentions. */
function storyFocus(phrases: readonly ActorPhrase[], sentences: number): string | null {
  if (sentences < FOCUS_MIN_SENTENCES) return null;
  const { country, share } = leadingCountry(phrases);
  return country && share >= FOCUS_SHARE ? country : null;
}

/** Nouns that, as "the country's", stand for the country named last. */
const COUNTRY_NOUNS = new Set(["country", "nation"]);

/**
 * "… held in Mali since July, a day after the country's military leader pardoned them": an agent
 * of "the country's" belongs to the state named last before it (in its sentence or the one before),
 * not to the first country of its sentence. In place.
 */
function countryPossessives(at: AnnotatedText, phrases: ActorPhrase[], res: PipelineResources): void {
  for (let k = 0; k < phrases.length; k++) {
    const p = phrases[k] as ActorPhrase;
    if (p.kind !== "agent" || p.modifierOnly) continue;
    // ("the country's military leader": up to two modifiers between.)
    let j = p.start - 1;
    while (j > p.start - 3 && ["ADJ", "NOUN"].includes(at.tokens[j]?.pos ?? "")) j--;
    if (at.tokens[j]?.lower !== "'s" || !COUNTRY_NOUNS.has(at.tokens[j - 1]?.lower ?? "")) continue;
    if (at.tokens[j - 2]?.lower !== "the") continue;
    const named = phrases
      .slice(0, k)
      .findLast((q) => q.kind === "state" && !!q.country && p.sentence - q.sentence <= 1);
    if (named?.country && named.country !== p.country)
      setCountry(p, named.country, "context:country", "context:the-country", res);
  }
}

/** Nouns of the people who follow a leader or a movement. */
const FOLLOWER_NOUNS = new Set(["supporters", "followers", "loyalists", "partisans"]);
/** Roles of those in power, whose supporters are civilians; others' supporters are the opposition. */
const IN_POWER = new Set(["GOV", "MIL", "LEG", "JUD", "COP", "SPY"]);
/** Words that put an office in the past: "former president Jair Bolsonaro", "the ousted premier". */
const OUT_OF_OFFICE = new Set(["former", "ex", "ousted", "deposed", "exiled", "jailed"]);

/**
 * "Thousands of supporters of former president Jair Bolsonaro stormed Congress", "Castillo's
 * supporters", "junta supporters": a leader's or a movement's supporters act, not the leader. They
 * are the opposition (OPP) when whom they follow is out of power, else civilians (CVL). In place.
 */
function supporterPhrases(at: AnnotatedText, phrases: ActorPhrase[], res: PipelineResources): void {
  for (const p of phrases) {
    if (p.kind === "state" || p.modifierOnly) continue;
    let j = p.start - 1;
    if (at.tokens[j]?.lower === "the") j--;
    let head = -1;
    if (at.tokens[j]?.lower === "of" && FOLLOWER_NOUNS.has(at.tokens[j - 1]?.lower ?? "")) head = j - 1;
    else {
      const k = at.tokens[p.end]?.lower === "'s" || at.tokens[p.end]?.lower === "’s" ? p.end + 1 : p.end;
      if (FOLLOWER_NOUNS.has(at.tokens[k]?.lower ?? "")) head = k;
    }
    if (head < 0) continue;
    let out = false;
    for (let i = Math.max(p.start - 2, 0); i < p.end; i++)
      if (OUT_OF_OFFICE.has(at.tokens[i]?.lower ?? "")) out = true;
    const role = IN_POWER.has(p.role ?? "") && !out ? "CVL" : "OPP";
    // (The head stays the leader's name, where the clause finder looks for subjects and objects.)
    const start = Math.min(p.start, head);
    const end = Math.max(p.end, head + 1);
    p.start = start;
    p.end = end;
    p.charStart = at.tokens[start]?.start ?? p.charStart;
    p.charEnd = at.tokens[end - 1]?.end ?? p.charEnd;
    p.text = at.text.slice(p.charStart, p.charEnd);
    p.kind = "agent";
    p.role = role;
    p.code = `${p.country ? (res.actors.cameoCountry.get(p.country) ?? p.country) : "---"}${role}`;
    p.entries = [...p.entries, `supporters:${role}`];
  }
}

/** Roles of a country's own institutions and people, which a story about that country means by default. */
const FOCUS_PRONE = /^(?:GOV|JUD|COP|LEG|SPY|MIL|OPP|CVL|ELI|PTY|EDU|MED|BUS|LAB|HRI|NGO)$/;

/**
 * "The government blocked TikTok" in a story about one country: an institution whose country was only
 * guessed from the sentence before is that country's, whoever the sentence before named first. In place.
 */
function focusAgentCountries(phrases: ActorPhrase[], focus: string | null, res: PipelineResources): void {
  if (!focus) return;
  for (const p of phrases) {
    if (p.modifierOnly || !FOCUS_PRONE.test(p.role ?? "")) continue;
    // ("NATO Secretary General", "EU governments": an international body's agents are of no country.)
    if (organisationAgent(p)) continue;
    // "Congress removed him" with no country named nearby: the story's own institution. (Not "The
    // Foreign Office summoned China's ambassador" after "Britain froze …": a government body whose own
    // sentence names the focus country's officials after it deals with them, and keeps its guess.)
    const guessed = p.entries.includes("context:previous-sentence");
    if (guessed && p.role === "GOV" && p.country !== focus && focusGovernmentAfter(phrases, p, focus))
      continue;
    if (guessed || (!p.country && p.kind === "agent"))
      setCountry(p, focus, "context:previous-sentence", "context:story-focus", res);
  }
}

/** Does a government phrase of country `focus`, not itself a guess, follow p in p's sentence? */
function focusGovernmentAfter(phrases: readonly ActorPhrase[], p: ActorPhrase, focus: string): boolean {
  return phrases.some(
    (q) =>
      q.sentence === p.sentence &&
      q.start > p.end &&
      q.country === focus &&
      q.role === "GOV" &&
      !q.entries.some((e) => e.startsWith("context:")),
  );
}

/** The country most of the actor mentions bear (the first named of equals), and its share of them. */
function leadingCountry(phrases: readonly ActorPhrase[]): { country: string | null; share: number } {
  const counts = new Map<string, number>();
  let total = 0;
  for (const p of phrases) {
    if (!p.country) continue;
    total++;
    counts.set(p.country, (counts.get(p.country) ?? 0) + 1);
  }
  let country: string | null = null;
  let n = 0;
  for (const [c, count] of counts) {
    if (count > n) [country, n] = [c, count];
  }
  return { country, share: total ? n / total : 0 };
}

/** A clear partner only: named at least twice and twice as often as any other. */
function clearPartner(m: Map<string, number> | undefined): string | null {
  if (!m) return null;
  const ranked = [...m.entries()].sort((x, y) => y[1] - x[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 2 || (second && second[1] * 2 > best[1])) return null;
  return best[0];
}

/**
 * Phrases that place a sentence's events on the day of the story's previous dated event ("that
 * night", "the same day", "soon afterwards" are the story's last named day: thatDayDates).
 */
const SAME_DAY =
  /^(?:[A-Z][A-Za-z/ ]+ - )?(?:(?:only )?(?:hours|minutes|moments) (?:later|after(?:wards)?|before)|within (?:hours|minutes)|shortly (?:after|before))\b/i;

/**
 * "Hours later, Hamas released three hostages": an event with no date of its own in a sentence
 * that opens with a same-day anchor takes the day of the latest earlier event that has one.
 */
function anchoredDates(coded: CodedEvent[], at: AnnotatedText, times: readonly TimeMention[]): void {
  // Whether each sentence opens with a same-day anchor, asked once per sentence.
  const opensSameDay: (boolean | undefined)[] = [];
  for (const e of coded) {
    if (e.date) {
      // "dissolved parliament on Tuesday, a day after ordering …": the main clause's day is not
      // the day of what the "N days after" clause tells.
      const shifted =
        e.date.sentence === e.sentence ? daysBeforeAnchor(coded, e, at, times, e.date.tokenEnd) : null;
      if (shifted) e.date = shifted;
      continue;
    }
    const before = daysBeforeAnchor(coded, e, at, times) ?? whenClauseTime(e, at, times);
    if (before) {
      e.date = before;
      continue;
    }
    const sentence = at.sentences[e.sentence];
    if (!sentence) continue;
    opensSameDay[e.sentence] ??= SAME_DAY.test(sentence.text.trimStart());
    if (!opensSameDay[e.sentence]) continue;
    const anchor = coded
      .filter((x) => x.sentence < e.sentence && x.sentence >= e.sentence - 3 && x.date?.precision === "day")
      .at(-1)?.date;
    if (!anchor) continue;
    e.date = anchor;
  }
}

/** How far back from an event's verb its ", when" may stand. */
const WHEN_SCOPE = 30;

/**
 * "The war broke out in November 2020, when Abiy sent troops into Tigray", "flared in May when a
 * soldier was killed": an undated event in a ", when" clause happened at the time that closes the
 * clause before the comma, and one after "TIME when" at that time.
 */
function whenClauseTime(e: CodedEvent, at: AnnotatedText, times: readonly TimeMention[]): TimeMention | null {
  const s = at.sentences[e.sentence];
  if (!s) return null;
  // Outside the loop: a closure reads it (a per-iteration binding costs a context per token).
  // ("…, when Macron backed Morocco's plan for Western Sahara and Algeria withdrew its ambassador":
  // the clause goes on over its coordinated verbs, up to a semicolon.)
  let i = e.verb - 1;
  for (; i > s.tokenStart + 1 && i > e.verb - WHEN_SCOPE; i--) {
    const t = at.tokens[i] as Token;
    if (t.text === ";") return null;
    if (t.lower !== "when") continue;
    // ("flared in May when a Cambodian soldier was killed": with no comma, the time right before it.)
    const comma = (at.tokens[i - 1] as Token).text === ",";
    const time = times.find(
      (m) =>
        m.sentence === e.sentence &&
        (comma ? m.tokenEnd === i - 1 || m.tokenEnd === i - 2 : m.tokenEnd === i),
    );
    return time ?? null;
  }
  return null;
}

const SPAN_DAYS: Readonly<Record<string, number>> = { day: 1, days: 1, week: 7, weeks: 7 };
/**
 * How far an "N days after" clause reaches: over its coordinated verbs ("a day after police shot
 * protesters dead outside parliament and crowds forced their way into the building and set part of
 * it on fire"), up to a semicolon or the sentence's end.
 */
const AFTER_SCOPE = 40;
/** Within this many tokens of "after" any verb is in its clause; further on only one after "and". */
const NEAR_AFTER = 12;

/** Words that may stand between "came" and its span ("came only two days after"). */
const SPAN_HEDGES = new Set(["only", "just", "barely", "exactly", "nearly", "almost", "some"]);

/**
 * "His remarks came a day after Putin apologised to him", "The strikes came two days after militants
 * rammed a vehicle into an army post": "came N days after" with nothing dated in its sentence relates
 * the story's news to what went before, so the span counts back from the lead's day (the story's first
 * day-precise time). Is the span at token `i` such a "came"?
 */
function cameBefore(at: AnnotatedText, i: number): boolean {
  let j = i - 1;
  while (SPAN_HEDGES.has(at.tokens[j]?.lower ?? "")) j--;
  return at.tokens[j]?.lemma === "come";
}

/**
 * "Ruto said on Wednesday that he would not sign the bill, a day after police shot protesters":
 * an undated event in a clause opened by "N days after" happened N days before the day of the
 * clause it hangs on (that clause's event, else its statement).
 */
function daysBeforeAnchor(
  coded: CodedEvent[],
  e: CodedEvent,
  at: AnnotatedText,
  times: readonly TimeMention[],
  /** With a date of its own: the phrase must come after that date's last token. */
  datedUpTo = -1,
): TimeMention | null {
  const s = at.sentences[e.sentence];
  if (!s) return null;
  let comma = false;
  let and = false;
  // Outside the loop: a closure reads it (a per-iteration binding costs a context per token).
  let i = e.verb - 1;
  for (; i > s.tokenStart + 1 && i > e.verb - AFTER_SCOPE && i - 2 > datedUpTo; i--) {
    const t = at.tokens[i] as Token;
    if (t.text === ";") return null;
    comma ||= t.text === ",";
    and ||= t.lower === "and";
    if (t.lower !== "after") continue;
    // Far from "after", only a coordinated verb is still in its clause (not "… in what Putin called").
    if (e.verb - i > NEAR_AFTER && !and) return null;
    const unit = SPAN_DAYS[(at.tokens[i - 1] as Token).lower];
    const count = parseNumber((at.tokens[i - 2] as Token).text) ?? Number.NaN;
    if (!unit || !Number.isInteger(count) || count <= 0 || count > 31) return null;
    // "A day after the attack, India said …": a fronted clause ends at its comma; what follows is
    // the main clause, later than the anchor, not before it.
    if (comma && firstWord(at, s.tokenStart) === i - 2) return null;
    // "two days after Gerasimov told Putin on Saturday that North Korean servicemen had provided
    // assistance": a clause with a time of its own is not counted from the other one.
    if (times.some((t) => t.sentence === e.sentence && t.tokenStart > i && t.tokenStart < e.verb))
      return null;
    const main = coded.find(
      (x) => x.sentence === e.sentence && x.verb < i - 2 && x.date?.precision === "day",
    );
    const own = datedUpTo >= 0 && e.date?.precision === "day" ? e.date : null;
    // Else the clause's own day: "Ruto said on Wednesday …, a day after police shot protesters dead
    // and crowds … set part of it on fire" (the statement is not the fire's).
    const clauseDay = times.findLast(
      (t) => t.sentence === e.sentence && t.tokenEnd < i - 2 && t.precision === "day",
    );
    const anchor =
      main?.date ??
      own ??
      (e.statementDate?.precision === "day" ? e.statementDate : null) ??
      clauseDay ??
      (cameBefore(at, i - 2)
        ? times.find((t) => t.sentence < e.sentence && t.precision === "day")
        : undefined);
    if (!anchor) return null;
    return { ...anchor, value: shiftDay(anchor.value, -unit * count), rule: `${anchor.rule}+days-after` };
  }
  return null;
}

/** "a day earlier", "two days later": a span counted from the story's last dated act. */
const STORY_RELATIVE = /^(a|one|two|three|four|five|six|seven|\d+) days? (earlier|later|before|after)$/i;

/**
 * "Mexico broke off relations on Friday … Relations had already soured a day earlier": a span
 * counted back or forward with no anchor of its own is counted from the story's latest earlier event
 * dated to the day, not from the day of publication.
 */
function storyRelativeDates(coded: CodedEvent[]): void {
  for (const e of coded) {
    const m = e.date ? STORY_RELATIVE.exec(e.date.text.trim()) : null;
    if (!m || !e.date) continue;
    const n = parseNumber(m[1] as string) ?? Number.NaN;
    const sign = /earlier|before/i.test(m[2] as string) ? -1 : 1;
    // ("On March 14 Britain expelled …, and three days later Russia expelled …": an act dated
    // earlier in its own sentence first.)
    const anchor = coded.findLast(
      (x) =>
        (x.sentence < e.sentence || (x.sentence === e.sentence && x.verb < e.verb)) &&
        x.date?.precision === "day" &&
        !STORY_RELATIVE.test(x.date.text.trim()),
    )?.date;
    if (!anchor || !Number.isInteger(n) || n <= 0 || n > 31) continue;
    e.date = { ...e.date, value: shiftDay(anchor.value, sign * n), rule: `${anchor.rule}+story-relative` };
  }
}

/** Auxiliaries of the present perfect ("have also accused"), which tells no time of its own. */
const PERFECT = new Set(["has", "have", "'ve"]);

/**
 * "The bloc imposed a no-fly zone on Sunday. It also imposed sanctions": an undated act that "also"
 * adds to the story (the word within three tokens before its verb) happened at the time of the latest
 * dated factual act of its sentence or the two before — but not one in the present perfect ("Rights
 * groups have also accused the police of abductions"), which is not a step of the narrative.
 */
function alsoDates(coded: CodedEvent[], at: AnnotatedText): void {
  for (const e of coded) {
    if (e.date || !NARRATED.has(e.modality)) continue;
    let also = false;
    let perfect = false;
    for (let i = Math.max(0, e.verb - 3); i < e.verb; i++) {
      const w = at.tokens[i]?.lower ?? "";
      also ||= w === "also";
      perfect ||= PERFECT.has(w);
    }
    if (!also || perfect) continue;
    const anchor = coded.findLast(
      (x) =>
        x !== e &&
        x.sentence <= e.sentence &&
        e.sentence - x.sentence <= 2 &&
        !!x.date &&
        NARRATED.has(x.modality),
    )?.date;
    if (anchor) e.date = { ...anchor, rule: `${anchor.rule}+also` };
  }
}

/**
 * One event per (sentence, verb, source, target, code): the first (most specific) wins. Two verbs are
 * two acts even of one code and dyad ("summoned the envoy and handed him a protest note").
 */
function dedupe(events: CodedEvent[]): CodedEvent[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    // (An act alleged and, in the same sentence, denied — "…, a charge Moscow rejected" — is two.)
    const key = `${e.sentence}|${e.verb}|${e.source?.code ?? e.sourceCountry}|${e.target?.code ?? e.targetCountry}|${e.code}${e.modalityRule.startsWith("mod.charge.") ? "|denied" : ""}${e.listed ? `|${e.place?.name}|${e.date?.value}` : ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function actorRecords(phrases: ActorPhrase[], res: PipelineResources): ActorRecord[] {
  const byCode = new Map<string, ActorRecord>();
  for (const p of phrases) {
    if (p.modifierOnly) continue;
    const r = byCode.get(p.code);
    if (r) r.mentions++;
    else {
      byCode.set(p.code, {
        code: p.code,
        name: p.kind === "state" && p.country ? (res.actors.countryNames.get(p.country) ?? p.text) : p.text,
        kind: p.kind,
        country: p.country,
        mentions: 1,
        entry: (p.entries.length === 1 ? (p.entries[0] as string) : p.entries.join("+")) || null,
      });
    }
  }
  return [...byCode.values()].sort((a, b) => b.mentions - a.mentions);
}

/**
 * "The State Duma ratified it": signing or ratifying an instrument without a named counterpart
 * targets the instrument's other party (the most recent instrument naming the signer's country).
 */
function treatyTargets(events: EventRecord[], commitments: CommitmentRecord[], res: PipelineResources): void {
  for (const e of events) {
    if (e.target || !e.code.startsWith("057") || !e.source) continue;
    const country = e.source.slice(0, 3);
    const known = commitments.filter((c) => c.sentence.index <= e.sentence.index && c.parties.length >= 2);
    const instrument = known
      .reverse()
      .find((c) => c.parties.some((p) => (res.actors.cameoCountry.get(p) ?? p) === country));
    const other = instrument?.parties.find((p) => (res.actors.cameoCountry.get(p) ?? p) !== country);
    if (!instrument || !other) continue;
    e.target = res.actors.cameoCountry.get(other) ?? other;
    e.target_text = instrument.name;
    e.rule = `${e.rule}|target.instrument`;
  }
}

/** Give a phrase a country (and the CAMEO code that goes with it), replacing the guess it had. */
function setCountry(
  p: ActorPhrase,
  country: string,
  replaces: string,
  entry: string,
  res: PipelineResources,
): void {
  p.country = country;
  p.code = `${res.actors.cameoCountry.get(country) ?? country}${p.role ?? ""}`;
  p.entries = [...p.entries.filter((e) => e !== replaces), entry];
}

/** Roles of people who act only where they live: gangs and criminals. */
const LOCAL_ROLES = new Set(["CRM"]);

/**
 * "PORT-AU-PRINCE — … Kenya put the deployment on hold … while gangs attacked police stations": bare
 * gangs given a country only by the actors around them (a foreign force's, here) are those of the
 * place the story is filed from, when its dateline names one country.
 */
function datelineGangs(
  phrases: ActorPhrase[],
  dateline: readonly PlaceMatch[],
  res: PipelineResources,
): void {
  const countries = new Set(dateline.map((p) => p.country).filter((c): c is string => !!c));
  const [home] = countries;
  if (countries.size !== 1 || !home) return;
  for (const p of phrases) {
    if (p.kind !== "agent" || !LOCAL_ROLES.has(p.role ?? "") || p.country === home) continue;
    const guessed = p.entries.find((e) => e === "context:country" || e === "context:previous-sentence");
    if (guessed) setCountry(p, home, guessed, "context:dateline", res);
  }
}

/** "the mayor of Nablus", "the governor of Kursk region": an agent of a place belongs to the place's country. */
function placeAgents(
  at: AnnotatedText,
  phrases: ActorPhrase[],
  places: PlaceMatch[],
  res: PipelineResources,
): void {
  for (const p of phrases) {
    // "Army reservists from Georgia" in a story the places read as American: a state's name that the
    // geocoder resolved to another country's region is that region (its country's), not the state.
    if (p.kind === "state" && p.country) {
      const place = places.find((pl) => pl.start === p.charStart && pl.end === p.charEnd);
      if (place?.country && place.country !== p.country && place.feature === "admin1") {
        setCountry(p, place.country, `country:${p.country}`, `place:${place.name}`, res);
        continue;
      }
    }
    if (p.kind !== "agent" || (p.country && !p.entries.includes("context:country"))) continue;
    const of = at.tokens[p.end];
    if (of?.lower !== "of") continue;
    // "the mayor of the northern West Bank city of Nablus": skip the article and up to two adjectives.
    let k = p.end + 1;
    if (at.tokens[k]?.lower === "the") k++;
    for (let a = 0; a < 2 && at.tokens[k]?.pos === "ADJ" && at.tokens[k]?.text === at.tokens[k]?.lower; a++)
      k++;
    const from = at.tokens[k]?.start ?? -1;
    const place = places.find((pl) => pl.start === from && pl.country);
    if (!place?.country) continue;
    setCountry(p, place.country, "context:country", `place:${place.name}`, res);
  }
}

/** Is the place starting at character `start` the object of a locative "in"? */
function locative(at: AnnotatedText, start: number): boolean {
  const i = at.tokens.findIndex((t) => t.start === start);
  const before = at.tokens[i - 1]?.lower === "the" ? at.tokens[i - 2] : at.tokens[i - 1];
  return i > 0 && before?.lower === "in";
}

/** Nouns of documents and formats named after a city: "the Washington Treaty", "the Minsk agreements". */
const DOCUMENT_NOUNS = new Set(
  "treaty agreement agreements accord accords declaration protocol protocols convention consensus process format memorandum".split(
    " ",
  ),
);

/**
 * "the paramilitary Rapid Support Forces (RSF)": a bare role word right before an organisation's
 * name describes it, and a bracketed short name right after repeats it; neither is an actor of
 * its own (they would split "the army and the paramilitary RSF"). Nor is a capital naming a
 * document ("the Washington Treaty").
 */
function dropDescriptors(at: AnnotatedText, phrases: ActorPhrase[]): ActorPhrase[] {
  const text = at.text;
  const opensBracket = (p: ActorPhrase) => text[p.charStart - 1] === "(" && text[p.charEnd] === ")";
  return phrases.filter((p, k) => {
    const next = phrases[k + 1];
    const prev = phrases[k - 1];
    const descriptor =
      p.kind === "agent" &&
      p.end - p.start === 1 &&
      !p.entries.some((e) => e.startsWith("country:")) &&
      next?.kind === "organisation" &&
      next.start === p.end;
    // "the Washington Treaty", "the Minsk agreements": a place name that names a document is no actor.
    if (p.kind === "state" && p.role && DOCUMENT_NOUNS.has(at.tokens[p.end]?.lower ?? "")) return false;
    // "the Rapid Support Forces (RSF)": the bracketed short name repeats the actor just named.
    const bracketed =
      !!prev &&
      prev.code === p.code &&
      p.start === prev.end + 1 &&
      p.charStart - prev.charEnd <= 2 &&
      opensBracket(p);
    return !descriptor && !bracketed;
  });
}

/** Capitalised organ names that, with no country of their own, are the United Nations'. */
const UN_ORGANS = new Set(["Security Council", "General Assembly"]);
const POSSESSIVE_WORDS = new Set(["his", "her", "its", "their", "our", "'s"]);

/**
 * "The Security Council condemned …": the Security Council or General Assembly named without a
 * country ("Russia's Security Council" has one) is the UN's, not the country named nearest before.
 */
function unqualifiedUnOrgans(at: AnnotatedText, phrases: ActorPhrase[]): void {
  for (const p of phrases) {
    if (p.kind !== "agent" || !UN_ORGANS.has(p.text.replace(/^the /i, ""))) continue;
    // "Putin told his Security Council": a possessor's own.
    const before = at.tokens[p.start - 1];
    if (POSSESSIVE_WORDS.has(before?.lower ?? "")) continue;
    // "the African Union's Peace and Security Council", "the National Security Council": part of a
    // longer name, the organ of the organisation named before it if any.
    const first = at.sentences[p.sentence]?.tokenStart ?? 0;
    let k = p.start - 1;
    while (k > first && (at.tokens[k]?.lower === "and" || /^[A-Z]/.test(at.tokens[k]?.text ?? ""))) k--;
    if (k === p.start - 1) {
      if (p.country && !p.entries.some((e) => e.startsWith("context:"))) continue;
    } else {
      const owner =
        at.tokens[k]?.lower === "'s" ? phrases.find((q) => q.end === k && q.kind === "organisation") : null;
      if (owner)
        Object.assign(p, { code: owner.code, country: owner.country, role: owner.role, kind: owner.kind });
      continue;
    }
    p.code = "IGOUNO";
    p.country = null;
    p.role = null;
    p.kind = "organisation";
    p.entries = [...p.entries.filter((e) => !e.startsWith("context:")), "org:un-organ"];
  }
}

/**
 * "The rebels took Aleppo …": an agent whose country is unknown or only guessed from the previous
 * sentence belongs to the country of the places its own sentence names, when they all lie in one country.
 */
/** Offices of a place rather than of a state: a governor, a mayor, local or regional officials. */
const LOCAL_OFFICES = new Set(["governor", "governors", "mayor", "mayors", "police"]);
const LOCAL_WORDS = new Set(["local", "regional", "provincial", "municipal"]);

/**
 * "Ukraine struck a refinery in Russia's Krasnodar region, the regional governor said": a local
 * office belongs to the place the sentence names, not to the state its sentence names first; so do
 * the police ("a New Zealand pilot was shot dead in the Mimika area, an attack the police blamed on …").
 */
function localOffice(at: AnnotatedText, p: ActorPhrase): boolean {
  if (LOCAL_OFFICES.has(at.tokens[p.end - 1]?.lower ?? "")) return true;
  for (let i = p.start; i < p.end; i++) if (LOCAL_WORDS.has(at.tokens[i]?.lower ?? "")) return true;
  return LOCAL_WORDS.has(at.tokens[p.start - 1]?.lower ?? "");
}

function sentencePlaceAgents(
  at: AnnotatedText,
  phrases: ActorPhrase[],
  places: PlaceMatch[],
  res: PipelineResources,
): void {
  for (const p of phrases) {
    // (The story's focus is a guess too: the sentence's own place says more.)
    const guessed =
      p.code.startsWith("---") ||
      p.entries.includes("context:previous-sentence") ||
      p.entries.includes("context:story-focus") ||
      p.entries.includes("context:person-nationality") ||
      (p.entries.includes("context:country") && localOffice(at, p));
    const titled = p.kind === "person" && p.entries.includes("context:person-nationality");
    if ((p.kind !== "agent" && !titled) || !guessed || unattributedGunmen(p)) continue;
    const s = at.sentences[p.sentence];
    if (!s) continue;
    // Cities and regions only: a country named in the sentence is an actor the agent may face; so
    // is a capital that stands for its government ("demanded that Beijing take steps").
    const inSentence = places.filter(
      (pl) =>
        pl.country &&
        pl.feature !== "country" &&
        pl.start >= s.start &&
        pl.start < s.end &&
        !phrases.some(
          (q) => q.role === "GOV" && !q.modifierOnly && q.charStart === pl.start && q.sentence === p.sentence,
        ),
    );
    // "Protesters stormed parliament in Kathmandu. Police opened fire": an agent of no country at all
    // is where the sentence before took place, when this one names no place.
    const prior = at.sentences[p.sentence - 1];
    if (!inSentence.length && p.code.startsWith("---") && prior)
      inSentence.push(
        ...places.filter(
          (pl) => pl.country && pl.feature !== "country" && pl.start >= prior.start && pl.start < prior.end,
        ),
      );
    const countries = new Set(inSentence.map((pl) => pl.country as string));
    // "In Yerevan, thousands of protesters …": else a scene set by "in" before the agent decides.
    const scene =
      countries.size > 1
        ? inSentence.findLast((pl) => pl.start < (at.tokens[p.start]?.start ?? 0) && locative(at, pl.start))
        : null;
    if (countries.size !== 1 && !scene) continue;
    // "The military said it had struck targets in Gaza": armed forces act abroad; the places after
    // them are where they act, not whose they are.
    const at0 = at.tokens[p.start]?.start ?? 0;
    if (p.role === "MIL" && !scene && inSentence.every((pl) => pl.start > at0)) continue;
    const country = scene?.country ?? ([...countries][0] as string);
    setCountry(p, country, "context:previous-sentence", "context:sentence-places", res);
    p.entries = p.entries.filter((e) => e !== "context:story-focus");
  }
}

/**
 * Analyse one article.
 * @example analyzeArticle(article, loadResources(), { version: "0.1.0", today: todayUtc() }).extraction.events
 */
export function analyzeArticle(article: Article, res: PipelineResources, opts: AnalyzeOptions): Analysis {
  return analyzeArticles([article], res, opts)[0] as Analysis;
}

/** One article between the stages of analyzeArticles. */
interface Staged {
  article: Article;
  at: AnnotatedText;
  filed: number;
  phrases: ActorPhrase[];
  timexes: Timex[];
  places: PlaceMatch[];
}

/**
 * Analyse several articles stage by stage: every article is tokenised, then every article's actors
 * found, then its times, its places, and last its events. The result is exactly analyzeArticle's for
 * each; each stage's tables stay warm across the batch instead of being evicted by the next stage's.
 */
export function analyzeArticles(
  articles: readonly Article[],
  res: PipelineResources,
  opts: AnalyzeOptions,
): Analysis[] {
  // Loops, not `map`: V8's optimised `map` returns holey arrays, and each of this function's steps
  // would meet a second array kind (and deoptimise it) once it is optimised.
  const annotated: AnnotatedText[] = [];
  for (const article of articles) annotated.push(annotate(article.text));
  const staged: Staged[] = [];
  for (let k = 0; k < articles.length; k++)
    staged.push(actorsOf(articles[k] as Article, annotated[k] as AnnotatedText, res));
  for (const d of staged) d.timexes = findTimexes(d.at, d.article.published ?? opts.today);
  for (const d of staged) d.places = documentPlaces(d.at.text, d.phrases);
  const out: Analysis[] = [];
  for (const d of staged) out.push(codeArticle(d, res, opts));
  return out;
}

/** An article tokenised and its actors found; its times and places are found next, each stage over all articles. */
function actorsOf(article: Article, at: AnnotatedText, res: PipelineResources): Staged {
  const raw = findRawMentions(at, res.actors, article.published);
  const ctxBase = { index: res.actors, date: article.published, countries: documentCountries(raw) };
  // The dateline names where and when the story was filed: no actor, place or date of an event.
  const filed = datelineEnd(at.text);
  const composed = dropDescriptors(
    at,
    composePhrases(at, raw, ctxBase).filter((p) => p.charStart >= filed),
  );
  fillAgentCountries(composed, ctxBase, at);
  focusAgentCountries(composed, storyFocus(composed, at.sentences.length), res);
  countryPossessives(at, composed, res);
  supporterPhrases(at, composed, res);
  // "the bloc", "the group": organisations named before.
  const phrases = definiteStates(at, definiteOrganisations(at, composed));
  definiteAgents(at, phrases);
  agentsOfOrganisations(at, phrases);
  unqualifiedUnOrgans(at, phrases);
  return { article, at, filed, phrases, timexes: [], places: [] };
}

/**
 * `analyzeArticles`, or — should the list fail as a whole — each article on its own: every article's
 * analysis, or the error analysing it raised, so that one bad document costs only itself.
 */
export function analyzeEach(
  articles: readonly Article[],
  res: PipelineResources,
  opts: AnalyzeOptions,
): (Analysis | Error)[] {
  try {
    return analyzeArticles(articles, res, opts);
  } catch {
    return articles.map((article) => {
      try {
        return analyzeArticle(article, res, opts);
      } catch (e) {
        return e instanceof Error ? e : new Error(String(e));
      }
    });
  }
}

const COMMANDED_FORCES = new Set(["MIL", "COP", "SPY"]);

/** "the" or a possessive before an order's object: "ordered the army", "ordered its troops". */
function objectDeterminer(w: string): boolean {
  return w === "the" || POSSESSIVE_DETERMINERS.has(w);
}

/**
 * A bare order (CAMEO's ORDER default, 100) to the source's own forces ("ordered the army to secure
 * the border", whatever target the rest of the clause gave it), or to nobody the text names.
 */
function ownCommand(e: CodedEvent, at: AnnotatedText, phrases: readonly ActorPhrase[]): boolean {
  if (!e.rule.startsWith("order.default") || e.code !== "100") return false;
  if (e.rule.includes("|target.focus")) return true;
  const source = e.source?.country ?? e.sourceCountry;
  let i = e.verb + 1;
  while (objectDeterminer(at.tokens[i]?.lower ?? "")) i++;
  const object = phrases.find((p) => p.start <= i && p.end > i);
  return (
    !!object &&
    COMMANDED_FORCES.has(object.role ?? "") &&
    (!object.country || object.country === source || object.entries.some((x) => x.startsWith("context:")))
  );
}

/**
 * "The army said it had killed more than 300 rebels and that five of its soldiers had been killed":
 * force with no named author done to a side that, in the same sentence, uses force on another is
 * that other side's (it is the fighting the sentence tells of). In place, only where no source is known.
 */
function ownLossesOpponent(coded: CodedEvent[]): void {
  for (const e of coded) {
    if (e.source || e.sourceCountry || !e.target || !e.rule.includes(".implicit-source")) continue;
    if (!VIOLENT_ROOTS.has(e.code.slice(0, 2))) continue;
    const victim = e.target;
    const fight = coded.find(
      (f) =>
        f !== e &&
        f.sentence === e.sentence &&
        VIOLENT_ROOTS.has(f.code.slice(0, 2)) &&
        !f.negated &&
        f.source?.code === victim.code &&
        !!f.target &&
        f.target.code !== victim.code,
    );
    if (!fight?.target) continue;
    e.source = fight.target;
    e.rule = `${e.rule}|source.opponent`;
  }
}

/** The events, commitments and probabilities of an article whose actors, times and places are found. */
function codeArticle(d: Staged, res: PipelineResources, opts: AnalyzeOptions): Analysis {
  const { article, at, filed, timexes, places } = d;
  const times = timesFromTimexes(timexes, at.text);
  const quoted = quotedRanges(at);
  let coded: CodedEvent[] = [];
  placeAgents(at, d.phrases, places, res);
  const eventTimes = times.filter((t) => t.start >= filed);
  const eventPlaces = places.filter((p) => p.start >= filed);
  sentencePlaceAgents(at, d.phrases, eventPlaces, res);
  datelineGangs(
    d.phrases,
    places.filter((p) => p.start < filed),
    res,
  );
  // (Once every role noun has its country: "X, a senior adviser to Iran's supreme leader".)
  const phrases = appositiveNames(at, d.phrases, places);
  const speakers: Speaker[] = [];
  for (const s of at.sentences) {
    const ctx = buildSentenceContext(at, s, phrases, eventTimes, eventPlaces, quoted);
    coded.push(...codeSentence(ctx, res, coded, speakers));
  }
  aidRecipients(coded, at, phrases);
  courtNotDefendant(coded, at);
  accuserTargets(coded);
  forcesShowForce(coded);
  victimAllegations(coded);
  presupposedMeetings(coded);
  crowdTargets(coded, phrases);
  documentDyadTargets(coded);
  // ("Pashinyan said Azerbaijani forces attacked": force on the speaker's side the story pairs it with.)
  victimAllegations(coded);
  domesticTargets(coded, phrases, at.sentences.length);
  const focus = storyFocus(phrases, at.sentences.length);
  focusTargets(coded, focus, at);
  homeAuthorities(coded, focus);
  authoritiesOwnWord(coded);
  anchoredDates(coded, at, eventTimes);
  storyRelativeDates(coded);
  namedEventDates(coded, at, eventTimes);
  thatDayDates(coded, at, eventTimes);
  progressiveDates(coded, at);
  simultaneousDates(coded, at, eventTimes);
  coordinatedDates(coded, at);
  subjectNounDates(coded, at, eventTimes);
  undateAccused(coded, at);
  alsoDates(coded, at);
  utteranceDates(coded);
  ownLossesOpponent(coded);
  // "More than 300 people were killed during the protests in Bangladesh": a toll whose killers the
  // story never names is reported with the unidentified actor ("---") as its source.
  // So is a violent agentless passive on named victims ("Three American soldiers were killed").
  for (const e of coded)
    if (
      !e.source &&
      !e.sourceCountry &&
      (e.target || e.targetCountry) &&
      (e.rule.startsWith("casualties.") ||
        (e.rule.includes(".implicit-source") && VIOLENT_ROOTS.has(e.code.slice(0, 2))))
    ) {
      e.sourceCountry = "---";
      e.rule = `${e.rule}|source.unidentified`;
    }
  // "ordered the military to respond", "ordered a recount": a command to one's own forces, or of
  // something done at home, is no demand on another side (what it orders is coded on its own).
  coded = coded.filter((e) => !ownCommand(e, at, phrases));
  // An implied source that neither a place nor the story names stays unknown: no event.
  // "He will pay the price": a verb's bare default code that still has nobody on the receiving end.
  coded = dedupe(coded.filter((e) => (e.source || e.sourceCountry) && !(e.needsTarget && !e.targetCountry)));
  const events = coded.map((e, n) => eventRecord(article.id, at, e, n, res));
  const commitments: CommitmentRecord[] = findCommitments(at, phrases, times).map((c) => ({
    name: c.name,
    parties: c.parties,
    article: c.article,
    obligation: c.obligation,
    status: c.status,
    status_by: c.statusBy?.code ?? null,
    date: dateRef(c.date),
    sentence: sentenceRef(at, c.sentence),
    rule: c.rule,
  }));
  treatyTargets(events, commitments, res);
  const probabilities: ProbabilityRecord[] = findProbabilities(at, res.estimative).map((p) => ({
    about: p.about,
    text: p.text,
    probability: p.probability,
    range: p.range,
    scale: p.scale,
    sentence: sentenceRef(at, p.sentence),
    rule: p.rule,
  }));
  const extraction: Extraction = {
    schema: "secvar.extraction/1",
    extractor: `secvar ${opts.version}`,
    document: {
      id: article.id,
      published: article.published,
      title: article.title,
      url: article.url,
      outlet: article.outlet,
      language: article.language,
      characters: article.text.length,
    },
    events,
    commitments,
    probabilities,
    actors: actorRecords(phrases, res),
    times: timexes.map(timeRecord),
    places: places.map((p) => ({
      start: p.start,
      end: p.end,
      name: p.name,
      lat: p.lat,
      lon: p.lon,
      country: p.country,
      admin1: p.admin1,
      geonameid: p.geonameid,
      feature: p.feature,
    })),
  };
  return { extraction, at, phrases, coded };
}
