/** YAML scenario files → Network: full tables, default row + exceptions, noisy-OR / noisy-MAX, words. */
import { parse as parseYaml } from "yaml";
import type { Network, RowNote, Variable } from "./model.js";
import { buildNetwork, type DraftVariable } from "./network-builder.js";
import { probabilityValue } from "./probability-words.js";
import { ScenarioError } from "./scenario-error.js";
import { type DistributionSpec, ScenarioModel, type ScenarioVariable } from "./scenario-schema.js";

/**
 * Parses a YAML scenario (see docs/scenario.md) into a checked network.
 * @example parseScenarioYaml("name: n\nvariables:\n  a: {states: [yes, no], probs: [likely, rest]}\n")
 */
export function parseScenarioYaml(text: string, input = "<yaml>"): Network {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (e) {
    const line = (e as { linePos?: { line: number }[] }).linePos?.[0]?.line ?? 0;
    throw new ScenarioError({
      code: "syntax",
      input,
      line,
      message: `${input}:${line}: ${(e as Error).message.split("\n")[0]}`,
    });
  }
  return scenarioFromObject(raw, input);
}

/** The same from an already parsed object (JSON or YAML). */
export function scenarioFromObject(raw: unknown, input = "<model>"): Network {
  const parsed = ScenarioModel.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join(".") ?? "";
    throw new ScenarioError({
      code: "invalid_model",
      path,
      message: `${input}: ${path ? `${path}: ` : ""}${issue?.message ?? "invalid model"}`,
    });
  }
  const model = parsed.data;
  const specs = new Map(Object.entries(model.variables));
  const drafts: DraftVariable[] = [...specs].map(([name, spec]) => {
    const d: DraftVariable = { name, states: spec.states, parents: spec.parents ?? [] };
    if (spec.description !== undefined) d.description = clean(spec.description) as string;
    return d;
  });
  const net = buildNetwork(model.name, drafts, (v, byName) =>
    fillVariable(v, specs.get(v.name) as ScenarioVariable, byName),
  );
  if (model.title !== undefined) net.title = model.title;
  if (model.description !== undefined) net.description = clean(model.description) as string;
  if (model.sources !== undefined) net.sources = model.sources;
  if (model.branch_on !== undefined) {
    for (const b of model.branch_on)
      if (!specs.has(b))
        throw new ScenarioError({
          code: "unknown_variable",
          variable: b,
          message: `${input}: branch_on names unknown variable "${b}"`,
        });
    net.branchOn = model.branch_on;
  }
  return net;
}

interface RowContext {
  v: Variable;
  parentStates: string[][];
  label: (r: number) => string;
}

/** YAML folded text keeps a trailing newline and line breaks: one line, single spaces. */
const clean = (s: string | undefined) => s?.replace(/\s+/g, " ").trim();

function fillVariable(v: Variable, spec: ScenarioVariable, byName: Map<string, Variable>): void {
  const parentStates = v.parents.map((p) => (byName.get(p) as Variable).states);
  const ctx: RowContext = { v, parentStates, label: (r) => rowLabel(parentStates, r) };
  const forms = ["probs", "table", "noisy_or", "noisy_max"].filter(
    (k) => spec[k as keyof ScenarioVariable] !== undefined,
  );
  if (forms.length !== 1)
    throw modelError(
      v.name,
      `give exactly one of probs, table, noisy_or, noisy_max (found ${forms.join(", ") || "none"})`,
    );
  const notes: RowNote[] = [];
  const rows = v.cpt.length / v.states.length;
  if (spec.probs !== undefined) {
    for (let r = 0; r < rows; r++) {
      writeRow(ctx, r, spec.probs, spec.normalize);
      if (spec.note) notes.push({ row: r, text: spec.note });
    }
  } else if (spec.table !== undefined) fillTable(ctx, spec, notes);
  else if (spec.noisy_or !== undefined) fillNoisyOr(ctx, spec, byName, notes);
  else fillNoisyMax(ctx, spec, byName, notes);
  if (notes.length > 0) v.notes = notes.map((n) => ({ row: n.row, text: clean(n.text) as string }));
}

function fillTable(ctx: RowContext, spec: ScenarioVariable, notes: RowNote[]): void {
  const { v } = ctx;
  const rows = v.cpt.length / v.states.length;
  const filled = new Uint8Array(rows);
  const noteOf = new Map<number, string>();
  if (spec.default !== undefined)
    for (let r = 0; r < rows; r++) {
      writeRow(ctx, r, spec.default, spec.normalize);
      filled[r] = 1;
      const text = spec.default_note ?? spec.note;
      if (text) noteOf.set(r, text);
    }
  for (const row of spec.table ?? []) {
    const match = rowMatcher(ctx, row.when);
    for (let r = 0; r < rows; r++) {
      if (!match(r)) continue;
      writeRow(ctx, r, row.probs, spec.normalize);
      filled[r] = 1;
      const text = row.note ?? spec.note;
      if (text) noteOf.set(r, text);
      else noteOf.delete(r);
    }
  }
  const missing = filled.indexOf(0);
  if (missing >= 0)
    throw new ScenarioError({
      code: "missing_row",
      variable: v.name,
      row: ctx.label(missing),
      message: `variable "${v.name}" has no probabilities for row ${ctx.label(missing)} (add a table row or a default)`,
    });
  for (const [row, text] of [...noteOf].sort((a, b) => a[0] - b[0])) notes.push({ row, text });
}

function rowMatcher(ctx: RowContext, when: Record<string, string | string[]>): (r: number) => boolean {
  const { v, parentStates } = ctx;
  const wanted = v.parents.map(() => null as Set<number> | null);
  for (const [parent, states] of Object.entries(when)) {
    const k = v.parents.indexOf(parent);
    if (k < 0)
      throw modelError(
        v.name,
        `table row names "${parent}", which is not a parent (parents: ${v.parents.join(", ") || "none"})`,
      );
    const all = parentStates[k] as string[];
    wanted[k] = new Set(
      (Array.isArray(states) ? states : [states]).map((s) => {
        const i = all.indexOf(s);
        if (i < 0)
          throw new ScenarioError({
            code: "unknown_state",
            variable: parent,
            state: s,
            states: all,
            message: `variable "${v.name}": table row uses "${s}", not a state of "${parent}" (states: ${all.join(", ")})`,
          });
        return i;
      }),
    );
  }
  return (r) => {
    let rest = r;
    for (let k = parentStates.length - 1; k >= 0; k--) {
      const card = (parentStates[k] as string[]).length;
      const d = rest % card;
      rest = Math.floor(rest / card);
      const w = wanted[k];
      if (w && !w.has(d)) return false;
    }
    return true;
  };
}

/** Resolves a distribution spec (list or map; numbers, percentages, words, "rest") to numbers. */
export function resolveDistribution(
  spec: DistributionSpec,
  states: string[],
  where: string,
  variable: string,
): Float64Array {
  const out = new Float64Array(states.length);
  const raw: (number | string | undefined)[] = Array.isArray(spec) ? spec : states.map(() => undefined);
  if (Array.isArray(spec)) {
    if (spec.length !== states.length)
      throw badProbability(
        variable,
        where,
        String(spec.length),
        `has ${spec.length} probabilities for ${states.length} states (${states.join(", ")})`,
      );
  } else
    for (const [state, p] of Object.entries(spec)) {
      const i = states.indexOf(state);
      if (i < 0)
        throw badProbability(
          variable,
          where,
          state,
          `names "${state}", not a state (states: ${states.join(", ")})`,
        );
      raw[i] = p;
    }
  let rest = -1;
  let sum = 0;
  raw.forEach((p, i) => {
    if (p === undefined) return;
    if (typeof p === "string" && p.trim().toLowerCase() === "rest") {
      if (rest >= 0) throw badProbability(variable, where, p, 'uses "rest" twice');
      rest = i;
      return;
    }
    const x = probabilityValue(p);
    if (x === undefined || !(x >= 0 && x <= 1))
      throw badProbability(
        variable,
        where,
        String(p),
        `"${p}" (state ${states[i]}) is not a probability: use a number in [0, 1], a percentage or an ICD 203 word`,
      );
    out[i] = x;
    sum += x;
  });
  if (rest >= 0) {
    if (sum > 1 + 1e-9)
      throw badProbability(variable, where, "rest", `the other states already sum to ${+sum.toFixed(6)} > 1`);
    out[rest] = Math.max(0, 1 - sum);
  }
  return out;
}

function writeRow(ctx: RowContext, r: number, spec: DistributionSpec, normalize: boolean | undefined): void {
  const { v } = ctx;
  const row = resolveDistribution(spec, v.states, ctx.label(r), v.name);
  if (normalize) {
    let s = 0;
    for (const x of row) s += x;
    if (s > 0) for (let i = 0; i < row.length; i++) row[i] = (row[i] as number) / s;
  }
  v.cpt.set(row, r * v.states.length);
}

function activeCauses(
  ctx: RowContext,
  causes: { parent: string; state: string | string[] }[],
  byName: Map<string, Variable>,
): ((r: number) => boolean)[] {
  return causes.map((c) => {
    if (!ctx.v.parents.includes(c.parent))
      throw modelError(
        ctx.v.name,
        `cause "${c.parent}" is not a parent (parents: ${ctx.v.parents.join(", ") || "none"})`,
      );
    if (!byName.has(c.parent)) throw modelError(ctx.v.name, `unknown cause "${c.parent}"`);
    return rowMatcher(ctx, { [c.parent]: c.state });
  });
}

function fillNoisyOr(
  ctx: RowContext,
  spec: ScenarioVariable,
  byName: Map<string, Variable>,
  notes: RowNote[],
): void {
  const { v } = ctx;
  const nor = spec.noisy_or as NonNullable<ScenarioVariable["noisy_or"]>;
  if (v.states.length !== 2)
    throw modelError(v.name, `noisy_or needs exactly 2 states, found ${v.states.length}`);
  const effect = nor.state === undefined ? 1 : v.states.indexOf(nor.state);
  if (effect < 0)
    throw modelError(v.name, `noisy_or state "${nor.state}" is not a state (${v.states.join(", ")})`);
  const leak = probabilityOf(nor.leak, v.name, "leak");
  const p = nor.causes.map((c, i) =>
    probabilityOf(c.p ?? Number.NaN, v.name, `cause ${i + 1} (${c.parent})`),
  );
  const active = activeCauses(ctx, nor.causes, byName);
  const rows = v.cpt.length / 2;
  for (let r = 0; r < rows; r++) {
    let none = 1 - leak;
    const why: string[] = [];
    active.forEach((on, i) => {
      if (!on(r)) return;
      none *= 1 - (p[i] as number);
      const c = nor.causes[i];
      if (c?.note) why.push(c.note);
    });
    v.cpt[r * 2 + effect] = 1 - none;
    v.cpt[r * 2 + (1 - effect)] = none;
    const text = [spec.note, ...why].filter(Boolean).join(" ");
    if (text) notes.push({ row: r, text });
  }
}

function fillNoisyMax(
  ctx: RowContext,
  spec: ScenarioVariable,
  byName: Map<string, Variable>,
  notes: RowNote[],
): void {
  const { v } = ctx;
  const nmax = spec.noisy_max as NonNullable<ScenarioVariable["noisy_max"]>;
  const card = v.states.length;
  const cdf = (d: Float64Array) => {
    const f = new Float64Array(card);
    let acc = 0;
    for (let y = 0; y < card; y++) f[y] = acc += d[y] as number;
    return f;
  };
  const leakDist = nmax.leak
    ? resolveDistribution(nmax.leak, v.states, "leak", v.name)
    : Float64Array.from(v.states, (_, i) => (i === 0 ? 1 : 0));
  const leak = cdf(leakDist);
  const causeCdf = nmax.causes.map((c, i) => {
    if (!c.probs) throw modelError(v.name, `noisy_max cause ${i + 1} (${c.parent}) needs probs`);
    return cdf(resolveDistribution(c.probs, v.states, `cause ${i + 1} (${c.parent})`, v.name));
  });
  const active = activeCauses(ctx, nmax.causes, byName);
  const rows = v.cpt.length / card;
  for (let r = 0; r < rows; r++) {
    const f = Float64Array.from(leak);
    const why: string[] = [];
    active.forEach((on, i) => {
      if (!on(r)) return;
      const g = causeCdf[i] as Float64Array;
      for (let y = 0; y < card; y++) f[y] = (f[y] as number) * (g[y] as number);
      const c = nmax.causes[i];
      if (c?.note) why.push(c.note);
    });
    for (let y = 0; y < card; y++)
      v.cpt[r * card + y] = (f[y] as number) - (y > 0 ? (f[y - 1] as number) : 0);
    const text = [spec.note, ...why].filter(Boolean).join(" ");
    if (text) notes.push({ row: r, text });
  }
}

function probabilityOf(x: number | string, variable: string, where: string): number {
  const p = probabilityValue(x);
  if (p === undefined || !(p >= 0 && p <= 1))
    throw badProbability(variable, where, String(x), `"${x}" is not a probability`);
  return p;
}

function rowLabel(parentStates: string[][], r: number): string {
  if (parentStates.length === 0) return "(prior)";
  const out: string[] = new Array(parentStates.length);
  let rest = r;
  for (let k = parentStates.length - 1; k >= 0; k--) {
    const states = parentStates[k] as string[];
    out[k] = states[rest % states.length] as string;
    rest = Math.floor(rest / states.length);
  }
  return `(${out.join(", ")})`;
}

function modelError(variable: string, why: string): ScenarioError {
  return new ScenarioError({
    code: "invalid_model",
    path: `variables.${variable}`,
    message: `variable "${variable}": ${why}`,
  });
}

function badProbability(variable: string, row: string, value: string, why: string): ScenarioError {
  return new ScenarioError({
    code: "bad_probability",
    variable,
    row,
    value,
    message: `variable "${variable}" row ${row}: ${why}`,
  });
}
