/**
 * The founding editorial (../shared/seed): the items the analyze issue asks for. The pipeline has
 * no special case for this text; the same mechanisms are exercised on unseen sentences in
 * event-coder.test.ts and on the example articles in golden.test.ts.
 */
import { describe, expect, it } from "vitest";
import { readArticle } from "../src/ingest/index.js";
import type { EventRecord, Extraction } from "../src/knowledge/index.js";
import { NON_FACTUAL } from "../src/knowledge/index.js";
import { analyzeText, readSeed, SEED, sharedAvailable } from "./helpers.js";

const run = sharedAvailable("the founding editorial test");
const x: Extraction | null = run ? analyzeText(readSeed(), "2024-10-28") : null;

function find(pred: (e: EventRecord) => boolean): EventRecord[] {
  return (x?.events ?? []).filter(pred);
}

const inSentence = (words: string) => (e: EventRecord) => e.sentence.text.includes(words);
const root = (e: EventRecord) => e.code.slice(0, 2);

describe.runIf(run)("founding editorial", () => {
  it("reads the publication date from the dateline", async () => {
    const article = await readArticle(SEED);
    expect(article.published).toBe("2024-10-28");
  });

  it("codes North Korean troops deployed to Russia (Kursk), reported by Ukraine's intelligence", () => {
    const [e] = find(inSentence("spotted in the Kursk region"));
    expect(e).toMatchObject({
      source: "PRKMIL",
      target: "RUS",
      modality: "reported",
      attributed_to: "UKRSPY",
    });
    expect(root(e as EventRecord)).toBe("07");
    expect(e?.place?.country).toBe("RUS");
    expect(e?.place?.name).toMatch(/Kursk/);
  });

  it("dates the foreign minister's de facto acknowledgement to Friday 2024-10-25", () => {
    const [e] = find(inSentence("North Korea's foreign minister said on Friday"));
    expect(e).toMatchObject({
      source: "PRKMIL",
      target: "RUS",
      modality: "acknowledged",
      attributed_to: "PRKGOV",
    });
    expect(e?.statement_date?.value).toBe("2024-10-25");
  });

  it("codes Putin's indirect acknowledgement, attributed to the Russian government", () => {
    const [e] = find(inSentence("Putin had also indirectly acknowledged the move"));
    expect(e).toMatchObject({
      source: "PRKMIL",
      target: "RUS",
      modality: "acknowledged",
      attributed_to: "RUSGOV",
    });
  });

  it("codes the lower house's ratification and the treaty's Article 4 commitment", () => {
    const [e] = find((ev) => ev.source === "RUSLEG");
    expect(e).toMatchObject({ target: "PRK", modality: "asserted" });
    expect(root(e as EventRecord)).toBe("05");
    const ratified = x?.commitments.find((c) => c.status === "ratified");
    expect(ratified?.status_by).toBe("RUSLEG");
    expect(ratified?.parties.sort()).toEqual(["PRK", "RUS"]);
    const article4 = x?.commitments.find((c) => c.article === "Article 4");
    expect(article4?.obligation).toBe("mutual military assistance in case of war");
    expect(article4?.parties.sort()).toEqual(["PRK", "RUS"]);
  });

  it("codes Ukraine's August attack in Kursk", () => {
    const attacks = find((ev) => ev.source === "UKRMIL" && root(ev) === "19");
    expect(attacks.length).toBeGreaterThanOrEqual(1);
    for (const a of attacks) {
      expect(a).toMatchObject({ target: "RUS", modality: "asserted", attributed_to: null });
      expect(a.date?.value).toBe("2024-08");
      expect(a.place?.name).toMatch(/Kursk/);
    }
  });

  it("resolves the 5 November election and its stated 50-50 probability", () => {
    expect(x?.times.map((t) => t.value)).toContain("2024-11-05");
    const p = x?.probabilities.find((q) => q.text.startsWith("50-50"));
    expect(p?.probability).toBe(0.5);
    expect(p?.about).toMatch(/Trump.*winning the election/);
  });

  it("keeps the conditional chain conditional: Trump's vow, the aid halt, Kyiv's recognition", () => {
    const [vow] = find((ev) => ev.sentence.text.includes("has vowed") && ev.source === "USA");
    expect(vow).toMatchObject({ target: "UKR", modality: "vowed" });
    expect(root(vow as EventRecord)).toBe("03");
    const chain = find(inSentence("his solution to ending the war would be"));
    const halt = chain.find((ev) => root(ev) === "16");
    expect(halt?.source?.startsWith("USA")).toBe(true);
    expect(NON_FACTUAL.has(halt?.modality ?? "asserted")).toBe(true);
    const kyiv = chain.find((ev) => ev.source === "UKRGOV");
    expect(NON_FACTUAL.has(kyiv?.modality ?? "asserted")).toBe(true);
  });

  it("codes the Kim regime sending troops and weapons to Russia", () => {
    const events = find(inSentence("The Kim regime's ruthlessness"));
    expect(events.filter((e) => e.source === "PRKGOV" && e.target === "RUS" && root(e) === "07").length).toBe(
      2,
    );
  });

  it("never reports a Trump presidency in October 2024 as the US government", () => {
    expect(x?.events.some((e) => e.source === "USAGOV" || e.target === "USAGOV")).toBe(false);
  });
});
