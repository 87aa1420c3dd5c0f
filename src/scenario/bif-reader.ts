/** BIF (Bayesian Interchange Format, as used by the bnlearn repository) → Network. */
import { BifLexer } from "./bif-lexer.js";
import type { Network, Variable } from "./model.js";
import { buildNetwork, type DraftVariable } from "./network-builder.js";
import { ScenarioError } from "./scenario-error.js";

interface ProbabilityBlock {
  child: string;
  parents: string[];
  rows: { states: string[]; values: number[]; line: number }[];
  table?: number[];
  defaultRow?: number[];
  line: number;
}

/**
 * Parses BIF text. Rows are renormalised; unknown names, missing rows and cycles are typed errors.
 * @example parseBif('network n {} variable a { type discrete [2] { y, n }; } probability (a) { table 0.3, 0.7; }')
 */
export function parseBif(text: string, input = "<bif>"): Network {
  const lx = new BifLexer(text, input);
  let name = "unnamed";
  const decls: { name: string; states: string[]; properties: Record<string, string> }[] = [];
  const blocks: ProbabilityBlock[] = [];
  for (let tok = lx.next(); tok !== ""; tok = lx.next()) {
    if (tok === "network") {
      name = lx.next();
      skipBlock(lx);
    } else if (tok === "variable") decls.push(readVariable(lx));
    else if (tok === "probability") blocks.push(readProbability(lx));
    else lx.fail(`expected "network", "variable" or "probability", found "${tok}"`);
  }
  return assemble(name, decls, blocks, input);
}

function skipBlock(lx: BifLexer): void {
  lx.expect("{");
  let depth = 1;
  while (depth > 0) {
    const tok = lx.next();
    if (tok === "" && !lx.quoted) lx.fail('expected "}" before end of file');
    if (lx.quoted) continue;
    if (tok === "{") depth++;
    else if (tok === "}") depth--;
  }
}

function readVariable(lx: BifLexer) {
  const name = lx.next();
  const states: string[] = [];
  const properties: Record<string, string> = {};
  lx.expect("{");
  for (let tok = lx.next(); tok !== "}" || lx.quoted; tok = lx.next()) {
    if (tok === "type") {
      lx.expect("discrete");
      lx.expect("[");
      lx.next();
      lx.expect("]");
      lx.expect("{");
      for (let s = lx.next(); s !== "}" || lx.quoted; s = lx.next()) {
        if (s === "" && !lx.quoted) lx.fail("unterminated state list");
        if (s !== "," || lx.quoted) states.push(s);
      }
      lx.expect(";");
    } else if (tok === "property") readProperty(lx, properties);
    else if (tok === "" && !lx.quoted) lx.fail(`unterminated variable "${name}"`);
    else lx.fail(`unexpected "${tok}" in variable "${name}"`);
  }
  return { name, states, properties };
}

function readProperty(lx: BifLexer, into: Record<string, string>): void {
  const parts: string[] = [];
  for (let tok = lx.next(); tok !== ";" || lx.quoted; tok = lx.next()) {
    if (tok === "" && !lx.quoted) lx.fail('expected ";" after property');
    parts.push(tok);
  }
  const eq = parts.indexOf("=");
  if (eq > 0) into[parts.slice(0, eq).join(" ")] = parts.slice(eq + 1).join(" ");
  else if (parts.length > 0) into[parts[0] as string] = parts.slice(1).join(" ");
}

function readNumbers(lx: BifLexer, first: string): number[] {
  const out: number[] = [];
  for (let tok = first; tok !== ";"; tok = lx.next()) {
    if (tok === ",") continue;
    const x = Number(tok);
    if (tok === "" || Number.isNaN(x)) lx.fail(`expected a probability, found "${tok || "end of file"}"`);
    out.push(x);
  }
  return out;
}

function readProbability(lx: BifLexer): ProbabilityBlock {
  const line = lx.line;
  lx.expect("(");
  const child = lx.next();
  const parents: string[] = [];
  let tok = lx.next();
  if (tok === "|")
    for (tok = lx.next(); tok !== ")" || lx.quoted; tok = lx.next()) {
      if (tok === "" && !lx.quoted) lx.fail("unterminated probability header");
      if (tok !== "," || lx.quoted) parents.push(tok);
    }
  else if (tok !== ")") lx.fail(`expected "|" or ")", found "${tok}"`);
  const block: ProbabilityBlock = { child, parents, rows: [], line };
  lx.expect("{");
  for (tok = lx.next(); tok !== "}" || lx.quoted; tok = lx.next()) {
    if (tok === "table") block.table = readNumbers(lx, lx.next());
    else if (tok === "default") block.defaultRow = readNumbers(lx, lx.next());
    else if (tok === "property") readProperty(lx, {});
    else if (tok === "(") {
      const rowLine = lx.line;
      const states: string[] = [];
      for (let s = lx.next(); s !== ")" || lx.quoted; s = lx.next()) {
        if (s === "" && !lx.quoted) lx.fail("unterminated row");
        if (s !== "," || lx.quoted) states.push(s);
      }
      block.rows.push({ states, values: readNumbers(lx, lx.next()), line: rowLine });
    } else if (tok === "" && !lx.quoted) lx.fail(`unterminated probability block for "${child}"`);
    else lx.fail(`unexpected "${tok}" in probability block for "${child}"`);
  }
  return block;
}

function assemble(
  name: string,
  decls: { name: string; states: string[]; properties: Record<string, string> }[],
  blocks: ProbabilityBlock[],
  input: string,
): Network {
  const byName = new Map(decls.map((d) => [d.name, d]));
  const blockOf = new Map<string, ProbabilityBlock>();
  for (const b of blocks) {
    if (!byName.has(b.child))
      throw new ScenarioError({
        code: "unknown_variable",
        variable: b.child,
        message: `${input}:${b.line}: probability block for undeclared variable "${b.child}"`,
      });
    blockOf.set(b.child, b);
  }
  const drafts: DraftVariable[] = decls.map((d) => {
    const b = blockOf.get(d.name);
    const draft: DraftVariable = { name: d.name, states: d.states, parents: b?.parents ?? [] };
    if (Object.keys(d.properties).length > 0) draft.properties = d.properties;
    return draft;
  });
  return buildNetwork(name, drafts, (v: Variable, net) => fillTable(v, net, blockOf.get(v.name), input));
}

function stateIndexer(states: string[]): Map<string, number> {
  return new Map(states.map((s, i) => [s, i]));
}

function fillTable(v: Variable, net: Map<string, Variable>, b: ProbabilityBlock | undefined, input: string) {
  const card = v.states.length;
  const parentStates = v.parents.map((p) => (net.get(p) as Variable).states);
  const rows = v.cpt.length / card;
  const where = `${input}${b ? `:${b.line}` : ""}`;
  if (!b)
    throw new ScenarioError({
      code: "missing_row",
      variable: v.name,
      row: "()",
      message: `${where}: variable "${v.name}" has no probability block`,
    });
  const filled = new Uint8Array(rows);
  if (b.table) fillFromTable(v, b.table, rows, filled, where);
  if (b.defaultRow) {
    checkLength(v, b.defaultRow, card, "default", where);
    for (let r = 0; r < rows; r++) if (!filled[r]) v.cpt.set(b.defaultRow, r * card);
    filled.fill(1);
  }
  const indexers = parentStates.map(stateIndexer);
  for (const row of b.rows) {
    let r = 0;
    if (row.states.length !== v.parents.length)
      throw syntaxAt(
        input,
        row.line,
        `row (${row.states.join(", ")}) of "${v.name}" needs ${v.parents.length} parent states`,
      );
    for (let k = 0; k < row.states.length; k++) {
      const s = row.states[k] as string;
      const idx = indexers[k]?.get(s);
      if (idx === undefined)
        throw new ScenarioError({
          code: "unknown_state",
          variable: v.parents[k] as string,
          state: s,
          states: parentStates[k] as string[],
          message: `${input}:${row.line}: row (${row.states.join(", ")}) of "${v.name}": "${s}" is not a state of "${v.parents[k]}" (states: ${(parentStates[k] as string[]).join(", ")})`,
        });
      r = r * (parentStates[k] as string[]).length + idx;
    }
    checkLength(v, row.values, card, `(${row.states.join(", ")})`, `${input}:${row.line}`);
    v.cpt.set(row.values, r * card);
    filled[r] = 1;
  }
  const missing = filled.indexOf(0);
  if (missing >= 0) {
    const states = rowLabel(parentStates, missing);
    throw new ScenarioError({
      code: "missing_row",
      variable: v.name,
      row: states,
      message: `${where}: "${v.name}" has no probabilities for row ${states}`,
    });
  }
}

function fillFromTable(v: Variable, table: number[], rows: number, filled: Uint8Array, where: string) {
  const card = v.states.length;
  if (table.length !== rows * card)
    throw new ScenarioError({
      code: "bad_table_size",
      variable: v.name,
      expected: rows * card,
      found: table.length,
      message: `${where}: table of "${v.name}" has ${table.length} numbers, expected ${rows * card}`,
    });
  // BIF tables list the child's state slowest (JavaBayes, pgmpy); rows are parent configurations.
  for (let s = 0; s < card; s++)
    for (let r = 0; r < rows; r++) v.cpt[r * card + s] = table[s * rows + r] as number;
  filled.fill(1);
}

function checkLength(v: Variable, values: number[], card: number, row: string, where: string) {
  if (values.length !== card)
    throw new ScenarioError({
      code: "bad_table_size",
      variable: v.name,
      expected: card,
      found: values.length,
      message: `${where}: row ${row} of "${v.name}" has ${values.length} numbers, expected ${card}`,
    });
}

function syntaxAt(input: string, line: number, message: string): ScenarioError {
  return new ScenarioError({ code: "syntax", input, line, message: `${input}:${line}: ${message}` });
}

/** "(s1, s2)" for row r of the given parent state lists. */
export function rowLabel(parentStates: string[][], r: number): string {
  const out: string[] = new Array(parentStates.length);
  let rest = r;
  for (let k = parentStates.length - 1; k >= 0; k--) {
    const states = parentStates[k] as string[];
    out[k] = states[rest % states.length] as string;
    rest = Math.floor(rest / states.length);
  }
  return `(${out.join(", ")})`;
}
