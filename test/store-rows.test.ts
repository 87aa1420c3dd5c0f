/** Pure row builders of the store's write path: the text they write is what the schema promises. */
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { signatureToHex, sketchText } from "../src/ingest/index.js";
import { mentionsJson, sentenceRows, spansJson } from "../src/store/document-rows.js";
import { arrayLiteral } from "../src/store/postgres/postgres-bulk.js";
import { signatureFromBytes, signatureToBytes } from "../src/store/signature-bytes.js";
import { makeDocument } from "./store/store-fixtures.js";

describe("spansJson", () => {
  it.each([
    { source: { start: 0, end: 5, text: "Kyiv" }, verb: { start: 6, end: 12, text: "struck" }, target: null },
    {
      source: null,
      verb: { start: 1, end: 2, text: 'say "no"\n\\ é' },
      target: { start: 3, end: 4, text: "" },
    },
  ])("writes what JSON.stringify writes: %j", (spans) => {
    expect(spansJson(spans)).toBe(JSON.stringify(spans));
    expect(JSON.parse(spansJson(spans))).toEqual(spans);
  });
});

describe("mentionsJson", () => {
  const doc = makeDocument({
    text: "Russia shelled Kharkiv on Monday. Ukraine said so.",
    events: [
      { source: "RUS", target: "UKR", code: "190", sentence: "Russia shelled Kharkiv on Monday." },
      { source: "RUS", target: null, code: "190", sentence: "Russia shelled Kharkiv on Monday." },
    ],
  });
  const x = {
    ...doc.extraction,
    places: [{ name: "Kharkiv", start: 15, end: 22, geonameid: 706483, country: "UKR", lat: 50, lon: 36 }],
    times: [{ text: "Monday", start: 26, end: 32, value: "2024-10-21", type: "DATE" }],
  } as unknown as typeof doc.extraction;

  it("lists each span once as [sentence, start, end, text, type, entity]", () => {
    const json = mentionsJson(x, sentenceRows(x));
    expect(JSON.parse(json ?? "null")).toEqual([
      [0, 0, 3, "RUS name", "actor", "RUS"],
      [0, 15, 22, "Kharkiv", "place", "706483"],
      [0, 26, 32, "Monday", "time", "2024-10-21"],
    ]);
  });

  it("is null for a document without mentions", () => {
    const bare = makeDocument({ text: "Nothing happened." }).extraction;
    expect(mentionsJson(bare, sentenceRows(bare))).toBeNull();
  });
});

describe("signature bytes", () => {
  it("are the bytes of the hex text versions 2-5 stored, and read back to the same signature", () => {
    const { signature } = sketchText("Frigates exercised near the strait on Monday, the ministry said.");
    const bytes = signatureToBytes(signature);
    expect(bytes).toHaveLength(signature.length * 4);
    expect(bytes.toString("hex")).toBe(signatureToHex(signature));
    expect(signatureFromBytes(bytes)).toEqual(signature);
    // A view into a larger buffer at an offset reads the same.
    const padded = Buffer.concat([Buffer.from([7, 7, 7]), bytes]);
    expect(signatureFromBytes(padded.subarray(3))).toEqual(signature);
  });
});

describe("arrayLiteral", () => {
  // node-postgres's own conversion of an array parameter, which arrayLiteral replaces.
  const { prepareValue } = createRequire(import.meta.url)("pg/lib/utils.js") as {
    prepareValue: (value: unknown) => unknown;
  };
  it.each([
    [[]],
    [[1, 22, 34359738367, -0, 0.5]],
    [["2|RUS|UKR", "claim:19|PRK|-", "a1b2c3"]],
    [['with "quotes"', "back\\slash", "comma, brace { } and space", "", "NULL", "\ud800 lone"]],
    [["mixed", null, 3]],
  ])("writes the text the driver makes of an array (numbers unquoted: the same array): %j", (values) => {
    const driver = prepareValue(values) as string;
    const numbers = values.every((v) => typeof v === "number");
    expect(arrayLiteral(values)).toBe(numbers ? driver.replaceAll('"', "") : driver);
  });
});
