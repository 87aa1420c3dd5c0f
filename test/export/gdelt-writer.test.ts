import { describe, expect, it } from "vitest";
import {
  actorParts,
  exportToString,
  fipsCode,
  GDELT_COLUMNS,
  gdeltRow,
  numericId,
  writeGdelt,
} from "../../src/export/index.js";
import { DEPLOYMENT, MEETING, STATEMENT } from "./export-fixtures.js";

const ADDED = new Date("2025-01-02T03:04:05.678Z");
const now = () => ADDED;

/** The row as a map from column name to cell. */
function columns(row: string[]): Record<string, string> {
  return Object.fromEntries(GDELT_COLUMNS.map((name, i) => [name, row[i] ?? "MISSING"]));
}

describe("GDELT_COLUMNS", () => {
  it("has the 61 columns of the GDELT 2.0 event table in codebook order", () => {
    expect(GDELT_COLUMNS).toHaveLength(61);
    expect(GDELT_COLUMNS.slice(0, 6)).toEqual([
      "GLOBALEVENTID",
      "SQLDATE",
      "MonthYear",
      "Year",
      "FractionDate",
      "Actor1Code",
    ]);
    expect(GDELT_COLUMNS.slice(25, 35)).toEqual([
      "IsRootEvent",
      "EventCode",
      "EventBaseCode",
      "EventRootCode",
      "QuadClass",
      "GoldsteinScale",
      "NumMentions",
      "NumSources",
      "NumArticles",
      "AvgTone",
    ]);
    expect(GDELT_COLUMNS.slice(35, 43)).toEqual([
      "Actor1Geo_Type",
      "Actor1Geo_FullName",
      "Actor1Geo_CountryCode",
      "Actor1Geo_ADM1Code",
      "Actor1Geo_ADM2Code",
      "Actor1Geo_Lat",
      "Actor1Geo_Long",
      "Actor1Geo_FeatureID",
    ]);
    expect(GDELT_COLUMNS.slice(-2)).toEqual(["DATEADDED", "SOURCEURL"]);
    expect(new Set(GDELT_COLUMNS).size).toBe(61);
  });
});

describe("actorParts", () => {
  it.each([
    ["PRKMIL", "PRK", { country: "PRK", knownGroup: "", types: ["MIL", "", ""] }],
    ["USA", "USA", { country: "USA", knownGroup: "", types: ["", "", ""] }],
    ["IGOUNO", null, { country: "", knownGroup: "UNO", types: ["IGO", "", ""] }],
    ["---REB", null, { country: "", knownGroup: "", types: ["REB", "", ""] }],
    ["PSEREBHMS", "PSE", { country: "PSE", knownGroup: "HMS", types: ["REB", "", ""] }],
    ["UKRGOVMIL", null, { country: "UKR", knownGroup: "", types: ["GOV", "MIL", ""] }],
    [null, null, { country: "", knownGroup: "", types: ["", "", ""] }],
  ] as const)("%s → %j", (code, country, parts) => {
    expect(actorParts(code, country)).toEqual(parts);
  });
});

describe("gdeltRow", () => {
  it("maps a full event onto the GDELT columns", () => {
    const row = gdeltRow(DEPLOYMENT, ADDED);
    expect(row).toHaveLength(61);
    expect(columns(row)).toMatchObject({
      GLOBALEVENTID: String(numericId("doc-a:2:0")),
      SQLDATE: "20241025",
      MonthYear: "202410",
      Year: "2024",
      FractionDate: "2024.8169",
      Actor1Code: "PRKMIL",
      Actor1Name: "North Korean military",
      Actor1CountryCode: "PRK",
      Actor1Type1Code: "MIL",
      Actor2Code: "RUS",
      Actor2CountryCode: "RUS",
      IsRootEvent: "0",
      EventCode: "074",
      EventBaseCode: "074",
      EventRootCode: "07",
      QuadClass: "2",
      GoldsteinScale: "8.5",
      NumMentions: "1",
      AvgTone: "",
      Actor1Geo_Type: "",
      ActionGeo_Type: "5",
      ActionGeo_FullName: "Kursk Oblast",
      ActionGeo_CountryCode: "RS",
      ActionGeo_Lat: "51.5",
      ActionGeo_Long: "36.1",
      ActionGeo_FeatureID: "538555",
      DATEADDED: "20250102030405",
      SOURCEURL: "https://news.example.org/a",
    });
  });

  it("keeps leading zeros, derives the base code of a 4-digit code, places a month on its first day", () => {
    const c = columns(gdeltRow(STATEMENT, ADDED));
    expect([c.EventCode, c.EventBaseCode, c.EventRootCode, c.QuadClass]).toEqual(["0211", "021", "02", "1"]);
    expect([c.SQLDATE, c.MonthYear, c.Year, c.IsRootEvent]).toEqual(["20240801", "202408", "2024", "1"]);
    expect([c.Actor2Code, c.ActionGeo_Type, c.ActionGeo_Lat]).toEqual(["", "", ""]);
  });

  it("falls back to the publication date, geo types for US cities, and a pluggable geo country code", () => {
    const c = columns(
      gdeltRow({ ...MEETING, date: null, documentPublished: "2025-03-01" }, ADDED, () => "US"),
    );
    expect([c.SQLDATE, c.FractionDate]).toEqual(["20250301", "2025.1644"]);
    expect([c.ActionGeo_Type, c.ActionGeo_CountryCode, c.Actor1KnownGroupCode, c.Actor1Type1Code]).toEqual([
      "3",
      "US",
      "UNO",
      "IGO",
    ]);
    const none = columns(gdeltRow({ ...MEETING, date: null, documentPublished: null }, ADDED));
    expect([none.SQLDATE, none.MonthYear, none.Year, none.FractionDate]).toEqual(["", "", "", ""]);
  });

  it("writes FIPS 10-4 geographic country codes, as GDELT does", () => {
    expect(["KOR", "PRK", "RUS", "UKR", "DEU", "GBR"].map(fipsCode)).toEqual([
      "KS",
      "KN",
      "RS",
      "UP",
      "GM",
      "UK",
    ]);
    expect(fipsCode("ZZZ")).toBe("ZZZ");
  });

  it("replaces tabs and line breaks inside cells", () => {
    const row = gdeltRow({ ...STATEMENT, sourceName: "United\tStates\nof America" }, ADDED);
    expect(columns(row).Actor1Name).toBe("United States of America");
  });
});

describe("writeGdelt", () => {
  it("writes 61 tab-separated columns on every line, no header by default", async () => {
    const out = await exportToString(writeGdelt([DEPLOYMENT, STATEMENT, MEETING], { now }));
    const lines = out.split("\n");
    expect(lines.pop()).toBe("");
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line.split("\t")).toHaveLength(61);
    expect(lines.map((l) => l.split("\t")[26])).toEqual(["074", "0211", "043"]);
  });

  it("writes a sparse event exactly (golden line)", async () => {
    const empty = (n: number) => Array<string>(n).fill("");
    const golden = [
      "902931614887763", // numericId("doc-a:0:0")
      ...["20240801", "202408", "2024", "2024.5847"],
      ...["USA", "United States", "USA", ...empty(7)],
      ...empty(10),
      ...["1", "0211", "021", "02", "1", "3.4", "1", "1", "1", ""],
      ...empty(24),
      "20250102030405",
      "https://news.example.org/a",
    ];
    expect(golden).toHaveLength(61);
    expect(await exportToString(writeGdelt([STATEMENT], { now }))).toBe(`${golden.join("\t")}\n`);
  });

  it("writes the column names first when asked", async () => {
    const out = await exportToString(writeGdelt([DEPLOYMENT], { now, header: true }));
    expect(out.split("\n")[0]).toBe(GDELT_COLUMNS.join("\t"));
  });

  it("gives stable numeric ids below 2^53", () => {
    const id = numericId("doc-a:2:0");
    expect(id).toBe(numericId("doc-a:2:0"));
    expect(Number.isSafeInteger(id) && id > 0).toBe(true);
    expect(numericId("doc-a:2:1")).not.toBe(id);
  });
});
