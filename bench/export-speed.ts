/**
 * `node dist/bench/export-speed.js --events 100000`: time and heap of each export format over
 * generated events streamed from an async generator. Prints figures; asserts nothing.
 */
import { parseArgs } from "node:util";
import { EXPORT_FORMATS, type ExportEvent, exportEvents, writeExport } from "../src/export/index.js";

const BASE: ExportEvent = {
  eventId: "",
  date: "2024-10-25",
  datePrecision: "day",
  sourceCode: "PRKMIL",
  sourceName: "North Korean military",
  sourceCountry: "PRK",
  sourceKind: "organisation",
  targetCode: "RUS",
  targetName: "Russia",
  targetCountry: "RUS",
  targetKind: "state",
  cameoCode: "074",
  cameoName: "Provide military protection or peacekeeping",
  rootCode: "07",
  quadClass: 2,
  goldstein: 8.5,
  ploverCategory: "AID",
  placeName: "Kursk Oblast",
  placeCountry: "RUS",
  placeLat: 51.5,
  placeLon: 36.1,
  placeFeature: "admin1",
  placeGeonameId: 538555,
  modality: "reported",
  negated: false,
  attributedTo: "UKRSPY",
  quoted: false,
  documentId: "",
  documentUrl: "https://news.example.org/a",
  documentOutlet: "Example Wire",
  documentTitle: "A headline, with a comma",
  documentPublished: "2024-10-28",
  sentenceIndex: 2,
  sentence: 'Officials said the troops, "about 3,000", had arrived.',
  claimId: null,
  evidenceGrade: "B2",
  confidence: 70,
  tlp: "GREEN",
  rule: "verb:deploy",
};

async function* events(count: number): AsyncGenerator<ExportEvent> {
  for (let i = 0; i < count; i++) {
    const documentId = `doc-${Math.floor(i / 8)}`;
    yield {
      ...BASE,
      eventId: `${documentId}:${i % 8}:0`,
      documentId,
      sourceCode: i % 5 === 0 ? "USAGOV" : "PRKMIL",
    };
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { events: { type: "string", default: "100000" } } });
  const count = Number(values.events);
  for (const format of EXPORT_FORMATS) {
    const started = performance.now();
    let bytes = 0;
    let peak = 0;
    await writeExport(exportEvents(format, events(count), { now: () => new Date(0) }), (chunk) => {
      bytes += chunk.length;
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    });
    const ms = performance.now() - started;
    const rate = Math.round(count / (ms / 1000));
    const line = `${format.padEnd(8)} ${count} events  ${(ms / 1000).toFixed(2)} s  ${rate} events/s  ${(bytes / 1e6).toFixed(1)} MB out  heap peak ${(peak / 1e6).toFixed(0)} MB\n`;
    process.stdout.write(line);
  }
}

await main();
