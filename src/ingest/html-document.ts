import { parseHTML } from "linkedom";
import { type DomDocument, type DomElement, type DomNode, isElement, TEXT_NODE } from "./dom-types.js";

// Elements that belong in <head> when a page leaves out the <head> tag.
const HEAD_ELEMENTS = new Set(["title", "meta", "link", "base", "style"]);

function escapeText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Whether the document has the html > body structure Readability and `document.body` rely on. */
function isWellFormed(doc: DomDocument): boolean {
  const root = doc.documentElement;
  if (root?.localName !== "html") return false;
  return Array.from(root.childNodes).some((n) => isElement(n) && n.localName === "body");
}

/** Sorts top-level nodes into head and body markup, unwrapping html, head and body. */
function sortNodes(nodes: ArrayLike<DomNode>, head: string[], body: string[], inHead: boolean): void {
  for (const node of Array.from(nodes)) {
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? "";
      if (text.trim() !== "") body.push(escapeText(text));
    } else if (isElement(node)) {
      sortElement(node, head, body, inHead);
    }
  }
}

function sortElement(el: DomElement, head: string[], body: string[], inHead: boolean): void {
  const name = el.localName;
  if (name === "html") sortNodes(el.childNodes, head, body, false);
  else if (name === "head") sortNodes(el.childNodes, head, body, true);
  else if (name === "body") sortNodes(el.childNodes, head, body, false);
  else if (HEAD_ELEMENTS.has(name) || (inHead && name === "script")) head.push(el.outerHTML);
  else body.push(el.outerHTML);
}

/**
 * Parses HTML with linkedom into a document that always has html, head and body. linkedom
 * does not build the implied elements of the HTML parsing algorithm (a fragment like
 * `<title>x</title><p>y</p>` gets no body), so such input is re-assembled first.
 */
export function parseHtmlDocument(html: string): DomDocument {
  const raw = parseHTML(html).document as DomDocument;
  if (isWellFormed(raw)) return raw;
  const head: string[] = [];
  const body: string[] = [];
  sortNodes(raw.childNodes, head, body, false);
  const page = `<!DOCTYPE html><html><head>${head.join("")}</head><body>${body.join("")}</body></html>`;
  return parseHTML(page).document as DomDocument;
}

/** Whether any element lies more than `limit` levels below `root` (walked iteratively). */
export function deeperThan(root: DomNode, limit: number): boolean {
  const stack: Array<[DomNode, number]> = [[root, 0]];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [node, depth] = item;
    if (depth > limit) return true;
    for (const child of Array.from(node.childNodes)) if (isElement(child)) stack.push([child, depth + 1]);
  }
  return false;
}
