import { FUNCTION_WORDS } from "./function-words.js";

/** A language guess: an ISO 639-1 code or "und" (undetermined), and a confidence in [0, 1]. */
export interface LanguageGuess {
  language: string;
  confidence: number;
}

/** Scripts that identify a language (or a default language for the script) on their own. */
const SCRIPT_LANGUAGES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\p{Script=Cyrillic}/gu, "ru"],
  [/\p{Script=Greek}/gu, "el"],
  [/\p{Script=Arabic}/gu, "ar"],
  [/\p{Script=Hebrew}/gu, "he"],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, "ja"],
  [/\p{Script=Han}/gu, "zh"],
  [/\p{Script=Hangul}/gu, "ko"],
  [/\p{Script=Devanagari}/gu, "hi"],
  [/\p{Script=Thai}/gu, "th"],
  [/\p{Script=Armenian}/gu, "hy"],
  [/\p{Script=Georgian}/gu, "ka"],
];

const FUNCTION_WORD_SETS: ReadonlyArray<readonly [string, ReadonlySet<string>]> = Object.entries(
  FUNCTION_WORDS,
).map(([language, words]) => [language, new Set(words)] as const);

/** Below this share of function words a Latin-script text is "und". */
const MIN_FUNCTION_WORD_SHARE = 0.08;
/** Texts shorter than this many words get proportionally lower confidence. */
const FULL_CONFIDENCE_WORDS = 20;
/** Only the start of long texts is looked at. */
export const LANGUAGE_SAMPLE_CHARS = 20_000;

const LETTER = /\p{L}/gu;
const LATIN_LETTER = /\p{Script=Latin}/gu;
const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{M}]+/gu;

/** Lower-cased words; each Han or kana character counts as one word. */
function words(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []) as string[];
}

/**
 * Number of words in a text, as `detectLanguage` counts them (each Han or kana character
 * is a word, since those scripts do not separate words with spaces).
 */
export function countWords(text: string): number {
  return words(text).length;
}

function countMatches(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

/** The language of a non-Latin script that makes up most of the letters, if any. */
function scriptLanguage(sample: string, letters: number): LanguageGuess | null {
  if (countMatches(sample, LATIN_LETTER) * 2 >= letters) return null;
  let best: string | null = null;
  let bestCount = 0;
  for (const [re, language] of SCRIPT_LANGUAGES) {
    const count = countMatches(sample, re);
    if (count > bestCount) [best, bestCount] = [language, count];
  }
  if (best === null) return null;
  // Kana next to Han means Japanese, whatever the Han count.
  if (best === "zh" && /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(sample)) best = "ja";
  if (best === "ru" && /[іїєґ]/iu.test(sample)) best = "uk";
  return { language: best, confidence: round(Math.min(1, bestCount / letters)) };
}

/** Share of tokens in each language's function-word list, best first. */
function functionWordShares(tokens: readonly string[]): Array<[string, number]> {
  const shares = FUNCTION_WORD_SETS.map(([language, set]): [string, number] => {
    const hits = tokens.reduce((n, t) => (set.has(t) ? n + 1 : n), 0);
    return [language, tokens.length === 0 ? 0 : hits / tokens.length];
  });
  return shares.sort((a, b) => b[1] - a[1]);
}

function latinLanguage(tokens: readonly string[]): LanguageGuess {
  const [best, second] = functionWordShares(tokens);
  if (!best || best[1] < MIN_FUNCTION_WORD_SHARE) return { language: "und", confidence: 0 };
  const margin = (best[1] - (second?.[1] ?? 0)) / best[1];
  const lengthFactor = Math.min(1, tokens.length / FULL_CONFIDENCE_WORDS);
  return { language: best[0], confidence: round(margin * lengthFactor) };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * Guesses the language of a text, cheaply: a non-Latin script that makes up most of the
 * letters decides on its own (Cyrillic → "ru", or "uk" with Ukrainian letters; Han → "zh",
 * with kana → "ja"; …); otherwise the language whose function words ("the", "of", "le",
 * "der", …) make up the largest share of the words wins (en, fr, de, es, it, pt, nl).
 * Confidence is the winner's margin over the runner-up, scaled down for texts under 20
 * words. "und" when too few function words are present to tell.
 *
 * @example
 * detectLanguage("The minister said that the talks would resume in the spring.").language // "en"
 */
export function detectLanguage(text: string): LanguageGuess {
  const sample = text.slice(0, LANGUAGE_SAMPLE_CHARS);
  const letters = countMatches(sample, LETTER);
  if (letters === 0) return { language: "und", confidence: 0 };
  return scriptLanguage(sample, letters) ?? latinLanguage(words(sample));
}
