/**
 * `node --expose-gc dist/bench/cache-pass.js [warm] [passes] [one|chunk]`, run under callgrind: the
 * example articles analysed one document a call (or in chunks of 16) `warm` times uninstrumented,
 * then `passes` times with callgrind's instrumentation switched on (`callgrind_control -i on`), so the
 * counts cover only warm passes. Instruction and simulated cache-miss counts do not depend on the
 * other jobs of a shared machine, as times do. Run it as
 *
 *   valgrind --tool=callgrind --separate-threads=yes --collect-atstart=yes --instr-atstart=no \
 *     --cache-sim=yes --LL=2097152,16,64 --callgrind-out-file=cg.out \
 *     node --expose-gc dist/bench/cache-pass.js 3 1 one
 *
 * and read the main thread's file (`cg.out-01`) with `callgrind_annotate`. Add `--perf-basic-prof`
 * to node's flags to name the JIT code's addresses from /tmp/perf-<pid>.map.
 */
import { execFileSync } from "node:child_process";
import { exampleArticles } from "../src/cli/demo-command.js";
import { analyzeArticle, analyzeArticles, loadResources } from "../src/coding/index.js";
import { articleFromText } from "../src/ingest/index.js";

const [warmArg, passArg, mode] = process.argv.slice(2);
const warm = Number(warmArg ?? 3);
const passes = Number(passArg ?? 1);
const docs = exampleArticles().map(({ file, data }) =>
  articleFromText(data.text, { origin: file, published: data.published ?? null, title: data.title ?? null }),
);
const res = loadResources();
const opts = { version: "bench", today: "2026-11-26" };
const pass =
  mode === "chunk"
    ? () => {
        for (let i = 0; i < docs.length; i += 16) analyzeArticles(docs.slice(i, i + 16), res, opts);
      }
    : () => {
        for (const d of docs) analyzeArticle(d, res, opts);
      };
for (let i = 0; i < warm; i++) pass();
(globalThis as { gc?: () => void }).gc?.();
const instrument = (on: boolean) => {
  try {
    execFileSync("callgrind_control", ["-i", on ? "on" : "off", String(process.pid)], { stdio: "ignore" });
  } catch {
    // Not under callgrind: the passes simply run.
  }
};
instrument(true);
const t = performance.now();
for (let i = 0; i < passes; i++) pass();
instrument(false);
console.error(
  `cache-pass: ${docs.length} documents × ${passes} (${mode ?? "one"}), ${(performance.now() - t).toFixed(0)} ms`,
);
