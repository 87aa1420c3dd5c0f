/** XMLBIF 0.3 (JavaBayes, Weka) ↔ Network. Tables list the child's states fastest, first parent slowest. */
import { XMLParser } from "fast-xml-parser";
import type { Network, Variable } from "./model.js";
import { buildNetwork, type DraftVariable } from "./network-builder.js";
import { ScenarioError } from "./scenario-error.js";

interface XmlVariable {
  NAME?: unknown;
  OUTCOME?: unknown[];
  PROPERTY?: unknown[];
}
interface XmlDefinition {
  FOR?: unknown;
  GIVEN?: unknown[];
  TABLE?: unknown;
}

const text = (x: unknown): string =>
  x === undefined || x === null
    ? ""
    : String(typeof x === "object" ? ((x as Record<string, unknown>)["#text"] ?? "") : x).trim();

/**
 * Parses XMLBIF text.
 * @example parseXmlBif(writeXmlBif(net)).variables.length === net.variables.length
 */
export function parseXmlBif(xml: string, input = "<xmlbif>"): Network {
  let doc: Record<string, unknown>;
  try {
    doc = new XMLParser({
      ignoreAttributes: true,
      parseTagValue: false,
      isArray: (name) =>
        ["VARIABLE", "DEFINITION", "PROBABILITY", "OUTCOME", "VALUE", "GIVEN", "PROPERTY"].includes(name),
    }).parse(xml) as Record<string, unknown>;
  } catch (e) {
    throw new ScenarioError({ code: "syntax", input, line: 0, message: `${input}: ${(e as Error).message}` });
  }
  const bif = doc.BIF as Record<string, unknown> | undefined;
  const network = (bif?.NETWORK ?? doc.NETWORK) as Record<string, unknown> | undefined;
  if (!network)
    throw new ScenarioError({
      code: "syntax",
      input,
      line: 0,
      message: `${input}: no <NETWORK> element (not XMLBIF)`,
    });
  const vars = (network.VARIABLE ?? []) as XmlVariable[];
  const defs = ((network.DEFINITION ?? network.PROBABILITY ?? []) as XmlDefinition[]).map((d) => ({
    child: text(d.FOR),
    parents: (d.GIVEN ?? []).map(text),
    table: text(d.TABLE)
      .split(/\s+/)
      .filter((s) => s.length > 0)
      .map(Number),
  }));
  const byChild = new Map(defs.map((d) => [d.child, d]));
  const drafts: DraftVariable[] = vars.map((v) => {
    const name = text(v.NAME);
    const d: DraftVariable = {
      name,
      states: (v.OUTCOME ?? []).map(text),
      parents: byChild.get(name)?.parents ?? [],
    };
    const props = (v.PROPERTY ?? []).map(text);
    const desc = props.find((p) => p.startsWith("description"));
    if (desc) d.description = desc.replace(/^description\s*=\s*/, "");
    return d;
  });
  for (const d of defs)
    if (!drafts.some((v) => v.name === d.child))
      throw new ScenarioError({
        code: "unknown_variable",
        variable: d.child,
        message: `${input}: <DEFINITION> for undeclared variable "${d.child}"`,
      });
  return buildNetwork(text(network.NAME) || "unnamed", drafts, (v: Variable) => {
    const table = byChild.get(v.name)?.table ?? [];
    if (table.length !== v.cpt.length || table.some((x) => Number.isNaN(x)))
      throw new ScenarioError({
        code: "bad_table_size",
        variable: v.name,
        expected: v.cpt.length,
        found: table.length,
        message: `${input}: <TABLE> of "${v.name}" has ${table.length} numbers, expected ${v.cpt.length}`,
      });
    v.cpt.set(table);
  });
}

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Writes XMLBIF 0.3. */
export function writeXmlBif(net: Network): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<BIF VERSION="0.3">',
    "<NETWORK>",
    `<NAME>${esc(net.name)}</NAME>`,
  ];
  for (const v of net.variables) {
    out.push('<VARIABLE TYPE="nature">', `  <NAME>${esc(v.name)}</NAME>`);
    for (const s of v.states) out.push(`  <OUTCOME>${esc(s)}</OUTCOME>`);
    if (v.description) out.push(`  <PROPERTY>description = ${esc(v.description)}</PROPERTY>`);
    out.push("</VARIABLE>");
  }
  for (const v of net.variables) {
    out.push("<DEFINITION>", `  <FOR>${esc(v.name)}</FOR>`);
    for (const p of v.parents) out.push(`  <GIVEN>${esc(p)}</GIVEN>`);
    out.push(`  <TABLE>${Array.from(v.cpt, String).join(" ")}</TABLE>`, "</DEFINITION>");
  }
  out.push("</NETWORK>", "</BIF>");
  return `${out.join("\n")}\n`;
}
