import { describe, expect, it } from "vitest";
import { loadResources } from "../src/coding/index.js";
import {
  annotate,
  composePhrases,
  documentCountries,
  fillAgentCountries,
  findRawMentions,
} from "../src/nlp/index.js";

function actors(text: string, date = "2024-10-28"): string[] {
  const res = loadResources();
  const at = annotate(text);
  const raw = findRawMentions(at, res.actors, date);
  const ctx = { index: res.actors, date, countries: documentCountries(raw) };
  const phrases = composePhrases(at, raw, ctx);
  fillAgentCountries(phrases, ctx);
  return phrases.filter((p) => !p.modifierOnly).map((p) => `${p.text}=${p.code}`);
}

describe("actor resolution", () => {
  it.each([
    ["North Korean troops arrived.", "North Korean troops=PRKMIL"],
    ["North Korea's foreign minister spoke.", "North Korea's foreign minister=PRKGOV"],
    ["Ukraine's General Intelligence Service said so.", "Ukraine's General Intelligence Service=UKRSPY"],
    ["Ukrainian forces advanced.", "Ukrainian forces=UKRMIL"],
    ["Russian President Vladimir Putin spoke.", "Russian President Vladimir Putin=RUSGOV"],
    ["Moscow rejected the plan.", "Moscow=RUSGOV"],
    ["Kyiv welcomed the decision.", "Kyiv=UKRGOV"],
    ["Pyongyang fired a missile.", "Pyongyang=PRKGOV"],
    ["Seoul protested.", "Seoul=KORGOV"],
    ["the Korea Central News Agency reported", "Korea Central News Agency=PRKMED"],
    ["The United Nations condemned it.", "The United Nations=IGOUNO"],
    // Children are civilians (as in the Phoenix agents dictionary).
    ["Three Syrian children were wounded.", "Syrian children=SYRCVL"],
  ])("%s → %s", (text, expected) => {
    expect(actors(text)).toContain(expected);
  });

  it("reads where people are from as their country, but not where forces or envoys came from", () => {
    expect(actors("Exiled dissidents from military-ruled Myanmar met the envoy.")).toContain(
      "dissidents from military-ruled Myanmar=MMROPP",
    );
    expect(actors("Refugees from Syria protested.")).toContain("Refugees from Syria=SYRREF");
    expect(actors("Italy withdrew its troops from Libya.").join(" ")).not.toContain("LBYMIL");
    expect(actors("Spain recalled its ambassador from Caracas.").join(" ")).not.toContain("VENGOV");
  });

  it("names no actor with an agent noun inside a hyphenated participle", () => {
    expect(actors("The army-backed government arrested opposition leaders.").join(" ")).not.toContain("MIL");
  });

  it("reads a country adjective on a place after 'in' as where an agent is, not whose it is", () => {
    expect(actors("A strike hit its embassy in the Syrian capital.")).not.toContain(
      "embassy in the Syrian=SYRGOV",
    );
    expect(actors("A court in Guyana ruled.")).toContain("court in Guyana=GUYJUD");
  });

  it("reads social media as a channel, not the press", () => {
    expect(actors("Trump wrote on social media that Russia must stop.", "2025-09-11")).toEqual([
      "Trump=USAGOV",
      "Russia=RUS",
    ]);
    expect(actors("State media said so.")).toContain("State media=---MED");
  });

  it("dates offices: Trump is a candidate (USA) in October 2024 and the government in 2025", () => {
    expect(actors("Donald Trump spoke.", "2024-10-28")).toContain("Donald Trump=USA");
    expect(actors("Donald Trump spoke.", "2025-03-01")).toContain("Donald Trump=USAGOV");
  });

  it("names someone by the office they left up to two weeks before the story, not later", () => {
    expect(actors("Ismail Haniyeh was killed.", "2024-08-01")).toContain("Ismail Haniyeh=PSEREBHMS");
    expect(actors("Ismail Haniyeh was killed.", "2024-09-01")).toContain("Ismail Haniyeh=PSE");
  });

  it("codes a former office holder named with the office as an elite out of office (ELI)", () => {
    expect(actors("Former Philippine President Rodrigo Duterte spoke.", "2025-03-12")).toContain(
      "Philippine President Rodrigo Duterte=PHLELI",
    );
    expect(actors("Philippine President Rodrigo Duterte spoke.", "2025-03-12")).toContain(
      "Philippine President Rodrigo Duterte=PHLGOV",
    );
  });

  it("reads a surname alone as the person the story named in full with it, not a namesake in office", () => {
    const text = "Former Philippine President Rodrigo Duterte was arrested. Duterte protested.";
    expect(actors(text, "2025-03-12")).toContain("Duterte=PHLELI");
    // Without the full name first, the surname is the one in office (Sara Duterte, vice-president).
    expect(actors("Philippine officials spoke. Duterte protested.", "2025-03-12")).toContain(
      "Duterte=PHLGOV",
    );
  });

  it("gives a person's possessive agent the person's country, the sentence's first person before the nearest", () => {
    const text =
      "President Mahamat Idriss Déby met President Vladimir Putin in January. In April his government expelled them.";
    expect(actors(text, "2024-11-29")).toContain("government=TCDGOV");
  });

  it("gives an agent after 'its' the country of the state or body that possesses it", () => {
    const text =
      "Rwanda's army crossed the border. On Monday, its government blamed Kinshasa for the crisis.";
    expect(actors(text, "2025-01-28")).toContain("government=RWAGOV");
  });

  it("prefers an organisation to the short name of someone not yet in office", () => {
    expect(actors("Wagner fighters seized Rostov.", "2023-06-25")).toContain("Wagner fighters=RUSMIL");
  });

  it("reads 'the North' as North Korea only when Korea is in context", () => {
    expect(actors("South Korea said the North had fired a missile.")).toContain("the North=PRK");
    expect(actors("Fighting in the North continued.")).toEqual([]);
  });

  it("gives an agent without a country the country of the sentence", () => {
    expect(actors("Russia said the lower house of parliament ratified it.")).toContain(
      "lower house of parliament=RUSLEG",
    );
  });

  it("reads no 'the West' at the start of a longer name ('the West Papua National Liberation Army')", () => {
    const found = actors("The West Papua National Liberation Army freed the pilot.", "2024-09-22");
    expect(found.some((a) => a.includes("WST"))).toBe(false);
  });

  it("reads no known surname inside a longer name ('Major General Ahmed al-Assiri' is not Abiy Ahmed)", () => {
    const found = actors("King Salman dismissed Major General Ahmed al-Assiri.", "2018-10-22");
    expect(found.some((a) => a.endsWith("ETHGOV"))).toBe(false);
  });

  it.each([
    ["Military aid was discussed."],
    ["The intelligence reports were leaked."],
    ["The weather was mild on Tuesday."],
  ])("finds no actor in %s", (text) => {
    expect(actors(text)).toEqual([]);
  });
});
