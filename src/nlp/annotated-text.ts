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
