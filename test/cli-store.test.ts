/**
 * The knowledge-store commands as a user runs them (built binary), on SQLite and PostgreSQL:
 * ingest is idempotent, bad documents are counted and the batch goes on, queries filter, exports
 * parse, and a run killed with SIGKILL resumes to exactly the counts of an uninterrupted run.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../src/store/index.js";
import { DIALECTS } from "./store/dialects.js";

const ROOT = join(import.meta.dirname, "..");
const CLI = join(ROOT, "bin", "secvar.js");
const EXAMPLES = join(ROOT, "examples", "articles", "*.article.json");
/** How many example articles ship with the project (counted, so that adding one needs no test edit). */
const EXAMPLE_COUNT = readdirSync(join(ROOT, "examples", "articles")).filter((f) =>
  f.endsWith(".article.json"),
).length;
let dir = "";

function run(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: "utf8",
    env: { ...process.env, TZ: "UTC" },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function ingest(db: string, inputs: string[], extra: string[] = []) {
  const r = run(["ingest", ...inputs, "--db", db, "--json", ...extra]);
  if (r.code !== 0) throw new Error(`ingest failed (${r.code}): ${r.err}`);
  return JSON.parse(r.out.trim().split("\n").at(-1) as string);
}

async function counts(db: string) {
  const store = await openStore(db);
  try {
    return await store.counts();
  } finally {
    await store.close();
  }
}

beforeAll(() => {
  execFileSync("npm", ["run", "build", "--silent"], { cwd: ROOT, stdio: "ignore" });
  dir = mkdtempSync(join(tmpdir(), "secvar-cli-store-"));
  // A synthetic corpus (bench/corpus): 120 documents with exact and near duplicates.
  execFileSync(
    process.execPath,
    [
      join(ROOT, "dist", "bench", "synthetic-corpus.js"),
      "--docs",
      "120",
      "--seed",
      "7",
      "--out",
      join(dir, "corpus.jsonl"),
    ],
    { stdio: "ignore" },
  );
  writeFileSync(
    join(dir, "mixed.jsonl"),
    [
      JSON.stringify({
        id: "a",
        text: "Russia and Ukraine exchanged prisoners on Friday, officials in Kyiv said.",
        published: "2025-01-10",
      }),
      "{ this is not json",
      JSON.stringify({ id: "empty", text: "   " }),
      JSON.stringify({
        id: "b",
        text: "China sent warships near Taiwan on Monday, the defence ministry in Taipei said.",
        published: "2025-01-13",
      }),
    ].join("\n"),
  );
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(DIALECTS.map((make) => [make().name, make] as const))("store commands on %s", (_name, make) => {
  const engine = make();
  let ready = false;
  beforeAll(async () => {
    ready = await engine.setup();
  }, 120_000);
  afterAll(() => engine.teardown());

  it("ingests the examples once: a second run changes nothing", async (ctx) => {
    if (!ready) return ctx.skip();
    const db = engine.freshLocation();
    const first = ingest(db, [EXAMPLES]);
    expect(first.new).toBe(EXAMPLE_COUNT);
    expect(first.failed).toBe(0);
    expect(first.events).toBeGreaterThan(50);
    const before = await counts(db);
    const second = ingest(db, [EXAMPLES]);
    expect(second.new).toBe(0);
    expect(second.duplicate).toBe(EXAMPLE_COUNT);
    expect(await counts(db)).toEqual(before);
  }, 300_000);

  it("counts bad documents as issues and goes on", async (ctx) => {
    if (!ready) return ctx.skip();
    const db = engine.freshLocation();
    const s = ingest(db, [join(dir, "mixed.jsonl")]);
    expect(s.new).toBe(2);
    expect(s.failed).toBe(2);
    expect((await counts(db)).issues).toBe(2);
  }, 120_000);

  it("filters events, lists claims and actors, and exports every format", async (ctx) => {
    if (!ready) return ctx.skip();
    const db = engine.freshLocation();
    ingest(db, [EXAMPLES]);
    const prk = run(["events", "--db", db, "--country", "PRK", "--jsonl", "--limit", "1000"]);
    expect(prk.code).toBe(0);
    const rows = prk.out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(rows.length).toBeGreaterThan(3);
    for (const r of rows) expect(`${r.source.code}${r.target.code}`).toContain("PRK");
    const ranged = run(["events", "--db", db, "--from", "2024-12-01", "--to", "2024-12-31", "--jsonl"]);
    for (const l of ranged.out.trim().split("\n")) expect(JSON.parse(l).date.day.slice(0, 7)).toBe("2024-12");
    expect(run(["claims", "--db", db]).out).toMatch(/grade/);
    expect(run(["actors", "--db", db, "--country", "KOR"]).out).toMatch(/KOR/);
    expect(run(["timeline", "--db", db, "--json"]).code).toBe(0);
    const all = run(["events", "--db", db, "--jsonl", "--limit", "10000"]).out.trim().split("\n").length;
    expect(run(["export", "--db", db, "--format", "jsonl"]).out.trim().split("\n")).toHaveLength(all);
    for (const line of run(["export", "--db", db, "--format", "gdelt"]).out.split("\n").filter(Boolean))
      expect(line.split("\t")).toHaveLength(61);
    const bundle = JSON.parse(run(["export", "--db", db, "--format", "stix", "--tlp", "green"]).out);
    expect(bundle.type).toBe("bundle");
    expect(bundle.objects.some((o: { type: string }) => o.type === "report")).toBe(true);
    const geo = JSON.parse(run(["export", "--db", db, "--format", "geojson"]).out);
    expect(geo.type).toBe("FeatureCollection");
    const csv = run(["export", "--db", db, "--format", "csv", "--header"]).out.split("\n");
    expect(csv[0]).toContain("cameoCode");
  }, 300_000);

  it("turns bad flags and an unreachable store into one-line errors", (ctx) => {
    if (!ready) return ctx.skip();
    const db = engine.freshLocation();
    const bad = run(["events", "--db", db, "--from", "yesterday"]);
    expect(bad.code).toBe(2);
    expect(bad.err.trim()).toBe('secvar: --from: expected a date YYYY-MM-DD, found "yesterday"');
    const format = run(["export", "--db", db, "--format", "xml"]);
    expect(format.code).toBe(2);
    expect(format.err).toContain("--format");
    const nowhere = run(["events", "--db", join(dir, "no", "such", "dir", "x.db")]);
    expect(nowhere.code).toBe(1);
    expect(nowhere.err.split("\n").filter(Boolean)).toHaveLength(1);
  });

  it("resumes after kill -9 to the counts of an uninterrupted run", async (ctx) => {
    if (!ready) return ctx.skip();
    const corpus = join(dir, "corpus.jsonl");
    const clean = engine.freshLocation();
    ingest(clean, [corpus], ["--threads", "1"]);
    const expected = await counts(clean);
    const killed = engine.freshLocation();
    const child = spawn(
      process.execPath,
      [CLI, "ingest", corpus, "--db", killed, "--threads", "1", "--batch", "4"],
      {
        stdio: "ignore",
      },
    );
    // Kill it once some documents are committed but before the end.
    for (let i = 0; i < 600; i++) {
      await new Promise((r) => setTimeout(r, 100));
      const c = await counts(killed).catch(() => null);
      if (c && c.documents >= 10) break;
    }
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));
    const partial = await counts(killed);
    expect(partial.documents).toBeGreaterThan(0);
    expect(partial.documents).toBeLessThan(expected.documents);
    const resumed = ingest(killed, [corpus], ["--threads", "1"]);
    expect(resumed.duplicate).toBeGreaterThanOrEqual(partial.documents);
    expect(await counts(killed)).toEqual(expected);
  }, 300_000);
});

describe("secvar demo (npm start)", () => {
  it("keeps the examples in the store named by SECVAR_DB, once", async () => {
    const db = join(dir, "demo.db");
    const env = { ...process.env, TZ: "UTC", SECVAR_DB: db };
    const first = spawnSync(process.execPath, [CLI, "demo"], { encoding: "utf8", env });
    expect(first.status).toBe(0);
    expect(first.stdout).toContain(`${EXAMPLE_COUNT} new documents`);
    const again = spawnSync(process.execPath, [CLI, "demo"], { encoding: "utf8", env });
    expect(again.stdout).toContain(`0 new documents; in all ${EXAMPLE_COUNT} documents`);
    expect((await counts(db)).documents).toBe(EXAMPLE_COUNT);
  }, 120_000);
});
