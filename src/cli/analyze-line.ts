/** Analyse one JSONL batch line: `{id, text|html, published?, title?, url?, outlet?}` → one JSON line. */
import { z } from "zod";
import { analyzeEach, loadResources, todayUtc } from "../coding/index.js";
import { packageVersion } from "../data/index.js";
import { articleFromBytes, articleFromText, isIngestError } from "../ingest/index.js";
import type { Article } from "../knowledge/index.js";

const BatchLine = z
  .object({
    id: z.union([z.string(), z.number()]).optional(),
    text: z.string().optional(),
    html: z.string().optional(),
    published: z.string().nullable().optional(),
    title: z.string().nullable().optional(),
    url: z.string().nullable().optional(),
    outlet: z.string().nullable().optional(),
  })
  .refine((v) => v.text !== undefined || v.html !== undefined, { message: "needs a 'text' or 'html' field" });

function errorLine(id: string, code: string, message: string): LineResult {
  return { json: JSON.stringify({ id, error: { code, message } }), ok: false };
}

let version: string | undefined;

/** One output line and whether the document was analysed. */
export interface LineResult {
  json: string;
  ok: boolean;
}

export function analyzeLine(line: string, n: number): LineResult {
  return analyzeLines([{ line, n }])[0] as LineResult;
}

/** One line of a batch and its number in the file (1-based). */
export interface NumberedLine {
  line: string;
  n: number;
}

/** A line read into an article, or the error line it yields. */
type ReadLine = { id: string; n: number; article: Article } | { result: LineResult };

/**
 * Analyse several batch lines, in order: the good ones go through the pipeline together
 * (`analyzeEach`: stage by stage, one by one should that fail), a bad one yields its {id, error} line.
 */
export function analyzeLines(lines: readonly NumberedLine[]): LineResult[] {
  const read = lines.map(({ line, n }) => readLine(line, n));
  const good = read.filter((r): r is { id: string; n: number; article: Article } => "article" in r);
  version ??= packageVersion();
  const analysed = analyzeEach(
    good.map((g) => g.article),
    loadResources(),
    { version, today: todayUtc() },
  ).map((a, k): LineResult => {
    const { id, n } = good[k] as { id: string; n: number };
    return a instanceof Error
      ? errorLine(id, "internal", `line ${n}: ${a.message}`)
      : { json: JSON.stringify({ id, ...a.extraction }), ok: true };
  });
  let k = 0;
  return read.map((r) => ("result" in r ? r.result : (analysed[k++] as LineResult)));
}

function readLine(line: string, n: number): ReadLine {
  let raw: unknown;
  const fallbackId = `line-${n}`;
  try {
    raw = JSON.parse(line);
  } catch (e) {
    return {
      result: errorLine(fallbackId, "bad_json", `line ${n}: not valid JSON (${(e as Error).message})`),
    };
  }
  const parsed = BatchLine.safeParse(raw);
  if (!parsed.success) {
    const id =
      typeof (raw as { id?: unknown })?.id === "string" ? String((raw as { id: string }).id) : fallbackId;
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at '${issue.path.join(".")}'` : "";
    return {
      result: errorLine(id, "bad_record", `line ${n}${where}: ${issue?.message ?? "invalid record"}`),
    };
  }
  const v = parsed.data;
  const id = v.id !== undefined ? String(v.id) : fallbackId;
  const origin = `batch:${n}`;
  try {
    const meta = {
      published: v.published ?? null,
      title: v.title ?? null,
      url: v.url ?? null,
      outlet: v.outlet ?? null,
    };
    const article: Article =
      v.html !== undefined
        ? articleFromBytes(new TextEncoder().encode(v.html), origin, {
            contentType: "text/html",
            overrides: overridesOf(meta),
          })
        : articleFromText(v.text ?? "", { origin, ...meta });
    return { id, n, article };
  } catch (e) {
    if (isIngestError(e)) return { result: errorLine(id, e.code, e.message) };
    return { result: errorLine(id, "internal", `line ${n}: ${(e as Error).message}`) };
  }
}

function overridesOf(meta: {
  published: string | null;
  title: string | null;
  url: string | null;
  outlet: string | null;
}) {
  const o: { published?: string; title?: string; url?: string; outlet?: string } = {};
  if (meta.published) o.published = meta.published;
  if (meta.title) o.title = meta.title;
  if (meta.url) o.url = meta.url;
  if (meta.outlet) o.outlet = meta.outlet;
  return o;
}
