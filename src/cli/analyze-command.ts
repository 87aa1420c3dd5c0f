/** `secvar analyze FILE|URL|-`: one article → brief, JSON, or the --explain trail. */
import { type Analysis, analyzeArticle, loadResources, todayUtc } from "../coding/index.js";
import { packageVersion } from "../data/index.js";
import { type ArticleOverrides, isIngestError, readArticle } from "../ingest/index.js";
import type { Article } from "../knowledge/index.js";
import { runBatch } from "./analyze-batch.js";
import { renderBrief, renderExplain } from "./brief-renderer.js";
import { CliError } from "./cli-error.js";
import type { Output } from "./output.js";

export interface AnalyzeFlags {
  json?: boolean;
  explain?: boolean;
  batch?: string;
  published?: string;
  outlet?: string;
  url?: string;
  title?: string;
}

export function overridesFrom(flags: AnalyzeFlags): ArticleOverrides {
  const o: ArticleOverrides = {};
  if (flags.published !== undefined) o.published = flags.published;
  if (flags.outlet !== undefined) o.outlet = flags.outlet;
  if (flags.url !== undefined) o.url = flags.url;
  if (flags.title !== undefined) o.title = flags.title;
  return o;
}

export async function loadArticle(input: string, overrides: ArticleOverrides): Promise<Article> {
  try {
    return await readArticle(input, { overrides });
  } catch (e) {
    if (isIngestError(e)) throw new CliError(e.message, 1);
    throw e;
  }
}

export function analyze(article: Article): Analysis {
  return analyzeArticle(article, loadResources(), { version: packageVersion(), today: todayUtc() });
}

function entriesByText(a: Analysis): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const p of a.phrases) m.set(p.text, p.entries);
  return m;
}

export async function analyzeCommand(
  input: string | undefined,
  flags: AnalyzeFlags,
  out: Output,
): Promise<void> {
  if (flags.batch) {
    if (input) throw new CliError("give either a FILE or --batch IN.jsonl, not both", 2);
    const s = await runBatch(flags.batch, out);
    out.err(
      `secvar: ${s.lines} documents, ${s.ok} analysed, ${s.failed} failed in ${(s.ms / 1000).toFixed(2)} s`,
    );
    return;
  }
  if (!input)
    throw new CliError("missing input: give a FILE, a URL, or - for stdin (or --batch IN.jsonl)", 2);
  const article = await loadArticle(input, overridesFrom(flags));
  const result = analyze(article);
  if (flags.json) out.out(JSON.stringify(result.extraction, null, 2));
  else if (flags.explain) out.out(renderExplain(result.extraction, entriesByText(result)));
  else out.out(renderBrief(result.extraction));
}
