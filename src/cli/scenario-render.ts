/** Text rendering of scenario results: bars, what-if columns, tornado lists. */
import type {
  Explanation,
  Network,
  ParameterSensitivity,
  SensitivityReport,
  VoiReport,
} from "../scenario/index.js";

const EIGHTHS = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];

/** A horizontal bar of `width` cells for p in [0, 1], in eighths of a cell. */
export function bar(p: number, width = 24): string {
  const cells = Math.max(0, Math.min(1, p)) * width;
  const full = Math.floor(cells);
  return "█".repeat(full) + (EIGHTHS[Math.floor((cells - full) * 8)] ?? "");
}

export const pct = (p: number, digits = 1) => `${(p * 100).toFixed(digits)}%`;

function heading(net: Network, i: number): string {
  const v = net.variables[i];
  return v?.description ? `${v.name} — ${v.description}` : (v?.name ?? "");
}

/** Every variable's marginal as bars. */
export function renderMarginals(net: Network, marginals: Float64Array[]): string[] {
  const out: string[] = [];
  const width = Math.max(...net.variables.flatMap((v) => v.states.map((s) => s.length)));
  net.variables.forEach((v, i) => {
    out.push(heading(net, i));
    const m = marginals[i] as Float64Array;
    v.states.forEach((s, j) => {
      out.push(`  ${s.padEnd(width)} ${pct(m[j] as number).padStart(6)} ${bar(m[j] as number)}`);
    });
  });
  return out;
}

/** Before → after per state, with the change in points and a bar of the new value. */
export function renderWhatIf(net: Network, before: Float64Array[], after: Float64Array[]): string[] {
  const out: string[] = [];
  const width = Math.max(...net.variables.flatMap((v) => v.states.map((s) => s.length)));
  net.variables.forEach((v, i) => {
    out.push(heading(net, i));
    v.states.forEach((s, j) => {
      const b = (before[i] as Float64Array)[j] as number;
      const a = (after[i] as Float64Array)[j] as number;
      const d = (a - b) * 100;
      const delta = Math.abs(d) < 0.05 ? "" : `${d > 0 ? "+" : "−"}${Math.abs(d).toFixed(1)}`;
      out.push(
        `  ${s.padEnd(width)} ${pct(b).padStart(6)} → ${pct(a).padStart(6)} ${delta.padStart(6)}  ${bar(a)}`,
      );
    });
  });
  return out;
}

/** Branch table: each non-branch variable's states (rows) under each branch state (columns). */
export function renderBranches(
  net: Network,
  branch: number,
  probabilities: Float64Array,
  given: (Float64Array[] | null)[],
): string[] {
  const b = net.variables[branch];
  if (!b) return [];
  const cols = b.states.map((s, k) => `${s} (${pct(probabilities[k] as number, 0)})`);
  const colW = Math.max(9, ...cols.map((c) => c.length));
  const width = Math.max(...net.variables.flatMap((v) => v.states.map((s) => s.length + 2)));
  const out = [
    `BRANCHES on ${b.name}`,
    `  ${"".padEnd(width)} ${cols.map((c) => c.padStart(colW)).join(" ")}`,
  ];
  net.variables.forEach((v, i) => {
    if (i === branch) return;
    out.push(`  ${v.name}`);
    v.states.forEach((s, j) => {
      const cells = given.map((g) => (g ? pct((g[i] as Float64Array)[j] as number) : "—").padStart(colW));
      out.push(`    ${s.padEnd(width - 2)} ${cells.join(" ")}`);
    });
  });
  return out;
}

function parameterLabel(p: ParameterSensitivity): string {
  const given = Object.entries(p.parents)
    .map(([k, s]) => `${k}=${s}`)
    .join(", ");
  return `P(${p.variable}=${p.state}${given ? ` | ${given}` : ""})`;
}

/** The tornado: parameters and evidence variables that move the target most. */
export function renderSensitivity(r: SensitivityReport, top: number): string[] {
  const t = r.target;
  const out = [`P(${t.variable}=${t.state}) = ${pct(t.probability)}`, ""];
  const sweep = r.parameters.every((p) => p.from === 0 && p.to === 1) ? "over 0…1" : "by ±delta";
  out.push(
    `Assumptions (CPT entries) that move it most — each swept ${sweep}, the rest of its row rescaled:`,
  );
  r.parameters.slice(0, top).forEach((p, i) => {
    const swing = (p.high - p.low) * 100;
    out.push(
      `${String(i + 1).padStart(3)}. ${parameterLabel(p)} = ${p.value.toFixed(3)}: target ${pct(p.low)} … ${pct(p.high)} (swing ${swing.toFixed(1)} pts, slope ${p.derivative >= 0 ? "+" : "−"}${Math.abs(p.derivative).toFixed(3)})`,
    );
    out.push(tornadoBar(p.low, p.high));
    if (p.note) out.push(`       assumption: ${p.note}`);
  });
  if (r.evidence.length) {
    out.push("", "What observing each variable would do to it (P(target | observed state)):");
    r.evidence.slice(0, top).forEach((e, i) => {
      const states = e.states
        .map((s) => `${s.state} ${Number.isNaN(s.target) ? "—" : pct(s.target)}`)
        .join(", ");
      out.push(`${String(i + 1).padStart(3)}. ${e.variable}: ${pct(e.low)} … ${pct(e.high)}  (${states})`);
    });
  }
  return out;
}

/** A 40-cell line marking [low, high] within 0…100%. */
function tornadoBar(low: number, high: number, width = 40): string {
  const a = Math.round(low * width);
  const b = Math.max(a + 1, Math.round(high * width));
  return `       |${" ".repeat(a)}${"█".repeat(b - a)}${" ".repeat(Math.max(0, width - b))}|`;
}

export function renderVoi(r: VoiReport, top: number): string[] {
  const out = [
    `Value of observing each variable for ${r.target} (entropy now ${r.entropy.toFixed(3)} bits):`,
  ];
  const width = Math.max(8, ...r.ranking.slice(0, top).map((x) => x.variable.length));
  r.ranking.slice(0, top).forEach((x, i) => {
    out.push(
      `${String(i + 1).padStart(3)}. ${x.variable.padEnd(width)} ${x.mutualInformation.toFixed(4)} bits ${pct(x.share).padStart(6)} ${bar(x.share)}`,
    );
  });
  return out;
}

export function renderMpe(net: Network, e: Explanation): string[] {
  const width = Math.max(...net.variables.map((v) => v.name.length));
  const out = [
    `Most probable explanation: P(explanation | evidence) = ${pct(e.posterior, 2)}, log10 P(explanation, evidence) = ${(e.logJoint / Math.LN10).toFixed(4)}`,
  ];
  for (const v of net.variables) out.push(`  ${v.name.padEnd(width)}  ${e.assignment[v.name]}`);
  return out;
}
