/** House rules that keep the code base navigable: no import cycles; folders meet only at index.ts. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(import.meta.dirname, "..", "src");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

const IMPORT = /^\s*(?:import|export)\s[^;]*?from\s+"(\.[^"]+)"/gm;

function imports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(IMPORT)].map((m) =>
    resolve(dirname(file), (m[1] as string).replace(/\.js$/, ".ts")),
  );
}

const graph = new Map(files(SRC).map((f) => [f, imports(f)]));

/** Top-level folder of a source file: "nlp", "coding", … */
function area(file: string): string {
  return relative(SRC, file).split("/")[0] as string;
}

describe("architecture", () => {
  it("has no import cycles", () => {
    const state = new Map<string, "active" | "done">();
    const cycles: string[] = [];
    const visit = (f: string, path: string[]) => {
      if (state.get(f) === "done") return;
      if (state.get(f) === "active") {
        cycles.push([...path.slice(path.indexOf(f)), f].map((p) => relative(SRC, p)).join(" → "));
        return;
      }
      state.set(f, "active");
      for (const g of graph.get(f) ?? []) visit(g, [...path, f]);
      state.set(f, "done");
    };
    for (const f of graph.keys()) visit(f, []);
    expect(cycles).toEqual([]);
  });

  it("imports another stage only through its index.ts", () => {
    const bad: string[] = [];
    for (const [f, deps] of graph) {
      for (const d of deps) {
        const other = area(d);
        if (other === area(f) || other.endsWith(".ts")) continue;
        if (relative(join(SRC, other), d) !== "index.ts")
          bad.push(`${relative(SRC, f)} → ${relative(SRC, d)}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("keeps the domain core free of the CLI", () => {
    const bad = [...graph].filter(
      ([f, deps]) => ["nlp", "coding", "knowledge"].includes(area(f)) && deps.some((d) => area(d) === "cli"),
    );
    expect(bad.map(([f]) => relative(SRC, f))).toEqual([]);
  });
});
