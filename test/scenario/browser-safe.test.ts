/** The engine runs in the browser (the dashboard's live what-if): no Node APIs inside src/scenario. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const DIR = join(import.meta.dirname, "..", "..", "src", "scenario");
const NODE_ONLY = [
  /from\s+"node:/,
  /from\s+"(fs|path|os|child_process|worker_threads)"/,
  /\bprocess\./,
  /\bBuffer\./,
  /\brequire\(/,
  /__dirname/,
];

describe("src/scenario is browser-safe", () => {
  it.each(readdirSync(DIR).filter((f) => f.endsWith(".ts")))("%s uses no Node API", (file) => {
    const text = readFileSync(join(DIR, file), "utf8");
    expect(NODE_ONLY.filter((re) => re.test(text)).map(String)).toEqual([]);
  });
  it("imports only browser-safe packages", () => {
    const packages = new Set<string>();
    for (const f of readdirSync(DIR).filter((x) => x.endsWith(".ts")))
      for (const m of readFileSync(join(DIR, f), "utf8").matchAll(/from\s+"([^.][^"]*)"/g))
        packages.add(m[1] as string);
    expect([...packages].sort()).toEqual(["fast-xml-parser", "yaml", "zod"]);
  });
});
