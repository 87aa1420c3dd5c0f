import { describe, expect, it } from "vitest";
import { EXPORT_FIELDS, exportToString, writeJsonl } from "../../src/export/index.js";
import { DEPLOYMENT, STATEMENT } from "./export-fixtures.js";

describe("writeJsonl", () => {
  it("writes one object per line, keys in EXPORT_FIELDS order whatever the input order", async () => {
    const reversed = Object.fromEntries(Object.entries(STATEMENT).reverse()) as typeof STATEMENT;
    const out = await exportToString(writeJsonl([reversed, DEPLOYMENT]));
    const lines = out.split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe("");
    expect(Object.keys(JSON.parse(lines[0] as string))).toEqual([...EXPORT_FIELDS]);
    expect(JSON.parse(lines[1] as string)).toEqual(DEPLOYMENT);
  });

  it("keeps codes as strings and nulls as nulls (golden prefix)", async () => {
    const out = await exportToString(writeJsonl([STATEMENT]));
    expect(
      out.startsWith('{"eventId":"doc-a:0:0","date":"2024-08","datePrecision":"month","sourceCode":"USA"'),
    ).toBe(true);
    expect(out).toContain('"cameoCode":"0211","cameoName":"Appeal for economic cooperation","rootCode":"02"');
    expect(out).toContain('"targetCode":null');
    expect(out).toContain('"sentence":"Washington appealed for closer trade ties,\\nofficials said."');
  });

  it("writes nothing for no events and counts what it wrote", async () => {
    const empty = writeJsonl([]);
    expect(await exportToString(empty)).toBe("");
    const two = writeJsonl([DEPLOYMENT, STATEMENT]);
    await exportToString(two);
    expect(two.summary).toEqual({ read: 2, written: 2, skipped: 0 });
  });
});
