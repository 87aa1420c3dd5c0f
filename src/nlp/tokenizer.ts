import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
import type { AnnotatedText, Pos, Sentence, WordForm as SharedForm, Token } from "./annotated-text.js";
import { foldLetters } from "./letter-fold.js";
import { wordHash } from "./word-hash.js";

type Wink = ReturnType<typeof winkNLP>;
let wink: Wink | undefined;
let fullWink: Wink | undefined;

/**
 * The annotation engine runs only the pipe steps whose output we read: sentence boundaries and
 * POS tags (lemmas come with the tags). wink's default pipe also runs named entities,
 * negation, sentiment and custom entities over every document; none of them changes a token,
 * tag, lemma or sentence span, and nothing here reads their results.
 */
function engine(): Wink {
  wink ??= winkNLP(model, ["sbd", "pos"]);
  return wink;
}

/** wink with its default pipe: the reference the tokenizer bench measures. */
function fullEngine(): Wink {
  fullWink ??= winkNLP(model);
  return fullWink;
}

/**
 * What the annotator derives from one word of wink's lexicon (its unique id) read with one POS
 * tag: the word as written, lower-cased, and its lemma. wink's value of a token is its lexicon
 * entry (a function of the id), and wink's lemma of a token that is no part of a contraction
 * depends only on its value and its tag (a single-lemma word's lemma, else the lemmatiser on its
 * normal form and tag), so all three are remembered per id and tag: the lemmatiser runs once per
 * distinct word instead of once per token, wink is not asked for the values of known words, and
 * every token of a word shares the same strings (their hashes computed once for the look-ups of
 * every later stage).
 */
interface WordForm extends SharedForm {
  tag: string;
  value: string;
  /** The same word read with another tag. */
  next: WordForm | undefined;
}

/** A word's form record (its `next` set when it is remembered). */
function newForm(tag: string, value: string, lower: string, lemma: string): WordForm {
  const lowerHash = wordHash(lower);
  return {
    tag,
    value,
    lower,
    lemma,
    lowerHash,
    lemmaHash: lemma === lower ? lowerHash : wordHash(lemma),
    actorIndex: null,
    actorStep: undefined,
    verbLexicon: null,
    verbPatterns: undefined,
    next: undefined,
  };
}

/** By wink's unique id (ids index wink's lexicon: a dense range). */
let wordForms: (WordForm | undefined)[] = [];
let wordFormCount = 0;
const WORD_FORMS_MAX = 200_000;
/** Ids past this are not remembered (the array stays a dense, small-integer-indexed one). */
const WORD_ID_MAX = 1 << 22;

function rememberForm(id: number, form: WordForm): void {
  if (id >= WORD_ID_MAX) return;
  if (wordFormCount >= WORD_FORMS_MAX) {
    wordForms = [];
    wordFormCount = 0;
  }
  // Read past the end only through formsOf: an out-of-bounds load here deoptimised the function
  // on every new id (hundreds of times in a few thousand documents).
  form.next = formsOf(id);
  growForms(id);
  wordForms[id] = form;
  wordFormCount++;
}

/**
 * Pad wordForms to length `id`. A loop of its own: run long (a new id far past the last), the loop was
 * replaced on the stack by optimised code compiled before rememberForm's store had ever run, and that
 * code gave up at the store (a deoptimisation for want of type feedback) each time it was entered
 * again: 250-340 times in a first pass over the example articles.
 */
function growForms(id: number): void {
  while (wordForms.length < id) wordForms.push(undefined);
}

/**
 * A small direct-mapped table of recent forms by id in front of wordForms: a story's common words
 * are found in a few kilobytes that stay in cache instead of a large sparse array.
 */
const HOT_SIZE = 4096;
const hotIds = new Int32Array(HOT_SIZE).fill(-1);
const hotForms: (WordForm | undefined)[] = new Array(HOT_SIZE).fill(undefined);

/** The id's remembered forms (any tag), or undefined. */
function formsOf(id: number): WordForm | undefined {
  return id < wordForms.length ? wordForms[id] : undefined;
}

function knownForm(first: WordForm | undefined, tag: string): WordForm | undefined {
  let form = first;
  while (form !== undefined && form.tag !== tag) form = form.next;
  return form;
}

type WinkTokens = ReturnType<ReturnType<Wink["readDoc"]>["tokens"]>;
type WinkItem = ReturnType<WinkTokens["itemAt"]>;

/** wink's own lemma of a token (contractions carry theirs; a word not seen before with its tag). */
function winkLemma(nlp: Wink, item: WinkItem): string | null {
  // biome-ignore lint/suspicious/noExplicitAny: wink types its.lemma with a narrower signature than out() accepts
  return (item.out(nlp.its.lemma as any) as string | undefined) ?? null;
}

/** The form of token i, id `id`, read with `tag`: remembered, else asked of wink and remembered. */
function formAt(nlp: Wink, all: WinkTokens, i: number, id: number, tag: string): WordForm {
  const forms = formsOf(id);
  const known = knownForm(forms, tag);
  if (known !== undefined) return known;
  const item = all.itemAt(i);
  const value = forms ? forms.value : (item.out(nlp.its.value) as string);
  const lower = forms ? forms.lower : value.toLowerCase();
  const own = winkLemma(nlp, item);
  const form = newForm(tag, value, lower, own == null ? lower : own.toLowerCase());
  rememberForm(id, form);
  return form;
}

const SPACE = 0x20;

/** Forms of the two parts of a possessive wink read as one word, by tag and text. */
const possessiveParts = new Map<string, WordForm>();

function partForm(tag: string, value: string, lemma?: string): WordForm {
  const key = `${tag} ${value}`;
  let form = possessiveParts.get(key);
  if (form === undefined) {
    const lower = value.toLowerCase();
    form = newForm(tag, value, lower, lemma ?? lower);
    possessiveParts.set(key, form);
  }
  return form;
}

/** "Chile's" as one token: a name or noun of two letters or more before 's or ’s. */
function fusedPossessive(t: Token): boolean {
  const n = t.text.length;
  if (n < 4 || (t.pos !== "PROPN" && t.pos !== "NOUN")) return false;
  const s = t.text.charCodeAt(n - 1);
  const q = t.text.charCodeAt(n - 2);
  return (s === 0x73 || s === 0x53) && (q === 0x27 || q === 0x2019);
}

/**
 * wink-nlp reads a possessive before a full stop as one word ("… had always been Chile's.") and,
 * once it has, reads that word whole everywhere after, in this text and in every later one
 * ("Chile's Congress voted" became "Chile's" "Congress"): the result of a text depended on the
 * texts read before it. Each such token is split here into the name and "'s", as wink splits a
 * possessive it has not seen whole; the sentences' token spans move with them.
 */
function splitPossessives(
  tokens: Token[],
  spans: [number, number][],
): { tokens: Token[]; spans: [number, number][] } {
  let fused = 0;
  for (const t of tokens) if (fusedPossessive(t)) fused++;
  if (fused === 0) return { tokens, spans };
  const out: Token[] = [];
  // Where old token k starts in the new list; the entry past the end for the spans' last tokens.
  const moved = new Array<number>(tokens.length + 1);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    moved[k] = out.length;
    if (!fusedPossessive(t)) {
      t.i = out.length;
      out.push(t);
      continue;
    }
    const cut = t.end - 2;
    const nameForm = partForm(t.pos, t.text.slice(0, -2));
    const markForm = partForm("PART", t.text.slice(-2), "'s");
    for (const [form, start, end] of [
      [nameForm, t.start, cut],
      [markForm, cut, t.end],
    ] as const) {
      out.push({
        i: out.length,
        start,
        end,
        text: form.value,
        lower: form.lower,
        lemma: form.lemma,
        pos: form.tag as Pos,
        sentence: 0,
        lowerHash: form.lowerHash,
        lemmaHash: form.lemmaHash,
        form,
      });
    }
  }
  moved[tokens.length] = out.length;
  // A span's last token that was split ends at the "'s" after it.
  const last = (k: number) => (moved[k + 1] as number) - 1;
  return { tokens: out, spans: spans.map(([a, b]) => [moved[a] as number, last(b)]) };
}

/** Words that may follow "a.m."/"p.m." inside a sentence: days, months, time zones. */
const AFTER_CLOCK = new Set(
  (
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july " +
    "august september october november december gmt utc et est edt pt pst pdt ct cst cdt cet cest bst ist jst kst"
  ).split(" "),
);

/**
 * wink's sentence splitter reads "a.m."/"p.m." as an abbreviation that never ends a sentence: "was hit at
 * about 2 a.m. Hamas said …" is two sentences when a capitalised word that is no day, month or time
 * zone follows and a verb comes after it.
 */
function splitAfterClockTimes(tokens: Token[], spans: [number, number][]): [number, number][] {
  let out: [number, number][] | null = null;
  for (let n = 0; n < spans.length; n++) {
    const [first, last] = spans[n] as [number, number];
    let from = first;
    for (let k = first; k < last; k++) {
      const t = tokens[k];
      if (!t || (t.lower !== "a.m." && t.lower !== "p.m.")) continue;
      const next = tokens[k + 1];
      if (!next || !/^[A-Z]/.test(next.text) || AFTER_CLOCK.has(next.lower)) continue;
      if (tokens[k + 2]?.lower === "time") continue;
      let verb = false;
      for (let j = k + 2; j <= last && !verb; j++) verb = tokens[j]?.pos === "VERB";
      if (!verb) continue;
      out ??= spans.slice(0, n);
      out.push([from, k]);
      from = k + 1;
    }
    if (out) out.push([from, last]);
  }
  return out ?? spans;
}

/**
 * Split text into sentences and POS-tagged tokens with character offsets.
 * wink-nlp keeps every character (token = preceding spaces + value), so offsets are exact.
 * @example annotate("Russia ratified the treaty.").tokens[1].lemma // "ratify"
 */
export function annotate(text: string): AnnotatedText {
  const nlp = engine();
  const its = nlp.its;
  // (Read folded: "Erdoğan" is one word to the tokenizer only as "Erdogan". Same offsets.)
  const read = foldLetters(text);
  const doc = nlp.readDoc(read);
  const all = doc.tokens();
  const pos = all.out(its.pos) as string[];
  const contracted = all.out(its.contractionFlag) as unknown as boolean[];
  const ids = all.out(its.uniqueId) as unknown as number[];
  const n = ids.length;
  let tokens: Token[] = new Array(n);
  let offset = 0;
  for (let i = 0; i < n; i++) {
    const id = ids[i] as number;
    const tag = pos[i] ?? "X";
    let form: WordForm;
    if (contracted[i]) {
      // A contraction's part carries its own lemma: asked of wink for every token, a form of its own.
      const item = all.itemAt(i);
      const forms = formsOf(id);
      const value = forms ? forms.value : (item.out(its.value) as string);
      const lower = value.toLowerCase();
      const own = winkLemma(nlp, item);
      form = newForm(tag, value, lower, own == null ? lower : own.toLowerCase());
    } else {
      // The last form seen in the id's slot of a small table, else the remembered forms.
      const slot = id & (HOT_SIZE - 1);
      const hot = hotIds[slot] === id ? hotForms[slot] : undefined;
      if (hot !== undefined && hot.tag === tag) form = hot;
      else {
        form = formAt(nlp, all, i, id, tag);
        hotIds[slot] = id;
        hotForms[slot] = form;
      }
    }
    const value = form.value;
    // Nearly always the token starts right after a run of plain spaces, which are exactly wink's
    // preceding spaces there; else wink is asked for the token's spaces and the text searched on.
    let at = offset;
    while (read.charCodeAt(at) === SPACE) at++;
    let start = at;
    if (value === "" || !read.startsWith(value, at)) {
      offset += (all.itemAt(i).out(its.precedingSpaces) as string).length;
      const found = value !== "" && read.startsWith(value, offset) ? offset : read.indexOf(value, offset);
      start = found >= 0 ? found : offset;
    }
    const end = start + value.length;
    offset = end;
    tokens[i] = {
      i,
      start,
      end,
      text: value,
      lower: form.lower,
      lemma: form.lemma,
      pos: tag as Pos,
      sentence: 0,
      lowerHash: form.lowerHash,
      lemmaHash: form.lemmaHash,
      form,
    };
  }
  const split = splitPossessives(tokens, doc.sentences().out(its.span) as unknown as [number, number][]);
  tokens = split.tokens;
  retagInfinitives(tokens);
  retagCompounds(tokens);
  retagParticleObjects(tokens);
  retagDemonymPlurals(tokens);
  retagNameWords(tokens);
  retagPastVerbs(tokens);
  retagIrregularPasts(tokens);
  retagParticiples(tokens);
  retagPerfectAdverbs(tokens);
  const sentences: Sentence[] = [];
  const spans = splitAfterClockTimes(tokens, split.spans);
  for (const [first, last] of spans) {
    const a = tokens[first];
    const b = tokens[last];
    if (!a || !b) continue;
    const raw = text.slice(a.start, b.end);
    // trimEnd strips what /\s+$/ matches (white space and line terminators): the sentence's text.
    const trimmed = raw.trimEnd();
    if (trimmed === "") continue;
    const index = sentences.length;
    for (let k = first; k <= last; k++) {
      const t = tokens[k];
      if (t) t.sentence = index;
    }
    sentences.push({
      index,
      start: a.start,
      end: b.end,
      tokenStart: first,
      tokenEnd: last + 1,
      text: trimmed,
    });
  }
  return { text, tokens, sentences };
}

/** A token that is a single quotation mark: " “ ” ' ‘ ’ (what /^["\u201c\u201d'\u2018\u2019]$/ accepts). */
function isQuote(text: string): boolean {
  if (text.length !== 1) return false;
  const c = text.charCodeAt(0);
  return c === 0x22 || c === 0x27 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019;
}

/**
 * The tagger reads a verb after an opening quote as a noun ("vowed to “end the war”"):
 * a noun right after infinitival "to" (quotes skipped) and before a determiner is a verb.
 */
function retagInfinitives(tokens: Token[]): void {
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i] as Token;
    if (t.pos !== "NOUN") continue;
    let j = i - 1;
    while (j > 0 && isQuote((tokens[j] as Token).text)) j--;
    if (j === i - 1) continue;
    const to = tokens[j] as Token;
    const next = tokens[i + 1] as Token;
    if (to.lower === "to" && (next.pos === "DET" || next.pos === "PRON")) t.pos = "VERB";
  }
}

/**
 * Noun compounds whose first word the tagger reads as a verb ("fired tear gas", "cease fire", "stun
 * grenades"), and
 * "acting" as a title's adjective after a possessive ("Pakistan's acting high commissioner").
 */
function retagCompounds(tokens: Token[]): void {
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1] as Token;
    if (
      (t.lower === "tear" && next.lower === "gas") ||
      (t.lower === "cease" && next.lower === "fire") ||
      (t.lower === "stun" && (next.lower === "grenades" || next.lower === "grenade" || next.lower === "guns"))
    )
      t.pos = "NOUN";
    else if (
      t.lower === "acting" &&
      t.pos === "VERB" &&
      tokens[i - 1]?.lower === "'s" &&
      (next.pos === "NOUN" || next.pos === "ADJ")
    )
      t.pos = "ADJ";
    // "Turkish troops and allied Syrian rebels": a participle of alliance before a noun phrase, after
    // "and", an article or a comma, is an adjective.
    else if (
      t.pos === "VERB" &&
      ATTRIBUTIVE_PARTICIPLES.has(t.lower) &&
      (next.pos === "NOUN" || next.pos === "PROPN" || next.pos === "ADJ") &&
      ["and", "the", "a", "an", ",", "its", "their", "of"].includes(tokens[i - 1]?.lower ?? "")
    )
      t.pos = "ADJ";
    // "the sit-in", "a stand-off", "the walk-out": a verb and its particle joined by a hyphen are one noun.
    else if (t.pos === "VERB" && next.text === "-" && next.start === t.end) {
      const particle = tokens[i + 2];
      if (particle && particle.start === next.end && HYPHEN_PARTICLES.has(particle.lower)) {
        t.pos = "NOUN";
        particle.pos = "NOUN";
      }
    }
  }
}

/** Participles that mostly modify a noun in news: "allied forces", "affiliated groups". */
const ATTRIBUTIVE_PARTICIPLES = new Set(["allied", "affiliated", "aligned"]);

/** Particles that make a hyphened noun of a verb: "sit-in", "stand-off", "walk-out", "build-up". */
const HYPHEN_PARTICLES = new Set(["in", "out", "off", "up", "down", "over"]);

/** Particles of phrasal verbs that take their object after them ("brushed aside calls", "turned down offers"). */
const OBJECT_PARTICLES = new Set(["aside", "off", "down", "away", "back"]);

/**
 * "Abiy brushed aside calls for talks": a plural the tagger reads as a verb's -s form right after
 * a verb and its particle is the phrasal verb's object, a noun.
 */
function retagParticleObjects(tokens: Token[]): void {
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.pos !== "VERB" || t.lower === t.lemma || !t.lower.endsWith("s")) continue;
    const particle = tokens[i - 1] as Token;
    if (!OBJECT_PARTICLES.has(particle.lower) || (tokens[i - 2] as Token).pos !== "VERB") continue;
    t.pos = "NOUN";
  }
}

/** Demonyms' endings: "Estonian", "Korean", "American", "Chinese", "British", "Israeli" (not "Iran"). */
const DEMONYM = /^[A-Z][a-z]+(?:ian|ean|ican|ese|ish|i)$/;
/** Prepositions before an object's demonym ("removed buoys from Estonian waters"); no subordinator ("as", "after"). */
const OBJECT_PREPOSITIONS = new Set([
  "of",
  "to",
  "for",
  "with",
  "on",
  "at",
  "in",
  "into",
  "from",
  "against",
  "by",
  "over",
  "near",
]);
/** Verbs a clause with its own subject may follow: "said Russian artillery shells the city". */
const CLAUSE_VERBS = new Set([
  "say",
  "tell",
  "report",
  "claim",
  "warn",
  "believe",
  "think",
  "know",
  "announce",
]);

/**
 * "removed Estonian navigation buoys from the Narva river": a plural the tagger reads as a verb's -s
 * form right after a demonym (and up to two nouns) that follows a verb (not one of saying) or a
 * preposition (not a subordinator such as "as" or "after") is a noun: a demonym there modifies an
 * object, not a subject.
 */
function retagDemonymPlurals(tokens: Token[]): void {
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.pos !== "VERB" || t.lower === t.lemma || !t.lower.endsWith("s")) continue;
    // ("removed Estonian navigation buoys": nouns of the compound may stand between.)
    let j = i - 1;
    while (j > i - 3 && j > 1 && (tokens[j] as Token).pos === "NOUN") j--;
    const adjective = tokens[j] as Token;
    if ((adjective.pos !== "PROPN" && adjective.pos !== "ADJ") || !DEMONYM.test(adjective.text)) continue;
    const before = tokens[j - 1] as Token;
    const object =
      before.pos === "VERB" ? !CLAUSE_VERBS.has(before.lemma) : OBJECT_PREPOSITIONS.has(before.lower);
    if (object) t.pos = "NOUN";
  }
}

/** Is the token's first character an upper-case Latin letter? */
function capitalised(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  return c >= 0x41 && c <= 0x5a;
}

/**
 * "in the Bolan Pass on Tuesday", "opened fire on the Jaffar Express": a capitalised word the tagger
 * reads as a verb, inside a name that a determiner opens, is the name's last word. A headline's verb
 * ("Russia Says …") has no determiner before its subject's name.
 */
function retagNameWords(tokens: Token[]): void {
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.pos !== "VERB" || !capitalised(t)) continue;
    let j = i - 1;
    while (j > 0 && (tokens[j] as Token).pos === "PROPN" && capitalised(tokens[j] as Token)) j--;
    if (j < i - 1 && (tokens[j] as Token).pos === "DET" && !capitalised(tokens[j] as Token)) t.pos = "PROPN";
  }
}

/**
 * "Russia alleged that …", "Kyiv accused the Kremlin": a past form right after its subject and
 * before a clause or an object is the main verb, though the tagger reads some as adjectives.
 */
function retagPastVerbs(tokens: Token[]): void {
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i] as Token;
    if ((t.pos !== "ADJ" && t.pos !== "NOUN") || !t.lower.endsWith("ed")) continue;
    const prev = tokens[i - 1] as Token;
    const next = tokens[i + 1] as Token;
    const subject = prev.pos === "PROPN" || prev.pos === "NOUN" || prev.pos === "PRON";
    // ("Qatar mediated between Israel and Hamas": after a name or a pronoun, a preposition but "of"
    // follows the verb, not an adjective.)
    const complement =
      next.lower === "that" ||
      next.pos === "DET" ||
      next.pos === "PRON" ||
      ((prev.pos === "PROPN" || prev.pos === "PRON") && next.pos === "ADP" && next.lower !== "of");
    // "Armed men abducted a priest", "police abducted two activists": a past form the tagger took for
    // a noun (a word it does not know) between a plural subject and an object.
    const nounObject =
      t.pos === "NOUN" &&
      t.lemma === t.lower &&
      prev.pos === "NOUN" &&
      (prev.lower.endsWith("s") ||
        prev.lower === "police" ||
        prev.lower.endsWith("men") ||
        prev.lower === "people") &&
      (next.pos === "DET" || next.pos === "NUM" || next.pos === "PRON");
    // ("had mediated between …", "has intensified since …": after a form of "have", an "-ed"
    // word not before a noun is its participle.)
    const perfect =
      t.pos === "ADJ" &&
      HAVE_FORMS.has(prev.lower) &&
      !["NOUN", "PROPN", "ADJ"].includes(next.pos) &&
      prev.sentence === t.sentence;
    // ("Each side has long accused the other": "have" and an inner adverb the tagger reads as an
    // adjective before an "-ed" word it reads as a noun.)
    const innerPerfect =
      t.pos === "NOUN" &&
      HAVE_FORMS.has(tokens[i - 2]?.lower ?? "") &&
      PERFECT_INNER_ADVERBS.has(prev.lower) &&
      (next.pos === "DET" || next.pos === "PRON" || next.pos === "PROPN" || next.lower === "that");
    if (perfect || innerPerfect) t.pos = "VERB";
    else if (subject && (complement || nounObject) && prev.sentence === t.sentence) {
      if (t.pos === "ADJ" || nounObject) t.pos = "VERB";
    }
  }
}

/** Irregular past forms the tagger reads as nouns ("Iran retook the ship", "the army overthrew the president"). */
export const IRREGULAR_PASTS: ReadonlyMap<string, string> = new Map([
  ["retook", "retake"],
  ["overthrew", "overthrow"],
  ["overtook", "overtake"],
  ["mistook", "mistake"],
]);

/** "Azerbaijan retook Nagorno-Karabakh": an irregular past after its subject and before its object is a verb. */
function retagIrregularPasts(tokens: Token[]): void {
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i] as Token;
    const lemma = IRREGULAR_PASTS.get(t.lower);
    if (t.pos !== "NOUN" || !lemma) continue;
    const prev = tokens[i - 1] as Token;
    const next = tokens[i + 1] as Token;
    if (prev.sentence !== t.sentence) continue;
    if (
      ["PROPN", "NOUN", "PRON"].includes(prev.pos) &&
      ["DET", "PROPN", "PRON", "NUM", "NOUN", "ADJ"].includes(next.pos)
    ) {
      t.pos = "VERB";
      t.lemma = lemma;
    }
  }
}

/**
 * "Maduro has long accused Washington": an adverb the tagger reads as an adjective between "have"
 * and its participle is an adverb (once the participles are verbs).
 */
function retagPerfectAdverbs(tokens: Token[]): void {
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i] as Token;
    if (t.pos !== "ADJ" || !PERFECT_INNER_ADVERBS.has(t.lower)) continue;
    if (HAVE_FORMS.has((tokens[i - 1] as Token).lower) && (tokens[i + 1] as Token).pos === "VERB")
      t.pos = "ADV";
  }
}

/** Irregular participles the tagger reads as nouns after an auxiliary ("claimed to have shot down"). */
const PARTICIPLES = new Set([
  "shot",
  "hit",
  "struck",
  "fought",
  "cut",
  "sent",
  "held",
  "led",
  "seized",
  "wounded",
  "cast",
]);
const HAVE_FORMS = new Set(["have", "has", "had", "having"]);
/** Adverbs between "have" and its participle that the tagger may read as adjectives: "has long accused". */
const PERFECT_INNER_ADVERBS = new Set(["long", "already", "repeatedly", "previously", "also"]);
const PERFECT_OR_PASSIVE = new Set([...HAVE_FORMS, "be", "been", "being", "is", "are", "was", "were"]);

const VERB_PARTICLES = new Set(["down", "dead", "at"]);

/**
 * "Kenyan police shot …", "after police shot …": a noun opening its sentence or clause (alone or after
 * a name or an adjective) heads a subject.
 */
function nameBefore(tokens: Token[], noun: number): boolean {
  const t = tokens[noun] as Token;
  const before = tokens[noun - 1];
  if (!before || before.sentence !== t.sentence || SUBJECT_OPENERS.has(before.lower)) return true;
  return (before.pos === "PROPN" || before.pos === "ADJ") && tokens[noun - 2]?.sentence !== t.sentence;
}

/** Words after which a noun opens a clause as its subject ("a day after police shot …"). */
const SUBJECT_OPENERS = new Set(["after", "before", "when", "while", "as", "since", "because", "until"]);

/**
 * "claimed to have shot down", "Pakistan shot down five aircraft": an irregular participle after an
 * auxiliary, or between its subject and a particle, is a verb; a "have" before a participle is its auxiliary.
 */
function retagParticiples(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1] as Token;
    // The tag changes; the lemma stays wink's (the verb lexicon looks inflected forms up first).
    if (t.pos === "NOUN" && PARTICIPLES.has(t.lower) && prev.sentence === t.sentence) {
      const next = tokens[i + 1];
      // "police shot protesters", "troops shot two men": between a subject and its object.
      const object =
        !!next &&
        (next.pos === "DET" ||
          next.pos === "NUM" ||
          (next.pos === "PRON" && ["its", "their", "his", "her"].includes(next.lower)) ||
          (next.pos === "NOUN" &&
            next.lower.endsWith("s") &&
            (prev.pos !== "NOUN" || nameBefore(tokens, i - 1))));
      const afterSubject =
        (prev.pos === "PROPN" || prev.pos === "NOUN" || prev.pos === "PRON") &&
        !!next &&
        (VERB_PARTICLES.has(next.lower) || object);
      if (PERFECT_OR_PASSIVE.has(prev.lower) || afterSubject) {
        t.pos = "VERB";
      }
    }
    if (
      t.pos === "VERB" &&
      prev.pos === "VERB" &&
      HAVE_FORMS.has(prev.lower) &&
      (t.lower.endsWith("ed") || PARTICIPLES.has(t.lower))
    )
      prev.pos = "AUX";
    // "a deliberate and prepared provocation": an -ed form joined by "and" to an adjective after an
    // article, before its noun, is an adjective too.
    const noun = tokens[i + 1];
    if (
      t.pos === "VERB" &&
      t.lower.endsWith("ed") &&
      prev.lower === "and" &&
      tokens[i - 2]?.pos === "ADJ" &&
      ARTICLES.has(tokens[i - 3]?.lower ?? "") &&
      noun?.pos === "NOUN" &&
      noun.sentence === t.sentence
    )
      t.pos = "ADJ";
  }
}

const ARTICLES = new Set(["a", "an", "the"]);

/**
 * Bare tokenisation with POS tags, for measuring the tokenizer's own throughput: wink with its
 * default pipe ("default", the tokenizer as shipped), or with only the sentence and POS steps the
 * annotation engine runs ("tagger", the stricter reference).
 */
export function tokenizeOnly(text: string, pipe: "default" | "tagger" = "default"): number {
  const nlp = pipe === "tagger" ? engine() : fullEngine();
  const doc = nlp.readDoc(text);
  return (doc.tokens().out(nlp.its.pos) as string[]).length;
}
