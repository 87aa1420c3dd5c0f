/** Source documents → Articles: the last step of `secvar ingest` before analysis. */
import type { Article, ArticleOverrides } from "../knowledge/index.js";
import { articleFromBytes, articleFromText, DEFAULT_MAX_BYTES } from "./article-builder.js";
import { isIngestError } from "./ingest-error.js";
import { expandSources, type SourceOptions } from "./source-expander.js";
import type { SourceDocument, SourceMeta, SourceProblem } from "./source-item.js";

/** Options of `articleFromSource`. */
export interface SourceArticleOptions {
  /** Metadata that replaces whatever the document and its source say (CLI --published, …). */
  overrides?: ArticleOverrides;
  /** Largest document accepted, in bytes (default 20 MiB). */
  maxBytes?: number;
}

/** What `readSources` yields. */
export type SourceResult =
  | { ok: true; origin: string; article: Article; meta: SourceMeta }
  | { ok: false; problem: SourceProblem };

/** The source's metadata with the user's overrides on top, as Article overrides. */
function overridesOf(meta: SourceMeta, overrides: ArticleOverrides | undefined): ArticleOverrides {
  const out: ArticleOverrides = {};
  for (const key of ["title", "published", "url", "outlet"] as const) {
    const value = overrides?.[key] ?? meta[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/**
 * Builds the Article of a source document. The source's metadata (a JSONL record's fields,
 * a feed item's title, date and link) wins over what a page says about itself, and the
 * caller's overrides win over both. Throws IngestError (`empty`, `not_english`, `bad_date`,
 * `binary`, …) like `articleFromBytes`.
 *
 * @example
 * articleFromSource({ type: "document", origin: "b.jsonl:line 1", content: { kind: "text", text: "Talks resumed." },
 *   meta: { published: "28 Oct 2024" } }).published // "2024-10-28"
 */
export function articleFromSource(doc: SourceDocument, opts: SourceArticleOptions = {}): Article {
  const overrides = overridesOf(doc.meta, opts.overrides);
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const { content, origin } = doc;
  if (content.kind === "text") {
    return articleFromText(content.text, {
      origin,
      title: overrides.title ?? null,
      published: overrides.published ?? null,
      url: overrides.url ?? null,
      outlet: overrides.outlet ?? null,
    });
  }
  if (content.kind === "html") {
    const bytes = new TextEncoder().encode(content.html);
    return articleFromBytes(bytes, origin, { contentType: "text/html", overrides, maxBytes });
  }
  const { kind: _, bytes, ...hints } = content;
  return articleFromBytes(bytes, origin, { ...hints, overrides, maxBytes });
}

/**
 * `expandSources` followed by `articleFromSource`: Articles, or problems for inputs and
 * documents that could not be read. Never throws for document problems.
 *
 * @example
 * for await (const r of readSources(["examples/articles"])) if (r.ok) r.article.id;
 */
export async function* readSources(
  inputs: readonly string[],
  opts: SourceOptions & SourceArticleOptions = {},
): AsyncGenerator<SourceResult> {
  for await (const item of expandSources(inputs, opts)) {
    if (item.type === "problem") yield { ok: false, problem: item };
    else yield articleResult(item, opts);
  }
}

function articleResult(doc: SourceDocument, opts: SourceArticleOptions): SourceResult {
  try {
    return { ok: true, origin: doc.origin, article: articleFromSource(doc, opts), meta: doc.meta };
  } catch (e) {
    if (!isIngestError(e)) throw e;
    return { ok: false, problem: { type: "problem", origin: doc.origin, code: e.code, message: e.message } };
  }
}
