/**
 * annotate() takes short cuts for speed (lemmas remembered per word and tag): its tokens must
 * stay exactly what wink-nlp's own outputs give, on first sight of a word and on later ones.
 */

import { describe, expect, it } from "vitest";
import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
import { exampleArticles } from "../src/cli/demo-command.js";
import { annotate } from "../src/nlp/index.js";

const nlp = winkNLP(model);

/** Lemmas as wink gives them for the whole document, lower-cased as annotate() stores them. */
function winkLemmas(text: string): string[] {
  const doc = nlp.readDoc(text);
  const lower = doc.tokens().out(nlp.its.value) as string[];
  // biome-ignore lint/suspicious/noExplicitAny: wink types its.lemma with a narrower signature than out() accepts
  const lemmas = doc.tokens().out(nlp.its.lemma as any) as (string | undefined)[];
  return lemmas.map((l, i) => (l == null ? (lower[i] ?? "").toLowerCase() : l.toLowerCase()));
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
        expect(annotate(text).tokens.map((t) => t.lemma)).toEqual(winkLemmas(text));
      }
    }
  });
});
