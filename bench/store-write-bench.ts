/**
 * `npm run bench -- store-write`: the store's own write cost on analysed documents, without
 * extraction. The synthetic corpus of the ingest bench (SECVAR_BENCH_DOCS, default 10,000; seed 1)
 * is analysed once on all cores and kept in a cache file (SECVAR_BENCH_CACHE, default the temp
 * folder); then only `ingestDocuments` runs, in batches of 1,024 as `secvar ingest` writes them
 * (SECVAR_BENCH_BATCH for another size), into a fresh SQLite file and into a throwaway PostgreSQL cluster (durable defaults), and its
 * CPU time is read around every batch (`process.cpuUsage`: this thread, the driver and the GC;
 * on PostgreSQL also the server's, read from /proc). SECVAR_BENCH_ROUNDS (default 3) fresh stores
 * per engine; the median round is reported. SECVAR_BENCH_DIALECT=sqlite|postgres runs one engine.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { Piscina } from "piscina";
import type { ExtractTask, FullAnalysis } from "../src/cli/extract-worker.js";
import { workerExecArgv } from "../src/cli/worker-exec-argv.js";
import { todayUtc } from "../src/coding/index.js";
import { packageRoot } from "../src/data/index.js";
import { bandKeys, readSources, signatureFromHex, signatureToHex } from "../src/ingest/index.js";
import type { Article } from "../src/knowledge/index.js";
import { type DocumentInput, openStore } from "../src/store/index.js";
import { startPostgresCluster } from "../test/store/postgres-cluster.js";
import { writeSyntheticCorpus } from "./corpus-file.js";
import { serverCpu } from "./server-cpu.js";

const BATCH = Number(process.env.SECVAR_BENCH_BATCH ?? 1024);
const TODAY = "2026-11-26";

interface Cached {
  article: Article;
  extraction: FullAnalysis["extraction"];
  signature: string;
}

/** The analysed corpus: from the cache file, else analysed now on all cores and cached. */
export async function analysedCorpus(docs: number): Promise<DocumentInput[]> {
  const cacheDir = process.env.SECVAR_BENCH_CACHE ?? join(tmpdir(), "secvar-store-write-cache");
  mkdirSync(cacheDir, { recursive: true });
  const cache = join(cacheDir, `analysed-${docs}-seed1.json`);
  if (!existsSync(cache)) {
    const corpus = join(cacheDir, `corpus-${docs}-seed1.jsonl`);
    writeSyntheticCorpus(docs, corpus);
    const pool = new Piscina<ExtractTask, FullAnalysis>({
      filename: join(packageRoot(), "dist", "src", "cli", "extract-worker.js"),
      maxThreads: availableParallelism(),
      execArgv: workerExecArgv(),
    });
    const pending: Promise<Cached>[] = [];
    for await (const r of readSources([corpus])) {
      if (!r.ok) continue;
      const article = r.article;
      pending.push(
        pool.run({ article, today: TODAY }, { name: "extractFully" }).then((a) => ({
          article,
          extraction: a.extraction,
          signature: signatureToHex(a.sketch.signature),
        })),
      );
    }
    const analysed = await Promise.all(pending);
    await pool.destroy();
    writeFileSync(cache, JSON.stringify(analysed));
    rmSync(corpus, { force: true });
  }
  const rows = JSON.parse(readFileSync(cache, "utf8")) as Cached[];
  return rows.map((r) => {
    const signature = signatureFromHex(r.signature);
    return {
      article: r.article,
      extraction: r.extraction,
      sketch: { signature, bandKeys: bandKeys(signature) },
    };
  });
}

interface Round {
  /** Client CPU (this process), seconds. */
  client: number;
  /** Server CPU (PostgreSQL), seconds; 0 for SQLite. */
  server: number;
  seconds: number;
  events: number;
}

async function writeAll(location: string, inputs: readonly DocumentInput[], dataDir: string | null) {
  const store = await openStore(location, { now: () => new Date(`${TODAY}T12:00:00Z`) });
  const round: Round = { client: 0, server: 0, seconds: 0, events: 0 };
  const s0 = dataDir ? serverCpu(dataDir) : null;
  try {
    for (let i = 0; i < inputs.length; i += BATCH) {
      const batch = inputs.slice(i, i + BATCH);
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const out = await store.ingestDocuments(batch);
      round.seconds += (performance.now() - t0) / 1000;
      const c = process.cpuUsage(c0);
      round.client += (c.user + c.system) / 1e6;
      for (const o of out) {
        if (!o.ok) throw new Error(`bench document failed: ${o.message}`);
        round.events += o.events;
      }
    }
    // Read once per round: reading /proc costs this process CPU of its own.
    if (dataDir && s0 !== null) round.server = (serverCpu(dataDir) ?? s0) - s0;
  } finally {
    await store.close();
  }
  return round;
}

function report(name: string, rounds: Round[], docs: number): void {
  const sorted = [...rounds].sort((a, b) => a.client + a.server - (b.client + b.server));
  const m = sorted[Math.floor(sorted.length / 2)] as Round;
  const per = (s: number) => ((s * 1000) / docs).toFixed(3);
  const all = rounds.map((r) => per(r.client + r.server)).join(", ");
  console.log(
    `  ${name.padEnd(11)} CPU per document ${per(m.client + m.server)} ms (client ${per(m.client)}, server ${per(m.server)}); elapsed ${m.seconds.toFixed(1)} s; rounds ${all} ms; ${m.events.toLocaleString("en")} events; load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
}

export async function storeWriteBench(): Promise<void> {
  const docs = Number(process.env.SECVAR_BENCH_DOCS ?? 10_000);
  const roundsWanted = Number(process.env.SECVAR_BENCH_ROUNDS ?? 3);
  const inputs = await analysedCorpus(docs);
  console.log(
    `\nstore write bench: ${inputs.length.toLocaleString("en")} analysed documents (synthetic corpus, seed 1), batches of ${BATCH}, ${roundsWanted} rounds, today ${todayUtc()}`,
  );
  const only = process.env.SECVAR_BENCH_DIALECT;
  if (only !== "postgres") {
    const rounds: Round[] = [];
    for (let r = 0; r < roundsWanted; r++) {
      const dir = mkdtempSync(join(tmpdir(), "secvar-store-write-"));
      try {
        rounds.push(await writeAll(join(dir, "bench.db"), inputs, null));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    report("SQLite", rounds, inputs.length);
  }
  if (only !== "sqlite") {
    const cluster = await startPostgresCluster({ durable: true });
    if (!cluster) console.log("  PostgreSQL: binaries not found, skipped");
    else
      try {
        const rounds: Round[] = [];
        for (let r = 0; r < roundsWanted; r++)
          rounds.push(await writeAll(cluster.createDatabase(`secvar_write_${r}`), inputs, cluster.dataDir));
        report("PostgreSQL", rounds, inputs.length);
      } finally {
        cluster.stop();
      }
  }
}
