/** Model formats: BIF parsing edge cases, typed model errors, YAML compact forms, round trips, schema. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  compile,
  infer,
  type Network,
  parseBif,
  parseModel,
  parseScenarioYaml,
  parseXmlBif,
  probabilityValue,
  ScenarioError,
  scenarioJsonSchema,
  writeBif,
  writeDot,
  writeScenarioYaml,
  writeXmlBif,
} from "../../src/scenario/index.js";
import { SHARED, sharedAvailable } from "../helpers.js";

const ROOT = join(import.meta.dirname, "..", "..");

const BIF = `// a comment
/* a block
   comment */
network "tiny net" {
  property version = 1.0 ;
}
variable rain {
  type discrete [ 2 ] { yes, no };
  property position = (1, 2) ;
}
variable "wet grass" {
  type discrete [ 3 ] { "<5", "5-12", ">=12" };
}
variable sprinkler {
  type discrete [ 2 ] { on, off };
}
probability ( rain ) {
  table 0.2, 0.8;
}
probability ( sprinkler | rain ) {
  default 0.5, 0.5;
  (yes) 0.01, 0.99;
}
probability ( "wet grass" | rain, sprinkler ) {
  (yes, on) 0.9, 0.09, 0.01;
  (no, on) 0.7, 0.2, 0.1;
  (yes, off) 0.6, 0.3, 0.1;
  (no, off) 0.0, 0.0, 1.0;
}
`;

describe("BIF reader", () => {
  it("reads comments, properties, quoted names, table, default and rows", () => {
    const net = parseBif(BIF, "tiny.bif");
    expect(net.name).toBe("tiny net");
    expect(net.variables.map((v) => v.name)).toEqual(["rain", "wet grass", "sprinkler"]);
    expect(net.variables[1]?.states).toEqual(["<5", "5-12", ">=12"]);
    expect(Array.from(net.variables[2]?.cpt ?? [])).toEqual([0.01, 0.99, 0.5, 0.5]);
    const row = Array.from(net.variables[1]?.cpt.subarray(3, 6) ?? []);
    [0.6, 0.3, 0.1].forEach((x, i) => {
      expect(row[i]).toBeCloseTo(x, 15);
    });
  });

  it("reads a conditional `table` with the child's states slowest", () => {
    const net = parseBif(
      "variable a { type discrete [2] { t, f }; } variable b { type discrete [2] { t, f }; }" +
        "probability (a) { table 0.3, 0.7; } probability (b | a) { table 0.1, 0.4, 0.9, 0.6; }",
    );
    expect(Array.from(net.variables[1]?.cpt ?? [])).toEqual([0.1, 0.9, 0.4, 0.6]);
  });

  it("renormalises rows off by less than 1e-6", () => {
    const net = parseBif(
      "variable a { type discrete [2] { t, f }; } probability (a) { table 0.3000001, 0.7; }",
    );
    expect((net.variables[0]?.cpt[0] ?? 0) + (net.variables[0]?.cpt[1] ?? 0)).toBe(1);
  });

  const V = "variable a { type discrete [2] { t, f }; } variable b { type discrete [2] { t, f }; }";
  it.each([
    [
      "row sum",
      `${V} probability (a) { table 0.3, 0.6; } probability (b) { table 0.5, 0.5; }`,
      "row_sum",
      /"a" row \(prior\) sums to 0\.9, not 1/,
    ],
    [
      "row sum with parents",
      `${V} probability (a) { table 0.5, 0.5; } probability (b | a) { (t) 0.5, 0.5; (f) 0.2, 0.2; }`,
      "row_sum",
      /"b" row \(f\) sums to 0\.4/,
    ],
    [
      "unknown parent",
      `${V} probability (a | c) { (t) 0.5, 0.5; } probability (b) { table 0.5, 0.5; }`,
      "unknown_parent",
      /"a" has unknown parent "c"/,
    ],
    [
      "cycle",
      `${V} probability (a | b) { (t) 0.5, 0.5; (f) 0.5, 0.5; } probability (b | a) { (t) 0.5, 0.5; (f) 0.5, 0.5; }`,
      "cycle",
      /cycle: (a → b → a|b → a → b)/,
    ],
    [
      "missing row",
      `${V} probability (a) { table 0.5, 0.5; } probability (b | a) { (t) 0.5, 0.5; }`,
      "missing_row",
      /"b" has no probabilities for row \(f\)/,
    ],
    [
      "unknown parent state",
      `${V} probability (a) { table 0.5, 0.5; } probability (b | a) { (x) 0.5, 0.5; (f) 0.5, 0.5; }`,
      "unknown_state",
      /"x" is not a state of "a" \(states: t, f\)/,
    ],
    [
      "wrong count",
      `${V} probability (a) { table 0.5, 0.25, 0.25; } probability (b) { table 0.5, 0.5; }`,
      "bad_table_size",
      /table of "a" has 3 numbers, expected 2/,
    ],
    [
      "negative",
      `${V} probability (a) { table -0.5, 1.5; } probability (b) { table 0.5, 0.5; }`,
      "bad_probability",
      /probability of "t" is -0\.5/,
    ],
    ["no block", `${V} probability (a) { table 0.5, 0.5; }`, "missing_row", /"b" has no probability block/],
    [
      "undeclared",
      `${V} probability (a) { table 0.5, 0.5; } probability (b) { table 0.5, 0.5; } probability (c) { table 1; }`,
      "unknown_variable",
      /undeclared variable "c"/,
    ],
    ["syntax", "variable a { type discrete [2] { t, f } ", "syntax", /x\.bif:1: /],
    [
      "not a number",
      `${V} probability (a) { table 0.5, abc; } probability (b) { table 0.5, 0.5; }`,
      "syntax",
      /expected a probability, found "abc"/,
    ],
  ])("rejects %s with a typed error naming the place", (_, text, code, message) => {
    let err: unknown;
    try {
      parseBif(text, "x.bif");
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ScenarioError);
    expect((err as ScenarioError).code).toBe(code);
    expect((err as ScenarioError).message).toMatch(message);
  });
});

const YAML = `
name: forms
variables:
  a:
    states: [lo, mid, hi]
    probs: [likely, unlikely, rest]
    normalize: true
  b:
    states: ["off", "on"]
    parents: [a]
    noisy_or:
      state: "on"
      leak: 0.1
      causes:
        - {parent: a, state: mid, p: 0.5, note: mid pushes}
        - {parent: a, state: hi, p: 0.9}
  c:
    states: [none, some, lots]
    parents: [a, b]
    noisy_max:
      leak: {none: 0.9, some: 0.1, lots: 0}
      causes:
        - {parent: a, state: hi, probs: {none: 0.2, some: 0.5, lots: 0.3}}
        - {parent: b, state: "on", probs: {none: 0.5, some: 0.5, lots: 0}}
  d:
    states: [x, y]
    parents: [a, b]
    default: {x: 30%, y: 70%}
    default_note: the default row
    table:
      - when: {a: [mid, hi]}
        probs: {x: 0.6, y: rest}
        note: mid or hi
      - when: {a: hi, b: "on"}
        probs: [almost certain, rest]
`;

describe("YAML scenario forms", () => {
  const net = parseScenarioYaml(YAML, "forms.yaml");
  const v = (name: string) => net.variables.find((x) => x.name === name) as Network["variables"][number];

  it("words map to ICD 203 midpoints; normalize rescales", () => {
    expect(probabilityValue("likely")).toBe(0.675);
    expect(probabilityValue("Very Unlikely")).toBe(0.125);
    expect(probabilityValue("30%")).toBe(0.3);
    expect(probabilityValue("perhaps")).toBeUndefined();
    const a = Array.from(v("a").cpt);
    expect(a[0]).toBeCloseTo(0.675, 12);
    expect(a[1]).toBeCloseTo(0.325, 12);
    expect(a[2]).toBe(0);
  });

  it("noisy-OR: P(on | cause) = 1 − (1 − leak) × Π(1 − p)", () => {
    const b = Array.from(v("b").cpt);
    [0.9, 0.1, 0.45, 0.55, 0.09, 0.91].forEach((x, i) => {
      expect(b[i]).toBeCloseTo(x, 15);
    });
    expect(v("b").notes?.find((n) => n.row === 1)?.text).toBe("mid pushes");
  });

  it("noisy-MAX: the child's CDF is the product of the causes' CDFs", () => {
    const c = v("c").cpt;
    // a = hi, b = on (row 5): F(none) = 0.9·0.2·0.5 = 0.09; F(some) = 1·0.7·1 = 0.7.
    expect(c[15]).toBeCloseTo(0.09, 12);
    expect(c[16]).toBeCloseTo(0.61, 12);
    expect(c[17]).toBeCloseTo(0.3, 12);
  });

  it("default row + exceptions, later rows winning, notes kept per row", () => {
    const d = Array.from(v("d").cpt);
    expect(d.slice(0, 4)).toEqual([0.3, 0.7, 0.3, 0.7]);
    expect(d[4]).toBeCloseTo(0.6, 12);
    expect(d[10]).toBeCloseTo(0.97, 12);
    expect(v("d").notes?.map((n) => n.text)).toEqual([
      "the default row",
      "the default row",
      "mid or hi",
      "mid or hi",
      "mid or hi",
    ]);
  });

  const base = "name: e\nvariables:\n  a: {states: [t, f], probs: [0.5, 0.5]}\n";
  it.each([
    [
      "a row that does not sum to 1",
      `${base}  b: {states: [t, f], parents: [a], table: [{when: {a: t}, probs: [0.5, 0.4]}, {when: {a: f}, probs: [0.5, 0.5]}]}`,
      /"b" row \(t\) sums to 0\.9, not 1/,
    ],
    [
      "an unknown parent",
      `${base}  b: {states: [t, f], parents: [zz], probs: [0.5, 0.5]}`,
      /"b" has unknown parent "zz"/,
    ],
    [
      "a cycle",
      `name: e\nvariables:\n  a: {states: [t, f], parents: [b], probs: [0.5, 0.5]}\n  b: {states: [t, f], parents: [a], probs: [0.5, 0.5]}`,
      /cycle: a → b → a/,
    ],
    [
      "a missing row",
      `${base}  b: {states: [t, f], parents: [a], table: [{when: {a: t}, probs: [0.5, 0.5]}]}`,
      /"b" has no probabilities for row \(f\)/,
    ],
    [
      "an unknown state in a row",
      `${base}  b: {states: [t, f], parents: [a], table: [{when: {a: maybe}, probs: [0.5, 0.5]}]}`,
      /"maybe", not a state of "a" \(states: t, f\)/,
    ],
    [
      "a bad word",
      `${base}  b: {states: [t, f], probs: [perhaps, rest]}`,
      /"perhaps" \(state t\) is not a probability/,
    ],
    [
      "two forms",
      `${base}  b: {states: [t, f], probs: [0.5, 0.5], table: []}`,
      /exactly one of probs, table/,
    ],
    ["a schema violation", "name: e\nvariables:\n  a: {states: [t], probs: [1]}", /variables\.a\.states/],
    ["bad YAML", "name: [unclosed", /bad\.yaml:\d+: /],
  ])("rejects %s", (_, text, message) => {
    expect(() => parseScenarioYaml(text, "bad.yaml")).toThrow(message);
  });
});

describe("round trips", () => {
  const sameNumbers = (a: Network, b: Network) => {
    expect(b.variables.map((v) => [v.name, v.states, v.parents])).toEqual(
      a.variables.map((v) => [v.name, v.states, v.parents]),
    );
    a.variables.forEach((v, i) => {
      const w = b.variables[i]?.cpt as Float64Array;
      v.cpt.forEach((x, j) => {
        // Equal up to the last bit or two (rows are renormalised on load).
        expect(Math.abs(x - (w[j] as number))).toBeLessThanOrEqual(5e-16);
      });
    });
  };

  it("BIF → BIF, XMLBIF, YAML → same numbers (tiny net with awkward names)", () => {
    const net = parseBif(BIF);
    sameNumbers(net, parseBif(writeBif(net)));
    sameNumbers(net, parseXmlBif(writeXmlBif(net)));
    sameNumbers(net, parseScenarioYaml(writeScenarioYaml(net)));
  });

  it("the example scenario survives YAML → BIF → YAML with its numbers and notes", () => {
    const file = join(ROOT, "examples", "scenarios", "us-election-2024.yaml");
    const net = parseModel(readFileSync(file, "utf8"), file);
    const back = parseScenarioYaml(writeScenarioYaml(net));
    sameNumbers(net, back);
    expect(back.variables.map((v) => v.notes)).toEqual(net.variables.map((v) => v.notes));
    sameNumbers(net, parseBif(writeBif(net)));
  });

  it.skipIf(!existsSync(join(SHARED, "bn")) && !sharedAvailable("bnlearn round trips"))(
    "bnlearn networks (alarm, hailfinder, win95pts) round-trip through every format with equal posteriors",
    () => {
      for (const name of ["alarm", "hailfinder", "win95pts"]) {
        const net = parseBif(readFileSync(join(SHARED, "bn", "networks", `${name}.bif`), "utf8"));
        const p = infer(compile(net)).marginals;
        for (const back of [
          parseBif(writeBif(net)),
          parseXmlBif(writeXmlBif(net)),
          parseScenarioYaml(writeScenarioYaml(net)),
        ]) {
          sameNumbers(net, back);
          const q = infer(compile(back)).marginals;
          p.forEach((m, i) => {
            m.forEach((x, j) => {
              expect(Math.abs(x - (q[i]?.[j] as number))).toBeLessThan(1e-14);
            });
          });
        }
      }
    },
  );

  it("DOT lists every arc and escapes names", () => {
    const dot = writeDot(parseBif(BIF));
    expect(dot).toMatch(/^digraph "tiny net" \{/);
    expect(dot).toContain('"rain" -> "wet grass";');
    expect(dot).toContain('"sprinkler" -> "wet grass";');
    expect(dot).toContain('label="wet grass\\n<5\\n5-12\\n>=12"');
  });
});

describe("JSON Schema", () => {
  it("docs/scenario.schema.json is the one generated from the zod schema", () => {
    const committed = JSON.parse(readFileSync(join(ROOT, "docs", "scenario.schema.json"), "utf8"));
    expect(committed).toEqual(JSON.parse(JSON.stringify(scenarioJsonSchema())));
  });
});
