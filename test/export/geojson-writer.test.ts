import { describe, expect, it } from "vitest";
import { EXPORT_FIELDS, exportToString, writeGeojson } from "../../src/export/index.js";
import { DEPLOYMENT, MEETING, STATEMENT } from "./export-fixtures.js";

describe("writeGeojson", () => {
  it("writes Point features with [longitude, latitude] and every field as a property; skips and counts the rest", async () => {
    const stream = writeGeojson([DEPLOYMENT, STATEMENT, MEETING]);
    const collection = JSON.parse(await exportToString(stream));
    expect(collection.type).toBe("FeatureCollection");
    expect(collection.features.map((f: { geometry: unknown }) => f.geometry)).toEqual([
      { type: "Point", coordinates: [36.1, 51.5] },
      { type: "Point", coordinates: [-74.00597, 40.71427] },
    ]);
    const [first] = collection.features;
    expect(first.type).toBe("Feature");
    expect(first.id).toBe("doc-a:2:0");
    expect(Object.keys(first.properties)).toEqual([...EXPORT_FIELDS]);
    expect(first.properties.cameoCode).toBe("074");
    expect(stream.summary).toEqual({ read: 3, written: 2, skipped: 1 });
  });

  it.each([
    ["latitude out of range", { placeLat: 91 }],
    ["longitude out of range", { placeLon: -181 }],
    ["not a number", { placeLat: Number.NaN }],
    ["only one coordinate", { placeLon: null }],
  ])("skips an event with %s", async (_, change) => {
    const stream = writeGeojson([{ ...DEPLOYMENT, ...change }]);
    expect(JSON.parse(await exportToString(stream)).features).toEqual([]);
    expect(stream.summary.skipped).toBe(1);
  });

  it("writes a valid empty collection (golden)", async () => {
    expect(await exportToString(writeGeojson([]))).toBe('{"type":"FeatureCollection","features":[\n]}\n');
  });
});
