/**
 * Event dates: story-level passes that date a coded event from its story — the day a "that night"
 * points back to, the X of "a day after the X", a progressive inside a dated statement. Run by
 * analyze.ts after every sentence is coded.
 */
import type { Modality } from "../knowledge/index.js";
import { type AnnotatedText, parseNumber, type TimeMention } from "../nlp/index.js";
import type { CodedEvent } from "./event-coder.js";

/** The day `days` days after the ISO day `value` (before, when negative). */
export function shiftDay(value: string, days: number): string {
  const day = new Date(`${value}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** Modalities of a happening the text treats as fact, which a story's narrative time can date. */
export const NARRATED: ReadonlySet<Modality> = new Set(["asserted", "acknowledged", "reported"]);

/**
 * Words that point back to the day the story last named: "That night, officers appeared on state
 * television", "They pulled back soon afterwards, and Zúñiga was detained that evening", "Polish
 * airspace had been violated 19 times overnight", "Hours later, crowds set fires". Not after "since", "until" or "by" ("since that
 * day"), nor "overnight" as an adjective ("an overnight curfew").
 */
const BACK_TO_THAT_DAY =
  /(?<!\b(?:since|until|till|by|from|an?|the)\s)\b(?:(?:later |earlier )?that (?:night|evening|morning|afternoon|day)(?!'s)|(?:on )?(?:the|that) same (?:day|night|evening)|(?:soon|shortly) afterwards?\b(?! (?:the|a|an|his|her|its|their)\b)|(?:hours|minutes|moments) (?:later|afterwards?)|within (?:hours|minutes) of\b|(?:throughout|later in|earlier in) the day|overnight)\b/i;

/** How many sentences back the day a "that night" points to may be named. */
const BACK_SENTENCES = 4;

/**
 * "Bazoum has been held since last Wednesday, when his guard detained him. That night, officers
 * appeared on state television …": the undated factual acts of a sentence that points back to "that
 * day" happened on the day named last before it — the latest day-precise time (not one in a relative
 * clause) or dated factual act of the sentences just before (at most four), in text order.
 */
export function thatDayDates(coded: CodedEvent[], at: AnnotatedText, times: readonly TimeMention[]): void {
  const pointsBack: (boolean | undefined)[] = [];
  for (const e of coded) {
    if (e.date || !NARRATED.has(e.modality) || describesNoun(at, e.verb)) continue;
    const s = at.sentences[e.sentence];
    if (!s) continue;
    pointsBack[e.sentence] ??= BACK_TO_THAT_DAY.test(s.text);
    if (!pointsBack[e.sentence]) continue;
    const near = (sentence: number) => sentence < e.sentence && sentence >= e.sentence - BACK_SENTENCES;
    let best: { at: number; date: TimeMention } | null = null;
    // ("Bahrain, which joined the process only last Friday, …": not a day told in a relative clause,
    // the background of what its sentence tells.)
    for (const t of times)
      if (
        near(t.sentence) &&
        t.precision === "day" &&
        (!best || t.tokenStart > best.at) &&
        !inCommaRelative(at, t)
      )
        best = { at: t.tokenStart, date: t };
    for (const x of coded)
      if (
        near(x.sentence) &&
        x.date?.precision === "day" &&
        NARRATED.has(x.modality) &&
        (!best || x.verb > best.at)
      )
        best = { at: x.verb, date: x.date };
    if (best) e.date = { ...best.date, rule: `${best.date.rule}+that-day` };
  }
}

/** Pronouns that open a relative clause after a comma. */
const COMMA_RELATIVES = new Set(["which", "who", "whom", "whose"]);

/** Does time t stand in a relative clause set off by a comma (", which joined the process only last Friday")? */
function inCommaRelative(at: AnnotatedText, t: TimeMention): boolean {
  const start = at.sentences[t.sentence]?.tokenStart ?? 0;
  for (let i = t.tokenStart - 1; i > start; i--) {
    const w = at.tokens[i];
    if (!w || w.text === "," || w.text === ";") return false;
    if (COMMA_RELATIVES.has(w.lower)) return at.tokens[i - 1]?.text === ",";
  }
  return false;
}

/**
 * "The agreement, brokered by the United States and France, was announced … soon afterwards": a
 * participle set off after its noun describes what the noun names, done before the clause's time.
 */
function describesNoun(at: AnnotatedText, verb: number): boolean {
  const before = at.tokens[verb - 1];
  const noun = at.tokens[verb - 2];
  return (
    before?.text === "," &&
    (noun?.pos === "NOUN" || noun?.pos === "PROPN") &&
    !!at.tokens[verb]?.lower.endsWith("ed")
  );
}

/** Past forms of "be" that make a progressive ("was breaking off"). */
const WAS = new Set(["was", "were"]);

/**
 * "Peru's foreign minister said on Tuesday that Lima was breaking off relations": a factual act told
 * in the past progressive inside a dated statement was under way when it was told, so it takes the
 * statement's day ("was also breaking off" too).
 */
export function progressiveDates(coded: CodedEvent[], at: AnnotatedText): void {
  for (const e of coded) {
    if (e.date || e.statementDate?.precision !== "day" || !NARRATED.has(e.modality)) continue;
    if (!at.tokens[e.verb]?.lower.endsWith("ing")) continue;
    const start = at.sentences[e.sentence]?.tokenStart ?? 0;
    if (progressive(at, e.verb) || progressive(at, coordinatedWith(at, e.verb, start)))
      e.date = { ...e.statementDate, rule: `${e.statementDate.rule}+progressive` };
  }
}

/** Whether the -ing verb at `verb` is a past progressive: "was breaking off", "was also breaking off". */
function progressive(at: AnnotatedText, verb: number): boolean {
  if (verb < 0) return false;
  const before = at.tokens[verb - 1];
  const aux = before?.pos === "ADV" ? at.tokens[verb - 2] : before;
  return WAS.has(aux?.lower ?? "");
}

/**
 * "was expelling 12 officials and recalling its ambassador": the -ing verb the one at `verb` is
 * coordinated with, found back past its "and" over that verb's object (no other verb, no semicolon
 * between, inside the sentence from `sentenceStart`); -1 if none.
 */
function coordinatedWith(at: AnnotatedText, verb: number, sentenceStart: number): number {
  if (at.tokens[verb - 1]?.lower !== "and") return -1;
  for (let i = verb - 2; i >= sentenceStart && i > verb - 16; i--) {
    const w = at.tokens[i];
    if (!w || w.text === ";") return -1;
    if (w.pos === "VERB" || w.pos === "AUX") return w.lower.endsWith("ing") ? i : -1;
  }
  return -1;
}

/**
 * The first word of the sentence starting at token `start`: past paragraph breaks and a dateline
 * ("NAIROBI - Kenyan President …").
 */
export function firstWord(at: AnnotatedText, start: number): number {
  let i = start;
  while (at.tokens[i]?.pos === "SPACE") i++;
  const dash = at.tokens[i + 1]?.text;
  return dash === "-" || dash === "—" ? i + 2 : i;
}

/** Spans a fronted "N units after/before the X" counts, in days (hours and minutes: the same day). */
const SPAN_UNITS: Readonly<Record<string, number>> = { day: 1, days: 1, hours: 0, minutes: 0, hour: 0 };
/**
 * "India blamed Pakistan for an attack on April 22 … A day after the attack, India said it would hold
 * the treaty in abeyance", "Trump was sworn in on Monday … after bitter cold forced the ceremony
 * indoors. … Hours before the ceremony, Putin congratulated Trump": a sentence opened by a span
 * after or before "the X" dates its undated factual acts from the day of the sentence that last named
 * X (the day-precise time nearest the word), the span counted forward or back.
 */
export function namedEventDates(coded: CodedEvent[], at: AnnotatedText, times: readonly TimeMention[]): void {
  const found = new Map<number, TimeMention | null>();
  for (const e of coded) {
    if (e.date || !NARRATED.has(e.modality)) continue;
    if (!found.has(e.sentence)) found.set(e.sentence, spanFromNamed(at, e.sentence, times));
    const date = found.get(e.sentence);
    if (date) e.date = date;
  }
}

function spanFromNamed(
  at: AnnotatedText,
  sentence: number,
  times: readonly TimeMention[],
): TimeMention | null {
  const s = at.sentences[sentence];
  if (!s) return null;
  // "A day after the attack,", "Hours before the ceremony,", "Two days after the vote,".
  const i = firstWord(at, s.tokenStart);
  const first = at.tokens[i]?.lower ?? "";
  const unitFirst = SPAN_UNITS[first] !== undefined;
  const unitAt = unitFirst ? i : i + 1;
  const unit = SPAN_UNITS[at.tokens[unitAt]?.lower ?? ""];
  // No unit: no span, whatever the first word (most sentences; parseNumber is asked only past this).
  if (unit === undefined) return null;
  const count = unitFirst ? 1 : (parseNumber(first) ?? Number.NaN);
  const relation = at.tokens[unitAt + 1]?.lower;
  const noun = at.tokens[unitAt + 3];
  if (!Number.isInteger(count) || count <= 0 || count > 31) return null;
  if ((relation !== "after" && relation !== "before") || at.tokens[unitAt + 2]?.lower !== "the") return null;
  if (noun?.pos !== "NOUN" || at.tokens[unitAt + 4]?.text !== ",") return null;
  const day = namedDay(at, sentence, noun.lemma, times);
  if (!day) return null;
  const value = shiftDay(day.value, (relation === "after" ? 1 : -1) * unit * count);
  return { ...day, value, rule: `${day.rule}+named-event` };
}

/** How close after its noun a time dates the event the noun names ("an attack on April 22"). */
const ATTACHED = 3;

/**
 * The day of the event an earlier sentence names with `lemma`: the nearest sentence where a
 * day-precise time follows the word closely ("Islamic State claimed the attack on Friday night"),
 * else the lead's day if the lead names it ("sworn in on Monday … forced the ceremony indoors").
 * Not a sentence that only mentions the word in passing ("planning an attack on a large gathering,
 * and the embassy urged Americans on March 7 …").
 */
function namedDay(
  at: AnnotatedText,
  sentence: number,
  lemma: string,
  times: readonly TimeMention[],
): TimeMention | null {
  const mentions = (k: number): number[] => {
    const s = at.sentences[k];
    const out: number[] = [];
    if (s) for (let j = s.tokenStart; j < s.tokenEnd; j++) if (at.tokens[j]?.lemma === lemma) out.push(j);
    return out;
  };
  const days = times.filter((t) => t.sentence < sentence && t.precision === "day");
  for (let k = sentence - 1; k >= 0; k--) {
    const inK = days.filter((t) => t.sentence === k);
    if (!inK.length) continue;
    const words = mentions(k);
    const attached = inK.find((t) => words.some((j) => t.tokenStart > j && t.tokenStart - j <= ATTACHED));
    if (attached) return attached;
  }
  const lead = mentions(0)[0];
  if (lead === undefined || sentence === 0) return null;
  return (
    days
      .filter((t) => t.sentence === 0)
      .sort((a, b) => Math.abs(a.tokenStart - lead) - Math.abs(b.tokenStart - lead))[0] ?? null
  );
}

/** Conjunctions of a clause that happens at the same time as the one before it. */
const WHILE_WORDS = new Set(["as", "when", "while"]);
/** Words that make "as" part of a phrase ("such as", "as well as", "so as to"), not a clause opener. */
const AS_PHRASE = new Set(["such", "well", "so", "same", "known"]);

/**
 * The first time that starts at token i. (A loop, not a find: a closure reading the caller's loop
 * index would cost a context per token.)
 */
function timeAt(times: readonly TimeMention[], i: number): TimeMention | undefined {
  for (const t of times) if (t.tokenStart === i) return t;
  return undefined;
}

/**
 * "The authorities cut internet access and imposed a night-time curfew as polls closed on Saturday":
 * an undated factual act followed, in the same stretch (no comma or semicolon between), by an
 * "as", "when" or "while" clause with a day-precise time took place on that day.
 */
export function simultaneousDates(
  coded: CodedEvent[],
  at: AnnotatedText,
  times: readonly TimeMention[],
): void {
  for (const e of coded) {
    if (e.date || !NARRATED.has(e.modality)) continue;
    const s = at.sentences[e.sentence];
    if (!s) continue;
    let conjunction = -1;
    for (let i = e.verb + 1; i < s.tokenEnd; i++) {
      const w = at.tokens[i];
      if (!w || w.text === "," || w.text === ";" || timeAt(times, i)) break;
      if (WHILE_WORDS.has(w.lower) && !AS_PHRASE.has(at.tokens[i - 1]?.lower ?? "")) {
        conjunction = i;
        break;
      }
    }
    if (conjunction < 0) continue;
    for (let i = conjunction + 1; i < s.tokenEnd; i++) {
      const w = at.tokens[i];
      if (!w || w.text === "," || w.text === ";") break;
      const t = timeAt(times, i);
      if (!t) continue;
      const verbal = at.tokens.slice(conjunction + 1, i).some((x) => x.pos === "VERB" || x.pos === "AUX");
      if (t.precision === "day" && verbal) e.date = { ...t, rule: `${t.rule}+simultaneous` };
      break;
    }
  }
}

/**
 * "The government imposed a curfew and blocked Facebook on Sunday": an undated factual act joined by
 * "and" (no comma or semicolon between) to the next act of the same source, whose day-precise time
 * comes after that act's verb, took place on that day too: the time closes both verbs.
 */
export function coordinatedDates(coded: CodedEvent[], at: AnnotatedText): void {
  for (const e of coded) {
    if (e.date || !NARRATED.has(e.modality)) continue;
    const source = e.source?.code ?? e.sourceCountry;
    const next = coded.find(
      (x) =>
        x !== e &&
        x.sentence === e.sentence &&
        x.verb > e.verb &&
        x.verb - e.verb < 16 &&
        (x.source?.code ?? x.sourceCountry) === source &&
        NARRATED.has(x.modality) &&
        x.date?.precision === "day" &&
        x.date.tokenStart > x.verb,
    );
    if (!next?.date || !joinedByAnd(at, e.verb, next.verb)) continue;
    e.date = { ...next.date, rule: `${next.date.rule}+coordinated` };
  }
}

/** Is the verb at b joined to the one at a by "and" right before it, with no other verb, comma or semicolon between? */
function joinedByAnd(at: AnnotatedText, a: number, b: number): boolean {
  if (at.tokens[b - 1]?.lower !== "and") return false;
  for (let i = a + 1; i < b - 1; i++) {
    const w = at.tokens[i];
    if (!w || w.text === "," || w.text === ";" || w.pos === "VERB" || w.pos === "AUX") return false;
  }
  return true;
}

/** Verbs whose "of" / "for" complement is the act alleged ("accused troops of opening fire"). */
const ACCUSING = new Set(["accuse", "blame", "charge"]);

/**
 * "Late on Thursday, Karabakh officials accused Azerbaijani troops of opening fire": the time of an
 * accusation dates the accusation, not the act it alleges, as a statement's date does not date what
 * it reports. An alleged act dated only by a time before the accusing verb loses that date.
 */
export function undateAccused(coded: CodedEvent[], at: AnnotatedText): void {
  for (const e of coded) {
    const d = e.date;
    if (e.modality !== "alleged" || !d || d.sentence !== e.sentence || d.tokenEnd >= e.verb) continue;
    for (let i = d.tokenEnd + 1; i < e.verb; i++)
      if (ACCUSING.has(at.tokens[i]?.lemma ?? "")) {
        e.date = null;
        break;
      }
  }
}

/**
 * "Talks between Kurti and Vucic broke down in Brussels earlier this month": a happening named by a
 * noun that is the subject of the next verb (no comma or other verb between) happened at the time
 * right after that verb, before any further verb or comma.
 */
export function subjectNounDates(
  coded: CodedEvent[],
  at: AnnotatedText,
  times: readonly TimeMention[],
): void {
  for (const e of coded) {
    if (e.date || !e.rule.startsWith("noun.") || !NARRATED.has(e.modality)) continue;
    const s = at.sentences[e.sentence];
    if (!s) continue;
    // Not the object of a preposition ("strained by Pakistan's expulsion of …").
    let start = e.verb - 1;
    while (start > s.tokenStart && NOUN_PHRASE_WORDS.has(at.tokens[start]?.pos ?? "")) start--;
    if (at.tokens[start]?.pos === "ADP") continue;
    let verb = -1;
    for (let i = e.verb + 1; i < s.tokenEnd && verb < 0; i++) {
      const w = at.tokens[i];
      if (!w || w.text === "," || w.text === ";") break;
      if (w.pos === "VERB" || w.pos === "AUX") verb = i;
    }
    // A participle ("Afghans living in the country since …") is no predicate of the noun.
    if (verb < 0 || at.tokens[verb]?.lower.endsWith("ing")) continue;
    let end = verb + 1;
    while (end < s.tokenEnd && VERB_GROUP.has(at.tokens[end]?.pos ?? "")) end++;
    for (let i = end; i < s.tokenEnd; i++) {
      const w = at.tokens[i];
      if (!w || w.text === "," || w.text === ";" || w.pos === "VERB") break;
      const t = timeAt(times, i);
      if (t) {
        e.date = { ...t, rule: `${t.rule}+subject-noun` };
        break;
      }
    }
  }
}

/** Parts of speech of a noun phrase's words before its head ("Pakistan's", "EU-mediated"). */
const NOUN_PHRASE_WORDS = new Set(["DET", "ADJ", "NOUN", "PROPN", "PART", "NUM", "PUNCT"]);
/** Parts of speech inside a verb group ("broke down", "has been held"). */
const VERB_GROUP = new Set(["VERB", "AUX", "PART", "ADV"]);
