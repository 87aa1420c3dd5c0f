/**
 * `node dist/bench/interleave.js <other checkout> [passes]`: this build's pipeline against another
 * build's (a second worktree, built), both in one process, document by document in alternating
 * order, so that both see the same load. Prints the new/other time ratio per pass over the bench
 * documents (median and quartiles) and over all passes. Two checkouts of the same commit measure
 * the script's own bias (the build loaded second tends to run a few percent slower).
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { exampleArticles } from "../src/cli/demo-command.js";
import * as coding from "../src/coding/index.js";
import { packageRoot } from "../src/data/index.js";
import { articleFromText } from "../src/ingest/index.js";
import type { Article } from "../src/knowledge/index.js";

type Coding = typeof import("../src/coding/index.js");

/** The bench documents: the example articles and, when present, the seed editorial. */
function documents(): Article[] {
  const docs = exampleArticles().map(({ file, data }) =>
    articleFromText(data.text, {
      origin: file,
      published: data.published ?? null,
      title: data.title ?? null,
    }),
  );
  const seed = join(packageRoot(), "..", "shared", "seed", "editorial-2024-10-28.txt");
  if (existsSync(seed))
    docs.push(articleFromText(readFileSync(seed, "utf8"), { origin: seed, published: "2024-10-28" }));
  return docs;
}

type Run = (doc: Article) => void;

function runner(coding: Coding): Run {
  const res = coding.loadResources();
  const opts = { version: "bench", today: "2026-11-26" };
  return (doc) => {
    coding.analyzeArticle(doc, res, opts);
  };
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

async function main(): Promise<void> {
  const [otherRoot, passArg] = process.argv.slice(2);
  const entry = otherRoot ? resolve(otherRoot, "dist", "src", "coding", "index.js") : "";
  if (!otherRoot || !existsSync(entry)) {
    console.error(`interleave: no built checkout at ${otherRoot ?? "(none given)"} (expected ${entry})`);
    process.exit(2);
  }
  const passes = Number(passArg ?? 20);
  const other = runner((await import(pathToFileURL(entry).href)) as Coding);
  const mine = runner(coding);
  const docs = documents();
  for (let k = 0; k < 3; k++)
    for (const d of docs) {
      other(d);
      mine(d);
    }
  const ratios: number[] = [];
  let otherMs = 0;
  let mineMs = 0;
  for (let p = 0; p < passes; p++) {
    let a = 0;
    let b = 0;
    docs.forEach((d, k) => {
      const otherFirst = (p + k) % 2 === 0;
      for (const side of otherFirst ? [0, 1] : [1, 0]) {
        const t = performance.now();
        (side === 0 ? other : mine)(d);
        if (side === 0) a += performance.now() - t;
        else b += performance.now() - t;
      }
    });
    ratios.push(b / a);
    otherMs += a;
    mineMs += b;
  }
  const sorted = [...ratios].sort((x, y) => x - y);
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  console.log(
    `this build / ${otherRoot}: median of ${passes} passes ${pct(quantile(sorted, 0.5))} ` +
      `(quartiles ${pct(quantile(sorted, 0.25))}–${pct(quantile(sorted, 0.75))}), all passes ${pct(mineMs / otherMs)}`,
  );
}

await main();
