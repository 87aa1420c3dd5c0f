/**
 * `secvar eval`: run the real pipeline (the code path of `secvar analyze`) over gold files and
 * score it. Sentence suites are JSONL files; news gold is a folder of <id>.article.json +
 * <id>.gold.json pairs.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { loadResources } from "../coding/index.js";
import { packageRoot } from "../data/index.js";
import {
  figuresOf,
  type NewsGold,
  type NewsScore,
  recordErrors,
  regressions,
  rootConfusion,
  type SentenceRecord,
  type SuiteResults,
  scoreCameoManual,
  scoreNews,
  scorePetr2,
  scorePlover,
  summarizeNews,
} from "../eval/index.js";
import { articleFromText, isIngestError } from "../ingest/index.js";
import type { EventRecord } from "../knowledge/index.js";
import { analyze } from "./analyze-command.js";
import { CliError } from "./cli-error.js";
import {
  type GeoItem,
  layerOf,
  renderGeoErrors,
  renderTimexTypes,
  renderWorstLayers,
  runGeo,
  runTimex,
  summarizeGeoItems,
  summarizeTimexItems,
  type TimexItem,
} from "./eval-layers.js";
import type { Output } from "./output.js";

export interface EvalFlags {
  suite?: string;
  json?: boolean;
  errors?: string;
  all?: boolean;
  doc?: string;
  baseline?: string;
  updateBaseline?: boolean;
}

interface Scored {
  record: SentenceRecord;
  events: EventRecord[];
}

type SuiteName = "petr2" | "cameo" | "plover" | "news" | "timex" | "geo";

function suiteOf(record: { suite: string }): SuiteName {
  if (record.suite.startsWith("cameo")) return "cameo";
  if (record.suite.startsWith("plover")) return "plover";
  return "petr2";
}

function eventsFor(text: string, published: string | null, origin: string): EventRecord[] {
  try {
    return analyze(articleFromText(text, { origin, published })).extraction.events;
  } catch (e) {
    if (isIngestError(e)) return [];
    throw e;
  }
}

function readJsonl(path: string): SentenceRecord[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l, n) => {
      try {
        return JSON.parse(l) as SentenceRecord;
      } catch (e) {
        throw new CliError(`${path}:${n + 1}: not valid JSON (${(e as Error).message})`);
      }
    });
}

interface NewsItem {
  id: string;
  gold: NewsGold;
  events: EventRecord[];
  score: NewsScore;
}

function readNewsDir(dir: string): NewsItem[] {
  const out: NewsItem[] = [];
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith(".article.json"))
    .sort()) {
    const meta = JSON.parse(readFileSync(join(dir, f), "utf8")) as {
      id: string;
      published?: string;
      title?: string;
      text?: string;
      text_file?: string;
    };
    const goldFile = join(dir, f.replace(".article.json", ".gold.json"));
    if (!existsSync(goldFile)) continue;
    const text = meta.text ?? readFileSync(resolve(dir, meta.text_file ?? ""), "utf8");
    const gold = JSON.parse(readFileSync(goldFile, "utf8")) as NewsGold;
    const events = eventsFor(text, meta.published ?? gold.published ?? null, f);
    out.push({ id: meta.id, gold, events, score: scoreNews(gold, events) });
  }
  return out;
}

/** The development suites: ../shared/eval (when present) and the bundled examples. */
function defaultInputs(): string[] {
  const shared = join(packageRoot(), "..", "shared", "eval");
  const inputs: string[] = [];
  const coding = join(shared, "event-coding");
  if (existsSync(coding)) {
    for (const f of readdirSync(coding)
      .filter((x) => x.endsWith(".jsonl"))
      .sort())
      inputs.push(join(coding, f));
  }
  if (existsSync(join(shared, "news"))) inputs.push(join(shared, "news"));
  for (const layer of ["timex", "geo"]) {
    const dir = join(shared, layer);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)
      .filter((x) => x.endsWith(".jsonl"))
      .sort())
      inputs.push(join(dir, f));
  }
  inputs.push(join(packageRoot(), "examples", "articles"));
  return inputs;
}

interface EvalRun {
  results: SuiteResults;
  sentences: Scored[];
  news: NewsItem[];
  timex: TimexItem[];
  geo: GeoItem[];
}

export function runEval(inputs: string[], suite?: string): EvalRun {
  const sentences: Scored[] = [];
  const news: NewsItem[] = [];
  const layers: Record<"timex" | "geo", string[]> = { timex: [], geo: [] };
  for (const input of inputs) {
    if (!existsSync(input)) throw new CliError(`${input}: no such file or folder`);
    if (statSync(input).isDirectory()) {
      if (!suite || suite === "news") news.push(...readNewsDir(input));
      continue;
    }
    const layer = layerOf(input);
    if (layer) {
      if (!suite || suite === layer) layers[layer].push(input);
      continue;
    }
    for (const record of readJsonl(input)) {
      if (suite && suiteOf(record) !== suite) continue;
      sentences.push({ record, events: eventsFor(record.text, record.date, record.id) });
    }
  }
  const by = (name: SuiteName) => sentences.filter((s) => suiteOf(s.record) === name);
  const results: SuiteResults = {};
  if (by("petr2").length) results.petr2 = scorePetr2(by("petr2"));
  if (by("cameo").length) results.cameo = scoreCameoManual(by("cameo"));
  if (by("plover").length) results.plover = scorePlover(by("plover"));
  if (news.length) results.news = summarizeNews(news.map((n) => n.score));
  const timex = runTimex(layers.timex);
  const geo = layers.geo.length ? runGeo(layers.geo, loadResources()) : [];
  if (timex.length) results.timex = summarizeTimexItems(timex);
  if (geo.length) results.geo = summarizeGeoItems(geo);
  return { results, sentences, news, timex, geo };
}

function pct(x: number): string {
  return (100 * x).toFixed(1).padStart(5);
}

function renderTable(figures: Record<string, number>): string[] {
  return Object.entries(figures).map(
    ([k, v]) => `  ${k.padEnd(32)} ${k.includes("extra") ? v.toFixed(3) : pct(v)}`,
  );
}

function renderConfusion(items: Scored[]): string[] {
  const table = rootConfusion(items.filter((s) => suiteOf(s.record) !== "plover"));
  if (!table.size) return [];
  const cols = [...new Set([...table.values()].flatMap((r) => [...r.keys()]))].sort();
  const lines = ["", "CAMEO root confusion (rows gold, columns produced; petr2 + cameo-manual)"];
  lines.push(`  gold ${cols.map((c) => c.padStart(4)).join("")}`);
  for (const gold of [...table.keys()].sort()) {
    const row = table.get(gold) as Map<string, number>;
    lines.push(`  ${gold.padEnd(4)} ${cols.map((c) => String(row.get(c) ?? "").padStart(4)).join("")}`);
  }
  return lines;
}

function brief(e: EventRecord): string {
  return `${e.source ?? "?"}→${e.target ?? "-"} ${e.code} ${e.modality} [${e.rule}]`;
}

function renderWorst(run: EvalRun, n: number): string[] {
  const lines = ["", `WORST ${n} RECORDS`];
  const ranked = run.sentences
    .map((s) => ({ s, err: recordErrors(s.record, s.events) }))
    .filter((x) => x.err > 0)
    .sort((a, b) => b.err - a.err)
    .slice(0, n);
  for (const { s, err } of ranked) {
    lines.push(`- ${s.record.id} (${err} errors): ${s.record.text.slice(0, 160)}`);
    const expected = s.record.expect_none
      ? "no event"
      : s.record.expected.map((g) => `${g.source ?? "?"}→${g.target || "-"} ${g.code}`).join("; ");
    lines.push(`    expected: ${expected}`);
    lines.push(`    produced: ${s.events.map(brief).join("; ") || "nothing"}`);
  }
  lines.push(...renderWorstLayers(run.timex, run.geo, n));
  for (const item of run.news) {
    const missed = item.score.matches.filter((m) => !m.produced).length;
    if (missed) lines.push(`- news ${item.id}: ${missed} of ${item.score.gold} gold events missed`);
  }
  return lines;
}

/** The dated, generated evaluation report (docs/evaluation.md). */
export function renderReport(
  figures: Record<string, number>,
  run: EvalRun,
  commit: string,
  date: string,
): string {
  const counts = [
    run.results.petr2 ? `petr2-gsr ${run.results.petr2.records} records` : null,
    run.results.cameo ? `cameo-manual ${run.results.cameo.records}` : null,
    run.results.plover ? `plover-gsr ${run.results.plover.records}` : null,
    run.results.news
      ? `news ${run.results.news.articles} articles / ${run.results.news.gold} gold events`
      : null,
    run.results.timex
      ? `timex ${run.results.timex.documents} documents / ${run.results.timex.gold} expressions`
      : null,
    ...[...(run.results.geo ?? [])].map(([c, g]) => `geo ${c} ${g.documents} documents / ${g.gold} toponyms`),
  ].filter(Boolean);
  return [
    "# Evaluation (generated by `npm run eval`: do not edit)",
    "",
    `Run on ${date} at commit \`${commit}\` over the development sets: ${counts.join(", ")}.`,
    "Definitions are in [evaluation-metrics.md](evaluation-metrics.md); CI fails when a figure drops more than",
    "2 points below `eval/baseline.json`.",
    "",
    "| figure | value |",
    "|---|---|",
    ...Object.entries(figures).map(
      ([k, v]) => `| ${k} | ${k.includes("extra") ? v.toFixed(3) : (100 * v).toFixed(1)} |`,
    ),
    "",
  ].join("\n");
}

function gitCommit(): string {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], {
      cwd: packageRoot(),
      stdio: ["ignore", "pipe", "ignore"],
    })
      .toString()
      .trim();
  } catch {
    return "unknown";
  }
}

export function evalCommand(paths: string[], flags: EvalFlags, out: Output): void {
  const inputs = flags.all || paths.length === 0 ? [...paths, ...defaultInputs()] : paths;
  const run = runEval(inputs, flags.suite);
  const figures = figuresOf(run.results);
  if (flags.json) {
    const records = [
      ...run.sentences.map((s) => ({
        id: s.record.id,
        suite: s.record.suite,
        expected: s.record.expected,
        expect_none: s.record.expect_none,
        events: s.events,
      })),
      ...run.news.map((n) => ({ id: n.id, suite: "news", expected: n.gold.events, events: n.events })),
    ];
    const results = {
      ...run.results,
      geo: run.results.geo ? Object.fromEntries(run.results.geo) : undefined,
    };
    out.out(JSON.stringify({ figures, results, records }, null, 2));
  } else {
    out.out(
      [
        "FIGURES",
        ...renderTable(figures),
        ...renderConfusion(run.sentences),
        ...(run.results.timex ? renderTimexTypes(run.results.timex) : []),
        ...(run.results.geo ? renderGeoErrors(run.results.geo) : []),
        ...renderWorst(run, Number(flags.errors ?? 10)),
      ].join("\n"),
    );
  }
  if (flags.doc)
    writeFileSync(flags.doc, renderReport(figures, run, gitCommit(), new Date().toISOString().slice(0, 10)));
  if (flags.baseline) checkBaseline(flags.baseline, figures, !!flags.updateBaseline, out);
}

function checkBaseline(path: string, figures: Record<string, number>, update: boolean, out: Output): void {
  if (update || !existsSync(path)) {
    writeFileSync(
      path,
      `${JSON.stringify({ note: "secvar eval baseline: CI fails when a figure drops more than 2 points below it", figures }, null, 2)}\n`,
    );
    out.err(`secvar: baseline written to ${basename(dirname(path))}/${basename(path)}`);
    return;
  }
  const base = (JSON.parse(readFileSync(path, "utf8")) as { figures: Record<string, number> }).figures;
  const worse = regressions(figures, base);
  if (worse.length) {
    const list = worse
      .map((r) => `${r.figure} ${(100 * r.baseline).toFixed(1)} → ${(100 * r.now).toFixed(1)}`)
      .join(", ");
    throw new CliError(`evaluation regressed more than 2 points below ${path}: ${list}`);
  }
  out.err(`secvar: no figure dropped more than 2 points below ${basename(path)}`);
}
