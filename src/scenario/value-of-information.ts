/** Value of information: the mutual information between a target and each unobserved variable. */
import { marginalOf, propagate } from "./inference.js";
import type { JunctionTree } from "./junction-tree.js";
import { createWorkspace, type Workspace } from "./propagation.js";
import { type Query, resolveQuery, variableOf } from "./query.js";

/** How much observing `variable` is expected to tell about the target, in bits. */
export interface InformationValue {
  variable: string;
  mutualInformation: number;
  /** The share of the target's current entropy that observing the variable would remove. */
  share: number;
}

export interface VoiReport {
  target: string;
  /** Entropy of the target given the evidence, in bits. */
  entropy: number;
  ranking: InformationValue[];
}

/**
 * I(T; V | e) for every unobserved V, highest first: one propagation per target state, plus one.
 * @example valueOfInformation(jt, "risk").ranking[0]?.variable
 */
export function valueOfInformation(
  jt: JunctionTree,
  target: string,
  q: Query = {},
  ws: Workspace = createWorkspace(jt),
): VoiReport {
  const tv = variableOf(jt, target);
  const base = resolveQuery(jt, q);
  propagate(jt, base, ws);
  const margE = jt.network.variables.map((_, v) => marginalOf(jt, ws, v));
  const pT = margE[tv] as Float64Array;
  const card = jt.cards[tv] as number;
  const given: Float64Array[][] = [];
  for (let s = 0; s < card; s++) {
    if (!((pT[s] as number) > 0)) {
      given.push([]);
      continue;
    }
    const lambda = new Float64Array(card);
    lambda[s] = 1;
    propagate(jt, { ...base, likelihoods: [...base.likelihoods, { v: tv, lambda }] }, ws);
    given.push(jt.network.variables.map((_, v) => marginalOf(jt, ws, v)));
  }
  const observed = new Set(base.likelihoods.map((l) => l.v));
  let entropy = 0;
  for (const p of pT) if (p > 0) entropy -= p * Math.log2(p);
  const ranking: InformationValue[] = [];
  jt.network.variables.forEach((variable, v) => {
    if (v === tv || observed.has(v)) return;
    let mi = 0;
    const pv = margE[v] as Float64Array;
    for (let s = 0; s < card; s++) {
      const ps = pT[s] as number;
      if (!(ps > 0)) continue;
      const cond = given[s]?.[v] as Float64Array;
      for (let x = 0; x < pv.length; x++) {
        const pxs = cond[x] as number;
        if (pxs > 0 && (pv[x] as number) > 0) mi += ps * pxs * Math.log2(pxs / (pv[x] as number));
      }
    }
    mi = Math.max(0, mi);
    ranking.push({ variable: variable.name, mutualInformation: mi, share: entropy > 0 ? mi / entropy : 0 });
  });
  ranking.sort((a, b) => b.mutualInformation - a.mutualInformation);
  return { target, entropy, ranking };
}
