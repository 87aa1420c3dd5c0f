/** `secvar scenario show|run|what-if|sensitivity|voi|mpe|convert`: Bayesian network scenarios. */
import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import {
  compile,
  createWorkspace,
  formatOf,
  HEURISTICS,
  type Heuristic,
  infer,
  isScenarioError,
  type JunctionTree,
  mostProbableExplanation,
  type Network,
  parseModel,
  posteriorRecord,
  type Query,
  sensitivity,
  valueOfInformation,
  writeModel,
} from "../scenario/index.js";
import { CliError } from "./cli-error.js";
import type { Output } from "./output.js";
import { countFrom, queryFrom, type ScenarioFlags, targetFrom } from "./scenario-args.js";
import {
  renderBranches,
  renderMarginals,
  renderMpe,
  renderSensitivity,
  renderVoi,
  renderWhatIf,
} from "./scenario-render.js";
import { renderShow, showRecord } from "./scenario-show.js";

export type ScenarioAction = "show" | "run" | "what-if" | "sensitivity" | "voi" | "mpe";

/** Query problems (names in flags) are usage errors (exit 2); model problems are failures (exit 1). */
const USAGE_CODES = new Set(["unknown_variable", "unknown_state", "bad_likelihood"]);

function guard<T>(what: string, fn: () => T, usage = false): T {
  try {
    return fn();
  } catch (e) {
    if (isScenarioError(e)) {
      const asUsage = usage && USAGE_CODES.has(e.code);
      throw new CliError(
        asUsage
          ? e.message
          : `${what}: ${e.message.startsWith(what) ? e.message.slice(what.length + 2) : e.message}`,
        asUsage ? 2 : 1,
      );
    }
    throw e;
  }
}

/** Reads and parses a model file (YAML scenario, BIF or XMLBIF). */
export function loadModel(file: string): Network {
  if (!formatOf(file) || formatOf(file) === "dot")
    throw new CliError(`${file}: unknown model format (use .yaml, .yml, .bif, .xml or .xmlbif)`, 2);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new CliError(
      `${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
      1,
    );
  }
  return guard(file, () => parseModel(text, file));
}

function heuristicFrom(flags: ScenarioFlags): Heuristic | "auto" {
  const h = flags.heuristic ?? "auto";
  if (h !== "auto" && !HEURISTICS.includes(h as Heuristic))
    throw new CliError(`--heuristic "${h}": expected auto, ${HEURISTICS.join(", ")}`, 2);
  return h as Heuristic | "auto";
}

export function scenarioCommand(
  action: ScenarioAction,
  file: string,
  flags: ScenarioFlags,
  out: Output,
): void {
  const net = loadModel(file);
  // bnlearn BIF files call every network "unknown": name it after its file instead.
  if (!net.title && (net.name === "unknown" || net.name === "unnamed")) net.title = basename(file);
  const jt = guard(file, () => compile(net, { heuristic: heuristicFrom(flags) }));
  const q = queryFrom(flags);
  const run = <T>(fn: () => T) => guard(file, fn, true);
  if (action === "show") showAction(jt, flags, out);
  else if (action === "run") runAction(jt, q, flags, out, run);
  else if (action === "what-if") whatIfAction(jt, q, flags, out, run);
  else if (action === "sensitivity") {
    const t = targetFrom(flags, true);
    const options = flags.delta === undefined ? {} : { delta: deltaFrom(flags.delta) };
    const r = run(() => sensitivity(jt, { variable: t.variable, state: t.state as string }, q, options));
    out.out(
      flags.json
        ? JSON.stringify(r, null, 2)
        : renderSensitivity(r, countFrom(flags.top, 10, "--top")).join("\n"),
    );
  } else if (action === "voi") {
    const r = run(() => valueOfInformation(jt, targetFrom(flags, false).variable, q));
    out.out(
      flags.json ? JSON.stringify(r, null, 2) : renderVoi(r, countFrom(flags.top, 15, "--top")).join("\n"),
    );
  } else {
    const e = run(() => mostProbableExplanation(jt, q));
    out.out(flags.json ? JSON.stringify(e, null, 2) : renderMpe(net, e).join("\n"));
  }
}

function deltaFrom(text: string): number {
  const d = Number(text);
  if (!(d > 0 && d <= 1)) throw new CliError(`--delta "${text}": expected a number in (0, 1]`, 2);
  return d;
}

function showAction(jt: JunctionTree, flags: ScenarioFlags, out: Output): void {
  out.out(flags.json ? JSON.stringify(showRecord(jt), null, 2) : renderShow(jt).join("\n"));
}

function runAction(
  jt: JunctionTree,
  q: Query,
  flags: ScenarioFlags,
  out: Output,
  run: <T>(fn: () => T) => T,
): void {
  const net = jt.network;
  // One query only (no branches): work in the compiled tables, no second copy of them.
  const single = !net.branchOn?.length;
  const p = run(() => infer(jt, q, createWorkspace(jt, { consumeBase: single })));
  if (flags.json) {
    out.out(JSON.stringify(posteriorRecord(net, p)));
    return;
  }
  const lines = [
    `${net.title ?? net.name}: ${net.variables.length} variables; P(evidence) = ${formatP(p.logPEvidence)}`,
    "",
  ];
  lines.push(...renderMarginals(net, p.marginals));
  for (const b of net.branchOn ?? []) {
    const bi = jt.index.get(b) as number;
    const probs = p.marginals[bi] as Float64Array;
    const given = net.variables[bi]?.states.map((s, k) =>
      (probs[k] as number) > 0 ? infer(jt, { ...q, evidence: { ...q.evidence, [b]: s } }).marginals : null,
    );
    lines.push("", ...renderBranches(net, bi, probs, given ?? []));
  }
  out.out(lines.join("\n"));
}

function whatIfAction(
  jt: JunctionTree,
  q: Query,
  flags: ScenarioFlags,
  out: Output,
  run: <T>(fn: () => T) => T,
): void {
  if (!q.evidence && !q.soft && !q.do) throw new CliError("what-if needs --evidence, --soft or --do", 2);
  const before = infer(jt);
  const after = run(() => infer(jt, q));
  if (flags.json) {
    out.out(
      JSON.stringify({
        before: posteriorRecord(jt.network, before),
        after: posteriorRecord(jt.network, after),
      }),
    );
    return;
  }
  const lines = [`What if ${describeQuery(q)}?  P(evidence) = ${formatP(after.logPEvidence)}`, ""];
  lines.push(...renderWhatIf(jt.network, before.marginals, after.marginals));
  out.out(lines.join("\n"));
}

function describeQuery(q: Query): string {
  const parts = [
    ...Object.entries(q.evidence ?? {}).map(([k, v]) => `${k} = ${v}`),
    ...Object.entries(q.soft ?? {}).map(([k, v]) => `${k} ~ likelihood (${v.join(", ")})`),
    ...Object.entries(q.do ?? {}).map(([k, v]) => `do(${k} = ${v})`),
  ];
  return parts.join(" and ");
}

/** P(evidence) readable even below 1e-308: "3.2e-5" or "10^-412.3". */
export function formatP(logP: number): string {
  const l10 = logP / Math.LN10;
  if (l10 > -300) return Number(Math.exp(logP).toPrecision(6)).toString();
  return `10^${l10.toFixed(3)}`;
}

/** `secvar scenario convert IN OUT`: YAML, BIF, XMLBIF in; YAML, BIF, XMLBIF, DOT out. */
export function convertCommand(input: string, output: string, out: Output): void {
  const format = formatOf(output);
  if (!format)
    throw new CliError(`${output}: unknown output format (use .yaml, .yml, .bif, .xml, .xmlbif or .dot)`, 2);
  const net = loadModel(input);
  try {
    writeFileSync(output, writeModel(net, format));
  } catch (e) {
    throw new CliError(
      `${output}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
      1,
    );
  }
  out.err(`secvar: wrote ${output} (${format}, ${net.variables.length} variables)`);
}
