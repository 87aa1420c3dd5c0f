/**
 * `npm run bench -- scenario`: the scenario engine on the bnlearn networks of ../shared/bn, side by
 * side with JavaScript peers (bayesjs: exact junction tree; jsbayes: likelihood-weighting sampler,
 * approximate) in the same run, each network in its own child process (peak memory, time cap).
 * Also: this machine's memory bandwidth and the share of it the propagation reaches, and the whole
 * `secvar scenario run munin.bif` process. Prints figures; asserts nothing.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { packageRoot } from "../src/data/index.js";
import {
  compile,
  createWorkspace,
  infer,
  type JunctionTree,
  type Network,
  parseBif,
  rowStates,
} from "../src/scenario/index.js";

const BN = join(packageRoot(), "..", "shared", "bn");
const PEER_CAP_MS = 30_000;
const SELF = import.meta.filename;

interface Reference {
  prior: Record<string, number[]>;
  cases: { evidence: Record<string, string> }[];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Median CPU time of the runs of the last `timed` call (robust when the machine is shared). */
let lastCpu = Number.NaN;

/** Repeats fn until ~budget ms or max runs (at least min) and returns the median wall time. */
function timed(fn: () => void, budget = 400, min = 3, max = 50): number {
  // Warm up first: the optimising compiler needs a few calls (longer on a busy machine).
  const warm = performance.now();
  for (let i = 0; i < 20 && (i < 2 || performance.now() - warm < budget / 2); i++) fn();
  const times: number[] = [];
  const cpu: number[] = [];
  const start = performance.now();
  while (times.length < min || (times.length < max && performance.now() - start < budget)) {
    const t = performance.now();
    const c = cpuMs();
    fn();
    cpu.push(cpuMs() - c);
    times.push(performance.now() - t);
  }
  lastCpu = median(cpu);
  return median(times);
}

function load(name: string): { net: Network; ref: Reference; parseMs: number } {
  const text = readFileSync(join(BN, "networks", `${name}.bif`), "utf8");
  const t = performance.now();
  const net = parseBif(text, `${name}.bif`);
  const parseMs = performance.now() - t;
  return {
    net,
    ref: JSON.parse(readFileSync(join(BN, "reference", `${name}.json`), "utf8")) as Reference,
    parseMs,
  };
}

function maxError(
  net: Network,
  got: (name: string) => number[] | undefined,
  want: Record<string, number[]>,
): number {
  let worst = 0;
  for (const v of net.variables) {
    const g = got(v.name);
    (want[v.name] ?? []).forEach((x, j) => {
      worst = Math.max(worst, Math.abs(x - (g?.[j] ?? Number.NaN)) || 0, g ? 0 : 1);
    });
  }
  return worst;
}

/** Entries streamed by one propagation: copy of the prior tables, collect and distribute. */
function streamedBytes(jt: JunctionTree): number {
  let child = 0;
  let parent = 0;
  for (let c = 0; c < jt.parent.length; c++) {
    if (c === jt.root) continue;
    child += jt.cliqueSize[c] as number;
    if (jt.parentMap[c]) parent += jt.cliqueSize[jt.parent[c] as number] as number;
  }
  // copy: read + write; collect: read child, read+write parent; distribute: read parent, read+write child.
  return 8 * (2 * jt.totalSize + 3 * child + 3 * parent);
}

function oursChild(name: string): object {
  const { net, ref, parseMs } = load(name);
  let t = performance.now();
  const jt = compile(net);
  const compileMs = performance.now() - t;
  const ws = createWorkspace(jt);
  t = performance.now();
  const first = infer(jt, {}, ws);
  const firstMs = performance.now() - t;
  const priorMs = timed(() => infer(jt, {}, ws));
  const priorCpuMs = lastCpu;
  const caseCpu: number[] = [];
  const caseMs = median(
    ref.cases.map((c) => {
      const w = timed(() => infer(jt, { evidence: c.evidence }, ws), 200, 3, 20);
      caseCpu.push(lastCpu);
      return w;
    }),
  );
  const err = maxError(
    net,
    (v) => Array.from(first.marginals[net.variables.findIndex((x) => x.name === v)] ?? []),
    ref.prior,
  );
  return {
    name,
    nodes: net.variables.length,
    parseMs,
    compileMs,
    firstMs,
    priorMs,
    priorCpuMs,
    caseMs,
    caseCpuMs: median(caseCpu),
    total: jt.totalSize,
    bytes: streamedBytes(jt),
    heuristic: jt.heuristic,
    err,
    rssMB: process.resourceUsage().maxRSS / 1024,
  };
}

function bayesjsNetwork(net: Network): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const v of net.variables) {
    const card = v.states.length;
    const dist = (o: number) => Object.fromEntries(v.states.map((s, j) => [s, v.cpt[o + j] as number]));
    const cpt =
      v.parents.length === 0
        ? dist(0)
        : Array.from({ length: v.cpt.length / card }, (_, r) => ({
            when: Object.fromEntries(v.parents.map((p, k) => [p, rowStates(net, v, r)[k]])),
            // biome-ignore lint/suspicious/noThenProperty: bayesjs's CPT rows are {when, then}.
            then: dist(r * card),
          }));
    out[v.name] = { id: v.name, states: v.states, parents: v.parents, cpt };
  }
  return out;
}

function bayesjsChild(name: string): object {
  const { net, ref } = load(name);
  const require = createRequire(import.meta.url);
  const bayes = require("bayesjs") as {
    inferAll: (n: unknown, g: Record<string, string>, o: object) => Record<string, Record<string, number>>;
  };
  const bnet = bayesjsNetwork(net);
  let t = performance.now();
  const prior = bayes.inferAll(bnet, {}, { precision: 15, force: true });
  const priorMs = performance.now() - t;
  const c = ref.cases[0];
  t = performance.now();
  if (c) bayes.inferAll(bnet, c.evidence, { precision: 15, force: true });
  const caseMs = performance.now() - t;
  const err = maxError(
    net,
    (v) => net.variables.find((x) => x.name === v)?.states.map((s) => prior[v]?.[s] ?? Number.NaN),
    ref.prior,
  );
  return { name, priorMs, caseMs, err, rssMB: process.resourceUsage().maxRSS / 1024 };
}

function jsbayesChild(name: string): object {
  const { net, ref } = load(name);
  const require = createRequire(import.meta.url);
  const jsbayes = require("jsbayes") as {
    newGraph: () => {
      addNode: (
        n: string,
        s: string[],
      ) => { addParent: (p: unknown) => void; setCpt: (p: unknown) => void; probs: () => number[] };
      sample: (n: number) => Promise<unknown>;
      saveSamples: boolean;
    };
  };
  const g = jsbayes.newGraph();
  g.saveSamples = false;
  const nodes = new Map(net.variables.map((v) => [v.name, g.addNode(v.name, v.states)]));
  for (const v of net.variables) for (const p of v.parents) nodes.get(v.name)?.addParent(nodes.get(p));
  for (const v of net.variables) {
    const card = v.states.length;
    const rows = Array.from({ length: v.cpt.length / card }, (_, r) =>
      Array.from(v.cpt.subarray(r * card, r * card + card)),
    );
    nodes.get(v.name)?.setCpt(v.parents.length ? rows : rows[0]);
  }
  const t = performance.now();
  void g.sample(20000);
  const sampleMs = performance.now() - t;
  const err = maxError(net, (v) => nodes.get(v)?.probs(), ref.prior);
  return { name, sampleMs, samples: 20000, err, rssMB: process.resourceUsage().maxRSS / 1024 };
}

/** Read bandwidth (sum) and copy bandwidth of this machine over 256 MB, in GB/s (best of 5). */
function memoryBandwidth(_name?: string): { read: number; copy: number } {
  const n = 32 * 1024 * 1024;
  const a = new Float64Array(n).fill(1);
  const b = new Float64Array(n);
  let best = { read: 0, copy: 0 };
  for (let r = 0; r < 5; r++) {
    let t = performance.now();
    // Four independent sums so the loop is bound by memory, not by one chain of additions.
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let i = 0; i < n; i += 4) {
      s0 += a[i] as number;
      s1 += a[i + 1] as number;
      s2 += a[i + 2] as number;
      s3 += a[i + 3] as number;
    }
    const s = s0 + s1 + s2 + s3;
    const readMs = performance.now() - t;
    t = performance.now();
    b.set(a);
    const copyMs = performance.now() - t;
    if (s !== n) throw new Error("bandwidth check");
    best = {
      read: Math.max(best.read, (8 * n) / readMs / 1e6),
      copy: Math.max(best.copy, (16 * n) / copyMs / 1e6),
    };
  }
  return best;
}

function child(kind: string, name: string, capMs = PEER_CAP_MS): Record<string, number | string> | string {
  const r = spawnSync(process.execPath, ["--max-old-space-size=8000", SELF, "--child", kind, name], {
    encoding: "utf8",
    timeout: capMs,
    maxBuffer: 1 << 24,
  });
  if (r.error || r.status !== 0 || r.signal)
    return r.signal
      ? `> ${capMs / 1000} s (stopped)`
      : `failed: ${(r.stderr || String(r.error)).split("\n")[0]}`;
  return JSON.parse(r.stdout) as Record<string, number | string>;
}

const fmt = (ms: number) =>
  ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : ms < 1000 ? `${ms.toFixed(1)} ms` : `${(ms / 1000).toFixed(2)} s`;

/** The scenario section of `npm run bench`. */
export function runScenarioBench(args: string[] = []): void {
  console.log("\nSCENARIO ENGINE (junction tree; medians; each network in its own process)");
  console.log(
    `  load average at start: ${loadavg()
      .map((x) => x.toFixed(1))
      .join(
        ", ",
      )} on ${availableParallelism()} cores (wall times; CPU times in parentheses; GB/s from CPU time)`,
  );
  if (!existsSync(BN)) {
    console.log(`  skipped: ${BN} is absent (the bnlearn networks live in ../shared/bn)`);
    return;
  }
  const wanted = args.filter((a) => !a.startsWith("-") && a !== "scenario");
  const all = readdirSync(join(BN, "networks"))
    .filter((f) => f.endsWith(".bif"))
    .map((f) => f.slice(0, -4));
  const index = JSON.parse(readFileSync(join(BN, "reference", "INDEX.json"), "utf8")) as {
    net: string;
    total_clique_size: number;
  }[];
  const size = new Map(index.map((r) => [r.net, r.total_clique_size]));
  const names = (wanted.length ? wanted : all.filter((n) => n !== "munin1")).sort(
    (a, b) => (size.get(a) ?? 0) - (size.get(b) ?? 0),
  );
  // In a child too: Linux keeps the peak RSS across fork + exec, so 512 MB here would show in every child.
  const measured = child("memory", "-", 120_000);
  const bw =
    typeof measured === "string"
      ? { read: Number.NaN, copy: Number.NaN }
      : { read: Number(measured.read), copy: Number(measured.copy) };
  console.log(
    `  memory bandwidth of this machine (1 thread, 256 MB): read ${bw.read.toFixed(1)} GB/s, copy ${bw.copy.toFixed(1)} GB/s (bytes read + written); roof = the larger`,
  );
  console.log(
    "  network      nodes  clique entries  parse     compile   all priors (cpu)     evidence case (cpu)  peak RSS  GB/s (share of roof)    max err | bayesjs priors (err)      ratio | jsbayes 20k samples (err)",
  );
  for (const name of names) {
    const o = child("ours", name, 300_000);
    if (typeof o === "string") {
      console.log(`  ${name.padEnd(12)} ${o}`);
      continue;
    }
    const gbs = Number(o.bytes) / Number(o.priorCpuMs) / 1e6;
    const roof = Math.max(bw.read, bw.copy);
    const peerCells = peers(name, Number(o.priorMs), Number(o.caseMs));
    console.log(
      `  ${name.padEnd(12)} ${String(o.nodes).padStart(5)} ${Number(o.total).toLocaleString("en").padStart(15)}  ${fmt(Number(o.parseMs)).padEnd(9)} ${fmt(Number(o.compileMs)).padEnd(9)} ${`${fmt(Number(o.priorMs))} (${fmt(Number(o.priorCpuMs))})`.padEnd(20)} ${`${fmt(Number(o.caseMs))} (${fmt(Number(o.caseCpuMs))})`.padEnd(20)} ${`${Number(o.rssMB).toFixed(0)} MB`.padEnd(9)} ${`${gbs.toFixed(2)} (${((100 * gbs) / roof).toFixed(0)}%)`.padEnd(24)} ${Number(o.err).toExponential(0).padEnd(7)} | ${peerCells}`,
    );
  }
  wholeProcess("munin");
}

function peers(name: string, oursPrior: number, _oursCase: number): string {
  const b = child("bayesjs", name);
  const bCell =
    typeof b === "string"
      ? b.padEnd(25)
      : `${fmt(Number(b.priorMs))} (${Number(b.err).toExponential(0)})`.padEnd(25);
  const exact = typeof b !== "string" && Number(b.err) < 1e-6;
  const ratio =
    typeof b === "string"
      ? b.startsWith(">")
        ? `> ${(PEER_CAP_MS / oursPrior).toFixed(0)}×`
        : "—"
      : exact
        ? `${(Number(b.priorMs) / oursPrior).toFixed(0)}×`
        : "inexact";
  const j = child("jsbayes", name);
  const jCell = typeof j === "string" ? j : `${fmt(Number(j.sampleMs))} (${Number(j.err).toExponential(0)})`;
  return `${bCell} ${ratio.padStart(6)} | ${jCell}`;
}

/** `secvar scenario run NET.bif --json` as a user waits for it: parse, compile, all priors, output. */
function wholeProcess(name: string): void {
  const file = join(BN, "networks", `${name}.bif`);
  if (!existsSync(file)) return;
  const cli = join(packageRoot(), "bin", "secvar.js");
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    execFileSync(process.execPath, [cli, "scenario", "run", file, "--json"], {
      stdio: ["ignore", "ignore", "inherit"],
      maxBuffer: 1 << 28,
    });
    runs.push(performance.now() - t);
  }
  const startups: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    execFileSync(process.execPath, [cli, "--version"], { stdio: "ignore" });
    startups.push(performance.now() - t);
  }
  // The same work with only the scenario modules loaded: what the command costs without the
  // start-up of the other commands' modules (main.ts imports them all eagerly).
  const direct = join(packageRoot(), "dist", "src", "cli", "scenario-command.js");
  const script = `import(${JSON.stringify(pathToFileURL(direct).href)}).then((m) => m.scenarioCommand("run", ${JSON.stringify(file)}, { json: true }, { out: (s) => process.stdout.write(s), err: () => {}, isTTY: false }))`;
  const alone: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    execFileSync(process.execPath, ["-e", script], {
      stdio: ["ignore", "ignore", "inherit"],
      maxBuffer: 1 << 28,
    });
    alone.push(performance.now() - t);
  }
  console.log(
    `  whole process \`secvar scenario run ${name}.bif --json\`: median ${fmt(median(runs))} over 3 runs; CLI start-up alone (\`secvar --version\`): ${fmt(median(startups))}; the same run with only the scenario modules loaded: ${fmt(median(alone))}`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf("--child");
  if (at >= 0) {
    const kind = process.argv[at + 1];
    const name = process.argv[at + 2] as string;
    const run =
      kind === "ours"
        ? oursChild
        : kind === "bayesjs"
          ? bayesjsChild
          : kind === "memory"
            ? memoryBandwidth
            : jsbayesChild;
    process.stdout.write(JSON.stringify(run(name)));
  } else runScenarioBench(process.argv.slice(2));
}
