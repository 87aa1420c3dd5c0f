/**
 * Commitments: treaties and agreements with their parties, articles and obligations, their
 * status changes (signed, ratified by a named body, entered into force), and pledges.
 */
import type { ActorPhrase, AnnotatedText, Sentence, TimeMention } from "../nlp/index.js";

export interface CommitmentMention {
  sentence: number;
  name: string | null;
  parties: string[];
  article: string | null;
  obligation: string | null;
  status: string | null;
  statusBy: ActorPhrase | null;
  date: TimeMention | null;
  rule: string;
}

const INSTRUMENT =
  "(?:treaty|pact|agreement|accord|convention|alliance|deal|memorandum|charter|protocol|ceasefire|truce|armistice)";
const INSTRUMENT_RE = new RegExp(`\\b${INSTRUMENT}\\b`, "gi");

/**
 * The instrument a sentence is about: the one an article refers to ("Article 4 of the X treaty"),
 * else the first named.
 */
function instrumentKeyword(text: string): { start: number; end: number } | null {
  const all: { start: number; end: number }[] = [];
  // An exec loop over the shared expression: matchAll would clone it for every sentence.
  INSTRUMENT_RE.lastIndex = 0;
  for (let m = INSTRUMENT_RE.exec(text); m !== null; m = INSTRUMENT_RE.exec(text))
    all.push({ start: m.index, end: m.index + m[0].length });
  // No keyword: nothing for an article to point at.
  if (all.length === 0) return null;
  const article = text.match(ARTICLE_RE);
  if (article?.index !== undefined) {
    const after = all.find(
      (k) => k.start > (article.index as number) && k.start - (article.index as number) < 160,
    );
    if (after) return after;
  }
  return all[0] ?? null;
}
const ARTICLE_RE = /\b(Article|Clause|Section|Paragraph)\s+(\d+[a-z]?|[IVXLC]+)\b/;
const OBLIGATION_RE =
  /\b(?:stipulates?|stipulating|provides? for|providing for|obliges?|obliging|requires?|requiring|commits?|committing|guarantees?|guaranteeing|calls? for|calling for|promises?|pledges?|mandates?)\s+(?:that\s+)?(?:the\s+parties\s+(?:to\s+)?)?([^.;]+?)(?=[.;]|,\s+(?:which|while|but|and\s+(?:the|a)\b)|$)/i;
const STATUS_VERBS: [RegExp, string][] = [
  [/\bratif(?:y|ies|ied|ying)\b/i, "ratified"],
  [/\b(?:came|come|comes|coming|entered|enter|enters|entering)\s+into\s+(?:force|effect)\b/i, "in force"],
  [/\bsign(?:s|ed|ing)?\b/i, "signed"],
  [/\bapprov(?:e|es|ed|ing)\b/i, "approved"],
  [/\bsuspend(?:s|ed|ing)?\b/i, "suspended"],
  [/\bwithdr(?:ew|aw|aws|awn|awing)\s+from\b/i, "withdrawn"],
  [/\b(?:terminat|scrap|abrogat)(?:e|es|ed|ing)\b/i, "terminated"],
];
/**
 * Pre-checks on the whole text: a sentence's text is part of the document's, so a sentence can
 * match INSTRUMENT_RE or PLEDGE_RE only if the document holds these looser forms.
 */
const INSTRUMENT_ANYWHERE = new RegExp(INSTRUMENT, "i");
const PLEDGE_ANYWHERE = /pledged|promised|vowed|committed/i;
const PLEDGE_RE =
  /\b(?:pledged|promised|vowed|committed\s+(?:itself\s+|themselves\s+)?to)\s+(?:to\s+)?([^.;,]+)/i;

function sentenceActors(phrases: ActorPhrase[], s: Sentence): ActorPhrase[] {
  return phrases.filter((p) => p.sentence === s.index);
}

/** The document's phrases by sentence, each list in the phrases' order. */
function phrasesBySentence(phrases: ActorPhrase[], n: number): ActorPhrase[][] {
  const out: ActorPhrase[][] = [];
  for (let k = 0; k < n; k++) out.push([]);
  for (const p of phrases) out[p.sentence]?.push(p);
  return out;
}

/** The instrument's name: from the nearest "the" (or an actor name) before the keyword to the keyword. */
function instrumentName(s: Sentence, keywordStart: number, keywordEnd: number): string {
  const before = s.text.slice(0, keywordStart);
  const the = Math.max(before.lastIndexOf(" the "), before.lastIndexOf("The "), before.lastIndexOf(" a "));
  const from =
    the >= 0 && keywordStart - the < 90
      ? the + (before[the] === " " ? 5 : 4)
      : Math.max(0, keywordStart - 40);
  let name = s.text.slice(from, keywordEnd).replace(/^(?:new|a|an)\s+/i, "");
  name = name
    .replace(/[\u2018\u2019'"\u201c\u201d]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return name;
}

/** A capital used as the instrument's name ("the Paris climate agreement", "the Minsk accords") names no party. */
const NAME_MODIFIERS = /^(?:\s+[a-z-]+){0,3}\s*$/;

function partiesIn(s: Sentence, actors: ActorPhrase[], from: number, to: number, kwStart = -1): string[] {
  const codes = actors
    .filter((a) => a.charStart >= s.start + from && a.charEnd <= s.start + to && a.country)
    .filter(
      (a) =>
        !(a.kind === "state" && a.role === "GOV") ||
        kwStart < 0 ||
        !NAME_MODIFIERS.test(s.text.slice(a.charEnd - s.start, kwStart)),
    )
    .map((a) => a.country as string);
  return [...new Set(codes)];
}

/**
 * Find commitments in each sentence that names an instrument (treaty, pact, agreement…) or a pledge.
 * @example a sentence "Article 4 of the X-Y treaty stipulates mutual military assistance" →
 *   { article: "Article 4", parties: ["X", "Y"], obligation: "mutual military assistance" }
 */
export function findCommitments(
  at: AnnotatedText,
  phrases: ActorPhrase[],
  times: TimeMention[],
): CommitmentMention[] {
  const out: CommitmentMention[] = [];
  const instruments = INSTRUMENT_ANYWHERE.test(at.text);
  const pledges = PLEDGE_ANYWHERE.test(at.text);
  if (!instruments && !pledges) return out;
  const bySentence = phrasesBySentence(phrases, at.sentences.length);
  for (const s of at.sentences) {
    const actors =
      at.sentences[s.index] === s ? (bySentence[s.index] ?? []).slice() : sentenceActors(phrases, s);
    const kw = instruments ? instrumentKeyword(s.text) : null;
    if (kw) {
      out.push(...instrumentCommitments(s, actors, times, kw.start, kw.end));
      continue;
    }
    if (!pledges) continue;
    const pledge = s.text.match(PLEDGE_RE);
    if (pledge && pledge.index !== undefined) {
      const by = actors.find((a) => a.charEnd <= s.start + (pledge.index as number)) ?? null;
      if (!by) continue;
      out.push({
        sentence: s.index,
        name: null,
        parties: by.country ? [by.country] : [],
        article: null,
        obligation: (pledge[1] ?? "").trim(),
        status: "pledged",
        statusBy: by,
        date: times.find((t) => t.sentence === s.index) ?? null,
        rule: "commit.pledge",
      });
    }
  }
  return out;
}

function instrumentCommitments(
  s: Sentence,
  actors: ActorPhrase[],
  times: TimeMention[],
  kwStart: number,
  kwEnd: number,
): CommitmentMention[] {
  const name = instrumentName(s, kwStart, kwEnd);
  const nameStart = s.text.indexOf(name.split(" ")[0] ?? name);
  let parties = partiesIn(s, actors, Math.max(0, Math.min(nameStart, kwStart - 60)), kwEnd, kwStart);
  const between = s.text.slice(kwEnd).match(/^\s+(?:between|with)\s+([^,.;]+)/i);
  if (between)
    parties = [...new Set([...parties, ...partiesIn(s, actors, kwEnd, kwEnd + between[0].length)])];
  const article = s.text.match(ARTICLE_RE);
  const obligation = s.text.slice(article?.index ?? kwStart).match(OBLIGATION_RE);
  const out: CommitmentMention[] = [];
  if (article || obligation) {
    out.push({
      sentence: s.index,
      name,
      parties,
      article: article ? `${article[1]} ${article[2]}` : null,
      obligation: obligation ? (obligation[1] ?? "").trim() : null,
      status: null,
      statusBy: null,
      date: null,
      rule: article ? "commit.article" : "commit.obligation",
    });
  }
  for (const [re, status] of STATUS_VERBS) {
    const m = s.text.match(re);
    if (!m || m.index === undefined) continue;
    const verbAt = s.start + m.index;
    // The body that changed the status: the nearest actor before the verb ("the lower house … ratified").
    const by = actors.filter((a) => a.charEnd <= verbAt && !a.modifierOnly).at(-1) ?? null;
    out.push({
      sentence: s.index,
      name,
      parties,
      article: null,
      obligation: null,
      status,
      statusBy: by,
      date: times.find((t) => t.sentence === s.index && t.start > verbAt - 40) ?? null,
      rule: `commit.status.${status.replace(/\s+/g, "-")}`,
    });
    break;
  }
  return out;
}
