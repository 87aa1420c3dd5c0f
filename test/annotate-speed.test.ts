/**
 * annotate() takes short cuts for speed (lemmas remembered per word and tag): its tokens must
 * stay exactly what wink-nlp's own outputs give, on first sight of a word and on later ones, for the
 * text as annotate() has wink read it (extended Latin letters folded) and with a possessive wink read
 * as one word split as annotate() splits it.
 */

import { describe, expect, it } from "vitest";
import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
import { exampleArticles } from "../src/cli/demo-command.js";
import { annotate } from "../src/nlp/index.js";
import { foldLetters } from "../src/nlp/letter-fold.js";
import { IRREGULAR_PASTS } from "../src/nlp/tokenizer.js";

const nlp = winkNLP(model);

/** wink's tokens of a text as annotate() has it read them: value, part of speech, lemma, preceding spaces. */
function winkTokens(text: string) {
  const doc = nlp.readDoc(foldLetters(text));
  const values = doc.tokens().out(nlp.its.value) as string[];
  const pos = doc.tokens().out(nlp.its.pos) as string[];
  // biome-ignore lint/suspicious/noExplicitAny: wink types its.lemma with a narrower signature than out() accepts
  const lemmas = doc.tokens().out(nlp.its.lemma as any) as (string | undefined)[];
  const spaces = doc.tokens().out(nlp.its.precedingSpaces) as string[];
  return values.map((value, i) => ({ value, pos: pos[i], lemma: lemmas[i], spaces: spaces[i] ?? "" }));
}

/** "Chile's" read as one word: a name or noun, four characters or more, ending in 's or ’s. */
const fused = (t: { value: string; pos: string | undefined }) =>
  t.value.length >= 4 && (t.pos === "PROPN" || t.pos === "NOUN") && /['\u2019][sS]$/.test(t.value);

/** Lemmas as wink gives them for the whole document, lower-cased as annotate() stores them. */
function winkLemmas(text: string): string[] {
  return winkTokens(text).flatMap((t) =>
    fused(t)
      ? [t.value.slice(0, -2).toLowerCase(), "'s"]
      : [t.lemma == null ? t.value.toLowerCase() : t.lemma.toLowerCase()],
  );
}

const TEXTS = [
  "Russia can't and won't ratify it; they're saying he'd go. Kyiv's troops aren't leaving.",
  "The talks were held. Talks held in Doha failed, and the ministers' meeting was put off.",
  ...exampleArticles().map(({ data }) => data.text),
];

describe("annotate lemmas", () => {
  it("equal wink's lemmas on first and repeated reading", () => {
    for (let round = 0; round < 2; round++) {
      for (const text of TEXTS) {
        // (Save the irregular pasts annotate() retags as verbs, with their verb's lemma: "retook".)
        const tokens = annotate(text).tokens;
        const expected = winkLemmas(text).map((lemma, i) => {
          const t = tokens[i];
          return t && t.pos === "VERB" && IRREGULAR_PASTS.get(t.lower) === t.lemma ? t.lemma : lemma;
        });
        expect(tokens.map((t) => t.lemma)).toEqual(expected);
      }
    }
  });
});

/**
 * Token offsets as wink's own preceding spaces give them (the way annotate() found them before it
 * skipped plain spaces by itself): each token starts after its spaces, or at its next occurrence.
 */
function winkOffsets(text: string): [number, number][] {
  const read = foldLetters(text);
  const out: [number, number][] = [];
  let offset = 0;
  for (const t of winkTokens(text)) {
    const value = t.value;
    offset += t.spaces.length;
    const found = value !== "" && read.startsWith(value, offset) ? offset : read.indexOf(value, offset);
    const start = found >= 0 ? found : offset;
    offset = start + value.length;
    if (fused(t)) out.push([start, offset - 2], [offset - 2, offset]);
    else out.push([start, offset]);
  }
  return out;
}

describe("annotate offsets", () => {
  it("equal those from wink's preceding spaces, with no-break and other spaces too", () => {
    const odd = [
      "  Two  leading spaces,\u00a0a no-break space\u2009and a thin one.\tA tab.\n\n\nThree lines,   three spaces.",
      "Kyiv\u00a0\u00a0said it. \u202fNarrow no-break.  Can't  won't \u00a0 y'all.",
    ];
    for (const text of [...odd, ...TEXTS]) {
      expect(annotate(text).tokens.map((t) => [t.start, t.end])).toEqual(winkOffsets(text));
    }
  });
});
