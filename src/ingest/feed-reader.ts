/** RSS 2.0, Atom 1.0 and RSS 1.0 (RDF) feeds → items, without I/O. */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parseDateLoose } from "./date-parser.js";
import { SourceError } from "./source-error.js";

/** The three feed dialects, told apart by their root element. */
export type FeedKind = "rss" | "atom" | "rdf";

/** One entry of a feed. */
export interface FeedItem {
  /** 1-based position in the feed. */
  index: number;
  title: string | null;
  link: string | null;
  /** YYYY-MM-DD, or null when the item has no date or an unreadable one. */
  published: string | null;
  /** The richest body the item has: content:encoded, Atom content, description or summary (HTML). */
  html: string | null;
  /** RSS guid, Atom id or the RDF item's rdf:about. */
  guid: string | null;
}

/** A parsed feed. */
export interface Feed {
  kind: FeedKind;
  title: string | null;
  link: string | null;
  items: FeedItem[];
}

type Node = Record<string, unknown>;

const ARRAY_TAGS = new Set(["item", "entry", "link"]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => ARRAY_TAGS.has(name),
});

// The root element's name after the XML declaration, comments, processing instructions and doctype.
const PROLOGUE = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)*/i;
const ROOT = /^<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s>/]/;

/**
 * The feed dialect a document's root element announces, or null for anything else.
 * Looks at the first 4 KiB only, so it is cheap to call on any file.
 *
 * @example
 * sniffFeed('<?xml version="1.0"?><rss version="2.0"><channel/></rss>') // "rss"
 * sniffFeed("<html><body/></html>") // null
 */
export function sniffFeed(text: string): FeedKind | null {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, "");
  const rest = head.slice(PROLOGUE.exec(head)?.[0].length ?? 0);
  const m = ROOT.exec(rest);
  if (!m) return null;
  const [, prefix, name] = m;
  if (!prefix && name === "rss") return "rss";
  if (name === "feed") return "atom";
  if (name === "RDF" && prefix) return "rdf";
  return null;
}

/** The text of an element whatever its shape: a string, {#text, @_attr}, or nested markup. */
function textOf(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "string" || typeof value === "number") return String(value).trim() || null;
  if (Array.isArray(value)) return firstNonNull(value);
  if (typeof value === "object") {
    const own = (value as Node)["#text"];
    if (own !== undefined) return textOf(own);
    return xhtmlOf(value as Node);
  }
  return null;
}

/** Inline XHTML content (Atom type="xhtml") reduced to paragraphs of its text. */
function xhtmlOf(node: Node): string | null {
  const parts: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === "string" || typeof v === "number") parts.push(String(v));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object")
      for (const [k, child] of Object.entries(v)) if (!k.startsWith("@_")) walk(child);
  };
  walk(node);
  const paragraphs = parts.map((p) => p.trim()).filter((p) => p !== "");
  return paragraphs.length ? paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n") : null;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function firstText(node: Node, keys: readonly string[]): string | null {
  for (const key of keys) {
    const text = textOf(node[key]);
    if (text !== null) return text;
  }
  return null;
}

/** Atom links are attributes: the alternate one (or one without rel) is the item's page. */
function atomLink(node: Node): string | null {
  const links = (node.link as unknown[] | undefined) ?? [];
  const attrs = links.filter((l): l is Node => typeof l === "object" && l !== null);
  const page = attrs.find((l) => (l["@_rel"] ?? "alternate") === "alternate") ?? attrs[0];
  const href = page?.["@_href"];
  return typeof href === "string" && href.trim() ? href.trim() : null;
}

function linkOf(node: Node, kind: FeedKind): string | null {
  return kind === "atom" ? atomLink(node) : textOf(node.link);
}

const DATE_KEYS = ["pubDate", "published", "date", "updated", "issued", "modified"] as const;
const BODY_KEYS = ["encoded", "content", "description", "summary"] as const;

function itemOf(node: Node, index: number, kind: FeedKind): FeedItem {
  const date = firstText(node, DATE_KEYS);
  const about = node["@_about"];
  return {
    index,
    title: firstText(node, ["title"]),
    link: linkOf(node, kind),
    published: date === null ? null : parseDateLoose(date),
    html: firstText(node, BODY_KEYS),
    guid: firstText(node, ["guid", "id"]) ?? (typeof about === "string" ? about : null),
  };
}

function asNode(value: unknown): Node {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Node) : {};
}

function asNodes(value: unknown): Node[] {
  return Array.isArray(value) ? value.map(asNode) : [];
}

/** The channel (feed-level metadata) and the item nodes of each dialect. */
function channelAndItems(doc: Node, kind: FeedKind): { channel: Node; items: Node[] } {
  if (kind === "atom") {
    const feed = asNode(doc.feed);
    return { channel: feed, items: asNodes(feed.entry) };
  }
  if (kind === "rdf") {
    const rdf = asNode(doc.RDF);
    return { channel: asNode(rdf.channel), items: asNodes(rdf.item) };
  }
  const channel = asNode(asNode(doc.rss).channel);
  return { channel, items: asNodes(channel.item) };
}

function checkWellFormed(xml: string, origin: string): void {
  if (/<!ENTITY/i.test(xml)) {
    throw new SourceError("bad_feed", origin, "expected a feed without DTD entity declarations, found some");
  }
  const result = XMLValidator.validate(xml);
  if (result !== true) {
    const { msg, line } = result.err;
    throw new SourceError(
      "bad_feed",
      origin,
      `expected well-formed XML, found an error at line ${line}: ${msg}`,
    );
  }
}

/**
 * Parses an RSS 2.0, Atom 1.0 or RSS 1.0 (RDF) feed. Dates become YYYY-MM-DD (an unreadable
 * date becomes null); the body is the richest one the item carries. Throws SourceError
 * `bad_feed` when the XML is malformed, declares entities, or its root is not a feed.
 *
 * @example
 * parseFeed('<rss version="2.0"><channel><title>Wire</title><item><title>Talks</title>' +
 *   "<pubDate>Mon, 28 Oct 2024 09:00:00 GMT</pubDate></item></channel></rss>", "wire.xml").items[0]?.published
 * // "2024-10-28"
 */
export function parseFeed(xml: string, origin: string): Feed {
  const text = xml.replace(/^\uFEFF/, "");
  const kind = sniffFeed(text);
  if (kind === null) {
    throw new SourceError(
      "bad_feed",
      origin,
      "expected a feed (root <rss>, <feed> or <rdf:RDF>), found none",
    );
  }
  checkWellFormed(text, origin);
  const { channel, items } = channelAndItems(asNode(parser.parse(text)), kind);
  return {
    kind,
    title: firstText(channel, ["title"]),
    link: linkOf(channel, kind),
    items: items.map((node, i) => itemOf(node, i + 1, kind)),
  };
}

function firstNonNull(values: readonly unknown[]): string | null {
  for (const v of values) {
    const text = textOf(v);
    if (text !== null) return text;
  }
  return null;
}
