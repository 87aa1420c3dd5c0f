/** Output of the NLP stage: the text with sentences and tokens, all with character offsets. */

/** Universal POS tags as produced by wink-nlp's English model. */
export type Pos =
  | "ADJ"
  | "ADP"
  | "ADV"
  | "AUX"
  | "CCONJ"
  | "DET"
  | "INTJ"
  | "NOUN"
  | "NUM"
  | "PART"
  | "PRON"
  | "PROPN"
  | "PUNCT"
  | "SCONJ"
  | "SYM"
  | "VERB"
  | "X"
  | "SPACE";

export interface Token {
  /** Index in the document's token array. */
  i: number;
  start: number;
  end: number;
  text: string;
  /** Lower-cased text. */
  lower: string;
  lemma: string;
  pos: Pos;
  sentence: number;
  /** wordHash of lower and of lemma (src/nlp/word-hash.ts), kept on the token for the dictionaries' bitmaps. */
  lowerHash: number;
  lemmaHash: number;
  /** The record every token of this word (read with the same tag) shares; see WordForm. */
  form: WordForm;
}

/**
 * What the tokens of one word share, made once per word by the annotator (a word of a contraction
 * has one of its own): its lower-cased form and lemma with their hashes (copied onto each token),
 * and slots where the actor matcher and the verb lexicon remember what they found for the word, so
 * a story's repeated words are looked up once per process instead of once per token.
 */
export interface WordForm {
  readonly lower: string;
  readonly lemma: string;
  /** wordHash of lower and of lemma (src/nlp/word-hash.ts). */
  readonly lowerHash: number;
  readonly lemmaHash: number;
  /** The actor matcher's memo: the index it last looked the word up in (null: never), and the answer. */
  actorIndex: object | null;
  actorStep: unknown;
  /** The verb lexicon's memo, alike: the lexicon that last gave the word's patterns (null: never), and them. */
  verbLexicon: object | null;
  verbPatterns: unknown;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** First token index (inclusive) and last (exclusive). */
  tokenStart: number;
  tokenEnd: number;
  text: string;
}

export interface AnnotatedText {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}
