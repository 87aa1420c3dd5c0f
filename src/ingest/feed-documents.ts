/** Feed items → source documents, without I/O. */
import type { Feed, FeedItem } from "./feed-reader.js";
import type { SourceItem, SourceMeta } from "./source-item.js";

/** Where an item sits in its feed: `feed.xml#item 3`. */
export function itemOrigin(feedOrigin: string, item: FeedItem): string {
  return `${feedOrigin}#item ${item.index}`;
}

/** An item's metadata: feed title as outlet unless the item says otherwise, guid as id. */
export function feedItemMeta(feed: Feed, item: FeedItem, feedOrigin: string): SourceMeta {
  const meta: SourceMeta = { source: feedOrigin };
  if (item.guid) meta.id = item.guid;
  if (item.title) meta.title = item.title;
  if (item.published) meta.published = item.published;
  if (item.link) meta.url = item.link;
  if (feed.title) meta.outlet = feed.title;
  return meta;
}

/**
 * The documents of a feed: each item's body (content, description or summary) as HTML with the
 * item's metadata; an item without a body is a `no_text` problem (its link is not fetched here).
 *
 * @example
 * documentsFromFeed(parseFeed(xml, "wire.xml"), "wire.xml")[0]?.origin // "wire.xml#item 1"
 */
export function documentsFromFeed(feed: Feed, feedOrigin: string): SourceItem[] {
  return feed.items.map((item): SourceItem => {
    const origin = itemOrigin(feedOrigin, item);
    const meta = feedItemMeta(feed, item, feedOrigin);
    if (item.html === null) {
      const message = `${origin}: expected a description, summary or content, found none (followLinks fetches the link)`;
      return { type: "problem", origin, code: "no_text", message };
    }
    return { type: "document", origin, content: { kind: "html", html: item.html }, meta };
  });
}
