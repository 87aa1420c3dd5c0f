/**
 * Who says it and how sure the text is: attribution frames ("X said …", "according to X",
 * "…, KCNA reported") and the modality they and the verb group impose on an event.
 */
import type { Modality } from "../knowledge/index.js";
import type { ActorPhrase, TimeMention, Token } from "../nlp/index.js";
import { POSSESSIVE_MARKS, type VerbGroup } from "./clauses.js";
import { commaCoordinated, findSubject, mainClauseOf, type Reference } from "./references.js";
import { type SentenceContext, tok } from "./sentence-context.js";
import { SPEECH_VERBS } from "./verb-classes.js";

const HEDGES: ReadonlyMap<string, Modality> = new Map([
  ["reportedly", "reported"],
  ["allegedly", "alleged"],
  ["purportedly", "alleged"],
  ["supposedly", "alleged"],
]);

export interface Frame {
  /** Token range the frame covers. */
  from: number;
  to: number;
  speaker: ActorPhrase | null;
  /** Every speaker of a coordinated subject ("Britain, France and Germany said"), the first being `speaker`. */
  speakers: readonly ActorPhrase[];
  speakerText: string | null;
  modality: Modality;
  /** The speech verb token, or -1 for "according to". */
  verb: number;
  /** Date of the statement ("said on Friday"). */
  date: TimeMention | null;
  rule: string;
}

/** The speech verb's dictionary form; a past form the tagger read as an adjective keeps itself as lemma ("alleged"). */
function speechLemma(t: Token): string | undefined {
  // The lemma, the form, then (a form that is its own lemma ending in "ed") without "d" or "ed".
  if (SPEECH_VERBS.has(t.lemma)) return t.lemma;
  if (SPEECH_VERBS.has(t.lower)) return t.lower;
  if (t.lemma !== t.lower || !t.lower.endsWith("ed")) return undefined;
  const d = t.lower.slice(0, -1);
  if (SPEECH_VERBS.has(d)) return d;
  const ed = t.lower.slice(0, -2);
  return SPEECH_VERBS.has(ed) ? ed : undefined;
}

function speechModality(ctx: SentenceContext, g: VerbGroup): Modality | null {
  const t = tok(ctx, g.head);
  const key = speechLemma(t);
  const m = key ? SPEECH_VERBS.get(key) : undefined;
  // "rejected the accusation that it was steering migrants": what the charge says is denied.
  if (!m) return REJECTING.has(t.lemma) && !g.negated && chargeClause(ctx, g) ? "denied" : null;
  // "has never denied ordering the crackdown": a denial withheld acknowledges.
  if (g.negated && m === "denied") return "acknowledged";
  return g.negated && m === "reported" ? "denied" : m;
}

/** Verbs that deny a charge named as their object ("rejected the accusation", "dismissed the claims"). */
export const REJECTING: ReadonlySet<string> = new Set(["deny", "reject", "dismiss", "refute", "rebuff"]);
/** Nouns naming a charge: denying one denies the act it alleges. */
export const CHARGE_NOUNS: ReadonlySet<string> = new Set([
  "accusation",
  "accusations",
  "allegation",
  "allegations",
  "charge",
  "charges",
  "claim",
  "claims",
  "suggestion",
  "suggestions",
  "suspicion",
  "suspicions",
]);
const CHARGE_MODIFIERS = new Set(["DET", "ADJ", "NUM", "PRON"]);

/** The charge noun that is the verb's object ("rejected the latest accusations"), or -1. */
export function chargeObject(ctx: SentenceContext, g: VerbGroup): number {
  for (let k = g.head + 1; k < Math.min(ctx.s.tokenEnd, g.head + 5); k++) {
    const t = tok(ctx, k);
    if (CHARGE_NOUNS.has(t.lower)) return k;
    if (!CHARGE_MODIFIERS.has(t.pos)) return -1;
  }
  return -1;
}

/** A charge object followed by the clause it states: "the accusation that …". */
function chargeClause(ctx: SentenceContext, g: VerbGroup): boolean {
  const k = chargeObject(ctx, g);
  return k > 0 && tok(ctx, k + 1)?.lower === "that";
}

/** Date expression attached to a speech verb: within three tokens after it, or right before it. */
function commaBetween(ctx: SentenceContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tok(ctx, i).text === ",") return true;
  return false;
}

function statementDate(ctx: SentenceContext, verb: number): TimeMention | null {
  for (const t of ctx.times) {
    if (t.tokenStart > verb && t.tokenStart <= verb + 3) return t;
    // "on Friday said"; not "since November, saying …", where the time is the clause's before it.
    if (t.tokenEnd <= verb && t.tokenEnd >= verb - 2 && !commaBetween(ctx, t.tokenEnd, verb)) return t;
  }
  return null;
}

/** Parts of speech a speaker's phrase may begin with before its head, and those of a speaker no actor names. */
const SPEAKER_MODIFIERS = new Set(["DET", "ADJ"]);
const SPEAKER_WORDS = new Set(["DET", "ADJ", "NOUN", "NUM"]);
const NO_WORDS: ReadonlySet<string> = new Set();
/**
 * Speakers outside the story's parties, whom no actor dictionary names (", witnesses said", ", a
 * medical group said"): their report frames what comes before them. (A bare "a spokesman" or "the
 * agency" is the subject's own voice and is left as it was.)
 */
const OUTSIDE_SOURCES = new Set(
  "witnesses residents activists sources doctors medics rescuers observers monitors officials villagers survivors journalists group hospital".split(
    " ",
  ),
);

/** Attribution frames of one sentence, innermost first when they nest. */
export function findFrames(ctx: SentenceContext): Frame[] {
  const frames: Frame[] = [];
  const { s } = ctx;
  for (const g of ctx.groups) {
    // "summoned China's ambassador to explain": an infinitive's speaking is still to come; it frames nothing.
    if (g.infinitive) continue;
    const modality = speechModality(ctx, g);
    if (!modality) continue;
    const subject = findSubject(ctx, g);
    const speaker = subject.phrases[0] ?? null;
    // ("He said …": the speaker is named by the pronoun's antecedent, "Joe Biden", not by "He".)
    const speakerText = subject.how === "pronoun" && speaker ? speaker.text : subject.text;
    // ("…, it said": a pronoun speaker stands right before its verb, wherever its antecedent is.)
    // (Only closing its sentence: ", on which, it said, they had installed …" is a parenthesis.)
    const pronounSpeaker =
      subject.how === "pronoun" &&
      tok(ctx, g.first - 1)?.pos === "PRON" &&
      [".", "!", "?"].includes(tok(ctx, g.head + 1)?.text ?? ".");
    let speakerStart = pronounSpeaker ? g.first - 1 : speaker ? speaker.start : g.first;
    // "…," an Iranian commander said: the determiner belongs to the speaker; so do its adjectives
    // (", local activists said") and, when the speaker is an outside source no actor names, its nouns
    // (", witnesses said").
    const outsider = !speaker && !g.participle && OUTSIDE_SOURCES.has(tok(ctx, g.first - 1)?.lower ?? "");
    const speakerWords = speaker ? SPEAKER_MODIFIERS : outsider ? SPEAKER_WORDS : NO_WORDS;
    while (
      speakerStart > s.tokenStart &&
      g.first - speakerStart < 6 &&
      speakerWords.has(tok(ctx, speakerStart - 1).pos)
    )
      speakerStart--;
    // ("…, Armen Grigoryan said": the given names before a surname the dictionary knows.)
    if (speaker?.kind === "person")
      while (
        speakerStart > s.tokenStart &&
        g.first - speakerStart < 6 &&
        tok(ctx, speakerStart - 1).pos === "PROPN" &&
        tok(ctx, speakerStart - 1).text !== tok(ctx, speakerStart - 1).lower
      )
        speakerStart--;
    // ("…, the secretary of Armenia's Security Council said": the speaker's head noun and its "of".)
    if (
      speaker &&
      (tok(ctx, speakerStart - 1)?.lower === "of" || tok(ctx, speakerStart - 1)?.lower === "for") &&
      tok(ctx, speakerStart - 2)?.pos === "NOUN"
    ) {
      speakerStart -= 2;
      while (speakerStart > s.tokenStart && SPEAKER_MODIFIERS.has(tok(ctx, speakerStart - 1).pos))
        speakerStart--;
    }
    // "…, X said." (speech verb after its content) frames what comes before the speaker;
    // "X said (that) …" frames what follows.
    // (A rejected charge frames only its own clause.)
    // (A participle is no such verb: "…, remarking that …" reports what follows it.)
    // ("The Kremlin spokesman, Dmitry Peskov, said …": a speaker in apposition, no content before it.)
    const backward =
      !g.participle &&
      speakerStart > s.tokenStart + 2 &&
      isBoundary(tok(ctx, speakerStart - 1).text) &&
      speechLemma(tok(ctx, g.head)) !== undefined &&
      !appositiveSpeaker(ctx, speakerStart) &&
      !reportsAfter(ctx, g);
    const from = backward ? s.tokenStart : g.head + 1;
    let to = backward ? speakerStart : Math.min(coordinatedEnd(ctx, g), speakerAdjunct(ctx, g));
    // "France said it was expelling 12 officials, a day after Algeria ordered 12 French embassy
    // staff out": a clause of time set off by a comma is the story's, not the report's.
    if (!backward) to = Math.min(to, offsetTimeClause(ctx, g.head + 1, to));
    // "struck what Islamabad said were militant hideouts …, and …": a free relative's report ends
    // with its noun phrase, at the next comma.
    // ("two men they said were part of a hacking group, accusing …": a contact clause — a pronoun
    // speaker right after a noun — is a relative clause too.)
    const relative =
      !backward &&
      (tok(ctx, speakerStart - 1)?.lower === "what" ||
        (tok(ctx, g.first - 1)?.pos === "PRON" &&
          tok(ctx, g.first - 1)?.lower !== "it" &&
          ["NOUN", "PROPN"].includes(tok(ctx, g.first - 2)?.pos ?? "")));
    if (relative) {
      for (let i = g.head + 1; i < to; i++)
        if (tok(ctx, i).text === ",") {
          to = i;
          break;
        }
    }
    if (backward) {
      // "…, X said on Friday, referring to Y": the participle clause after the verb belongs to X too.
      frames.push(frame(ctx, g, subject.phrases, speakerText, modality, from, to));
      // "…, X said, urging Y to …": the adjunct's own verb is X's act, only what it governs is reported.
      // ("…, X said, days after Pyongyang accused Seoul …": a clause of time after it is the story's.)
      const adjunct = ctx.groups.find((h) => h.head > g.head && h.head <= g.head + 4 && h.participle);
      const start = adjunct && tok(ctx, adjunct.first - 1).text === "," ? adjunct.head + 1 : g.head + 1;
      if (!timeClauseAfter(ctx, g.head))
        frames.push(frame(ctx, g, subject.phrases, speakerText, modality, start, s.tokenEnd));
    } else {
      // "declared war on Sunday, a day after Hamas gunmen broke through": "declare" or "announce"
      // with an object and no clause of its own before the first comma reports nothing after it.
      if (OBJECT_SPEECH.has(tok(ctx, g.head).lemma) && !reportsClause(ctx, g)) continue;
      const f = frame(ctx, g, subject.phrases, speakerText, modality, from, to);
      // Its times are the main clause's: a free relative is said when the story says it is.
      frames.push(relative ? { ...f, date: null } : f);
    }
    if (speaker) for (let i = speaker.start; i < speaker.end; i++) ctx.excluded.add(i);
  }
  // Outside the loop: a closure reads it (a per-iteration binding costs a context per token).
  let i = s.tokenStart;
  for (; i < s.tokenEnd - 2; i++) {
    if (tok(ctx, i).lower !== "according" || tok(ctx, i + 1).lower !== "to") continue;
    const speaker = ctx.actors.find((p) => p.start >= i + 2 && p.start <= i + 4) ?? null;
    for (let k = i; k < (speaker?.end ?? i + 2); k++) ctx.excluded.add(k);
    const text = speaker ? speaker.text : null;
    frames.push({
      from: accordingFrom(ctx, i),
      to: s.tokenEnd,
      speaker,
      speakers: speaker ? [speaker] : [],
      speakerText: text,
      modality: "reported",
      verb: -1,
      date: null,
      rule: "attr.according-to",
    });
  }
  frames.push(...deniedReports(ctx, frames));
  return frames.sort((a, b) => a.to - a.from - (b.to - b.from));
}

/**
 * "…, and Juncker, the Commission president, said the bloc would not pay": a speech verb followed by a
 * clause of its own ("that", or a subject and its verb before any punctuation) reports that clause,
 * not what came before its speaker.
 */
function reportsAfter(ctx: SentenceContext, g: VerbGroup): boolean {
  if (tok(ctx, g.head + 1)?.lower === "that") return true;
  for (let i = g.head + 1; i < Math.min(ctx.s.tokenEnd, g.head + 12); i++) {
    const t = tok(ctx, i);
    if (t.pos === "PUNCT") return false;
    const h = ctx.groups.find((x) => x.first === i);
    if (h) return i > g.head + 1 && !h.participle && !h.infinitive;
  }
  return false;
}

/** Nouns of what is said or reported that a verdict of falsity can deny: "reports that … were false". */
const REPORT_NOUNS = new Set([
  "reports",
  "report",
  "claims",
  "claim",
  "allegations",
  "allegation",
  "suggestions",
  "rumours",
  "rumors",
  "accusations",
]);
/** Words of falsity after the link verb: "were false", "was a lie", "were baseless". */
const FALSITY = new Set([
  "false",
  "untrue",
  "baseless",
  "groundless",
  "unfounded",
  "fabricated",
  "lie",
  "lies",
  "nonsense",
  "fake",
  "absurd",
  "wrong",
]);
const LINKS = new Set(["was", "were", "is", "are"]);

/**
 * "His office said reports that he had already signed an agreement were false": what the reports
 * say is denied, by the speaker of the verb that judges them (or the story's voice).
 */
function deniedReports(ctx: SentenceContext, frames: readonly Frame[]): Frame[] {
  const out: Frame[] = [];
  for (let i = ctx.s.tokenStart; i < ctx.s.tokenEnd - 2; i++) {
    if (!REPORT_NOUNS.has(tok(ctx, i).lower) || tok(ctx, i + 1)?.lower !== "that") continue;
    let link = -1;
    for (let k = i + 2; k < Math.min(ctx.s.tokenEnd, i + 30); k++) {
      const t = tok(ctx, k);
      if (t.text === ";" || t.text === ".") break;
      if (LINKS.has(t.lower) && ctx.groups.every((g) => g.first !== k || g.head === k)) {
        let j = k + 1;
        while (
          ["a", "an", "completely", "totally", "entirely", "absolutely", "simply", "all"].includes(
            tok(ctx, j)?.lower ?? "",
          )
        )
          j++;
        if (FALSITY.has(tok(ctx, j)?.lower ?? "")) link = k;
        break;
      }
    }
    if (link < 0) continue;
    const judge = frames.find((f) => f.verb >= 0 && f.verb < i && f.to >= link);
    out.push({
      from: i + 2,
      to: link,
      speaker: judge?.speaker ?? null,
      speakers: judge?.speakers ?? [],
      speakerText: judge?.speakerText ?? null,
      modality: "denied",
      verb: judge?.verb ?? -1,
      date: judge?.date ?? null,
      rule: "attr.denied-report",
    });
  }
  return out;
}

/**
 * "The Kremlin spokesman, Dmitry Peskov, said": the comma before the speaker closes a role noun
 * phrase it stands in apposition to (no verb, no quotation before it), not a report.
 */
function appositiveSpeaker(ctx: SentenceContext, speakerStart: number): boolean {
  const comma = speakerStart - 1;
  if (tok(ctx, comma).text !== ",") return false;
  for (let i = ctx.s.tokenStart; i < comma; i++) {
    const t = tok(ctx, i);
    if (t.pos === "VERB" || t.pos === "AUX" || t.pos === "PUNCT") return false;
  }
  return true;
}

/**
 * Where "according to X" at token i starts covering: "Police fired tear gas at the crowd, and one
 * protester died, according to hospital officials" sources the last clause only (after its ", and",
 * ", but" or semicolon), "Hamas attacked Israel, killing about 1,200 people, according to Israeli
 * tallies" the -ing clause after the last comma; at the head of its sentence, all of it.
 */
function accordingFrom(ctx: SentenceContext, i: number): number {
  const { s } = ctx;
  for (let k = i - 2; k > s.tokenStart; k--) {
    const t = tok(ctx, k);
    if (t.text === ";") return k + 1;
    if (t.text !== ",") continue;
    const next = tok(ctx, k + 1);
    // (Only a clause of its own: "killed X, the deputy head of Y, and several other people" lists.)
    const verb = ctx.groups.some((g) => g.head > k + 1 && g.head < i && !g.participle);
    if (["and", "but", "while"].includes(next?.lower ?? "") && verb) return k + 2;
    if (next?.pos === "VERB" && next.lower.endsWith("ing")) return k + 1;
  }
  return s.tokenStart;
}

/** Words before "after" or "before" in a clause of time offset from another ("a day after", "hours before"). */
const OFFSET_WORDS = new Set([
  "a",
  "one",
  "two",
  "three",
  "days",
  "hours",
  "weeks",
  "months",
  "day",
  "week",
  "shortly",
  "just",
  "soon",
  "only",
]);

/** The comma opening ", a day after …" or ", hours before …" between from and to, else to. */
function offsetTimeClause(ctx: SentenceContext, from: number, to: number): number {
  for (let i = from; i < to - 2; i++) {
    if (tok(ctx, i).text !== ",") continue;
    let k = i + 1;
    while (k < i + 4 && OFFSET_WORDS.has(tok(ctx, k)?.lower ?? "")) k++;
    const w = tok(ctx, k)?.lower;
    if (k > i + 1 && (w === "after" || w === "before")) return i;
  }
  return to;
}

/** Subordinators of time that open a clause of the story's own after a closing frame. */
const TIME_SUBORDINATORS = new Set(["after", "before", "as", "while", "when", "since", "until"]);

/** "…, X said, days after Y …", "…, X said, as Y …": a clause of time follows the speech verb at `verb`. */
function timeClauseAfter(ctx: SentenceContext, verb: number): boolean {
  for (let i = verb + 1; i < Math.min(ctx.s.tokenEnd, verb + 7); i++) {
    const t = tok(ctx, i);
    if (TIME_SUBORDINATORS.has(t.lower)) return tok(ctx, verb + 1)?.text === ",";
    if (t.pos === "VERB") return false;
  }
  return false;
}

function frame(
  ctx: SentenceContext,
  g: VerbGroup,
  speakers: readonly ActorPhrase[],
  text: string | null,
  modality: Modality,
  from: number,
  to: number,
): Frame {
  const verb = tok(ctx, g.head);
  return {
    from,
    to,
    speaker: speakers[0] ?? null,
    speakers,
    speakerText: text,
    modality,
    verb: g.head,
    date: statementDate(ctx, g.head),
    rule: `attr.${speechLemma(verb) ?? verb.lemma}`,
  };
}

/**
 * "Pakistan said it remained committed … and blamed India": a verb coordinated with the speech
 * verb itself (same subject, no new one after "and") is the speaker's own act, not reported speech.
 */
function coordinatedEnd(ctx: SentenceContext, g: VerbGroup): number {
  // Outside the loop: a closure reads it (a per-iteration binding costs a context per token).
  let i = g.head + 1;
  // The speech verb's subject, looked for once and only when needed.
  let speaker: Reference | undefined;
  for (; i < ctx.s.tokenEnd - 1; i++) {
    // "Trump said 14 missiles had been launched …; Qatar condemned the attack": a semicolon closes it.
    if (tok(ctx, i).text === ";") return i;
    if (tok(ctx, i).text === "," && commaCoordinated(ctx, g, i)) return i;
    // "… said it would convene its council, and Washington urged the two countries …": after ", and"
    // (or ", but"), another actor speaking or appealing in the story's own voice opens a clause of its own.
    if (
      tok(ctx, i).lower === "but" &&
      tok(ctx, i - 1)?.text === "," &&
      ownVoiceClause(ctx, i + 1, () => (speaker ??= findSubject(ctx, g)))
    )
      return i - 1;
    if (tok(ctx, i).lower !== "and") continue;
    if (tok(ctx, i - 1)?.text === "," && ownVoiceClause(ctx, i + 1, () => (speaker ??= findSubject(ctx, g))))
      return i - 1;
    const next = ctx.groups.find((h) => h.first > i);
    // "…, saying the soldiers had strayed, and downgraded relations": ", and" closes a comma-led -ing report.
    if (g.participle && tok(ctx, i - 1)?.text === "," && next?.first === i + 1 && !next.participle) return i;
    if (!next || next.first - i > 2 || next.participle || next.infinitive) continue;
    const between = ctx.at.tokens.slice(i + 1, next.first);
    // "claimed that ISIL had attacked Iraq and taken Mosul": the conjunction joins the reported
    // clause's own verbs (the earlier one carries an auxiliary), not the speech verb.
    const before = ctx.groups.filter((h) => h.head < i).at(-1);
    if (before && before !== g && before.first < before.head) continue;
    // "has said it removed the accounts and would cooperate": a "would" cannot share a tense with the
    // speech verb; it is the report's.
    if (before && before !== g && next.modal === "would" && !g.modal) continue;
    if (between.every((t) => t.pos === "ADV")) return i;
  }
  return ctx.s.tokenEnd;
}

/**
 * Does a clause of its own start at i: an actor other than the speaker followed at once by a plain
 * past or past perfect verb ("Washington urged", "Panama suspended its ties", "the government had
 * cut internet access")? Such a clause after ", and" is the story's, not the speaker's report.
 */
function ownVoiceClause(ctx: SentenceContext, i: number, speechSubject: () => Reference): boolean {
  const actor = ctx.actors.find((p) => p.start === i || (p.start === i + 1 && tok(ctx, i).pos === "DET"));
  if (!actor || actor.modifierOnly) return false;
  // ("…, and Britain, France and Germany said …": past the actors coordinated with it.)
  let end = actor.end;
  for (let k = 0; k < 6; k++) {
    const joiner = tok(ctx, end)?.lower;
    if (joiner !== "," && joiner !== "and") break;
    const skip = joiner === "," && tok(ctx, end + 1)?.lower === "and" ? 2 : 1;
    const more = ctx.actors.find((p) => p.start === end + skip && !p.modifierOnly);
    if (!more) break;
    end = more.end;
  }
  // ("…, and Putin's spokesman, Dmitry Peskov, called …": past the possessed noun and a name in
  // apposition.)
  if (POSSESSIVE_MARKS.has(tok(ctx, end)?.lower ?? "")) {
    let k = end + 1;
    while (k < end + 5 && ["NOUN", "ADJ", "PROPN"].includes(tok(ctx, k)?.pos ?? "")) k++;
    if (k > end + 1) end = k;
  }
  if (tok(ctx, end)?.text === ",") {
    const named = ctx.actors.find((p) => p.start === end + 1 && tok(ctx, p.end)?.text === ",");
    if (named) end = named.end + 1;
  }
  const next = ctx.groups.find((h) => h.first === end);
  if (!next || next.participle || next.infinitive || next.modal) return false;
  const verb = tok(ctx, next.head);
  // A plain past, or a past perfect ("and the authorities had cut internet access").
  const pluperfect = next.first < next.head && tok(ctx, next.first).lower === "had";
  if (next.first !== next.head && !pluperfect) return false;
  if (verb.lower === verb.lemma && !pluperfect) return false;
  const speaker = speechSubject().phrases[0];
  // ("Peskov said …, and the foreign ministry suspended …": another body of the same side, named
  // anew, is another voice; "…, and it had …" is the speaker's.)
  return (
    !speaker ||
    speaker.code !== actor.code ||
    (speaker.text.toLowerCase() !== actor.text.toLowerCase() && tok(ctx, actor.start).pos !== "PRON")
  );
}

/** Speech verbs that as often take an act as their object: "declared war", "announced sanctions". */
const OBJECT_SPEECH = new Set(["declare", "announce"]);

/**
 * Does speech verb g open a report: "that" or a quotation next, or a verb group before the first
 * comma? (Not "declared war on Sunday, a day after …", "announced sanctions, citing …".)
 */
function reportsClause(ctx: SentenceContext, g: VerbGroup): boolean {
  // Outside the loop: a closure reads it (a per-iteration binding costs a context per token).
  let i = g.head + 1;
  for (; i < ctx.s.tokenEnd; i++) {
    const t = tok(ctx, i);
    if (t.lower === "that" || t.text === ":" || t.text === '"' || t.text === "\u201c") return true;
    if (t.text === "," || t.text === ";") {
      // ('said, "We will respond"': a quotation after the comma is the report.)
      const next = tok(ctx, i + 1)?.text;
      return next === '"' || next === "\u201c";
    }
    if (ctx.groups.some((h) => h.first === i)) return true;
  }
  return true;
}

/** "Kyiv said Russia shelled Kharkiv, urging the UN to act": the speaker's own adjunct ends the report. */
function speakerAdjunct(ctx: SentenceContext, g: VerbGroup): number {
  const adjunct = ctx.groups.find(
    (h) => h.head > g.head && mainClauseOf(ctx, h) === g && !parentheticalAdjunct(ctx, g, h),
  );
  return adjunct ? adjunct.first - 1 : ctx.s.tokenEnd;
}

/**
 * "reported, citing unnamed sources, that …": an adjunct between commas right after the speech
 * verb, with the verb's "that" after it, is a parenthesis inside the report's frame, not its end.
 */
function parentheticalAdjunct(ctx: SentenceContext, g: VerbGroup, h: VerbGroup): boolean {
  if (tok(ctx, h.first - 1)?.text !== "," || h.first - 1 > g.head + 1) return false;
  for (let i = h.head + 1; i < Math.min(ctx.s.tokenEnd - 1, h.head + 8); i++) {
    const t = tok(ctx, i);
    if (t.text === ",") return tok(ctx, i + 1)?.lower === "that";
    if (ctx.groups.some((x) => x.first === i)) return false;
  }
  return false;
}

function isBoundary(text: string): boolean {
  return text === "," || text === "\u201d" || text === '"' || text === ":";
}

/** The innermost frame covering token i (excluding the frame's own speech verb). */
export function frameFor(frames: Frame[], i: number): Frame | null {
  for (const f of frames) if (i >= f.from && i < f.to && i !== f.verb) return f;
  return null;
}

/** Does an "if"/"unless"/"in case" clause occur in the sentence? */
export function hasCondition(ctx: SentenceContext): boolean {
  for (let i = ctx.s.tokenStart; i < ctx.s.tokenEnd; i++) {
    const l = tok(ctx, i).lower;
    if ((l === "if" && !concessive(ctx, i)) || l === "unless") return true;
  }
  return false;
}

/** "even if the truce holds": a concession, not a condition — the main clause holds either way. */
function concessive(ctx: SentenceContext, i: number): boolean {
  return tok(ctx, i - 1)?.lower === "even";
}

/** Is token i inside an "if"/"unless" clause (up to the next comma, semicolon or sentence end)? */
export function inConditionClause(ctx: SentenceContext, i: number): boolean {
  for (let j = i - 1; j >= ctx.s.tokenStart; j--) {
    const t = tok(ctx, j);
    if (t.text === "," || t.text === ";") return false;
    if ((t.lower === "if" && !concessive(ctx, j)) || t.lower === "unless") return true;
    // "Should Sweden be attacked, …", "Were Russia to invade, …": an inverted condition opening the sentence.
    if (j === ctx.s.tokenStart && INVERTED_CONDITIONS.has(t.lower) && t.text[0] !== t.lower[0]) return true;
  }
  return false;
}

const INVERTED_CONDITIONS = new Set(["should", "were", "had"]);

/**
 * The hedge of the sentence that bears on the act at token i: not one that qualifies a reason, a
 * gerund or a relative clause after it ("arrested 22 fishermen for allegedly fishing in its waters",
 * "arrested a man who allegedly attacked a mosque" are arrests, asserted).
 */
function hedgeFor(ctx: SentenceContext, i: number): Modality | null {
  for (let h = ctx.s.tokenStart; h < ctx.s.tokenEnd; h++) {
    const m = HEDGES.get(tok(ctx, h).lower);
    if (!m) continue;
    if (h < i || !laterClause(ctx, i, h)) return m;
  }
  return null;
}

/** Words opening a reason, a gerund or a relative clause after a verb. */
const CLAUSE_OPENERS = new Set(["for", "who", "which", "that", "whom", "whose"]);

/** Does the hedge at h (after the act at i) qualify a reason, a gerund or a relative clause of its own? */
function laterClause(ctx: SentenceContext, i: number, h: number): boolean {
  if (tok(ctx, h + 1)?.lower.endsWith("ing")) return true;
  // "police detained him, reportedly on his way to the embassy": a verbless phrase after a comma.
  // (", reportedly by Iranian forces" still hedges who did it.)
  if (tok(ctx, h - 1)?.text === "," && tok(ctx, h + 1)?.lower !== "by" && !ctx.groups.some((g) => g.head > h))
    return true;
  for (let k = i + 1; k < h; k++) if (CLAUSE_OPENERS.has(tok(ctx, k).lower)) return true;
  return false;
}

/** Nouns and verbs of showing that "no" or "nothing" denies: "no evidence that", "nothing to suggest that". */
const EVIDENCE_WORDS = new Set([
  "evidence",
  "sign",
  "signs",
  "indication",
  "indications",
  "proof",
  "suggest",
  "show",
  "indicate",
]);

/** Is the act at i inside a "that" clause after "no evidence" or "nothing to suggest"? */
function unsupported(ctx: SentenceContext, i: number): boolean {
  for (let k = ctx.s.tokenStart; k < i; k++) {
    const w = tok(ctx, k).lower;
    if (w !== "no" && w !== "nothing" && w !== "little") continue;
    for (let j = k + 1; j < Math.min(i, k + 4); j++) {
      if (!EVIDENCE_WORDS.has(tok(ctx, j).lower)) continue;
      for (let t = j + 1; t < Math.min(i, j + 3); t++) if (tok(ctx, t).lower === "that") return true;
    }
  }
  return false;
}

/** Words of likelihood before the "that" of a forecast: "it is likely that", "even odds that". */
const FORECAST_WORDS = new Set([
  "likely",
  "unlikely",
  "certain",
  "probable",
  "improbable",
  "odds",
  "chance",
  "chances",
]);

/** Is token i after a forecast's "that" and a future verb of its clause ("likely that X will try to attack")? */
function forecastScope(ctx: SentenceContext, i: number): boolean {
  for (let k = i - 1; k > ctx.s.tokenStart; k--) {
    const t = tok(ctx, k);
    if (t.text === ";") return false;
    if (t.lower !== "that" || !FORECAST_WORDS.has(tok(ctx, k - 1)?.lower ?? "")) continue;
    return ctx.groups.some((h) => h.future && h.head > k && h.head < i);
  }
  return false;
}

/** Verbs of agreeing or deciding whose "that" clause says what is to happen. */
const AGREEING = new Set(["agree", "decide", "resolve", "stipulate", "provide", "announce"]);

/** Is "would"-group g in the "that" clause of a verb of agreeing or deciding ("agreed … that X would")? */
function agreedThat(ctx: SentenceContext, g: VerbGroup): boolean {
  for (let k = g.first - 1; k > ctx.s.tokenStart && k >= g.first - 12; k--) {
    const t = tok(ctx, k);
    if (t.text === "," || t.text === ";") return false;
    if (t.lower !== "that") continue;
    const governor = ctx.groups.findLast((h) => h.head < k && h.head >= k - 10);
    return !!governor && AGREEING.has(tok(ctx, governor.head).lemma) && !governor.negated;
  }
  return false;
}

/** A speech verb's own frame (not "according to", which reports without shifting tense). */
export function isReportedSpeech(frame: Frame | null): boolean {
  return !!frame && frame.verb >= 0;
}

export interface ModalityDecision {
  modality: Modality;
  frame: Frame | null;
  rule: string;
}

/**
 * Modality of an event whose verb (or event noun) is token i in verb group g (null for nouns):
 * the verb's own mood first (conditional, hypothetical, predicted), then the governing verb,
 * then the attribution frame, then hedges; asserted otherwise.
 */
export function decideModality(
  ctx: SentenceContext,
  frames: Frame[],
  i: number,
  g: VerbGroup | null,
  governor: Modality | null,
): ModalityDecision {
  const frame = frameFor(frames, i);
  const conditional = hasCondition(ctx);
  // "…would curb aid if Kyiv refused to negotiate": what the if-clause supposes has not happened.
  if (inConditionClause(ctx, i)) return { modality: "conditional", frame, rule: "mod.if-clause" };
  // "There was nothing to suggest that Russia had fired the missile": what no evidence shows is
  // only a possibility.
  if (unsupported(ctx, i)) return { modality: "hypothetical", frame, rule: "mod.no-evidence" };
  // "Washington and the Taliban agreed in Doha that all foreign troops would leave": what an agreement
  // or a decision says would happen is planned; so is what an announcement says
  // would be done ("announced that the parliament would be dissolved").
  if (g?.modal === "would" && !conditional && agreedThat(ctx, g)) {
    return { modality: "planned", frame, rule: "mod.agreed-would" };
  }
  // "Washington said it would resume aid": reported speech shifts "will" to "would" — a prediction, not a hypothesis.
  if (g?.modal === "would" && !conditional && isReportedSpeech(frame)) {
    return { modality: "predicted", frame, rule: "mod.reported-would" };
  }
  if (g?.modal || (conditional && (g?.future || governor === "hypothetical" || governor === "predicted"))) {
    return { modality: conditional ? "conditional" : "hypothetical", frame, rule: `mod.${g?.modal ?? "if"}` };
  }
  // "it is likely that Islamic State militants will try to attack the airport", "… that Iran will
  // free the crew before it releases the tanker": what a forecast's future clause governs or times is
  // forecast too.
  if (!g?.future && !g?.modal && forecastScope(ctx, i))
    return { modality: "predicted", frame, rule: "mod.forecast" };
  if (governor) return { modality: governor, frame, rule: "mod.governor" };
  if (g?.future) return { modality: "predicted", frame, rule: "mod.future" };
  if (frame) return { modality: frame.modality, frame, rule: frame.rule };
  const hedge = hedgeFor(ctx, i);
  if (hedge) return { modality: hedge, frame: null, rule: `mod.hedge.${hedge}` };
  return { modality: "asserted", frame: null, rule: "mod.asserted" };
}
