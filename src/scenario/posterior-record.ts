/** The stable JSON shape of a posterior: `{p_evidence, log10_p_evidence, marginals: {VAR: {STATE: p}}}`. */
import type { Posterior } from "./inference.js";
import type { Network } from "./model.js";

export interface PosteriorRecord {
  p_evidence: number;
  log10_p_evidence: number;
  marginals: Record<string, Record<string, number>>;
}

/** Marginals keyed by variable and state names. */
export function marginalsRecord(
  net: Network,
  marginals: Float64Array[],
): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  net.variables.forEach((v, i) => {
    const m = marginals[i] as Float64Array;
    out[v.name] = Object.fromEntries(v.states.map((s, j) => [s, m[j] as number]));
  });
  return out;
}

/** What `secvar scenario run --json` prints. */
export function posteriorRecord(net: Network, p: Posterior): PosteriorRecord {
  return {
    p_evidence: p.pEvidence,
    log10_p_evidence: p.logPEvidence / Math.LN10,
    marginals: marginalsRecord(net, p.marginals),
  };
}
