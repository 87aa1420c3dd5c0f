/** Network → GraphViz DOT: one box per variable with its states, one arrow per parent. */
import type { Network } from "./model.js";

const q = (s: string) => `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`;

/**
 * @example writeDot(net) // digraph "asia" { "asia" -> "tub"; … }
 */
export function writeDot(net: Network, marginals?: Float64Array[]): string {
  const out = [
    `digraph ${q(net.name)} {`,
    "  rankdir=TB;",
    '  node [shape=box, style=rounded, fontname="Helvetica"];',
  ];
  net.variables.forEach((v, i) => {
    const m = marginals?.[i];
    const states = v.states.map((s, j) => (m ? `${s} ${((m[j] as number) * 100).toFixed(1)}%` : s));
    const tip = v.description ? `, tooltip=${q(v.description)}` : "";
    out.push(`  ${q(v.name)} [label=${q([v.name, ...states].join("\n"))}${tip}];`);
  });
  for (const v of net.variables) for (const p of v.parents) out.push(`  ${q(p)} -> ${q(v.name)};`);
  out.push("}");
  return `${out.join("\n")}\n`;
}
