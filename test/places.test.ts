import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { decodeGazetteer, encodeGazetteer } from "../src/nlp/places/gazetteer-codec.js";
import { findPlaces, geocode, loadGazetteer, type PlaceMatch } from "../src/nlp/places/index.js";
import { normaliseKey } from "../src/nlp/places/text-normalise.js";
import { analyzeText } from "./helpers.js";

function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

function surfaces(text: string, matches: readonly PlaceMatch[]): string[] {
  return matches.map((m) => text.slice(m.start, m.end));
}

beforeAll(() => {
  loadGazetteer();
}, 120_000);

describe("normaliseKey", () => {
  it.each([
    ["Kramators’k", "kramatorsk"],
    ["Tel Aviv-Yafo", "tel aviv yafo"],
    ["Khān Yūnis", "khan yunis"],
    ["St. Louis", "st louis"],
    ["Washington, D.C.", "washington dc"],
  ])("%s → %s", (name, key) => {
    expect(normaliseKey(name)).toBe(key);
  });
});

describe("geocode", () => {
  it("puts the Kursk region in Russia near (51.7, 36.2)", () => {
    for (const name of ["Kursk region", "Kursk oblast", "Kursk Oblast", "the Kursk front"]) {
      const place = geocode(name);
      expect(place?.country, name).toBe("RUS");
      expect(place?.feature, name).toBe("admin1");
      expect(km(place ?? { lat: 0, lon: 0 }, { lat: 51.7, lon: 36.2 }), name).toBeLessThan(60);
    }
  });

  it.each(["Kyiv", "Kiev", "Kharkov", "Odesa", "Zaporizhzhia"])("%s is in Ukraine", (name) => {
    expect(geocode(name)?.country).toBe("UKR");
  });

  it("follows the context countries for Georgia", () => {
    expect(geocode("Georgia", { countries: ["GEO", "RUS"] })?.feature).toBe("country");
    expect(geocode("Georgia")?.country).toBe("GEO");
  });

  it("reads 'X, Y' as a place inside a division", () => {
    const portland = geocode("Portland, Maine");
    expect(portland?.admin1).toBe("Maine");
    expect(portland?.lon).toBeGreaterThan(-71);
  });

  it.each([
    ["Turkey", "TUR", "Turkey"],
    ["Canada", "CAN", "Canada"],
    ["Gaza Strip", "PSE", "Gaza Strip"],
    ["Black Sea", null, "Black Sea"],
  ])("%s → %s", (name, country, canonical) => {
    const place = geocode(name);
    expect(place?.country).toBe(country);
    expect(place?.name).toBe(canonical);
  });

  it("places Canada where GeoNames (older dumps) and Wikipedia do, near 60° N 95° W", () => {
    expect(km(geocode("Canada") ?? { lat: 0, lon: 0 }, { lat: 60, lon: -96 })).toBeLessThan(100);
  });

  it("keeps the United States at its GeoNames point, not world-countries' rounded one", () => {
    expect(km(geocode("United States") ?? { lat: 0, lon: 0 }, { lat: 39.76, lon: -98.5 })).toBeLessThan(5);
  });

  it("returns null for a non-place", () => {
    expect(geocode("Quxblorf")).toBeNull();
    expect(geocode("")).toBeNull();
  });
});

describe("findPlaces", () => {
  it("finds nothing in a sentence without places", () => {
    expect(findPlaces("Nothing much happened today, the spokesman said on Monday.")).toEqual([]);
  });

  it("reads a pipeline's name as no place ('Nord Stream' is not Haiti's Nord)", () => {
    const text = "Blasts ruptured the Nord Stream pipelines off Denmark.";
    expect(surfaces(text, findPlaces(text))).toEqual(["Denmark"]);
  });

  it("reads a surname after a first name the English lists lack as no place ('Edmundo González')", () => {
    const text =
      "Venezuela's Maduro faced the opposition candidate, Edmundo González. Washington and the United States said González won the vote in Venezuela.";
    expect(surfaces(text, findPlaces(text))).toEqual([
      "Venezuela",
      "Washington",
      "United States",
      "Venezuela",
    ]);
  });

  it("reads a document named after its city as no place ('the Rome Statute', 'the Oslo Accords')", () => {
    const text = "Manila left the Rome Statute, and Israel signed the Oslo Accords in Washington.";
    expect(surfaces(text, findPlaces(text))).toEqual(["Manila", "Israel", "Washington"]);
  });

  it("returns offsets into the text", () => {
    const text = "Drones struck the Kursk region; later Kiev and Kharkiv reported blasts.";
    const found = findPlaces(text, { countries: ["UKR", "RUS"] });
    expect(surfaces(text, found)).toEqual(["Kursk", "Kiev", "Kharkiv"]);
    expect(found.map((m) => m.country)).toEqual(["RUS", "UKR", "UKR"]);
    expect(found[0]?.feature).toBe("admin1");
    expect(found[1]?.name).toBe("Kyiv");
  });

  it("resolves Georgia by the other places of the document", () => {
    const caucasus = findPlaces("Georgia accused Russia of massing troops near Tbilisi.");
    expect(caucasus.find((m) => m.name === "Georgia")?.country).toBe("GEO");
    const south = findPlaces("Storms hit Atlanta and much of Georgia overnight.", { countries: ["USA"] });
    const georgia = south.find((m) => m.name === "Georgia");
    expect(georgia?.country).toBe("USA");
    expect(georgia?.feature).toBe("admin1");
  });

  it("reads a name listed with states of one country as one of them", () => {
    const text = "Cases were reported in Arizona, California, Georgia and Ohio.";
    const georgia = findPlaces(text).find((m) => m.name === "Georgia");
    expect([georgia?.country, georgia?.feature]).toEqual(["USA", "admin1"]);
  });

  it("reads a word-like state abbreviation only after its town and a comma", () => {
    expect(findPlaces("Four worshippers were killed during Sunday Mass.").map((m) => m.name)).toEqual([]);
    const boston = findPlaces("A man was arrested in Boston, Mass., on Friday.").map((m) => m.name);
    expect(boston).toContain("Massachusetts");
  });

  it("does not read a list as 'town, state'", () => {
    const text = "Officials are investigating cases in Washington, Pennsylvania and California.";
    const washington = findPlaces(text).find((m) => text.slice(m.start, m.end) === "Washington");
    expect(washington?.admin1).not.toBe("Pennsylvania");
    const town = findPlaces("She grew up in Washington, Pennsylvania.").find((m) => m.name === "Washington");
    expect(town?.admin1).toBe("Pennsylvania");
  });

  it("gives a state's name to the state, not a small town named after it", () => {
    const text = "Farmers in Ohio and Oregon lost crops.";
    const oregon = findPlaces(text).find((m) => m.name === "Oregon");
    expect(oregon?.feature).toBe("admin1");
  });

  it("finds Washington as a place", () => {
    const text = "Officials in Washington said the talks would resume.";
    const [washington] = findPlaces(text);
    expect(washington && text.slice(washington.start, washington.end)).toBe("Washington");
    expect(washington?.country).toBe("USA");
  });

  it("keeps multi-word names with lower-case connectors", () => {
    const text = "Teams from Bosnia and Herzegovina, Trinidad and Tobago and the Gaza Strip met.";
    expect(surfaces(text, findPlaces(text))).toEqual([
      "Bosnia and Herzegovina",
      "Trinidad and Tobago",
      "Gaza Strip",
    ]);
  });

  it("finds seas and regions with a null country for seas", () => {
    const text = "Warships crossed the Taiwan Strait and the South China Sea, far from the Korean Peninsula.";
    const found = findPlaces(text);
    expect(surfaces(text, found)).toEqual(["Taiwan Strait", "South China Sea", "Korean Peninsula"]);
    expect(found[0]?.feature).toBe("sea");
    expect(found[0]?.country).toBeNull();
  });

  it.each([
    "Paris Hilton and Jordan Peterson spoke.",
    "President Lincoln spoke in March.",
    "Russian and North Korean officials met.",
    "Mobile phones are everywhere. Reading is fun.",
  ])("finds no place in %j", (text) => {
    expect(findPlaces(text)).toEqual([]);
  });

  it("reads abbreviations case-sensitively", () => {
    const text = "U.S. officials visited Springfield, Ill. and told us more.";
    const found = findPlaces(text);
    expect(surfaces(text, found)).toEqual(["U.S.", "Springfield", "Ill."]);
    expect(found[1]?.admin1).toBe("Illinois");
  });
});

describe("gazetteer codec", () => {
  it("round-trips records, keys and word lists", () => {
    const record = {
      name: "Testville",
      lat: 10.5,
      lon: -20.25,
      country: "USA",
      admin1Code: "US.TX",
      geonameid: 42,
      feature: "city" as const,
      population: 1234,
      featureCode: "PPL",
      keys: ["testville", "tville"],
      abbreviations: ["TV."],
    };
    const view = decodeGazetteer(
      encodeGazetteer({
        fingerprint: "fp",
        records: [record],
        commonWords: ["walk"],
        firstNames: ["ann"],
        demonyms: ["testish"],
        curated: [["tville", record]],
        derived: [],
      }),
    );
    expect(view.fingerprint).toBe("fp");
    expect(view.lookup("tville")[0]).toMatchObject({ name: "Testville", country: "USA", population: 1234 });
    expect(view.abbreviations.get("TV.")).toEqual([0]);
    expect(view.curated.has("tville 0")).toBe(true);
  });
});

const shared = join(import.meta.dirname, "..", "..", "shared", "eval", "geo", "lgl.jsonl");

describe.skipIf(!existsSync(shared))("LGL sample (development data)", () => {
  it("finds most gold toponyms in the first 100 articles", () => {
    const docs = readFileSync(shared, "utf8")
      .trim()
      .split("\n")
      .slice(0, 100)
      .map(
        (l) => JSON.parse(l) as { text: string; toponyms: { start: number; end: number; name: string }[] },
      );
    let gold = 0;
    let hit = 0;
    for (const doc of docs) {
      const found = findPlaces(doc.text);
      gold += doc.toponyms.length;
      for (const g of doc.toponyms) {
        if (found.some((m) => m.start < g.end && g.start < m.end)) hit++;
      }
    }
    expect(hit / gold).toBeGreaterThan(0.6);
  });
});

describe("document places", () => {
  it("keeps a territory that is also its governing body's name, not a place inside a person's name", () => {
    const out = analyzeText(
      "Somaliland's leader met Ethiopia's prime minister. Jordan Peterson spoke in Abkhazia.",
      "2024-01-03",
    );
    expect(out.places.map((p) => [p.name, p.country])).toEqual([
      ["Somaliland", "SOM"],
      ["Ethiopia", "ETH"],
      ["Abkhazia", "GEO"],
    ]);
    expect(out.events.map((e) => e.source?.slice(0, 3))).toContain("SOM");
  });
});
