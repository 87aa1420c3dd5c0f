/** Brute-force enumeration over the full joint: the oracle the junction tree is tested against. */
import type { Network, Query } from "../../src/scenario/index.js";

export interface BruteResult {
  pEvidence: number;
  marginals: number[][];
  /** max over assignments of P(x, e). */
  maxJoint: number;
}

export function bruteForce(net: Network, q: Query = {}): BruteResult {
  const n = net.variables.length;
  const idx = new Map(net.variables.map((v, i) => [v.name, i]));
  const cards = Int32Array.from(net.variables, (v) => v.states.length);
  const lambda = net.variables.map((v) => new Float64Array(v.states.length).fill(1));
  const stateIndex = (i: number, s: string) => net.variables[i]?.states.indexOf(s) ?? -1;
  for (const [k, s] of Object.entries(q.evidence ?? {})) {
    const i = idx.get(k) as number;
    const l = lambda[i] as Float64Array;
    l.forEach((_, j) => {
      if (j !== stateIndex(i, s)) l[j] = 0;
    });
  }
  for (const [k, values] of Object.entries(q.soft ?? {})) {
    const l = lambda[idx.get(k) as number] as Float64Array;
    l.forEach((x, j) => {
      l[j] = x * (values[j] as number);
    });
  }
  const clamped = new Int32Array(n).fill(-1);
  for (const [k, s] of Object.entries(q.do ?? {}))
    clamped[idx.get(k) as number] = stateIndex(idx.get(k) as number, s);
  const marg = Array.from(cards, (c) => new Float64Array(c));
  const parentIdx = net.variables.map((v) => v.parents.map((p) => idx.get(p) as number));
  const x = new Int32Array(n);
  let total = 0;
  let maxJoint = 0;
  for (;;) {
    let p = 1;
    for (let i = 0; i < n && p > 0; i++) {
      const xi = x[i] as number;
      if ((clamped[i] as number) >= 0) p *= xi === clamped[i] ? 1 : 0;
      else {
        let row = 0;
        for (const pi of parentIdx[i] as number[]) row = row * (cards[pi] as number) + (x[pi] as number);
        p *= net.variables[i]?.cpt[row * (cards[i] as number) + xi] as number;
      }
      p *= (lambda[i] as Float64Array)[xi] as number;
    }
    total += p;
    for (let i = 0; i < n; i++) {
      const m = marg[i] as Float64Array;
      m[x[i] as number] = (m[x[i] as number] as number) + p;
    }
    maxJoint = Math.max(maxJoint, p);
    let k = n - 1;
    for (; k >= 0; k--) {
      x[k] = (x[k] as number) + 1;
      if ((x[k] as number) < (cards[k] as number)) break;
      x[k] = 0;
    }
    if (k < 0) break;
  }
  return { pEvidence: total, marginals: marg.map((m) => Array.from(m, (v) => v / total)), maxJoint };
}
