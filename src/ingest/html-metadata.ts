import { parseDateLoose } from "./date-parser.js";
import type { DomDocument } from "./dom-types.js";
import { jsonLdArticle } from "./json-ld-metadata.js";
import { normaliseInline } from "./text-normaliser.js";

/** Article metadata found in a page's markup; null where the page says nothing usable. */
export interface HtmlMetadata {
  title: string | null;
  /** Title from `<title>`, kept apart: it often carries the site name. */
  documentTitle: string | null;
  published: string | null;
  url: string | null;
  outlet: string | null;
}

// <meta> names and properties that carry a publication date, most specific first.
const DATE_META_KEYS = [
  "article:published_time",
  "og:article:published_time",
  "datepublished",
  "pubdate",
  "publishdate",
  "publish-date",
  "publication_date",
  "parsely-pub-date",
  "sailthru.date",
  "dc.date.issued",
  "dcterms.issued",
  "dc.date",
  "date",
];

/** `<meta>` values keyed by lower-cased property, name or itemprop; the first of each wins. */
function metaValues(doc: DomDocument): Map<string, string> {
  const values = new Map<string, string>();
  for (const meta of Array.from(doc.querySelectorAll("meta"))) {
    const content = meta.getAttribute("content")?.trim();
    if (!content) continue;
    for (const attr of ["property", "name", "itemprop"]) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (key && !values.has(key)) values.set(key, content);
    }
  }
  return values;
}

/** An absolute http(s) URL, resolving relative ones against `base` when there is one. */
export function absoluteUrl(href: string | null | undefined, base: string | null): string | null {
  if (!href?.trim()) return null;
  try {
    const url = base ? new URL(href.trim(), base) : new URL(href.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

function canonicalHref(doc: DomDocument): string | null {
  for (const link of Array.from(doc.querySelectorAll("link"))) {
    const rel = (link.getAttribute("rel") ?? "").toLowerCase().split(/\s+/);
    if (rel.includes("canonical")) return link.getAttribute("href");
  }
  return null;
}

/** Dates from `<time datetime>` and `itemprop="datePublished"` elements, article ones first. */
function markupDates(doc: DomDocument): string[] {
  const dates: string[] = [];
  for (const el of Array.from(doc.querySelectorAll("[itemprop]"))) {
    if (el.getAttribute("itemprop")?.toLowerCase() !== "datepublished") continue;
    dates.push(el.getAttribute("datetime") ?? el.getAttribute("content") ?? el.textContent ?? "");
  }
  for (const selector of ["article time[datetime]", "time[pubdate]", "time[datetime]"]) {
    for (const el of Array.from(doc.querySelectorAll(selector)))
      dates.push(el.getAttribute("datetime") ?? "");
  }
  return dates;
}

/** The first candidate that parses as a date. */
function firstDate(candidates: ReadonlyArray<string | null | undefined>): string | null {
  for (const c of candidates) {
    const date = c ? parseDateLoose(c) : null;
    if (date) return date;
  }
  return null;
}

/**
 * Reads title, publication date, canonical URL and outlet from a page's markup:
 * - title: JSON-LD headline, og:title, twitter:title (the caller falls back to `<title>`);
 * - published: JSON-LD datePublished, article:published_time, other date metas,
 *   `itemprop="datePublished"`, `<time datetime>` (in an article first); the first that parses;
 * - url: og:url, `<link rel=canonical>`, JSON-LD url (publishers keep og:url and canonical
 *   clean, while JSON-LD urls sometimes carry tracking parameters);
 * - outlet: og:site_name, JSON-LD publisher.name (often the owning group), application-name.
 * Unparseable dates are skipped, not errors. Relative URLs resolve against `baseUrl`.
 */
export function extractHtmlMetadata(doc: DomDocument, baseUrl: string | null): HtmlMetadata {
  const meta = metaValues(doc);
  const ld = jsonLdArticle(doc);
  const title = normaliseInline(ld?.headline ?? meta.get("og:title") ?? meta.get("twitter:title") ?? null);
  const published = firstDate([
    ld?.datePublished,
    ...DATE_META_KEYS.map((k) => meta.get(k)),
    ...markupDates(doc),
  ]);
  const urls = [meta.get("og:url"), canonicalHref(doc), ld?.url];
  const url = urls.map((u) => absoluteUrl(u, baseUrl)).find((u) => u !== null) ?? null;
  const outlet = normaliseInline(
    meta.get("og:site_name") ?? ld?.publisher ?? meta.get("application-name") ?? null,
  );
  const documentTitle = normaliseInline(doc.querySelector("title")?.textContent ?? null);
  return { title, documentTitle, published, url, outlet };
}
