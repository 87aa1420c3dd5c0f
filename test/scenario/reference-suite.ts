/**
 * Every bnlearn network in ../shared/bn against the exact answers of an independent implementation:
 * prior marginals, hard-evidence cases, virtual evidence and an intervention.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  compile,
  createWorkspace,
  infer,
  type JunctionTree,
  type Network,
  parseBif,
} from "../../src/scenario/index.js";
import { SHARED, sharedAvailable } from "../helpers.js";

const BN = join(SHARED, "bn");

/** Networks the suite does not run, with the reason (the bench can still run them). */
const SKIP: Record<string, string> = {
  munin1:
    "195 million clique-table entries (1.6 GB per copy of the tables, ~10 s per propagation): bench only",
};

interface Reference {
  states: Record<string, string[]>;
  prior: Record<string, number[]>;
  cases: { evidence: Record<string, string>; p_evidence: number; posterior: Record<string, number[]> }[];
  virtual_evidence_case: {
    likelihood: Record<string, number[]>;
    normalizer: number;
    posterior: Record<string, number[]>;
  };
  do_case: { do: Record<string, string>; marginals: Record<string, number[]> };
}

function worstGap(
  net: Network,
  got: Float64Array[],
  want: Record<string, number[]>,
): { gap: number; where: string } {
  let gap = 0;
  let where = "";
  net.variables.forEach((v, i) => {
    const w = want[v.name];
    if (!w) throw new Error(`reference lacks ${v.name}`);
    w.forEach((x, j) => {
      const d = Math.abs(x - ((got[i] as Float64Array)[j] as number));
      if (!(d <= gap)) {
        gap = d;
        where = `${v.name}=${v.states[j]}`;
      }
    });
  });
  return { gap, where };
}

/** The largest networks run in their own test file, so vitest spreads the work over the cores. */
export const LARGE = new Set(["link", "munin", "munin4", "barley"]);

/** Registers one test per network `pick` selects. */
export function referenceSuite(title: string, pick: (name: string) => boolean): void {
  const available = sharedAvailable("scenario reference networks") && existsSync(BN);
  const names = available
    ? readdirSync(join(BN, "networks"))
        .filter((f) => f.endsWith(".bif"))
        .map((f) => f.slice(0, -4))
        .sort()
    : [];
  describe.skipIf(!available)(title, () => {
    it("has the networks", () => {
      expect(names.length).toBeGreaterThanOrEqual(20);
    });
    for (const name of names.filter(pick)) {
      const skip = SKIP[name];
      it.skipIf(skip !== undefined)(`${name}: prior, evidence cases, virtual evidence, do()`, () => {
        const net = parseBif(readFileSync(join(BN, "networks", `${name}.bif`), "utf8"), `${name}.bif`);
        const ref = JSON.parse(readFileSync(join(BN, "reference", `${name}.json`), "utf8")) as Reference;
        for (const v of net.variables) expect(v.states, v.name).toEqual(ref.states[v.name]);
        const jt: JunctionTree = compile(net);
        const ws = createWorkspace(jt);
        const prior = infer(jt, {}, ws);
        expect(worstGap(net, prior.marginals, ref.prior).gap).toBeLessThanOrEqual(1e-9);
        expect(Math.abs(prior.pEvidence - 1)).toBeLessThanOrEqual(1e-9);
        for (const c of ref.cases) {
          const r = infer(jt, { evidence: c.evidence }, ws);
          expect(Math.abs(r.pEvidence / c.p_evidence - 1), JSON.stringify(c.evidence)).toBeLessThanOrEqual(
            1e-9,
          );
          const g = worstGap(net, r.marginals, c.posterior);
          expect(g.gap, `${JSON.stringify(c.evidence)} at ${g.where}`).toBeLessThanOrEqual(1e-9);
        }
        const ve = ref.virtual_evidence_case;
        const rv = infer(jt, { soft: ve.likelihood }, ws);
        expect(Math.abs(rv.pEvidence / ve.normalizer - 1)).toBeLessThanOrEqual(1e-9);
        expect(worstGap(net, rv.marginals, ve.posterior).gap).toBeLessThanOrEqual(1e-9);
        const rd = infer(jt, { do: ref.do_case.do }, ws);
        expect(worstGap(net, rd.marginals, ref.do_case.marginals).gap).toBeLessThanOrEqual(1e-9);
      });
    }
  });
}
