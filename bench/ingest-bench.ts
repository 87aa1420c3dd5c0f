/**
 * `npm run bench -- ingest`: ingest throughput of a synthetic corpus (bench/corpus), measured side by
 * side with extraction alone (`secvar analyze --batch`, same threads, same documents) so that the
 * store's share of the time shows: the target is that the store adds under 20% to extraction.
 * SQLite always; PostgreSQL in a throwaway cluster when its binaries exist.
 * Size: SECVAR_BENCH_DOCS (default 2,000; the figure is 10,000); SECVAR_BENCH_DIALECT=sqlite
 * skips PostgreSQL, =postgres skips SQLite; SECVAR_BENCH_BATCH passes `--batch` to `secvar ingest`.
 * Each run also reports its CPU time (all threads): on a shared machine the CPU ratio is steadier
 * than the elapsed-time ratio.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { packageRoot } from "../src/data/index.js";
import { startPostgresCluster } from "../test/store/postgres-cluster.js";
import { writeSyntheticCorpus } from "./corpus-file.js";
import { serverCpu } from "./server-cpu.js";

interface Run {
  seconds: number;
  /** CPU time of the whole process (all threads), user + system. */
  cpu: number;
  /** CPU time of its main thread (reading, the store's client side), when known. */
  main: number | null;
  documents: number;
  events: number;
  new: number;
}

function cli(): string {
  return join(packageRoot(), "bin", "secvar.js");
}

function timed(args: string[]): { seconds: number; cpu: number; main: number | null; stdout: string } {
  const cpuFile = join(tmpdir(), `secvar-bench-cpu-${process.pid}.json`);
  const preload = join(packageRoot(), "dist", "bench", "cpu-usage-preload.js");
  const t = performance.now();
  const stdout = execFileSync(process.execPath, ["--import", pathToFileURL(preload).href, ...args], {
    env: { ...process.env, SECVAR_BENCH_CPU_FILE: cpuFile },
    maxBuffer: 1 << 30,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  });
  const seconds = (performance.now() - t) / 1000;
  const usage = JSON.parse(readFileSync(cpuFile, "utf8")) as {
    user: number;
    system: number;
    mainThread: number | null;
  };
  rmSync(cpuFile, { force: true });
  const main = usage.mainThread === null ? null : usage.mainThread / 1e6;
  return { seconds, cpu: (usage.user + usage.system) / 1e6, main, stdout };
}

function ingestRun(corpus: string, db: string): Run {
  const batch = process.env.SECVAR_BENCH_BATCH;
  const r = timed([cli(), "ingest", corpus, "--db", db, "--json", ...(batch ? ["--batch", batch] : [])]);
  const s = JSON.parse(r.stdout.trim().split("\n").at(-1) as string);
  return {
    seconds: r.seconds,
    cpu: r.cpu,
    main: r.main,
    documents: s.documents,
    events: s.events,
    new: s.new,
  };
}

/** ", main thread X s" when known. */
const mainPart = (r: { main: number | null }) =>
  r.main === null ? "" : `, main thread ${r.main.toFixed(1)} s`;

function line(name: string, r: Run, extraction: { seconds: number; cpu: number }): void {
  const overhead = (r.seconds / extraction.seconds - 1) * 100;
  const cpuOverhead = (r.cpu / extraction.cpu - 1) * 100;
  console.log(
    `  ${name.padEnd(28)} ${r.seconds.toFixed(1).padStart(6)} s  ${(r.documents / r.seconds).toFixed(1).padStart(6)} docs/s  ${(r.events / r.seconds).toFixed(0).padStart(6)} events/s  store adds ${overhead.toFixed(1)}% to extraction (CPU ${r.cpu.toFixed(1)} s${mainPart(r)}, +${cpuOverhead.toFixed(1)}%)`,
  );
}

export async function ingestBench(): Promise<void> {
  const docs = Number(process.env.SECVAR_BENCH_DOCS ?? 2000);
  const dir = mkdtempSync(join(tmpdir(), "secvar-ingest-bench-"));
  try {
    const corpus = join(dir, "corpus.jsonl");
    writeSyntheticCorpus(docs, corpus);
    console.log(
      `\ningest bench: ${docs.toLocaleString("en")} synthetic documents (${(statSync(corpus).size / 1e6).toFixed(1)} MB JSONL), ${availableParallelism()} threads`,
    );
    // Extraction alone: the same documents through the same workers, output discarded.
    const extraction = timed([cli(), "analyze", "--batch", corpus]);
    console.log(
      `  load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")}`,
    );
    console.log(
      `  ${"extraction only (--batch)".padEnd(28)} ${extraction.seconds.toFixed(1).padStart(6)} s  ${(docs / extraction.seconds).toFixed(1).padStart(6)} docs/s  (CPU ${extraction.cpu.toFixed(1)} s${mainPart(extraction)})`,
    );
    const dialect = process.env.SECVAR_BENCH_DIALECT;
    let lite: Run | null = null;
    if (dialect !== "postgres") {
      const db = join(dir, "bench.db");
      lite = ingestRun(corpus, db);
      line("ingest → SQLite", lite, extraction);
      const size = statSync(db).size + (statSync(`${db}-wal`, { throwIfNoEntry: false })?.size ?? 0);
      console.log(
        `  SQLite file ${(size / 1e6).toFixed(1)} MB for ${lite.events.toLocaleString("en")} events (${(((size / Math.max(1, lite.events)) * 1e6) / 1e9).toFixed(2)} GB per million events, documents' text included)`,
      );
      const resume = ingestRun(corpus, db);
      console.log(
        `  ${"re-run (all duplicates)".padEnd(28)} ${resume.seconds.toFixed(1).padStart(6)} s  ${resume.new} new`,
      );
    }
    const cluster = dialect === "sqlite" ? null : await startPostgresCluster({ durable: true });
    if (!cluster)
      console.log(`  PostgreSQL: ${dialect === "sqlite" ? "not asked for" : "binaries not found"}, skipped`);
    else {
      try {
        const url = cluster.createDatabase("secvar_ingest_bench");
        const before = serverCpu(cluster.dataDir);
        const post = ingestRun(corpus, url);
        const after = serverCpu(cluster.dataDir);
        line("ingest → PostgreSQL", post, extraction);
        if (before !== null && after !== null) {
          const both = post.cpu + after - before;
          console.log(
            `  PostgreSQL server CPU ${(after - before).toFixed(1)} s; client + server CPU ${both.toFixed(1)} s, +${((both / extraction.cpu - 1) * 100).toFixed(1)}% over extraction`,
          );
        }
        if (lite)
          console.log(
            `  ratio PostgreSQL / SQLite ingest time: ${(post.seconds / lite.seconds).toFixed(2)}×`,
          );
      } finally {
        cluster.stop();
      }
    }
    console.log(
      `  load average at the end ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
