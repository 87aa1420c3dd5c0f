import { Readability } from "@mozilla/readability";
import { blockText } from "./block-text.js";
import type { DomDocument, DomNode } from "./dom-types.js";
import { deeperThan, parseHtmlDocument } from "./html-document.js";
import { extractHtmlMetadata, type HtmlMetadata } from "./html-metadata.js";
import { IngestError } from "./ingest-error.js";
import { normaliseInline, normaliseText } from "./text-normaliser.js";

/** Main text and metadata of a web page. */
export interface HtmlExtraction {
  /** Normalised main text, paragraphs separated by blank lines. */
  text: string;
  title: string | null;
  published: string | null;
  url: string | null;
  outlet: string | null;
  /** "readability" when Readability found the article, "body" when the whole body was used. */
  method: "readability" | "body";
}

interface ReadableArticle {
  text: string;
  title: string | null;
  siteName: string | null;
}

// Readability's run time grows steeply with nesting depth (minutes at a depth of 2,000) and
// with element count; past these limits the body text is used instead.
const MAX_READABILITY_DEPTH = 256;
const MAX_READABILITY_ELEMENTS = 100_000;

/** Readability's article (it changes the document, so run it after reading metadata). */
function readableArticle(doc: DomDocument): ReadableArticle | null {
  if (!doc.body || deeperThan(doc.body, MAX_READABILITY_DEPTH)) return null;
  try {
    const result = new Readability(doc as never, {
      serializer: (node) => node as unknown as DomNode,
      maxElemsToParse: MAX_READABILITY_ELEMENTS,
    }).parse();
    if (!result?.content) return null;
    return {
      text: normaliseText(blockText(result.content)),
      title: normaliseInline(result.title),
      siteName: normaliseInline(result.siteName),
    };
  } catch {
    // Readability gives up on some markup; the body fallback covers it.
    return null;
  }
}

function parse(html: string, input: string): DomDocument {
  try {
    return parseHtmlDocument(html);
  } catch (cause) {
    throw new IngestError(
      "unparseable_html",
      input,
      `expected parseable HTML, found markup the parser rejects`,
      {
        cause,
      },
    );
  }
}

function bodyText(html: string, input: string): string {
  const body = parse(html, input).body;
  return body ? normaliseText(blockText(body)) : "";
}

function combine(meta: HtmlMetadata, readable: ReadableArticle | null, baseUrl: string | null) {
  return {
    title: meta.title ?? readable?.title ?? meta.documentTitle,
    published: meta.published,
    url: meta.url ?? baseUrl,
    outlet: meta.outlet ?? readable?.siteName ?? null,
  };
}

/**
 * Extracts the article from an HTML page: metadata first (see `extractHtmlMetadata`), then
 * the main text with Readability over a linkedom DOM, falling back to the whole body text
 * when Readability finds nothing. `baseUrl` (where the page was fetched) resolves relative
 * canonical links and is the URL when the page names none. Throws IngestError
 * `unparseable_html` when the markup cannot be parsed and `no_text` when it holds no text.
 */
export function extractHtml(html: string, input: string, baseUrl: string | null = null): HtmlExtraction {
  const doc = parse(html, input);
  const meta = extractHtmlMetadata(doc, baseUrl);
  const readable = readableArticle(doc);
  const fields = combine(meta, readable, baseUrl);
  if (readable && readable.text !== "") return { text: readable.text, ...fields, method: "readability" };
  const text = bodyText(html, input);
  if (text === "") throw new IngestError("no_text", input, "expected readable text in the HTML, found none");
  return { text, ...fields, method: "body" };
}
