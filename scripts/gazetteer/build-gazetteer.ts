/**
 * Compile the place gazetteer from the npm packages and data/places/aliases.json into
 * data/places/gazetteer.generated.bin, so the first findPlaces() call loads in ~0.3 s.
 * Run after `tsc`: node dist/scripts/gazetteer/build-gazetteer.js
 */
import { writeFileSync } from "node:fs";
import { dataPath } from "../../src/data/index.js";
import { encodeGazetteer } from "../../src/nlp/places/gazetteer-codec.js";
import { compileGazetteer } from "../../src/nlp/places/gazetteer-compiler.js";
import { readGazetteerSources, sourcesFingerprint } from "../../src/nlp/places/gazetteer-source-reader.js";
import { GAZETTEER_FILE } from "../../src/nlp/places/gazetteer-store.js";

function main(): void {
  const started = Date.now();
  const { data, problems } = compileGazetteer(readGazetteerSources(), sourcesFingerprint());
  const bytes = encodeGazetteer(data);
  const path = dataPath(GAZETTEER_FILE);
  writeFileSync(path, bytes);
  const counts = new Map<string, number>();
  for (const r of data.records) counts.set(r.feature, (counts.get(r.feature) ?? 0) + 1);
  const summary = [...counts].map(([k, v]) => `${k} ${v}`).join(", ");
  process.stdout.write(
    `gazetteer: ${data.records.length} records (${summary}), ${(bytes.length / 1e6).toFixed(1)} MB → ${path} in ${Date.now() - started} ms\n`,
  );
  for (const p of problems) process.stderr.write(`gazetteer: ${p}\n`);
}

main();
