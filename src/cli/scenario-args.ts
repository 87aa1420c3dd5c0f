/** Parsing `--evidence VAR=STATE`, `--soft VAR=L1,L2,…`, `--do VAR=STATE`, `--target VAR[=STATE]` into a Query. */
import type { Query } from "../scenario/index.js";
import { CliError } from "./cli-error.js";

export interface ScenarioFlags {
  evidence?: string[];
  soft?: string[];
  do?: string[];
  json?: boolean;
  target?: string;
  top?: string;
  delta?: string;
  heuristic?: string;
}

/** Splits "VAR=STATE" at the last "=" (variable names may not contain "=", state names may). */
function pair(text: string, flag: string): [string, string] {
  const at = text.indexOf("=");
  if (at <= 0 || at === text.length - 1) throw new CliError(`${flag} "${text}": expected VAR=STATE`, 2);
  return [text.slice(0, at).trim(), text.slice(at + 1).trim()];
}

/** --evidence and --do accept several pairs per flag, separated by commas: a=x,b=y. */
function pairs(values: string[] | undefined, flag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of values ?? [])
    for (const part of v.split(",").filter((s) => s.trim().length > 0)) {
      const [k, s] = pair(part, flag);
      if (k in out && out[k] !== s) throw new CliError(`${flag}: "${k}" given twice (${out[k]}, ${s})`, 2);
      out[k] = s;
    }
  return out;
}

/** --soft VAR=L1,L2,… : one likelihood per state, in the variable's declaration order. */
function likelihoods(values: string[] | undefined): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const v of values ?? []) {
    const [k, list] = pair(v, "--soft");
    const nums = list.split(",").map((x) => Number(x.trim()));
    if (nums.some((x) => Number.isNaN(x) || x < 0))
      throw new CliError(`--soft "${v}": expected VAR=L1,L2,… with one non-negative number per state`, 2);
    out[k] = nums;
  }
  return out;
}

export function queryFrom(flags: ScenarioFlags): Query {
  const q: Query = {};
  const evidence = pairs(flags.evidence, "--evidence");
  const soft = likelihoods(flags.soft);
  const intervention = pairs(flags.do, "--do");
  if (Object.keys(evidence).length) q.evidence = evidence;
  if (Object.keys(soft).length) q.soft = soft;
  if (Object.keys(intervention).length) q.do = intervention;
  return q;
}

/** --target VAR=STATE (sensitivity) or VAR (voi). */
export function targetFrom(flags: ScenarioFlags, needState: boolean): { variable: string; state?: string } {
  if (!flags.target) throw new CliError(`missing --target ${needState ? "VAR=STATE" : "VAR"}`, 2);
  if (!needState) return { variable: flags.target.split("=")[0]?.trim() ?? "" };
  const [variable, state] = pair(flags.target, "--target");
  return { variable, state };
}

/** A positive integer flag. */
export function countFrom(text: string | undefined, fallback: number, flag: string): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0) throw new CliError(`${flag} "${text}": expected a positive integer`, 2);
  return n;
}

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
