/**
 * `npm run bench -- ingest-rounds`: the store's share of `secvar ingest`, measured so that a loaded,
 * shared machine moves it less. One run holds SECVAR_BENCH_ROUNDS (default 5) rounds over the same
 * synthetic documents (SECVAR_BENCH_DOCS, default 2,000; seed 1); each round runs extraction alone
 * (`secvar analyze --batch`) and `secvar ingest` into a fresh SQLite file and a fresh database of one
 * throwaway PostgreSQL cluster (durable defaults), in an order that alternates from round to round
 * (extraction first, then last), so every ingest has an extraction run next to it. A round's share is
 * its ingest's CPU (all threads; on PostgreSQL plus the server's, from /proc) against its own
 * extraction's; the run reports every round, the median share with its range and quartiles, and the
 * median of each part's difference from extraction: the main thread, V8's helper threads (the
 * collector's and compilers') and the server. The machine's speed moves from run to run by more than
 * the store costs (the same extraction took 15–19 s of CPU in one run at load 4–6), so each share is
 * also given normalised: the ingest's CPU scaled by its extraction threads' CPU against its round's
 * extraction's. That is for paired comparisons (SECVAR_BENCH_OTHER): its level is off by what the
 * extraction threads of `ingest` do differently from those of `analyze --batch` (at 10,000
 * documents about 10% less: `ingest` builds the articles on its main thread), so the raw median is
 * the one to quote as the share. Start-up runs of 20
 * documents (extraction, each engine's ingest) split each difference into a fixed part and a part a
 * document (not a projection to another size: extraction's cost a document falls as its code warms).
 *
 * SECVAR_BENCH_OTHER=<checkout> (another worktree, built) also runs that checkout's `secvar ingest`
 * in every round next to this one's (order alternating), and reports the paired difference of the
 * two shares round by round: what a change does, with the load of each round cancelled.
 * SECVAR_BENCH_OTHER_PG_SQL=<statements> runs them on the other checkout's PostgreSQL database after
 * its schema is made and before it is measured (an experiment on the schema, e.g. without foreign keys).
 * SECVAR_BENCH_DIALECT=sqlite|postgres runs one engine; SECVAR_BENCH_JSON=<file> writes every run
 * (SECVAR_BENCH_REPLAY=<file> prints the summary of such a file again);
 * SECVAR_BENCH_NODE_FLAGS passes flags to every measured process (`--single-threaded-gc` puts each
 * isolate's collection work on its own thread, telling whose garbage the helpers collect);
 * SECVAR_BENCH_THIS_FLAGS to this checkout's ingest runs only.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { packageRoot } from "../src/data/index.js";
import { startPostgresCluster } from "../test/store/postgres-cluster.js";
import { writeSyntheticCorpus } from "./corpus-file.js";
import { serverCpu } from "./server-cpu.js";

/** CPU seconds of one run, by part. */
interface Measured {
  label: string;
  round: number;
  seconds: number;
  load: number;
  cpu: number;
  main: number;
  /** Threads started after the process (extraction workers, libuv's pool). */
  workers: number;
  /** Threads the process started with besides the main one (V8's collector and compiler helpers). */
  helpers: number;
  unsampled: number;
  server: number;
  gcMinorMs: number;
  gcMajorMs: number;
  events: number | null;
}

interface CpuFile {
  user: number;
  system: number;
  mainThread: number | null;
  threads: { main: number; helpers: number; later: number; unsampled: number } | null;
  gc: { minor: number; major: number };
}

const load1 = () => loadavg()[0] ?? 0;

/** One CLI run under the CPU preload, its figures in seconds. */
function measured(
  bin: string,
  args: string[],
  label: string,
  round: number,
  extraFlags = "",
): Measured & { stdout: string } {
  const cpuFile = join(tmpdir(), `secvar-rounds-cpu-${process.pid}.json`);
  const preload = join(packageRoot(), "dist", "bench", "cpu-usage-preload.js");
  const loadBefore = load1();
  const t = performance.now();
  const flags = `${process.env.SECVAR_BENCH_NODE_FLAGS ?? ""} ${extraFlags}`.split(" ").filter(Boolean);
  const stdout = execFileSync(
    process.execPath,
    [...flags, "--import", pathToFileURL(preload).href, bin, ...args],
    {
      env: { ...process.env, SECVAR_BENCH_CPU_FILE: cpuFile },
      maxBuffer: 1 << 30,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    },
  );
  const seconds = (performance.now() - t) / 1000;
  const u = JSON.parse(readFileSync(cpuFile, "utf8")) as CpuFile;
  rmSync(cpuFile, { force: true });
  const s = (us: number) => us / 1e6;
  const cpu = s(u.user + u.system);
  const th = u.threads;
  return {
    label,
    round,
    seconds,
    load: (loadBefore + load1()) / 2,
    cpu,
    main: th ? s(th.main) : s(u.mainThread ?? 0),
    workers: th ? s(th.later) : Number.NaN,
    helpers: th ? s(th.helpers) : Number.NaN,
    unsampled: th ? s(th.unsampled) : Number.NaN,
    server: 0,
    gcMinorMs: u.gc.minor,
    gcMajorMs: u.gc.major,
    events: null,
    stdout,
  };
}

function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return (s[lo] as number) + ((s[hi] as number) - (s[lo] as number)) * (at - lo);
}

const pct = (x: number) => `${x >= 0 ? "+" : ""}${(100 * x).toFixed(1)}%`;
const sec = (x: number) => (Number.isNaN(x) ? "   -" : x.toFixed(1).padStart(5));

/** "median +x% (range a – b, quartiles c – d, n rounds)". */
function spread(xs: readonly number[], f: (x: number) => string = pct): string {
  return `median ${f(quantile(xs, 0.5))} (range ${f(Math.min(...xs))} … ${f(Math.max(...xs))}, quartiles ${f(quantile(xs, 0.25))} … ${f(quantile(xs, 0.75))}, ${xs.length} rounds)`;
}

/** Documents of the start-up runs. */
const SMALL = 20;

/** A store run's total CPU: the process's and, on PostgreSQL, the server's. */
const total = (m: Measured) => m.cpu + m.server;

interface Target {
  name: string;
  dialect: "sqlite" | "postgres";
  bin: string;
}

export async function ingestRoundsBench(): Promise<void> {
  const replay = process.env.SECVAR_BENCH_REPLAY;
  if (replay) {
    // The summary again from a run's SECVAR_BENCH_JSON file.
    const saved = JSON.parse(readFileSync(replay, "utf8")) as { docs: number; runs: Measured[] };
    const labels = [...new Set(saved.runs.map((m) => m.label))].filter(
      (l) => l !== "extraction" && !l.startsWith("start-up"),
    );
    const rounds = Math.max(...saved.runs.map((m) => m.round));
    report(
      saved.runs,
      labels.map((name) => ({ name, dialect: name.startsWith("sqlite") ? "sqlite" : "postgres", bin: "" })),
      rounds,
      { docs: saved.docs, startups: saved.runs.filter((m) => m.label.startsWith("start-up")) },
    );
    return;
  }
  const docs = Number(process.env.SECVAR_BENCH_DOCS ?? 2000);
  const rounds = Number(process.env.SECVAR_BENCH_ROUNDS ?? 5);
  const dialect = process.env.SECVAR_BENCH_DIALECT;
  const otherRoot = process.env.SECVAR_BENCH_OTHER;
  const mine = join(packageRoot(), "bin", "secvar.js");
  const other = otherRoot ? join(resolve(otherRoot), "bin", "secvar.js") : null;
  const dir = mkdtempSync(join(tmpdir(), "secvar-ingest-rounds-"));
  const cluster = dialect === "sqlite" ? null : await startPostgresCluster({ durable: true });
  const targets: Target[] = [];
  for (const d of ["sqlite", "postgres"] as const) {
    if (dialect && dialect !== d) continue;
    if (d === "postgres" && !cluster) {
      console.log("  PostgreSQL: binaries not found, skipped");
      continue;
    }
    targets.push({ name: `${d} this`, dialect: d, bin: mine });
    if (other) targets.push({ name: `${d} other`, dialect: d, bin: other });
  }
  const runs: Measured[] = [];
  let dbCount = 0;
  try {
    const corpus = join(dir, "corpus.jsonl");
    writeSyntheticCorpus(docs, corpus);
    console.log(
      `\ningest rounds: ${docs.toLocaleString("en")} synthetic documents, ${rounds} rounds, ${availableParallelism()} threads${other ? `, other checkout ${otherRoot}` : ""}; load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")}`,
    );
    console.log(
      "  round run               load      s    CPU  main  workers helpers unsampled server  minor/major GC ms  share",
    );
    const ingest = async (t: Target, round: number, input = corpus): Promise<Measured> => {
      const name = `secvar_rounds_${++dbCount}`;
      let where: string;
      if (t.dialect === "sqlite") where = join(dir, `${name}.db`);
      else {
        where = (cluster as NonNullable<typeof cluster>).createDatabase(name);
        const setup = process.env.SECVAR_BENCH_OTHER_PG_SQL;
        if (setup && t.name === "postgres other") {
          // The schema first (opening the store migrates it), then the experiment's statements.
          execFileSync(process.execPath, [t.bin, "actors", "--db", where], { stdio: "ignore" });
          await runSql(where, setup);
        }
      }
      const before = cluster && t.dialect === "postgres" ? serverCpu(cluster.dataDir) : null;
      // Flags for this checkout's ingest alone (an experiment with no code change).
      const own = t.bin === mine ? (process.env.SECVAR_BENCH_THIS_FLAGS ?? "") : "";
      const m = measured(t.bin, ["ingest", input, "--db", where, "--json"], t.name, round, own);
      if (cluster && before !== null) m.server = (serverCpu(cluster.dataDir) ?? before) - before;
      m.events = (JSON.parse(m.stdout.trim().split("\n").at(-1) as string) as { events: number }).events;
      if (t.dialect === "sqlite")
        for (const f of ["", "-wal", "-shm"]) rmSync(`${where}${f}`, { force: true });
      else await dropDatabase(cluster?.url as string, name);
      return m;
    };
    // Start-up (loading the pipeline's resources in every thread; on the store's side opening and
    // making the store, compiling its code) costs the same whatever the size: measured once on a few
    // documents, it splits each round's difference into a fixed part and a part a document, and
    // projects the share at the issue's 10,000 documents.
    const small = join(dir, "small.jsonl");
    writeFileSync(small, readFileSync(corpus, "utf8").split("\n").slice(0, SMALL).join("\n"));
    const startups: Measured[] = [measured(mine, ["analyze", "--batch", small], "start-up", 0)];
    for (const t of targets.filter((x) => x.bin === mine)) {
      const m = await ingest({ ...t, name: `start-up ${t.name}` }, 0, small);
      startups.push(m);
    }
    console.log(
      `  start-up (${SMALL} documents), CPU: ${startups.map((m) => `${m.label === "start-up" ? "extraction" : m.label.slice("start-up ".length)} ${total(m).toFixed(1)} s`).join(", ")}; load ${startups[0]?.load.toFixed(1)}`,
    );
    for (let r = 1; r <= rounds; r++) {
      // Odd rounds: extraction first; even rounds: last (and the targets in reverse order).
      const order = r % 2 === 1 ? targets : [...targets].reverse();
      const roundRuns: Measured[] = [];
      const extract = () => measured(mine, ["analyze", "--batch", corpus], "extraction", r);
      if (r % 2 === 1) roundRuns.push(extract());
      for (const t of order) roundRuns.push(await ingest(t, r));
      if (r % 2 === 0) roundRuns.push(extract());
      const base = roundRuns.find((m) => m.label === "extraction") as Measured;
      for (const m of roundRuns) {
        const share = m === base ? "" : pct(total(m) / base.cpu - 1);
        console.log(
          `  ${String(r).padStart(5)} ${m.label.padEnd(16)} ${m.load.toFixed(1).padStart(5)} ${sec(m.seconds)} ${sec(m.cpu)} ${sec(m.main)} ${sec(m.workers)}   ${sec(m.helpers)}   ${sec(m.unsampled)} ${sec(m.server)}  ${m.gcMinorMs.toFixed(0).padStart(6)}/${m.gcMajorMs.toFixed(0).padStart(5)}  ${share}`,
        );
      }
      runs.push(...roundRuns);
    }
    report(runs, targets, rounds, { docs, startups });
    if (process.env.SECVAR_BENCH_JSON)
      writeFileSync(process.env.SECVAR_BENCH_JSON, JSON.stringify({ docs, runs: [...startups, ...runs] }));
  } finally {
    cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function runSql(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

async function dropDatabase(url: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`drop database ${name} with (force)`);
  } finally {
    await admin.end();
  }
}

/** The summary: each target's median share and its parts, and the paired differences. */
function report(
  runs: readonly Measured[],
  targets: readonly Target[],
  rounds: number,
  size: { docs: number; startups: readonly Measured[] },
): void {
  const startup = (label: string) => size.startups.find((m) => m.label === label);
  const e0 = startup("start-up")?.cpu ?? 0;
  const extraction = (r: number) => runs.find((m) => m.round === r && m.label === "extraction") as Measured;
  const ext = runs.filter((m) => m.label === "extraction");
  console.log(
    `  extraction alone: CPU ${spread(
      ext.map((m) => m.cpu),
      (x) => `${x.toFixed(1)} s`,
    )}`,
  );
  const shares = new Map<string, number[]>();
  const normalised = new Map<string, number[]>();
  for (const t of targets) {
    const mine = runs.filter((m) => m.label === t.name);
    const share = mine.map((m) => total(m) / extraction(m.round).cpu - 1);
    // The same extraction runs in both processes' worker threads: a run's worker CPU against its
    // round's extraction tells how much slower the machine ran it, and scales the rest.
    // The same documents are extracted in both processes' worker threads: a run's worker CPU against
    // its round's extraction's tells how much slower the machine ran it, and scales the rest. What
    // those threads do differently (in `ingest` the store's rows, the sketch, the buffer, but not the
    // article, built on its main thread) is counted as nothing: it shifts the level of this share (by
    // the median worker ratio printed below), not the paired difference of two versions whose
    // extraction threads do the same.
    const ratio = (m: Measured) => m.workers / extraction(m.round).workers;
    const scale = (m: Measured) => 1 / ratio(m);
    const norm = mine.map((m) => (total(m) * scale(m)) / extraction(m.round).cpu - 1);
    shares.set(t.name, share);
    normalised.set(t.name, norm);
    const part = (f: (m: Measured) => number) =>
      quantile(
        mine.map((m) => (f(m) * scale(m) - f(extraction(m.round))) / extraction(m.round).cpu),
        0.5,
      );
    console.log(`  ${t.name}: store's share ${spread(share)}`);
    console.log(`    normalised by the extraction threads' CPU: ${spread(norm)}`);
    // Per document: the store's extra CPU (raw) beyond its fixed part (its start-up run's against
    // extraction's). Extraction's own cost a document falls with the run's length (compiling), so
    // these do not project a share at another size: measure at that size.
    // The start-up runs are this checkout's: the other one's fixed part is taken to be the same.
    const own = startup(`start-up ${t.dialect} this`);
    const fixed = (own ? total(own) : e0) - e0;
    const perDoc = mine.map((m) => (total(m) - extraction(m.round).cpu - fixed) / (size.docs - SMALL));
    console.log(
      `    raw, a document beyond a fixed ${fixed.toFixed(1)} s: ${spread(perDoc, (x) => `${(1000 * x).toFixed(2)} ms`)}; extraction ${(
        1000 *
          ((quantile(
            ext.map((m) => m.cpu),
            0.5,
          ) -
            e0) /
            (size.docs - SMALL))
      ).toFixed(2)} ms a document beyond its ${e0.toFixed(1)} s`,
    );
    console.log(
      `    normalised parts' medians, % of extraction: main ${pct(part((m) => m.main))}, V8 helpers ${pct(part((m) => m.helpers))}, server ${pct(part((m) => m.server))}, extraction threads ${pct(part((m) => m.workers))}, unsampled ${pct(part((m) => m.unsampled))}; extraction threads' CPU against extraction alone's: ${spread(mine.map((m) => ratio(m) - 1))}; main-thread GC pauses ${part((m) => (m.gcMinorMs + m.gcMajorMs) / 1000).toFixed(3)} of extraction`,
    );
  }
  for (const d of ["sqlite", "postgres"])
    for (const [name, series] of [
      ["share", shares],
      ["normalised share", normalised],
    ] as const) {
      const a = series.get(`${d} this`);
      const b = series.get(`${d} other`);
      if (!a || !b) continue;
      const diff = a.map((x, i) => x - (b[i] as number));
      console.log(
        `  ${d} this − other, ${name}, paired by round: ${spread(diff, (x) => `${x >= 0 ? "+" : ""}${(100 * x).toFixed(1)} pt`)}; this lower in ${diff.filter((x) => x < 0).length} of ${rounds}`,
      );
    }
  console.log(
    `  load average at the end ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
}
