/** Writing the synthetic bench corpus to a file, by running its generator script. */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { packageRoot } from "../src/data/index.js";

/** Writes `docs` synthetic documents (seed 1, as every bench uses) as JSONL to `out`. */
export function writeSyntheticCorpus(docs: number, out: string): void {
  execFileSync(process.execPath, [
    join(packageRoot(), "dist", "bench", "synthetic-corpus.js"),
    "--docs",
    String(docs),
    "--seed",
    "1",
    "--out",
    out,
  ]);
}
