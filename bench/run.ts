/**
 * `npm run bench`: pipeline latency and throughput, with the bare tokenizer measured side by
 * side on the same text in the same run. Prints figures and ratios; asserts nothing.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { exampleArticles } from "../src/cli/demo-command.js";
import { analyzeArticle, analyzeArticles, loadResources, todayUtc } from "../src/coding/index.js";
import { packageRoot } from "../src/data/index.js";
import { articleFromText } from "../src/ingest/index.js";
import type { Article } from "../src/knowledge/index.js";
import { annotate, findPlaces, findTimexes, tokenizeOnly } from "../src/nlp/index.js";
import { runScenarioBench } from "./scenario-bench.js";

const SEED = join(packageRoot(), "..", "shared", "seed", "editorial-2024-10-28.txt");

/** Documents a call in the chunked measurement: the chunk `secvar analyze --batch` gives each worker task. */
const BATCH_CHUNK = 16;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function timeIt(fn: () => void, runs: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}

function corpus(): Article[] {
  const docs = exampleArticles().map(({ file, data }) =>
    articleFromText(data.text, {
      origin: file,
      published: data.published ?? null,
      title: data.title ?? null,
    }),
  );
  if (existsSync(SEED))
    docs.push(articleFromText(readFileSync(SEED, "utf8"), { origin: SEED, published: "2024-10-28" }));
  return docs;
}

function main(): void {
  const cli = join(packageRoot(), "bin", "secvar.js");
  const docs = corpus();
  const seedDoc = docs.at(-1) as Article;
  const res = loadResources();
  const version = "bench";
  const today = todayUtc();

  // 1. Whole process, cold: what a user waits for on `secvar analyze seed`.
  const seedPath = existsSync(SEED) ? SEED : null;
  if (seedPath) {
    const cold = timeIt(
      () =>
        execFileSync(process.execPath, [cli, "analyze", seedPath, "--published", "2024-10-28"], {
          stdio: "pipe",
        }),
      3,
    );
    console.log(
      `analyze seed editorial, whole process (cold):  median ${median(cold).toFixed(0)} ms over 3 runs`,
    );
  }
  // 2. Warm latency for one document.
  const warm = timeIt(() => analyzeArticle(seedDoc, res, { version, today }), 20);
  console.log(
    `analyze one document in-process (warm):        median ${median(warm).toFixed(1)} ms (${seedDoc.text.length} chars)`,
  );

  // 3. Single-thread throughput of the full pipeline vs the bare tokenizer, same texts, same run.
  const repeat = Math.max(1, Math.ceil(300 / docs.length));
  const texts = Array.from({ length: repeat }, () => docs).flat();
  let tokens = 0;
  let sentences = 0;
  for (const d of docs) {
    const at = annotate(d.text);
    tokens += at.tokens.length * repeat;
    sentences += at.sentences.length * repeat;
  }
  // Alternate the two measurements over several rounds and keep the medians: one noisy round
  // (another process, a GC pause) must not decide the ratio.
  const tokRuns: number[] = [];
  const taggerRuns: number[] = [];
  const pipeRuns: number[] = [];
  const chunkRuns: number[] = [];
  // Each measurement starts on a collected heap (with --expose-gc, as `npm run bench` runs): the
  // garbage one leaves behind must not be collected on the next one's time.
  const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});
  for (let round = 0; round < 5; round++) {
    collect();
    const t0 = performance.now();
    for (const d of texts) tokenizeOnly(d.text);
    tokRuns.push(performance.now() - t0);
    collect();
    const tt = performance.now();
    for (const d of texts) tokenizeOnly(d.text, "tagger");
    taggerRuns.push(performance.now() - tt);
    collect();
    const t1 = performance.now();
    for (const d of texts) analyzeArticle(d, res, { version, today });
    pipeRuns.push(performance.now() - t1);
    // As `secvar analyze --batch` runs it: chunks of documents, stage by stage.
    collect();
    const tc = performance.now();
    for (let i = 0; i < texts.length; i += BATCH_CHUNK)
      analyzeArticles(texts.slice(i, i + BATCH_CHUNK), res, { version, today });
    chunkRuns.push(performance.now() - tc);
  }
  const tokMs = median(tokRuns);
  const pipeMs = median(pipeRuns);
  const tokRate = tokens / (tokMs / 1000);
  const taggerRate = tokens / (median(taggerRuns) / 1000);
  const pipeRate = tokens / (pipeMs / 1000);
  const chunkMs = median(chunkRuns);
  const chunkRate = tokens / (chunkMs / 1000);
  console.log(
    `corpus: ${texts.length} documents, ${sentences} sentences, ${tokens} tokens (examples × ${repeat})`,
  );
  console.log(
    `bare tokenizer + POS (wink-nlp), 1 thread:     ${Math.round(tokRate).toLocaleString("en")} tokens/s`,
  );
  console.log(
    `full pipeline, 1 thread:                       ${Math.round(pipeRate).toLocaleString("en")} tokens/s, ${Math.round(sentences / (pipeMs / 1000)).toLocaleString("en")} sentences/s, ${(texts.length / (pipeMs / 1000)).toFixed(0)} docs/s`,
  );
  console.log(
    `full pipeline, 1 thread, ${BATCH_CHUNK} documents a call:   ${Math.round(chunkRate).toLocaleString("en")} tokens/s, ${Math.round(sentences / (chunkMs / 1000)).toLocaleString("en")} sentences/s, ${(texts.length / (chunkMs / 1000)).toFixed(0)} docs/s (as analyze --batch runs it)`,
  );
  console.log(
    `bare tagger (wink-nlp, sentences + POS only):  ${Math.round(taggerRate).toLocaleString("en")} tokens/s`,
  );
  console.log(
    `ratio pipeline / tokenizer:                    ${((100 * chunkRate) / tokRate).toFixed(1)}% in chunks of ${BATCH_CHUNK}, ${((100 * pipeRate) / tokRate).toFixed(1)}% one document a call (medians of 5 alternating rounds)`,
  );
  console.log(
    `ratio pipeline / bare tagger (stricter):       ${((100 * chunkRate) / taggerRate).toFixed(1)}% in chunks, ${((100 * pipeRate) / taggerRate).toFixed(1)}% one a call`,
  );
  // Each round's own ratio, for reading the medians: a round far below the others was measured while
  // the JIT was still compiling (or while another job ran), not at the pipeline's steady speed.
  const perRound = (runs: number[]) =>
    runs.map((ms, k) => `${((100 * (tokRuns[k] ?? 0)) / ms).toFixed(1)}`).join(" ");
  console.log(
    `ratio / tokenizer round by round:              chunks ${perRound(chunkRuns)}; one a call ${perRound(pipeRuns)} (%)`,
  );
  stageRates(texts, tokens, pipeMs, today);

  // 4. Batch on all cores through the CLI (worker threads).
  const dir = mkdtempSync(join(tmpdir(), "secvar-bench-"));
  try {
    const batch = join(dir, "batch.jsonl");
    writeFileSync(
      batch,
      texts.map((d, i) => JSON.stringify({ id: `d${i}`, text: d.text, published: d.published })).join("\n"),
    );
    const t2 = performance.now();
    execFileSync(process.execPath, [cli, "analyze", "--batch", batch], {
      stdio: ["ignore", "ignore", "pipe"],
      maxBuffer: 1 << 30,
    });
    const batchMs = performance.now() - t2;
    console.log(
      `analyze --batch, ${availableParallelism()} threads, whole process:      ${(texts.length / (batchMs / 1000)).toFixed(0)} docs/s, ${Math.round(tokens / (batchMs / 1000)).toLocaleString("en")} tokens/s (${(batchMs / 1000).toFixed(2)} s)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The time and place stages alone, on annotated text: their throughput and share of the pipeline's time. */
function stageRates(texts: Article[], tokens: number, pipeMs: number, today: string): void {
  const annotated = texts.map((d) => ({ at: annotate(d.text), dct: d.published ?? today }));
  const stages: [string, (a: (typeof annotated)[number]) => unknown][] = [
    ["time stage (TIMEX3 finder), 1 thread:         ", (a) => findTimexes(a.at, a.dct)],
    ["place stage (place finder), 1 thread:         ", (a) => findPlaces(a.at.text)],
  ];
  for (const [label, run] of stages) {
    const ms = median(timeIt(() => annotated.forEach(run), 3));
    console.log(
      `${label}${Math.round(tokens / (ms / 1000)).toLocaleString("en")} tokens/s, ${((100 * ms) / pipeMs).toFixed(1)}% of the pipeline's time`,
    );
  }
}

// `npm run bench` runs every bench; `npm run bench -- pipeline|scenario|ingest|store` runs one
// (`npm run bench -- scenario NET…` only those networks).
const only = process.argv[2];
if (!only || only === "pipeline") main();
if (!only || only === "scenario") runScenarioBench(process.argv.slice(3));
if (!only || only === "ingest") await (await import("./ingest-bench.js")).ingestBench();
if (!only || only === "store") await (await import("./store-bench.js")).storeBench();
if (only === "store-write") await (await import("./store-write-bench.js")).storeWriteBench();
if (only === "ingest-rounds") await (await import("./ingest-rounds-bench.js")).ingestRoundsBench();
if (only === "ingest-main") await (await import("./ingest-main-bench.js")).ingestMainBench();
if (only === "store-server") await (await import("./store-server-bench.js")).storeServerBench();
