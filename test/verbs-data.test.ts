import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SHARED = resolve(ROOT, "..", "shared");
const HAS_SHARED = existsSync(
  resolve(SHARED, "eval", "reference", "petrarch2-dictionaries", "CAMEO.2.0.txt"),
);

interface CodeRecord {
  name: string;
  root: string;
  level: number;
  goldstein: number | null;
  quad_class: number;
  plover: string | null;
  plover_mode: string | null;
  description: string | null;
}

interface Pattern {
  id: string;
  code: string | null;
  reverse_code?: string;
  before?: string[];
  after: string[];
  target?: string;
  source?: string;
  src: string;
}

interface VerbEntry {
  lemma: string;
  particle: string | null;
  forms: string[];
  code: string | null;
  reverse_code?: string;
  blocks: string[];
  src: string[];
  patterns: Pattern[];
}

interface VerbsDocument {
  version: string;
  attribution: string;
  synonyms: Record<string, string[]>;
  verbs: VerbEntry[];
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(resolve(ROOT, path), "utf8")) as T;
}

const codesDoc = readJson<{ version: string; attribution: string; codes: Record<string, CodeRecord> }>(
  "data/cameo/codes.json",
);
const codes = codesDoc.codes;
const verbs = readJson<VerbsDocument>("data/verbs/cameo-verbs.json");

const key = (v: { lemma: string; particle: string | null }): string =>
  v.particle === null ? v.lemma : `${v.lemma} ${v.particle}`;
const byKey = new Map(verbs.verbs.map((v) => [key(v), v]));
const allPatterns = verbs.verbs.flatMap((v) => v.patterns.map((p) => ({ verb: v, pattern: p })));

function entry(spec: string): VerbEntry {
  const found = byKey.get(spec);
  if (found === undefined) throw new Error(`no verb entry "${spec}"`);
  return found;
}

/** Codes a verb entry yields for a pattern whose words are exactly `after`. */
function codesFor(spec: string, after: string[]): (string | null)[] {
  return entry(spec)
    .patterns.filter((p) => p.after.join(" ") === after.join(" ") && (p.before ?? []).length === 0)
    .map((p) => p.code);
}

describe("data/cameo/codes.json", () => {
  const entries = Object.entries(codes);

  it("holds the CAMEO codebook with attribution", () => {
    expect(entries.length).toBeGreaterThan(300);
    expect(codesDoc.attribution).toMatch(/CAMEO/);
    expect(codes["190"]).toMatchObject({
      root: "19",
      level: 2,
      goldstein: -10,
      quad_class: 4,
      plover: "ASSAULT",
    });
    expect(codes["057"]?.name).toBe("Sign formal agreement");
  });

  it("has consistent roots, levels, quad classes and Goldstein scores", () => {
    for (const [code, rec] of entries) {
      expect(code, code).toMatch(/^\d{2,4}$/);
      expect(code.startsWith(rec.root), code).toBe(true);
      expect(rec.level, code).toBe(code.length === 2 ? 0 : code.length - 1);
      expect([0, 1, 2, 3, 4], code).toContain(rec.quad_class);
      expect(rec.name.length, code).toBeGreaterThan(0);
      expect(typeof rec.goldstein, code).toBe("number");
      if (code.length > 2)
        expect(codes[code.slice(0, code.length - 1)] ?? codes[rec.root], code).toBeDefined();
    }
    expect(codes["010"]?.quad_class).toBe(0);
    expect(codes["0234"]?.quad_class).toBe(0);
  });

  it("gives 4-digit codes their parent's PLOVER category when the mapping has none", () => {
    for (const [code, rec] of entries) {
      const parent = code.length === 4 ? codes[code.slice(0, 3)] : undefined;
      if (parent?.plover) expect(rec.plover, code).not.toBeNull();
    }
    expect(codes["1951"]?.plover).toBe("ASSAULT");
  });
});

describe("data/verbs/cameo-verbs.json", () => {
  it("carries version and attribution", () => {
    expect(verbs.version).toMatch(/^\d{4}\.\d{2}$/);
    expect(verbs.attribution).toMatch(/Open Event Data Alliance/);
    expect(verbs.attribution).toMatch(/MIT/);
  });

  it("uses only codes that exist in codes.json", () => {
    const unknown = new Set<string>();
    const check = (c: string | null | undefined): void => {
      if (c !== null && c !== undefined && !(c in codes)) unknown.add(c);
    };
    for (const v of verbs.verbs) {
      check(v.code);
      check(v.reverse_code);
      for (const p of v.patterns) {
        check(p.code);
        check(p.reverse_code);
      }
    }
    expect([...unknown]).toEqual([]);
  });

  it("resolves every synonym reference and keeps synonym sets well-formed", () => {
    for (const [name, members] of Object.entries(verbs.synonyms)) {
      expect(name).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(members.length, name).toBeGreaterThan(0);
      for (const m of members) expect(m, name).toMatch(/^[^\s&A-Z](?:[^A-Z&]*[^\sA-Z&])?$/);
    }
    const unresolved = allPatterns
      .flatMap(({ pattern }) =>
        [...(pattern.before ?? []), ...pattern.after].map((w) => ({ w, id: pattern.id })),
      )
      .filter(({ w }) => w.startsWith("&") && !(w.slice(1) in verbs.synonyms));
    expect(unresolved).toEqual([]);
  });

  it("has unique pattern ids and unique (lemma, particle) entries", () => {
    const ids = allPatterns.map(({ pattern }) => pattern.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(byKey.size).toBe(verbs.verbs.length);
  });

  it("has well-formed verb entries", () => {
    const bad = verbs.verbs.filter(
      (v) =>
        !/^[a-z][a-z'-]*$/.test(v.lemma) ||
        (v.particle !== null && !/^[a-z-]+( [a-z-]+)*$/.test(v.particle)) ||
        v.forms.some((f) => !/^[a-z][a-z'-]*$/.test(f)) ||
        v.blocks.length === 0 ||
        v.src.length === 0,
    );
    expect(bad.map(key)).toEqual([]);
  });

  it("has well-formed patterns", () => {
    const word = /^(&[a-z0-9_]+|[^\s&A-Z*]+\*?)$/;
    const problems: string[] = [];
    const check = (ok: boolean, what: string, p: Pattern): void => {
      if (!ok) problems.push(`${p.id}: ${what}`);
    };
    for (const { pattern: p } of allPatterns) {
      check(/^[a-z0-9_'.-]+$/.test(p.id), "id", p);
      check(Array.isArray(p.after), "after is not an array", p);
      check(p.after.length + (p.before?.length ?? 0) > 0, "no words", p);
      check(p.before === undefined || p.before.length > 0, "empty before", p);
      for (const w of [...(p.before ?? []), ...p.after]) check(word.test(w), `word "${w}"`, p);
      check(p.target === undefined || /^(object|subject|home|after:[a-z]+)$/.test(p.target), "target", p);
      check(p.source === undefined || /^(object|after:[a-z]+)$/.test(p.source), "source", p);
      check(p.code !== null || p.reverse_code !== undefined || p.src.includes("[---]"), "null code", p);
      if (p.id.startsWith("sv.")) check(p.src.startsWith("secvar: "), "curated src", p);
      else check(/^[A-Z][A-Z_', -]*: .*\[[^\]]*\]$/.test(p.src), "PETRARCH src", p);
    }
    expect(problems).toEqual([]);
  });

  it("converts PETRARCH verbs, irregular forms and phrasal verbs", () => {
    expect(entry("meet").forms).toContain("met");
    expect(entry("ask for")).toMatchObject({ lemma: "ask", particle: "for", code: "020" });
    expect(entry("ask for").forms).toEqual(["asked", "asking", "asks"]);
    expect(entry("visit")).toMatchObject({ code: "042", reverse_code: "043" });
    expect(entry("crack down").particle).toBe("down");
    expect(entry("recognize").forms).toContain("recognised");
    expect(codesFor("ask", ["for", "help", "in", "&security"])).toEqual(["0234"]);
    expect(verbs.synonyms.ceasefire).toContain("ceasefire");
    expect(verbs.synonyms.weapon).toEqual(expect.arrayContaining(["weapon", "weapons", "missile", "arms"]));
  });

  it("has the curated security additions", () => {
    const curated = (spec: string): Pattern[] => entry(spec).patterns.filter((p) => p.id.startsWith("sv."));
    const specs = [
      "deploy",
      "send",
      "dispatch",
      "supply",
      "provide",
      "ship",
      "transfer",
      "pledge",
      "halt",
      "suspend",
      "pause",
      "freeze",
      "cut off",
      "ratify",
      "sign",
      "acknowledge",
      "admit",
      "confirm",
      "deny",
      "accuse",
      "condemn",
      "vow",
      "promise",
      "threaten",
      "launch",
      "shell",
      "bomb",
      "strike",
      "capture",
      "seize",
      "occupy",
      "invade",
      "shoot down",
      "impose",
      "lift",
      "recognize",
      "hold",
      "visit",
      "host",
      "meet",
      "call",
      "agree",
      "mobilize",
      "fire",
      "impeach",
      "declare",
      "arrest",
      "expel",
      "summon",
      "recall",
    ];
    for (const spec of specs) expect(curated(spec).length, spec).toBeGreaterThan(0);
    expect(codesFor("deploy", ["&troops"])).toContain("074");
    expect(codesFor("supply", ["&weapon"])).toContain("072");
    expect(codesFor("pledge", ["&military_aid"])).toContain("0332");
    expect(codesFor("suspend", ["&military_aid"])).toContain("1622");
    expect(codesFor("impose", ["&sanctions"])).toContain("163");
    expect(codesFor("lift", ["&sanctions"])).toContain("085");
    expect(codesFor("expel", ["&envoy"])).toContain("161");
    // Agreeing to a ceasefire is an intent (the CAMEO manual example for 0356); declaring one is 0871.
    expect(codesFor("agree", ["to", "&ceasefire"])).toEqual(["0356"]);
    expect(codesFor("declare", ["to", "&ceasefire"])).toEqual(["0871"]);
    expect(entry("deny").code).toBe("016");
    for (const name of ["weapon", "troops", "military_aid", "ceasefire", "treaty", "sanctions", "talks"]) {
      expect(verbs.synonyms[name], name).toBeDefined();
    }
  });
});

describe.skipIf(!HAS_SHARED)("regeneration from ../shared", () => {
  it("import-cameo-codes.mjs --check finds codes.json up to date", () => {
    const run = (): string =>
      execFileSync("node", ["scripts/verbs/import-cameo-codes.mjs", "--shared", SHARED, "--check"], {
        cwd: ROOT,
        encoding: "utf8",
        stdio: "pipe",
      });
    expect(run).not.toThrow();
  });

  it("import-petrarch-verbs.mjs --check finds cameo-verbs.json up to date", () => {
    const run = (): string =>
      execFileSync("node", ["scripts/verbs/import-petrarch-verbs.mjs", "--shared", SHARED, "--check"], {
        cwd: ROOT,
        encoding: "utf8",
        stdio: "pipe",
      });
    expect(run).not.toThrow();
  });
});
