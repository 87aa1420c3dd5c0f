/**
 * `node dist/bench/synthetic-corpus.js --docs 10000 --seed 1 --out /tmp/corpus.jsonl`: writes a
 * deterministic synthetic news corpus as a JSONL batch (the line format `secvar analyze
 * --batch` and `secvar ingest` read), for offline runs at scale. See bench/corpus/.
 */

import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { parseArgs } from "node:util";
import { readDataJson } from "../src/data/index.js";
import { corpusDataFrom } from "./corpus/corpus-data.js";
import { generateCorpus } from "./corpus/corpus-generator.js";

function options() {
  const { values } = parseArgs({
    options: {
      docs: { type: "string", default: "1000" },
      seed: { type: "string", default: "1" },
      out: { type: "string" },
      "near-duplicates": { type: "string", default: "0.05" },
      "exact-duplicates": { type: "string", default: "0.02" },
    },
  });
  const number = (name: string, value: string | undefined, integer: boolean): number => {
    const n = Number(value);
    if (!Number.isFinite(n) || n < 0 || (integer && !Number.isInteger(n))) {
      process.stderr.write(
        `synthetic-corpus: --${name} expects a non-negative ${integer ? "integer" : "number"}, found "${value}"\n`,
      );
      process.exit(2);
    }
    return n;
  };
  return {
    docs: number("docs", values.docs, true),
    seed: number("seed", values.seed, true),
    nearDuplicateRate: number("near-duplicates", values["near-duplicates"], false),
    exactDuplicateRate: number("exact-duplicates", values["exact-duplicates"], false),
    out: values.out,
  };
}

async function main(): Promise<void> {
  const opts = options();
  // A reader that stops early (| head) is not an error.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => process.exit(e.code === "EPIPE" ? 0 : 1));
  const data = corpusDataFrom({
    countries: readDataJson("actors/countries.json"),
    people: readDataJson("actors/people.json"),
    organisations: readDataJson("actors/organisations.json"),
  });
  const started = performance.now();
  const out = opts.out ? createWriteStream(opts.out) : process.stdout;
  let bytes = 0;
  for (const record of generateCorpus(data, opts)) {
    const line = `${JSON.stringify(record)}\n`;
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, "drain");
  }
  if (opts.out) out.end();
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(
    `synthetic-corpus: ${opts.docs} documents, ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(2)} s (${Math.round(opts.docs / seconds)} docs/s)\n`,
  );
}

await main();
