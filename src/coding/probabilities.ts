/**
 * Stated probabilities: "a 50-50 chance", "a 70% probability", "one in three", and words of
 * estimative probability ("likely", "almost certain") mapped with the ICD 203 bands.
 */
import { type AnnotatedText, parseNumber, type Sentence } from "../nlp/index.js";

export interface EstimativeTerm {
  words: string[];
  range: [number, number];
}

export interface EstimativeTable {
  terms: EstimativeTerm[];
}

export interface ProbabilityMention {
  sentence: number;
  start: number;
  end: number;
  text: string;
  probability: number;
  range: [number, number] | null;
  scale: "numeric" | "odds" | "icd203";
  about: string;
  rule: string;
}

const CHANCE = "(?:chance|chances|probability|likelihood|odds|risk|possibility)";
const PERCENT = new RegExp(`\\b(\\d{1,3}(?:\\.\\d+)?)\\s*(?:%|percent|per cent)\\s+${CHANCE}\\b`, "gi");
const ONE_IN =
  /\b(one|a|\d+)[- ]in[- ](two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:chance|odds|probability)\b/gi;

/**
 * Pre-checks on the whole text: a sentence's text is part of the document's, so no sentence can
 * match PERCENT or ONE_IN unless the document holds these looser forms.
 */
const PERCENT_ANYWHERE = new RegExp(`(?:%|percent|per cent)\\s+${CHANCE}`, "i");
const ONE_IN_ANYWHERE = /in[- ][a-z0-9]+\s+(?:chance|odds|probability)/i;

/** The estimative alternation without its word-boundary look-arounds: a looser document pre-check. */
const looseForms = new WeakMap<RegExp, RegExp | null>();

/** The loose form of an estimative expression (global), or null for an expression of another shape. */
function looseForm(re: RegExp): RegExp | null {
  let loose = looseForms.get(re);
  if (loose === undefined) {
    const m = /^\(\?<!\[\\w-\]\)(\(.*\))\(\?!\[\\w-\]\)$/s.exec(re.source);
    // An expression of another shape: no pre-check (its own scan decides).
    loose = m?.[1] ? new RegExp(m[1], "gi") : null;
    looseForms.set(re, loose);
  }
  return loose;
}

/**
 * The sentences the estimative scan must read: those a match of the loose form, scanned once over
 * the whole text, overlaps (null: none). A strict match in a sentence is a loose match at the same
 * place, so the document scan finds it or an earlier match that runs over it: either overlaps the
 * sentence. Most sentences of a document that says "likely" once are not read again.
 */
function looseSentences(loose: RegExp, at: AnnotatedText): Uint8Array | null {
  let marks: Uint8Array | null = null;
  let k = 0;
  for (let m = execFirst(loose, at.text); m !== null; m = execNext(loose, at.text)) {
    const a = m.index;
    const b = a + m[0].length;
    // Sentences are in text order: skip those ending at or before the match.
    while (k < at.sentences.length && sentenceEnd(at.sentences[k] as Sentence) <= a) k++;
    for (let j = k; j < at.sentences.length && (at.sentences[j] as Sentence).start < b; j++) {
      marks ??= new Uint8Array(at.sentences.length);
      marks[j] = 1;
    }
  }
  return marks;
}

/** Where the sentence's text (what its scans read) ends in the document. */
function sentenceEnd(s: Sentence): number {
  return s.start + s.text.length;
}

/**
 * The first, then the next match of a global expression in text, as matchAll steps through them
 * without cloning the expression: an empty match moves on by one code unit. (A plain loop over
 * these, not a generator: every sentence of most documents is scanned.)
 */
function execFirst(re: RegExp, text: string): RegExpExecArray | null {
  re.lastIndex = 0;
  return execNext(re, text);
}

function execNext(re: RegExp, text: string): RegExpExecArray | null {
  const m = re.exec(text);
  if (m !== null && m[0] === "") re.lastIndex++;
  return m;
}

/** Does [a, b) overlap a span already taken? */
function overlapsTaken(taken: readonly [number, number][], a: number, b: number): boolean {
  for (const [x, y] of taken) if (a < y && b > x) return true;
  return false;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}

/** Compile the estimative table to one alternation, longest phrases first. */
export function compileEstimative(table: EstimativeTable): {
  re: RegExp;
  ranges: Map<string, [number, number]>;
} {
  const ranges = new Map<string, [number, number]>();
  for (const t of table.terms) for (const w of t.words) ranges.set(w.toLowerCase(), t.range);
  const words = [...ranges.keys()].sort((a, b) => b.length - a.length).map(escapeRegex);
  return { re: new RegExp(`(?<![\\w-])(${words.join("|")})(?![\\w-])`, "gi"), ranges };
}

/** What a probability is about: the rest of its clause, without the probability words. */
function aboutText(sentence: string, start: number, end: number): string {
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  // "Trump having a 50-50 chance of winning the election" → "Trump … winning the election"
  const subject = (before.match(
    /([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)\s+(?:having|has|had|have|is|are|was|were|stands?|gives?)\s+(?:a|an|the)?\s*$/,
  ) ?? [])[1];
  const complement = (after.match(/^\s*(?:of|that|to|for)\s+([^,;.]+)/) ?? [])[1];
  const subj = subject?.replace(
    /^(?:With|As|While|Given|After|Before|If|Since|Despite|Though|Although)\s+/,
    "",
  );
  if (complement) return [subj, complement].filter(Boolean).join(" ").trim();
  // "X is likely to Y" / "it is likely that Y"
  const clause = before.split(/[,;:]/).at(-1) ?? "";
  const tail = after.split(/[,;.]/)[0] ?? "";
  return `${clause.replace(/\b(is|are|was|were|be|it|remains?|seems?)\b/gi, "").trim()} ${tail.replace(/^\s*(to|that)\s+/, "")}`
    .replace(/\s+/g, " ")
    .trim();
}

function mention(
  s: Sentence,
  localStart: number,
  text: string,
  probability: number,
  range: [number, number] | null,
  scale: ProbabilityMention["scale"],
  rule: string,
): ProbabilityMention {
  const localEnd = localStart + text.length;
  return {
    sentence: s.index,
    start: s.start + localStart,
    end: s.start + localEnd,
    text,
    probability: Math.round(probability * 1000) / 1000,
    range,
    scale,
    about: aboutText(s.text, localStart, localEnd),
    rule,
  };
}

/**
 * Find stated probabilities sentence by sentence.
 * @example findProbabilities(annotate("He has a 70% chance of winning."), table)[0].probability // 0.7
 */
export function findProbabilities(
  at: AnnotatedText,
  table: ReturnType<typeof compileEstimative>,
): ProbabilityMention[] {
  const out: ProbabilityMention[] = [];
  const percent = PERCENT_ANYWHERE.test(at.text);
  const oneIn = ONE_IN_ANYWHERE.test(at.text);
  const loose = looseForm(table.re);
  // null: every sentence (an expression without a loose form), else the marked ones.
  const marks = loose === null ? null : looseSentences(loose, at);
  const estimative = loose === null || marks !== null;
  if (!percent && !oneIn && !estimative) return out;
  let k = -1;
  for (const s of at.sentences) {
    k++;
    const scan = estimative && (marks === null || marks[k] === 1);
    if (!percent && !oneIn && !scan) continue;
    const taken: [number, number][] = [];
    if (percent)
      for (let m = execFirst(PERCENT, s.text); m !== null; m = execNext(PERCENT, s.text)) {
        const p = Number(m[1]) / 100;
        if (p > 1) continue;
        out.push(mention(s, m.index, m[0], p, null, "numeric", "prob.percent"));
        taken.push([m.index, m.index + m[0].length]);
      }
    if (oneIn)
      for (let m = execFirst(ONE_IN, s.text); m !== null; m = execNext(ONE_IN, s.text)) {
        const a = m[1]?.toLowerCase() ?? "1";
        const b = m[2]?.toLowerCase() ?? "1";
        const num = parseNumber(a) ?? Number.NaN;
        const den = parseNumber(b) ?? Number.NaN;
        if (!(num > 0 && den >= num)) continue;
        out.push(mention(s, m.index, m[0], num / den, null, "odds", "prob.one-in-n"));
        taken.push([m.index, m.index + m[0].length]);
      }
    if (!scan) continue;
    for (let m = execFirst(table.re, s.text); m !== null; m = execNext(table.re, s.text)) {
      const start = m.index ?? 0;
      const word = m[1] ?? "";
      if (overlapsTaken(taken, start, start + word.length)) continue;
      const range = table.ranges.get(word.toLowerCase());
      if (!range) continue;
      const full = extendWithNoun(s.text, start, word);
      out.push(
        mention(
          s,
          start,
          full,
          (range[0] + range[1]) / 2,
          range,
          "icd203",
          `prob.icd203.${word.toLowerCase()}`,
        ),
      );
      taken.push([start, start + full.length]);
    }
  }
  return out;
}

/** "50-50" → "50-50 chance" when a chance noun follows. */
function extendWithNoun(text: string, start: number, word: string): string {
  const rest = text.slice(start + word.length);
  const m = rest.match(new RegExp(`^\\s+${CHANCE}\\b`, "i"));
  return m ? word + m[0] : word;
}
