/**
 * `node dist/bench/export-speed.js --events 100000`: time and heap of each export format over
 * generated events streamed from an async generator. Prints figures; asserts nothing.
 */
import { parseArgs } from "node:util";
import { EXPORT_FORMATS, type ExportEvent, exportEvents, writeExport } from "../src/export/index.js";
import { DEPLOYMENT } from "../test/export/export-fixtures.js";

/** The exporter tests' complete event; every generated event is a variant of it. */
const BASE: ExportEvent = DEPLOYMENT;

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
