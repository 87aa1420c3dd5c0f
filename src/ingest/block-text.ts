import { type DomNode, isElement, TEXT_NODE } from "./dom-types.js";

// Elements whose content is a paragraph of its own: a blank line before and after.
const BLOCKS = new Set(
  (
    "address article aside blockquote caption dd details div dl dt fieldset figcaption figure footer form " +
    "h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody thead tfoot tr ul"
  ).split(" "),
);
// Elements with no reading text.
const SKIPPED = new Set(
  "script style noscript template svg math iframe object embed canvas button select option textarea input head".split(
    " ",
  ),
);
const CELLS = new Set(["td", "th"]);

type Step = { node: DomNode; exit: false } | { exit: true; block: boolean; pre: boolean };

/** Collects text, tracking whether it is inside <pre>, where whitespace is kept. */
class TextCollector {
  readonly parts: string[] = [];
  private preDepth = 0;

  text(s: string): void {
    this.parts.push(this.preDepth > 0 ? s : s.replace(/[ \t\n\r\f]+/g, " "));
  }
  enter(name: string): { block: boolean; pre: boolean } {
    const block = BLOCKS.has(name);
    const pre = name === "pre";
    if (name === "br") this.parts.push("\n");
    else if (block) this.parts.push("\n\n");
    else if (CELLS.has(name)) this.parts.push(" ");
    if (pre) this.preDepth++;
    return { block, pre };
  }
  exit(block: boolean, pre: boolean): void {
    if (block) this.parts.push("\n\n");
    if (pre) this.preDepth--;
  }
}

/**
 * The reading text under a DOM node: HTML whitespace collapsed (kept inside `<pre>`), a
 * blank line between block elements (paragraphs, headings, list items, table rows …), a
 * line break for `<br>`, scripts, styles and form controls skipped. Walks iteratively, so
 * deeply nested pages cannot overflow the stack. The result still needs `normaliseText`.
 */
export function blockText(root: DomNode): string {
  const out = new TextCollector();
  const stack: Step[] = [{ node: root, exit: false }];
  for (let step = stack.pop(); step !== undefined; step = stack.pop()) {
    if (step.exit) {
      out.exit(step.block, step.pre);
      continue;
    }
    const { node } = step;
    if (node.nodeType === TEXT_NODE) out.text(node.textContent ?? "");
    if (!isElement(node) && node !== root) continue;
    if (isElement(node) && SKIPPED.has(node.localName)) continue;
    const flags = isElement(node) ? out.enter(node.localName) : { block: false, pre: false };
    stack.push({ exit: true, ...flags });
    const children = Array.from(node.childNodes);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as DomNode, exit: false });
  }
  return out.parts.join("");
}
