/** Brute-force enumeration over the full joint: the oracle the junction tree is tested against. */
import type { Network, Query } from "../../src/scenario/index.js";

export interface BruteResult {
  pEvidence: number;
  marginals: number[][];
  /** max over assignments of P(x, e), and one argmax. */
  maxJoint: number;
  argmax: number[];
}

export function bruteForce(net: Network, q: Query = {}): BruteResult {
  const n = net.variables.length;
  const idx = new Map(net.variables.map((v, i) => [v.name, i]));
  const cards = net.variables.map((v) => v.states.length);
  const lambda = net.variables.map((v) => new Array(v.states.length).fill(1) as number[]);
  for (const [k, s] of Object.entries(q.evidence ?? {})) {
    const i = idx.get(k) as number;
    lambda[i] = lambda[i]!.map((x, j) => (net.variables[i]!.states[j] === s ? x : 0));
  }
  for (const [k, l] of Object.entries(q.soft ?? {})) {
    const i = idx.get(k) as number;
    lambda[i] = lambda[i]!.map((x, j) => x * (l[j] as number));
  }
  const clamped = new Map<number, number>();
  for (const [k, s] of Object.entries(q.do ?? {})) {
    const i = idx.get(k) as number;
    clamped.set(i, net.variables[i]!.states.indexOf(s));
  }
  const marg = cards.map((c) => new Array(c).fill(0) as number[]);
  const x = new Array(n).fill(0) as number[];
  let total = 0;
  let maxJoint = 0;
  let argmax = x.slice();
  const parentIdx = net.variables.map((v) => v.parents.map((p) => idx.get(p) as number));
  for (;;) {
    let p = 1;
    for (let i = 0; i < n && p > 0; i++) {
      const c = clamped.get(i);
      if (c !== undefined) p *= x[i] === c ? 1 : 0;
      else {
        let row = 0;
        for (const pi of parentIdx[i]!) row = row * cards[pi]! + x[pi]!;
        p *= net.variables[i]!.cpt[row * cards[i]! + x[i]!]!;
      }
      p *= lambda[i]![x[i]!]!;
    }
    total += p;
    for (let i = 0; i < n; i++) marg[i]![x[i]!]! += p;
    if (p > maxJoint) {
      maxJoint = p;
      argmax = x.slice();
    }
    let k = n - 1;
    while (k >= 0 && ++x[k]! === cards[k]) x[k--] = 0;
    if (k < 0) break;
  }
  return { pEvidence: total, marginals: marg.map((m) => m.map((v) => v / total)), maxJoint, argmax };
}
