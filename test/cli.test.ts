/** The built CLI as a user runs it: exit codes, one-line errors, JSON that validates, batches that go on. */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractionJsonSchema } from "../src/cli/schema-command.js";
import { Extraction } from "../src/knowledge/index.js";

const ROOT = join(import.meta.dirname, "..");
const CLI = join(ROOT, "bin", "secvar.js");
let dir = "";

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    input,
    encoding: "utf8",
    env: { ...process.env, TZ: "UTC" },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  // The CLI runs from dist/: `npm test` builds before vitest; build here too when run alone.
  execFileSync("npm", ["run", "build", "--silent"], { cwd: ROOT, stdio: "ignore" });
  dir = mkdtempSync(join(tmpdir(), "secvar-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ARTICLE =
  "SEOUL, Nov. 4, 2024 - North Korea sent about 10,000 troops to Russia, South Korea's spy agency said on Friday. " +
  "Russia denied deploying North Korean soldiers in the Kursk region. Analysts said a ceasefire was unlikely.";

describe("secvar CLI", () => {
  it("prints help and exits 0", () => {
    const r = run(["--help"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("analyze");
  });

  it("exits 2 on bad usage", () => {
    expect(run(["analyze"]).code).toBe(2);
    expect(run(["no-such-command"]).code).toBe(2);
  });

  it("prints a brief for a text file, with the date from the dateline", () => {
    const f = join(dir, "a.txt");
    writeFileSync(f, ARTICLE);
    const r = run(["analyze", f]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("published 2024-11-04");
    expect(r.out).toContain("PRK → RUS");
    expect(r.out).toMatch(/reported by KORSPY/);
  });

  it("--json validates against the published contract", () => {
    const r = run(["analyze", "-", "--json", "--published", "2024-11-04", "--outlet", "Test Wire"], ARTICLE);
    expect(r.code).toBe(0);
    const x = Extraction.parse(JSON.parse(r.out));
    expect(x.document.outlet).toBe("Test Wire");
    expect(x.events.length).toBeGreaterThan(0);
  });

  it("--explain shows rules and sentences", () => {
    const r = run(["analyze", "-", "--explain"], ARTICLE);
    expect(r.out).toContain("EXPLAIN");
    expect(r.out).toMatch(/rule \S+\|(mod|attr)\./);
  });

  it.each([
    ["empty", "", /empty/],
    ["binary", Buffer.from([0, 1, 2, 3, 0, 255, 0, 7, 0, 0]), /binary/],
    [
      "french",
      "Le ministre a déclaré que les négociations avec la Russie se poursuivraient la semaine prochaine, malgré les tensions et les critiques de l'opposition dans le pays.",
      /English/,
    ],
  ])("a %s file fails with one line naming the file, exit 1", (name, content, problem) => {
    const f = join(dir, `${name}.txt`);
    writeFileSync(f, content);
    const r = run(["analyze", f]);
    expect(r.code).toBe(1);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toContain(f);
    expect(r.err).toMatch(problem);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it("a 500 MB file fails fast without being read", () => {
    const f = join(dir, "huge.txt");
    writeFileSync(f, "");
    truncateSync(f, 500 * 1024 * 1024);
    const r = run(["analyze", f]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/huge\.txt.*(large|MiB|bytes)/);
  });

  it("a missing file and a bad --published are one-line errors", () => {
    expect(run(["analyze", join(dir, "nope.txt")]).err).toMatch(/nope\.txt/);
    const r = run(["analyze", "-", "--published", "yesterday-ish"], ARTICLE);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/published/);
  });

  it("--batch writes one line per record in order and reports bad lines without stopping", () => {
    const f = join(dir, "batch.jsonl");
    const lines = [
      JSON.stringify({ id: "a", text: ARTICLE, published: "2024-11-04" }),
      "{not json",
      JSON.stringify({ id: "c", title: "no text" }),
      JSON.stringify({ id: "d", text: ARTICLE.replace("Russia", "Belarus") }),
    ];
    writeFileSync(f, lines.join("\n"));
    const r = run(["analyze", "--batch", f]);
    expect(r.code).toBe(0);
    const out = r.out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(["a", "line-2", "c", "d"]);
    expect(out[1].error.code).toBe("bad_json");
    expect(out[2].error.code).toBe("bad_record");
    expect(Extraction.parse({ ...out[0], id: undefined }).events.length).toBeGreaterThan(0);
    expect(r.err).toMatch(/4 documents, 2 analysed, 2 failed/);
  });

  it("the published JSON Schema in docs/ is up to date", () => {
    const file = JSON.parse(readFileSync(join(ROOT, "docs", "extraction.schema.json"), "utf8"));
    expect(file).toEqual(JSON.parse(JSON.stringify(extractionJsonSchema())));
  });
});
