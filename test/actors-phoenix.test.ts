import { describe, expect, it } from "vitest";
import { loadResources } from "../src/coding/index.js";
import {
  annotate,
  composePhrases,
  documentCountries,
  fillAgentCountries,
  findRawMentions,
} from "../src/nlp/index.js";

/** "text=CODE" for every actor phrase of `text` published on `date`. */
function actors(text: string, date: string): string[] {
  const res = loadResources();
  const at = annotate(text);
  const raw = findRawMentions(at, res.actors, date);
  const ctx = { index: res.actors, date, countries: documentCountries(raw) };
  const phrases = composePhrases(at, raw, ctx);
  fillAgentCountries(phrases, ctx);
  return phrases.filter((p) => !p.modifierOnly).map((p) => `${p.text}=${p.code}`);
}

describe("older office holders from people-phoenix.json", () => {
  it.each([
    ["Secretary-General Kofi Annan urged restraint.", "2005-03-01", "Secretary-General Kofi Annan=IGOUNO"],
    ["Boutros Boutros-Ghali visited Somalia.", "1993-05-01", "Boutros Boutros-Ghali=IGOUNO"],
    ["Jacques Chirac met the press.", "2000-06-01", "Jacques Chirac=FRAGOV"],
    ["Laurent Gbagbo addressed the nation.", "2004-11-10", "Laurent Gbagbo=CIVGOV"],
    ["Ehud Barak met Yasser Arafat.", "2000-07-15", "Ehud Barak=ISRGOV"],
    ["Levy Mwanawasa opened parliament.", "2006-01-20", "Levy Mwanawasa=ZMBGOV"],
    ["Askar Akayev dissolved the government.", "2002-05-01", "Askar Akayev=KGZGOV"],
    ["Olusegun Obasanjo flew to Abuja.", "2003-02-01", "Olusegun Obasanjo=NGAGOV"],
  ])("%s (%s) → %s", (text, date, expected) => {
    expect(actors(text, date)).toContain(expected);
  });

  it("gives no role outside the dated offices (Annan in 2024, Chirac in 2010)", () => {
    expect(actors("Kofi Annan spoke.", "2024-05-01")).toEqual(["Kofi Annan=---"]);
    expect(actors("Jacques Chirac spoke.", "2010-05-01")).toEqual(["Jacques Chirac=FRA"]);
  });

  it("lets a title decide when the named person held no office on the date", () => {
    expect(actors("French President Jacques Chirac spoke.", "2010-05-01")).toEqual([
      "French President Jacques Chirac=FRAGOV",
    ]);
  });

  it("resolves the surname alone once the full name (and so France) is in the story", () => {
    const found = actors("Jacques Chirac arrived in Berlin. Chirac said the talks went well.", "2000-06-01");
    expect(found).toContain("Chirac=FRAGOV");
    expect(actors("Chirac said the talks went well.", "2000-06-01")).toEqual([]);
  });

  it("knows an office holder by surname after a title, only while in office", () => {
    expect(actors("President Bush met the press.", "2008-08-02")).toContain("President Bush=USAGOV");
    expect(actors("President Bush met the press.", "2015-08-02").join(" ")).not.toMatch(/USAGOV/);
  });

  it("never turns a surname that is an ordinary word into a person", () => {
    // Juhan Parts was Estonia's prime minister; "Parts" must stay a noun even with Estonia in the story.
    expect(actors("Parts of Estonia were flooded.", "2004-06-01").join(" ")).not.toMatch(/Parts=/);
  });
});
