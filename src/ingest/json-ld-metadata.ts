import type { DomDocument } from "./dom-types.js";

/** What ingest reads from a schema.org article in JSON-LD. */
export interface JsonLdArticle {
  headline: string | null;
  datePublished: string | null;
  publisher: string | null;
  url: string | null;
}

type JsonObject = Record<string, unknown>;

function isObject(v: unknown): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function asString(v: unknown): string | null {
  return typeof v === "string" && v.trim() !== "" ? decodeEntities(v.trim()) : null;
}

// Publishers often HTML-escape JSON-LD strings.
function decodeEntities(s: string): string {
  return s
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(Number.parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** Top-level objects of every JSON-LD block, with `@graph` members and arrays flattened. */
function jsonLdNodes(doc: DomDocument): JsonObject[] {
  const nodes: JsonObject[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (isObject(v)) {
      nodes.push(v);
      if (v["@graph"] !== undefined) visit(v["@graph"]);
    }
  };
  for (const script of Array.from(doc.querySelectorAll("script"))) {
    if ((script.getAttribute("type") ?? "").trim().toLowerCase() !== "application/ld+json") continue;
    try {
      visit(JSON.parse(script.textContent ?? ""));
    } catch {
      // A malformed block is skipped; the page's other metadata still counts.
    }
  }
  return nodes;
}

/** Local type names: "NewsArticle", from "schema:NewsArticle" or "https://schema.org/NewsArticle". */
function typeNames(node: JsonObject): string[] {
  const raw = node["@type"];
  const list = Array.isArray(raw) ? raw : [raw];
  return list.filter((t): t is string => typeof t === "string").map((t) => t.replace(/^.*[/:#]/, ""));
}

/** 0 for news articles, 1 for other articles and posts, null for anything else. */
function articleRank(node: JsonObject): number | null {
  const names = typeNames(node);
  if (names.some((n) => n.endsWith("NewsArticle"))) return 0;
  if (names.some((n) => /Article$|^(?:Live)?BlogPosting$|^Report$/.test(n))) return 1;
  return null;
}

/** A node, or the graph node its `@id` reference points to. */
function resolve(v: unknown, byId: ReadonlyMap<string, JsonObject>): unknown {
  if (isObject(v) && typeof v["@id"] === "string" && Object.keys(v).length === 1)
    return byId.get(v["@id"]) ?? v;
  return v;
}

function publisherName(v: unknown, byId: ReadonlyMap<string, JsonObject>): string | null {
  const first = Array.isArray(v) ? v[0] : v;
  const node = resolve(first, byId);
  if (typeof node === "string") return asString(node);
  return isObject(node) ? asString(node.name) : null;
}

function articleUrl(node: JsonObject): string | null {
  const page = node.mainEntityOfPage;
  return (
    asString(node.url) ??
    asString(page) ??
    (isObject(page) ? (asString(page["@id"]) ?? asString(page.url)) : null)
  );
}

/**
 * The schema.org article described by the page's JSON-LD (`NewsArticle` and its subtypes
 * preferred over `Article`, `BlogPosting`, `Report`), with `@graph` and `@id` references
 * followed. Null when the page has none.
 */
export function jsonLdArticle(doc: DomDocument): JsonLdArticle | null {
  const nodes = jsonLdNodes(doc);
  const byId = new Map(nodes.flatMap((n) => (typeof n["@id"] === "string" ? [[n["@id"], n] as const] : [])));
  const ranked = nodes
    .map((node) => ({ node, rank: articleRank(node) }))
    .filter((x): x is { node: JsonObject; rank: number } => x.rank !== null)
    .sort((a, b) => a.rank - b.rank);
  const article = ranked[0]?.node;
  if (!article) return null;
  return {
    headline: asString(article.headline) ?? asString(article.name),
    datePublished: asString(article.datePublished) ?? asString(article.dateCreated),
    publisher: publisherName(article.publisher, byId),
    url: articleUrl(article),
  };
}
