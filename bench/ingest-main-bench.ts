/**
 * `npm run bench -- ingest-main`: the writing (main) thread of `secvar ingest` alone, without the
 * extraction threads that make its CPU figures noisy on a shared machine. The synthetic corpus
 * (SECVAR_BENCH_DOCS, default 5,000; seed 1) is analysed once by the extraction workers' own
 * function and each result kept as the message a worker posts (v8-serialised, as `postMessage`
 * copies it; cached in SECVAR_BENCH_CACHE, default the temp folder, per version of the message).
 * Then, timed: the corpus is read as `secvar ingest` reads it, each document's message kept (as the
 * buffer a worker moves) in a queue of two batches, deserialised when its batch is written
 * (SECVAR_BENCH_RECEIVE=early: on arrival, as `secvar ingest` did before), in batches of 1,024
 * (SECVAR_BENCH_BATCH) into a fresh SQLite file or a database of a throwaway PostgreSQL cluster
 * (SECVAR_BENCH_DIALECT=postgres; its server CPU is printed apart). A second pass reads and
 * receives without writing: the difference is the writing. CPU of this process (all its
 * threads: GC helpers too); SECVAR_BENCH_ROUNDS (default 3) rounds of each, the median reported.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { PerformanceObserver } from "node:perf_hooks";
import { deserialize, serialize } from "node:v8";
import { extract } from "../src/cli/extract-worker.js";
import { readSources } from "../src/ingest/index.js";
import type { Article } from "../src/knowledge/index.js";
import { type DocumentInput, openStore } from "../src/store/index.js";
import { startPostgresCluster } from "../test/store/postgres-cluster.js";
import { writeSyntheticCorpus } from "./corpus-file.js";
import { serverCpu } from "./server-cpu.js";

const TODAY = "2026-11-26";

/**
 * The analysed corpus as worker messages, one per document, from the cache or made now. The
 * message's shape names the cache, so versions that send different messages do not share one.
 */
async function messages(corpus: string, docs: number, cacheDir: string): Promise<Buffer[]> {
  const articles: Article[] = [];
  for await (const r of readSources([corpus])) if (r.ok) articles.push(r.article);
  const first = articles[0];
  if (!first) throw new Error(`${corpus}: no documents`);
  const shape = Object.keys(extract({ article: first, today: TODAY }))
    .sort()
    .join("+");
  const cache = join(cacheDir, `ingest-main-${docs}-seed1-${shape}.bin`);
  if (existsSync(cache)) return split(readFileSync(cache));
  const parts: Buffer[] = [];
  for (const article of articles) {
    const body = serialize(extract({ article, today: TODAY }));
    const size = Buffer.alloc(4);
    size.writeUInt32LE(body.length);
    parts.push(size, body);
  }
  const all = Buffer.concat(parts);
  writeFileSync(cache, all);
  return split(all);
}

function split(all: Buffer): Buffer[] {
  const out: Buffer[] = [];
  for (let at = 0; at < all.length; ) {
    const n = all.readUInt32LE(at);
    out.push(all.subarray(at + 4, at + 4 + n));
    at += 4 + n;
  }
  return out;
}

interface Round {
  cpu: number;
  server: number;
  receiveMs: number;
  gcMs: number;
  documents: number;
}

/** Reads the corpus and receives each message in order; writes batches unless `location` is null. */
async function replay(
  corpus: string,
  inbox: readonly Buffer[],
  location: string | null,
  dataDir: string | null,
): Promise<Round> {
  const batchSize = Number(process.env.SECVAR_BENCH_BATCH ?? 1024);
  const queue = batchSize * 2;
  const store = location === null ? null : await openStore(location);
  let gcMs = 0;
  const gc = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcMs += e.duration;
  });
  gc.observe({ entryTypes: ["gc"] });
  const s0 = dataDir ? serverCpu(dataDir) : null;
  const c0 = process.cpuUsage();
  let receiveMs = 0;
  let k = 0;
  // As `secvar ingest` keeps them: each document's message (a buffer moved from its thread) until
  // its batch is written, deserialised then (SECVAR_BENCH_RECEIVE=early: on arrival, as before).
  const early = process.env.SECVAR_BENCH_RECEIVE === "early";
  const receive = (message: Buffer) => {
    const t = performance.now();
    const analysis = deserialize(message) as Omit<DocumentInput, "article">;
    receiveMs += performance.now() - t;
    return analysis;
  };
  type Queued = { article: DocumentInput["article"]; message: Buffer | Omit<DocumentInput, "article"> };
  const window: Queued[] = [];
  const batch: Queued[] = [];
  const write = async () => {
    const inputs = batch.map(
      (q) =>
        ({
          article: q.article,
          ...(Buffer.isBuffer(q.message) ? receive(q.message) : q.message),
        }) as DocumentInput,
    );
    if (store) {
      const out = await store.ingestDocuments(inputs);
      for (const o of out) if (!o.ok) throw new Error(`bench document failed: ${o.message}`);
    }
    batch.length = 0;
  };
  try {
    for await (const r of readSources([corpus])) {
      if (!r.ok) continue;
      const message = inbox[k++] as Buffer;
      window.push({ article: r.article, message: early ? receive(message) : message });
      while (window.length > queue) batch.push(window.shift() as Queued);
      if (batch.length >= batchSize) await write();
    }
    while (window.length > 0) {
      while (batch.length < batchSize && window.length > 0) batch.push(window.shift() as Queued);
      await write();
    }
    const c = process.cpuUsage(c0);
    const server = dataDir && s0 !== null ? (serverCpu(dataDir) ?? s0) - s0 : 0;
    return { cpu: (c.user + c.system) / 1e6, server, receiveMs, gcMs, documents: k };
  } finally {
    gc.disconnect();
    await store?.close();
  }
}

function median(rounds: Round[]): Round {
  return [...rounds].sort((a, b) => a.cpu - b.cpu)[Math.floor(rounds.length / 2)] as Round;
}

function report(name: string, rounds: Round[]): void {
  const m = median(rounds);
  const per = (x: number) => ((x * 1000) / m.documents).toFixed(3);
  const server = m.server > 0 ? `, PostgreSQL server ${per(m.server)} ms` : "";
  console.log(
    `  ${name.padEnd(24)} CPU ${per(m.cpu)} ms a document (rounds ${rounds.map((r) => per(r.cpu)).join(", ")})${server}; receiving ${((m.receiveMs * 1000) / m.documents).toFixed(0)} µs, GC pauses ${((m.gcMs * 1000) / m.documents).toFixed(0)} µs; load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
}

export async function ingestMainBench(): Promise<void> {
  const docs = Number(process.env.SECVAR_BENCH_DOCS ?? 5000);
  const rounds = Number(process.env.SECVAR_BENCH_ROUNDS ?? 3);
  const postgres = process.env.SECVAR_BENCH_DIALECT === "postgres";
  const cacheDir = process.env.SECVAR_BENCH_CACHE ?? join(tmpdir(), "secvar-store-write-cache");
  mkdirSync(cacheDir, { recursive: true });
  const corpus = join(cacheDir, `corpus-${docs}-seed1.jsonl`);
  if (!existsSync(corpus)) writeSyntheticCorpus(docs, corpus);
  const inbox = await messages(corpus, docs, cacheDir);
  console.log(
    `\ningest main-thread bench: ${inbox.length.toLocaleString("en")} synthetic documents, ${postgres ? "PostgreSQL" : "SQLite"}, ${rounds} rounds`,
  );
  const cluster = postgres ? await startPostgresCluster({ durable: true }) : null;
  if (postgres && !cluster) {
    console.log("  PostgreSQL: binaries not found, skipped");
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "secvar-ingest-main-"));
  try {
    const writing: Round[] = [];
    const reading: Round[] = [];
    for (let r = 0; r < rounds; r++) {
      const location = cluster ? cluster.createDatabase(`secvar_main_${r}`) : join(dir, `bench-${r}.db`);
      writing.push(await replay(corpus, inbox, location, cluster?.dataDir ?? null));
      reading.push(await replay(corpus, inbox, null, null));
    }
    report("read, receive and write", writing);
    report("read and receive", reading);
  } finally {
    cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
