import { describe, expect, it } from "vitest";
import { EXPORT_FIELDS, type ExportEvent, exportToString, writeCsv } from "../../src/export/index.js";
import { DEPLOYMENT, STATEMENT } from "./export-fixtures.js";

const withSentence = (sentence: string): ExportEvent => ({ ...STATEMENT, sentence });

/** The sentence cell of a one-event CSV without header. */
async function sentenceCell(sentence: string, opts = {}): Promise<string> {
  const out = await exportToString(
    writeCsv([withSentence(sentence)], { header: false, lineEnding: "\n", ...opts }),
  );
  const before =
    'doc-a:0:0,2024-08,month,USA,United States,USA,state,,,,,0211,Appeal for economic cooperation,02,1,3.4,,,,,,,,asserted,false,,true,doc-a,https://news.example.org/a,Example Wire,"Troops, claims, and a 50-50 race",2024-10-28,0,';
  expect(out.startsWith(before)).toBe(true);
  expect(out.endsWith(",,,,,\n")).toBe(true);
  return out.slice(before.length, -",,,,,\n".length);
}

describe("writeCsv", () => {
  it("writes a header row of the export fields and CRLF line ends by default", async () => {
    const out = await exportToString(writeCsv([DEPLOYMENT]));
    const [header, row, end] = out.split("\r\n");
    expect(header).toBe(EXPORT_FIELDS.join(","));
    expect(
      row?.startsWith("doc-a:2:0,2024-10-25,day,PRKMIL,North Korean military,PRK,organisation,RUS,"),
    ).toBe(true);
    expect(row).toContain(
      ",074,Provide military protection or peacekeeping,07,2,8.5,AID,Kursk Oblast,RUS,51.5,36.1,",
    );
    expect(row?.endsWith(",claim-7,B2,70,GREEN,verb:deploy")).toBe(true);
    expect(end).toBe("");
  });

  it.each([
    ["plain", "Talks resumed.", "Talks resumed."],
    ["comma", "Kyiv, Ukraine", '"Kyiv, Ukraine"'],
    ["quote", 'He said "no".', '"He said ""no""."'],
    ["newline", "line one\nline two", '"line one\nline two"'],
    ["carriage return", "a\r\nb", '"a\r\nb"'],
    ["leading space kept", "  spaced", "  spaced"],
    ["empty string", "", ""],
  ])("quotes %s as RFC 4180 says", async (_, sentence, cell) => {
    expect(await sentenceCell(sentence)).toBe(cell);
  });

  it("leaves formulas alone unless asked to escape them", async () => {
    expect(await sentenceCell("=SUM(A1)")).toBe("=SUM(A1)");
    expect(await sentenceCell("=SUM(A1)", { escapeFormulas: true })).toBe("'=SUM(A1)");
  });

  it("writes null as an empty cell, booleans as true/false, numbers as they are", async () => {
    const out = await exportToString(writeCsv([STATEMENT], { header: false, lineEnding: "\n" }));
    expect(out).toContain(",asserted,false,,true,");
  });

  it("streams many rows in batches", async () => {
    const events = Array.from({ length: 2500 }, (_, i) => ({ ...DEPLOYMENT, eventId: `e${i}` }));
    const chunks: string[] = [];
    for await (const chunk of writeCsv(events)) chunks.push(chunk);
    // Rows are quoted 1000 at a time; the header rides with the first batch.
    expect(chunks).toHaveLength(3);
    expect(chunks.join("").split("\r\n")).toHaveLength(2502);
  });
});
