/** The junction tree against brute-force enumeration on random small networks, and edge cases. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compile,
  infer,
  mostProbableExplanation,
  type Network,
  probabilityOfEvidence,
  type Query,
  ScenarioError,
  sensitivity,
  valueOfInformation,
} from "../../src/scenario/index.js";
import { bruteForce } from "./brute-force.js";

/** A random DAG over n variables (parents among earlier ones), random cards and CPTs from a seed. */
const arbNetwork = fc
  .record({
    n: fc.integer({ min: 1, max: 7 }),
    seed: fc.integer({ min: 1, max: 2 ** 30 }),
    density: fc.double({ min: 0, max: 0.8, noNaN: true }),
  })
  .map(({ n, seed, density }) => randomNetwork(n, seed, density));

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    s ^= s + Math.imul(s ^ (s >>> 7), 61);
    return ((s ^ (s >>> 14)) >>> 0) / 4294967296;
  };
}

function randomNetwork(n: number, seed: number, density: number): Network {
  const r = rng(seed);
  const cards = Array.from({ length: n }, () => 2 + Math.floor(r() * 2));
  const variables = cards.map((card, i) => {
    const parents: number[] = [];
    for (let j = 0; j < i; j++) if (r() < density && parents.length < 3) parents.push(j);
    const rows = parents.reduce((a, p) => a * (cards[p] as number), 1);
    const cpt = new Float64Array(rows * card);
    for (let o = 0; o < cpt.length; o += card) {
      let s = 0;
      for (let k = 0; k < card; k++) {
        // Some exact zeros, to exercise 0/0 in the separators.
        const x = r() < 0.1 ? 0 : r() + 0.01;
        cpt[o + k] = x;
        s += x;
      }
      if (s === 0) cpt[o] = s = 1;
      for (let k = 0; k < card; k++) cpt[o + k] = (cpt[o + k] as number) / s;
    }
    return {
      name: `v${i}`,
      states: Array.from({ length: card }, (_, k) => `s${k}`),
      parents: parents.map((p) => `v${p}`),
      cpt,
    };
  });
  return { name: `random-${seed}`, variables };
}

const arbQuery = (net: Network) =>
  fc
    .array(
      fc.record({
        v: fc.integer({ min: 0, max: net.variables.length - 1 }),
        kind: fc.constantFrom("hard", "soft", "do"),
        s: fc.nat(),
        l: fc.array(fc.double({ min: 0.05, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
      }),
      { maxLength: 3 },
    )
    .map((items) => {
      const q: Required<Query> = { evidence: {}, soft: {}, do: {} };
      const used = new Set<number>();
      for (const it of items) {
        if (used.has(it.v)) continue;
        used.add(it.v);
        const v = net.variables[it.v] as Network["variables"][number];
        const state = v.states[it.s % v.states.length] as string;
        if (it.kind === "hard") q.evidence[v.name] = state;
        else if (it.kind === "do") q.do[v.name] = state;
        else q.soft[v.name] = it.l.slice(0, v.states.length);
      }
      return q;
    });

const netAndQuery = arbNetwork.chain((net) => fc.tuple(fc.constant(net), arbQuery(net)));

describe("junction tree = brute-force enumeration", () => {
  it("marginals and P(evidence) under hard, soft and do evidence", () => {
    fc.assert(
      fc.property(netAndQuery, ([net, q]) => {
        const want = bruteForce(net, q);
        const jt = compile(net);
        if (want.pEvidence === 0) {
          expect(() => infer(jt, q)).toThrow(/evidence has probability 0/);
          expect(probabilityOfEvidence(jt, q)).toBe(0);
          return;
        }
        const got = infer(jt, q);
        expect(Math.abs(got.pEvidence / want.pEvidence - 1)).toBeLessThan(1e-9);
        net.variables.forEach((_, i) => {
          want.marginals[i]?.forEach((p, j) => {
            expect(Math.abs(p - ((got.marginals[i] as Float64Array)[j] as number))).toBeLessThan(1e-9);
          });
        });
      }),
      { numRuns: 300, seed: 20241028 },
    );
  });

  it("every triangulation heuristic gives the same answers", () => {
    fc.assert(
      fc.property(netAndQuery, ([net, q]) => {
        if (bruteForce(net, q).pEvidence === 0) return;
        const base = infer(compile(net), q);
        for (const heuristic of ["min-fill", "min-weight", "min-neighbours", "weighted-min-fill"] as const) {
          const r = infer(compile(net, { heuristic }), q);
          expect(Math.abs(r.logPEvidence - base.logPEvidence)).toBeLessThan(1e-12);
        }
      }),
      { numRuns: 60, seed: 7 },
    );
  });

  it("MPE reaches the maximum joint probability", () => {
    fc.assert(
      fc.property(netAndQuery, ([net, q]) => {
        const want = bruteForce(net, q);
        if (want.pEvidence === 0) return;
        const e = mostProbableExplanation(compile(net), q);
        expect(Math.abs(Math.exp(e.logJoint) / want.maxJoint - 1)).toBeLessThan(1e-9);
        expect(Math.abs(e.posterior - want.maxJoint / want.pEvidence)).toBeLessThan(1e-9);
        // The assignment itself has that probability.
        const asEvidence = bruteForce(net, { ...q, evidence: { ...q.evidence, ...e.assignment } });
        expect(Math.abs(asEvidence.pEvidence / want.maxJoint - 1)).toBeLessThan(1e-9);
      }),
      { numRuns: 150, seed: 11 },
    );
  });

  it("parameter sensitivity matches recomputing with the changed CPT", () => {
    fc.assert(
      fc.property(netAndQuery, fc.nat(), ([net, q], pick) => {
        const clean: Query = { evidence: q.evidence ?? {}, soft: q.soft ?? {} };
        if (bruteForce(net, clean).pEvidence === 0) return;
        const target = net.variables[pick % net.variables.length] as Network["variables"][number];
        if (clean.evidence?.[target.name]) return;
        const r = sensitivity(
          compile(net),
          { variable: target.name, state: target.states[0] as string },
          clean,
        );
        for (const p of r.parameters.slice(0, 3)) {
          for (const theta of [p.from, p.to]) {
            const changed = withParameter(net, p.variable, p.parents, p.state, theta);
            const b = bruteForce(changed, clean);
            if (b.pEvidence === 0) continue;
            const want = (b.marginals[net.variables.indexOf(target)] as number[])[0] as number;
            expect(Math.min(Math.abs(want - p.low), Math.abs(want - p.high))).toBeLessThan(1e-9);
          }
        }
      }),
      { numRuns: 80, seed: 3 },
    );
  });

  it("value of information is the mutual information", () => {
    fc.assert(
      fc.property(arbNetwork, (net) => {
        if (net.variables.length < 2) return;
        const target = net.variables[net.variables.length - 1] as Network["variables"][number];
        const r = valueOfInformation(compile(net), target.name);
        const prior = bruteForce(net);
        for (const x of r.ranking) {
          const vi = net.variables.findIndex((v) => v.name === x.variable);
          let mi = 0;
          net.variables[vi]?.states.forEach((s, j) => {
            const pv = (prior.marginals[vi] as number[])[j] as number;
            if (pv === 0) return;
            const cond = bruteForce(net, { evidence: { [x.variable]: s } }).marginals.at(-1) as number[];
            const pt = prior.marginals.at(-1) as number[];
            cond.forEach((c, k) => {
              if (c > 0) mi += pv * c * Math.log2(c / (pt[k] as number));
            });
          });
          expect(Math.abs(mi - x.mutualInformation)).toBeLessThan(1e-9);
        }
      }),
      { numRuns: 60, seed: 5 },
    );
  });
});

function withParameter(
  net: Network,
  variable: string,
  parents: Record<string, string>,
  state: string,
  theta: number,
): Network {
  const variables = net.variables.map((v) => ({ ...v, cpt: Float64Array.from(v.cpt) }));
  const v = variables.find((x) => x.name === variable) as Network["variables"][number];
  let row = 0;
  for (const p of v.parents) {
    const pv = net.variables.find((x) => x.name === p) as Network["variables"][number];
    row = row * pv.states.length + pv.states.indexOf(parents[p] as string);
  }
  const card = v.states.length;
  const x = v.states.indexOf(state);
  const old = v.cpt[row * card + x] as number;
  for (let j = 0; j < card; j++)
    v.cpt[row * card + j] = j === x ? theta : ((v.cpt[row * card + j] as number) * (1 - theta)) / (1 - old);
  return { ...net, variables };
}

describe("numerical range and impossible evidence", () => {
  const independent = (n: number, p: number): Network => ({
    name: "many-roots",
    variables: Array.from({ length: n }, (_, i) => ({
      name: `x${i}`,
      states: ["yes", "no"],
      parents: [],
      cpt: Float64Array.of(p, 1 - p),
    })),
  });

  it("P(evidence) far below 1e-308 keeps its logarithm (no underflow to -Infinity)", () => {
    const net = independent(1000, 0.4);
    const evidence = Object.fromEntries(net.variables.map((v) => [v.name, "yes"]));
    const r = infer(compile(net), { evidence });
    expect(r.logPEvidence / Math.LN10).toBeCloseTo(1000 * Math.log10(0.4), 9);
    expect(r.marginals[0]).toEqual(Float64Array.of(1, 0));
  });

  it("a chain with 1e-300-scale evidence keeps exact posteriors", () => {
    const n = 400;
    const variables = Array.from({ length: n }, (_, i) => ({
      name: `c${i}`,
      states: ["a", "b"],
      parents: i === 0 ? [] : [`c${i - 1}`],
      cpt: i === 0 ? Float64Array.of(0.5, 0.5) : Float64Array.of(0.99, 0.01, 0.01, 0.99),
    }));
    const net: Network = { name: "chain", variables };
    const evidence: Record<string, string> = {};
    for (let i = 0; i < n; i++) evidence[`c${i}`] = i % 2 === 0 ? "a" : "b";
    const r = infer(compile(net), { evidence });
    // 0.5 × 0.01^(n-1): every step switches state.
    expect(r.logPEvidence).toBeCloseTo(Math.log(0.5) + (n - 1) * Math.log(0.01), 8);
    expect(r.pEvidence).toBe(0);
  });

  it("impossible evidence is reported, not NaN", () => {
    const net: Network = {
      name: "zero",
      variables: [
        { name: "a", states: ["t", "f"], parents: [], cpt: Float64Array.of(1, 0) },
        { name: "b", states: ["t", "f"], parents: ["a"], cpt: Float64Array.of(1, 0, 0.5, 0.5) },
      ],
    };
    const jt = compile(net);
    expect(() => infer(jt, { evidence: { b: "f" } })).toThrow(ScenarioError);
    expect(() => infer(jt, { evidence: { b: "f" } })).toThrow("evidence has probability 0");
    expect(probabilityOfEvidence(jt, { evidence: { b: "f" } })).toBe(0);
    expect(infer(jt, { do: { a: "f" }, evidence: { b: "f" } }).pEvidence).toBeCloseTo(0.5, 15);
  });

  it.each([
    [{ evidence: { nope: "t" } }, /unknown variable "nope"/],
    [{ evidence: { a: "maybe" } }, /"maybe" is not a state of "a" \(states: t, f\)/],
    [{ soft: { a: [1] } }, /likelihood for "a" has 1 values, expected one per state \(2\)/],
    [{ soft: { a: [0, 0] } }, /zero for every state/],
    [{ soft: { a: [-1, 1] } }, /finite numbers ≥ 0/],
    [{ do: { a: "x" } }, /"x" is not a state of "a"/],
  ])("rejects a bad query %j", (q, message) => {
    const net: Network = {
      name: "q",
      variables: [{ name: "a", states: ["t", "f"], parents: [], cpt: Float64Array.of(0.3, 0.7) }],
    };
    expect(() => infer(compile(net), q as Query)).toThrow(message);
  });
});
