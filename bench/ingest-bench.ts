/**
 * `npm run bench -- ingest`: ingest throughput of a synthetic corpus (bench/corpus), measured side by
 * side with extraction alone (`secvar analyze --batch`, same threads, same documents) so that the
 * store's share of the time shows: the target is that the store adds under 20% to extraction.
 * SQLite always; PostgreSQL in a throwaway cluster when its binaries exist.
 * Size: SECVAR_BENCH_DOCS (default 2,000; the figure is 10,000); SECVAR_BENCH_DIALECT=sqlite
 * skips PostgreSQL.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { packageRoot } from "../src/data/index.js";
import { startPostgresCluster } from "../test/store/postgres-cluster.js";

interface Run {
  seconds: number;
  documents: number;
  events: number;
  new: number;
}

function cli(): string {
  return join(packageRoot(), "bin", "secvar.js");
}

function timed(args: string[], env: NodeJS.ProcessEnv = process.env): { seconds: number; stdout: string } {
  const t = performance.now();
  const stdout = execFileSync(process.execPath, args, {
    env,
    maxBuffer: 1 << 30,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  });
  return { seconds: (performance.now() - t) / 1000, stdout };
}

function ingestRun(corpus: string, db: string): Run {
  const r = timed([cli(), "ingest", corpus, "--db", db, "--json"]);
  const s = JSON.parse(r.stdout.trim().split("\n").at(-1) as string);
  return { seconds: r.seconds, documents: s.documents, events: s.events, new: s.new };
}

function line(name: string, r: Run, extraction: number): void {
  const overhead = (r.seconds / extraction - 1) * 100;
  console.log(
    `  ${name.padEnd(28)} ${r.seconds.toFixed(1).padStart(6)} s  ${(r.documents / r.seconds).toFixed(1).padStart(6)} docs/s  ${(r.events / r.seconds).toFixed(0).padStart(6)} events/s  store adds ${overhead.toFixed(1)}% to extraction`,
  );
}

export async function ingestBench(): Promise<void> {
  const docs = Number(process.env.SECVAR_BENCH_DOCS ?? 2000);
  const dir = mkdtempSync(join(tmpdir(), "secvar-ingest-bench-"));
  try {
    const corpus = join(dir, "corpus.jsonl");
    execFileSync(process.execPath, [
      join(packageRoot(), "dist", "bench", "synthetic-corpus.js"),
      "--docs",
      String(docs),
      "--seed",
      "1",
      "--out",
      corpus,
    ]);
    console.log(
      `\ningest bench: ${docs.toLocaleString("en")} synthetic documents (${(statSync(corpus).size / 1e6).toFixed(1)} MB JSONL), ${availableParallelism()} threads`,
    );
    // Extraction alone: the same documents through the same workers, output discarded.
    const extraction = timed([cli(), "analyze", "--batch", corpus]).seconds;
    console.log(
      `  ${"extraction only (--batch)".padEnd(28)} ${extraction.toFixed(1).padStart(6)} s  ${(docs / extraction).toFixed(1).padStart(6)} docs/s`,
    );
    const db = join(dir, "bench.db");
    const lite = ingestRun(corpus, db);
    line("ingest → SQLite", lite, extraction);
    const size = statSync(db).size + (statSync(`${db}-wal`, { throwIfNoEntry: false })?.size ?? 0);
    console.log(
      `  SQLite file ${(size / 1e6).toFixed(1)} MB for ${lite.events.toLocaleString("en")} events (${(((size / Math.max(1, lite.events)) * 1e6) / 1e9).toFixed(2)} GB per million events, documents' text included)`,
    );
    const resume = ingestRun(corpus, db);
    console.log(
      `  ${"re-run (all duplicates)".padEnd(28)} ${resume.seconds.toFixed(1).padStart(6)} s  ${resume.new} new`,
    );
    const cluster =
      process.env.SECVAR_BENCH_DIALECT === "sqlite" ? null : await startPostgresCluster({ durable: true });
    if (!cluster)
      console.log(
        `  PostgreSQL: ${process.env.SECVAR_BENCH_DIALECT === "sqlite" ? "not asked for" : "binaries not found"}, skipped`,
      );
    else {
      try {
        const url = cluster.createDatabase("secvar_ingest_bench");
        const post = ingestRun(corpus, url);
        line("ingest → PostgreSQL", post, extraction);
        console.log(`  ratio PostgreSQL / SQLite ingest time: ${(post.seconds / lite.seconds).toFixed(2)}×`);
      } finally {
        cluster.stop();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
