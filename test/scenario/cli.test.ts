/** `secvar scenario …` as a user runs it: the built binary, exit codes, one-line errors, the JSON contract. */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SHARED, sharedAvailable } from "../helpers.js";

const ROOT = join(import.meta.dirname, "..", "..");
const CLI = join(ROOT, "bin", "secvar.js");
const EXAMPLE = join(ROOT, "examples", "scenarios", "us-election-2024.yaml");
const ASIA = join(SHARED, "bn", "networks", "asia.bif");
let dir = "";

function run(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: "utf8",
    env: { ...process.env, TZ: "UTC" },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  execFileSync("npm", ["run", "build", "--silent"], { cwd: ROOT, stdio: "ignore" });
  dir = mkdtempSync(join(tmpdir(), "secvar-scenario-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("secvar scenario", () => {
  it("run prints bars and the branches of the election", () => {
    const r = run(["scenario", "run", EXAMPLE]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/us_aid — US military aid to Ukraine/);
    expect(r.out).toMatch(/halted\s+30\.0% █+/);
    expect(r.out).toContain("BRANCHES on us_election");
    expect(r.out).toMatch(/halted\s+55\.0%\s+5\.0%/);
  });

  it("run --json is the stable contract {p_evidence, marginals: {VAR: {STATE: p}}}", () => {
    const r = run([
      "scenario",
      "run",
      EXAMPLE,
      "--json",
      "--evidence",
      "us_election=trump",
      "--soft",
      "nk_troops_in_combat=0.9,0.3",
    ]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { p_evidence: number; marginals: Record<string, Record<string, number>> };
    expect(j.p_evidence).toBeCloseTo(0.5 * (0.875 * 0.9 + 0.125 * 0.3), 12);
    expect(j.marginals.us_election).toEqual({ trump: 1, harris: 0 });
    expect(j.marginals.us_aid?.halted).toBeCloseTo(0.55, 12);
    for (const m of Object.values(j.marginals))
      expect(Object.values(m).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it("what-if --do cuts the parents: the election does not move", () => {
    const r = run(["scenario", "what-if", EXAMPLE, "--do", "us_aid=halted", "--json"]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.after.marginals.us_election.trump).toBeCloseTo(0.5, 12);
    expect(j.after.marginals.us_aid.halted).toBe(1);
    const text = run(["scenario", "what-if", EXAMPLE, "--evidence", "us_aid=halted"]).out;
    expect(text).toMatch(/What if us_aid = halted\?/);
    expect(text).toMatch(/trump\s+50\.0% →\s+91\.7%\s+\+41\.7/);
  });

  it("sensitivity names the assumptions that move the risk to South Korea most", () => {
    const r = run(["scenario", "sensitivity", EXAMPLE, "--target", "risk_to_south_korea=high", "--top", "5"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^P\(risk_to_south_korea=high\) = \d+\.\d%/);
    expect(r.out).toMatch(/assumption: .*Russia–North Korea/);
    expect(r.out).toMatch(/1\. rok_drawn_in: /);
  });

  it("voi ranks what to watch; mpe gives one joint story", () => {
    const v = run(["scenario", "voi", EXAMPLE, "--target", "risk_to_south_korea"]);
    expect(v.code).toBe(0);
    expect(v.out).toMatch(/1\. rok_drawn_in\s+0\.\d+ bits/);
    const m = run(["scenario", "mpe", EXAMPLE, "--evidence", "us_election=trump", "--json"]);
    expect(JSON.parse(m.out).assignment.us_aid).toBe("halted");
  });

  it("show prints tables with their assumptions", () => {
    const r = run(["scenario", "show", EXAMPLE]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("↳ The editorial calls the race very close");
    expect(r.out).toMatch(/junction tree \([a-z-]+\): \d+ cliques/);
  });

  it.each([
    [
      ["scenario", "run", EXAMPLE, "--evidence", "us_aid=paused"],
      2,
      /"paused" is not a state of "us_aid" \(states: continues, reduced, halted\)/,
    ],
    [["scenario", "run", EXAMPLE, "--evidence", "nobody=x"], 2, /unknown variable "nobody"/],
    [["scenario", "run", EXAMPLE, "--evidence", "us_aid"], 2, /expected VAR=STATE/],
    [
      ["scenario", "run", EXAMPLE, "--soft", "us_aid=0.5,0.5"],
      2,
      /has 2 values, expected one per state \(3\)/,
    ],
    [["scenario", "run", EXAMPLE, "--soft", "us_aid=a,b,c"], 2, /one non-negative number per state/],
    [["scenario", "sensitivity", EXAMPLE], 2, /missing --target/],
    [["scenario", "run", "/nonexistent.yaml"], 1, /\/nonexistent\.yaml: cannot read \(ENOENT\)/],
    [["scenario", "run", "model.txt"], 2, /unknown model format/],
  ])("%j exits %i with one line", (args, code, message) => {
    const r = run(args);
    expect(r.code).toBe(code);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split("\n")).toHaveLength(1);
  });

  it("a broken model names the variable and row; impossible evidence says so", () => {
    const bad = join(dir, "bad.yaml");
    writeFileSync(bad, "name: b\nvariables:\n  a: {states: [t, f], probs: [0.5, 0.4]}\n");
    const r = run(["scenario", "run", bad]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/bad\.yaml: "a" row \(prior\) sums to 0\.9, not 1/);
    const zero = join(dir, "zero.yaml");
    writeFileSync(zero, "name: z\nvariables:\n  a: {states: [t, f], probs: [1, 0]}\n");
    const z = run(["scenario", "run", zero, "-e", "a=f"]);
    expect(z.code).toBe(1);
    expect(z.err).toMatch(/evidence has probability 0/);
  });

  it("convert YAML → BIF → XMLBIF → YAML keeps the answers; DOT draws the graph", () => {
    const bif = join(dir, "e.bif");
    const xml = join(dir, "e.xml");
    const yaml = join(dir, "e.yaml");
    const dot = join(dir, "e.dot");
    expect(run(["scenario", "convert", EXAMPLE, bif]).code).toBe(0);
    expect(run(["scenario", "convert", bif, xml]).code).toBe(0);
    expect(run(["scenario", "convert", xml, yaml]).code).toBe(0);
    expect(run(["scenario", "convert", EXAMPLE, dot]).code).toBe(0);
    expect(readFileSync(dot, "utf8")).toContain('"us_election" -> "us_aid";');
    const a = JSON.parse(run(["scenario", "run", EXAMPLE, "--json", "-e", "rok_drawn_in=yes"]).out);
    const b = JSON.parse(run(["scenario", "run", yaml, "--json", "-e", "rok_drawn_in=yes"]).out);
    for (const [k, m] of Object.entries(a.marginals as Record<string, Record<string, number>>))
      for (const [s, p] of Object.entries(m)) expect(Math.abs(p - b.marginals[k][s])).toBeLessThan(1e-14);
  });

  it.skipIf(!sharedAvailable("scenario CLI on BIF"))("runs a BIF file from bnlearn", () => {
    const r = run(["scenario", "run", ASIA, "--json", "-e", "xray=yes,dysp=yes"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).marginals.lung.yes).toBeGreaterThan(0.5);
  });
});
