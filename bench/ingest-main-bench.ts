/**
 * `npm run bench -- ingest-main`: the writing (main) thread of `secvar ingest` alone, without the
 * extraction threads that make its CPU figures noisy on a shared machine. The synthetic corpus
 * (SECVAR_BENCH_DOCS, default 5,000; seed 1) is analysed once, in chunks of 16 as the extraction
 * threads do, and each chunk kept packed as the threads hand it over (`analysis-codec.ts`; cached in
 * SECVAR_BENCH_CACHE, default the temp folder). Each replay is a process of its own: the chunks are
 * loaded (not timed), then, timed, the corpus is read as `secvar ingest` reads it, each document's
 * packed part queued (two batches) and written in batches of 1,024 (SECVAR_BENCH_BATCH) into a fresh
 * SQLite file or a database of a throwaway PostgreSQL cluster (SECVAR_BENCH_DIALECT=postgres; its
 * server CPU printed apart). A replay's documents are unpacked as this checkout's `secvar ingest`
 * does — each when the store reaches it (a deferred input) — or all of a batch before it is written
 * (SECVAR_BENCH_UNPACK=batch, as before session 16). Its CPU by thread (/proc): the main thread and the
 * others (V8's helpers: the collector's and the compilers'; libuv's pool), and the main thread's
 * collection pauses. SECVAR_BENCH_OTHER=<built checkout> replays that checkout's store too, its
 * documents unpacked a batch at a time, alternating with this one's, SECVAR_BENCH_ROUNDS (default 3)
 * pairs, and prints the paired differences (SECVAR_BENCH_OTHER_UNPACK=deferred: the other checkout's
 * documents unpacked as the store reaches each, for two versions of the deferred writer).
 */
import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { PerformanceObserver } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { deserialize, serialize } from "node:v8";
import { type Analysis, type PackedChunk, unpackAnalysis } from "../src/cli/analysis-codec.js";
import { packedChunk } from "../src/cli/extract-worker.js";
import { readSources } from "../src/ingest/index.js";
import type { Article } from "../src/knowledge/index.js";
import type { DocumentInput, Store } from "../src/store/index.js";
import { startPostgresCluster } from "../test/store/postgres-cluster.js";
import { writeSyntheticCorpus } from "./corpus-file.js";
import { serverCpu } from "./server-cpu.js";

const TODAY = "2026-11-26";
const CHUNK = 16;

/** The corpus analysed in chunks of 16, packed; from the cache or made now. */
async function chunks(corpus: string, docs: number, cacheDir: string): Promise<PackedChunk[]> {
  const cache = join(cacheDir, `ingest-main-${docs}-seed1-packed.bin`);
  if (existsSync(cache)) return deserialize(readFileSync(cache)) as PackedChunk[];
  const articles: Article[] = [];
  for await (const r of readSources([corpus])) if (r.ok) articles.push(r.article);
  const out: PackedChunk[] = [];
  for (let at = 0; at < articles.length; at += CHUNK)
    out.push(packedChunk({ articles: articles.slice(at, at + CHUNK), today: TODAY }));
  writeFileSync(cache, serialize(out));
  return out;
}

/** CPU microseconds of each thread of this process (Linux /proc, 10 ms ticks). */
function threadCpu(): Map<string, number> {
  const out = new Map<string, number>();
  for (const tid of readdirSync("/proc/self/task"))
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      out.set(tid, (Number(f[11]) + Number(f[12])) * 10_000);
    } catch {
      // The thread ended.
    }
  return out;
}

interface Replay {
  side: string;
  cpu: number;
  main: number;
  others: number;
  server: number;
  gcMs: number;
  documents: number;
}

/** One replay, in this process: read the corpus, queue each document's part, write the batches. */
async function replay(side: "this" | "other", location: string, dataDir: string | null): Promise<Replay> {
  const cacheDir = process.env.SECVAR_BENCH_CACHE ?? join(tmpdir(), "secvar-store-write-cache");
  const docs = Number(process.env.SECVAR_BENCH_DOCS ?? 5000);
  const corpus = join(cacheDir, `corpus-${docs}-seed1.jsonl`);
  const packed = await chunks(corpus, docs, cacheDir);
  const root =
    side === "this"
      ? resolve(fileURLToPath(import.meta.url), "../..")
      : resolve(process.env.SECVAR_BENCH_OTHER as string, "dist");
  const { openStore } = (await import(pathToFileURL(join(root, "src/store/index.js")).href)) as {
    openStore: (location: string) => Promise<Store>;
  };
  const unpack =
    side === "this" ? process.env.SECVAR_BENCH_UNPACK : (process.env.SECVAR_BENCH_OTHER_UNPACK ?? "batch");
  const deferred = unpack !== "batch";
  const batchSize = Number(process.env.SECVAR_BENCH_BATCH ?? 1024);
  const store = await openStore(location);
  let gcMs = 0;
  const gc = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcMs += e.duration;
  });
  gc.observe({ entryTypes: ["gc"] });
  const s0 = dataDir ? serverCpu(dataDir) : null;
  const t0 = threadCpu();
  const c0 = process.cpuUsage();
  type Queued = { article: Article; chunk: PackedChunk; index: number };
  const window: Queued[] = [];
  const batch: Queued[] = [];
  const write = async () => {
    const inputs: DocumentInput[] = batch.map(({ article, chunk, index }) =>
      deferred
        ? { article, rows: () => unpackAnalysis(chunk, index) as Analysis }
        : { article, ...(unpackAnalysis(chunk, index) as Analysis) },
    );
    const out = await store.ingestDocuments(inputs);
    for (const o of out) if (!o.ok) throw new Error(`bench document failed: ${o.message}`);
    batch.length = 0;
  };
  let k = 0;
  try {
    for await (const r of readSources([corpus])) {
      if (!r.ok) continue;
      window.push({
        article: r.article,
        chunk: packed[Math.floor(k / CHUNK)] as PackedChunk,
        index: k % CHUNK,
      });
      k++;
      while (window.length > batchSize * 2) batch.push(window.shift() as Queued);
      if (batch.length >= batchSize) await write();
    }
    while (window.length > 0) {
      while (batch.length < batchSize && window.length > 0) batch.push(window.shift() as Queued);
      await write();
    }
    const c = process.cpuUsage(c0);
    const t1 = threadCpu();
    const main = ((t1.get(String(process.pid)) ?? 0) - (t0.get(String(process.pid)) ?? 0)) / 1e6;
    const server = dataDir && s0 !== null ? (serverCpu(dataDir) ?? s0) - s0 : 0;
    const cpu = (c.user + c.system) / 1e6;
    return { side, cpu, main, others: cpu - main, server, gcMs, documents: k };
  } finally {
    gc.disconnect();
    await store.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const fmt = (xs: number[]) => `${median(xs).toFixed(2)} (${xs.map((x) => x.toFixed(2)).join(", ")})`;

export async function ingestMainBench(): Promise<void> {
  const role = process.env.SECVAR_BENCH_REPLAY_SIDE;
  if (role === "this" || role === "other") {
    const [location, dataDir] = process.argv.slice(3);
    console.log(JSON.stringify(await replay(role, location as string, dataDir || null)));
    return;
  }
  const docs = Number(process.env.SECVAR_BENCH_DOCS ?? 5000);
  const rounds = Number(process.env.SECVAR_BENCH_ROUNDS ?? 3);
  const other = process.env.SECVAR_BENCH_OTHER;
  const postgres = process.env.SECVAR_BENCH_DIALECT === "postgres";
  const cacheDir = process.env.SECVAR_BENCH_CACHE ?? join(tmpdir(), "secvar-store-write-cache");
  mkdirSync(cacheDir, { recursive: true });
  const corpus = join(cacheDir, `corpus-${docs}-seed1.jsonl`);
  if (!existsSync(corpus)) writeSyntheticCorpus(docs, corpus);
  const count = (await chunks(corpus, docs, cacheDir)).reduce((n, c) => n + c.parts.length, 0);
  console.log(
    `\ningest main-thread bench: ${count.toLocaleString("en")} synthetic documents, ${postgres ? "PostgreSQL" : "SQLite"}, ${rounds} rounds${other ? `, other ${other}` : ""}; this unpacks ${process.env.SECVAR_BENCH_UNPACK === "batch" ? "a batch at a time" : "as the store reaches each document"}`,
  );
  const cluster = postgres ? await startPostgresCluster({ durable: true }) : null;
  if (postgres && !cluster) {
    console.log("  PostgreSQL: binaries not found, skipped");
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "secvar-ingest-main-"));
  const runs: Replay[] = [];
  try {
    const sides: ("this" | "other")[] = other ? ["this", "other"] : ["this"];
    for (let r = 0; r < rounds; r++)
      for (const side of r % 2 === 0 ? sides : [...sides].reverse()) {
        const name = `${side}_${r}`;
        const location = cluster ? cluster.createDatabase(`secvar_main_${name}`) : join(dir, `${name}.db`);
        const out = execFileSync(
          process.execPath,
          [process.argv[1] as string, "ingest-main", location, cluster?.dataDir ?? ""],
          { env: { ...process.env, SECVAR_BENCH_REPLAY_SIDE: side }, maxBuffer: 1 << 24 },
        );
        const run = JSON.parse(out.toString().trim().split("\n").at(-1) as string) as Replay;
        runs.push(run);
        const per = (x: number) => ((x * 1000) / run.documents).toFixed(3);
        console.log(
          `  round ${r + 1} ${side.padEnd(5)} CPU ${run.cpu.toFixed(2)} s (${per(run.cpu)} ms a document): main ${run.main.toFixed(2)}, other threads ${run.others.toFixed(2)}${run.server ? `, server ${run.server.toFixed(2)}` : ""}; GC pauses ${run.gcMs.toFixed(0)} ms; load ${loadavg()[0]?.toFixed(1)}`,
        );
      }
  } finally {
    cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  for (const side of ["this", "other"]) {
    const mine = runs.filter((r) => r.side === side);
    if (mine.length === 0) continue;
    console.log(
      `  ${side}: CPU ${fmt(mine.map((r) => r.cpu))} s; main ${fmt(mine.map((r) => r.main))}; other threads ${fmt(mine.map((r) => r.others))}; GC pauses ${fmt(mine.map((r) => r.gcMs / 1000))} s`,
    );
  }
  if (other) {
    const pairs = (f: (r: Replay) => number) =>
      fmt(
        runs
          .filter((r) => r.side === "this")
          .map((r, i) => f(r) - f(runs.filter((o) => o.side === "other")[i] as Replay)),
      );
    console.log(
      `  this − other, paired: CPU ${pairs((r) => r.cpu + r.server)} s; main ${pairs((r) => r.main)}; other threads ${pairs((r) => r.others)}; GC pauses ${pairs((r) => r.gcMs / 1000)} s`,
    );
  }
}
