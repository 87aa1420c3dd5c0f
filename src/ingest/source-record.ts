/** One JSON record (a JSONL line, an article file) → a source document, without I/O. */
import { z } from "zod";
import { SourceError, type SourceProblemCode } from "./source-error.js";
import type { SourceDocument, SourceMeta } from "./source-item.js";

const optionalText = z.string().nullable().optional();

/**
 * The record shape shared by JSONL batch lines and `*.article.json` files:
 * `{id?, text | html, published?, title?, url?, outlet?, source?}`.
 */
export const SourceRecord = z
  .object({
    id: z.union([z.string(), z.number()]).nullable().optional(),
    text: z.string().optional(),
    html: z.string().optional(),
    published: optionalText,
    title: optionalText,
    url: optionalText,
    outlet: optionalText,
    source: optionalText,
  })
  .refine((v) => v.text !== undefined || v.html !== undefined, { message: "needs a 'text' or 'html' field" });
export type SourceRecord = z.infer<typeof SourceRecord>;

/** The record's metadata without empty fields. */
function metaOf(record: SourceRecord): SourceMeta {
  const meta: SourceMeta = {};
  if (record.id !== undefined && record.id !== null) meta.id = String(record.id);
  for (const key of ["title", "published", "url", "outlet", "source"] as const) {
    const value = record[key]?.trim();
    if (value) meta[key] = value;
  }
  return meta;
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue?.path.length ? ` at '${issue.path.join(".")}'` : "";
  return `expected a record {text|html, id?, published?, title?, url?, outlet?, source?}${where}: ${issue?.message ?? "invalid record"}`;
}

/**
 * A source document from a parsed JSON value. Throws SourceError with `badCode` when the value
 * is not a record with text or html, and `empty` when that text is blank.
 *
 * @example
 * documentFromRecord({ id: 7, text: "Talks resumed." }, "batch.jsonl:line 1", "bad_jsonl_line").meta.id // "7"
 */
export function documentFromRecord(raw: unknown, origin: string, badCode: SourceProblemCode): SourceDocument {
  const parsed = SourceRecord.safeParse(raw);
  if (!parsed.success) throw new SourceError(badCode, origin, describeIssue(parsed.error));
  const record = parsed.data;
  const body = record.text ?? record.html ?? "";
  if (body.trim() === "") throw new SourceError("empty", origin, "expected text, found an empty document");
  const content =
    record.text !== undefined
      ? { kind: "text" as const, text: record.text }
      : { kind: "html" as const, html: body };
  return { type: "document", origin, content, meta: metaOf(record) };
}

/**
 * Parses one JSON Lines line into a source document. Throws SourceError `bad_jsonl_line`
 * (not JSON, or not a record) or `empty`.
 *
 * @example
 * documentFromJsonLine('{"text":"Talks resumed."}', "b.jsonl:line 3").content // { kind: "text", text: "Talks resumed." }
 */
export function documentFromJsonLine(line: string, origin: string): SourceDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (e) {
    throw new SourceError(
      "bad_jsonl_line",
      origin,
      `expected a JSON object, found invalid JSON (${(e as Error).message})`,
    );
  }
  return documentFromRecord(raw, origin, "bad_jsonl_line");
}
