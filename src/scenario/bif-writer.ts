/** Network → BIF text (rows by parent states; numbers in shortest round-trip form). */
import { type Network, rowStates, variableIndex } from "./model.js";

const PLAIN = /^[A-Za-z0-9_.\-+<>=/:?!@#$%^&*~'`]+$/;

/** A BIF word, quoted when it holds spaces or punctuation. */
export function bifWord(s: string): string {
  return PLAIN.test(s) && !s.startsWith("//") && !s.startsWith("/*") ? s : `"${s.replace(/"/g, "'")}"`;
}

/**
 * Writes BIF as the bnlearn repository does.
 * @example writeBif(parseBif(text)) // same numbers back
 */
export function writeBif(net: Network): string {
  const index = variableIndex(net);
  const out: string[] = [`network ${bifWord(net.name)} {`, "}"];
  for (const v of net.variables) {
    out.push(`variable ${bifWord(v.name)} {`);
    out.push(`  type discrete [ ${v.states.length} ] { ${v.states.map(bifWord).join(", ")} };`);
    if (v.description)
      out.push(`  property description = ${JSON.stringify(v.description).replace(/;/g, ",")} ;`);
    out.push("}");
  }
  for (const v of net.variables) {
    const card = v.states.length;
    const head = v.parents.length
      ? `${bifWord(v.name)} | ${v.parents.map(bifWord).join(", ")}`
      : bifWord(v.name);
    out.push(`probability ( ${head} ) {`);
    for (let r = 0, o = 0; o < v.cpt.length; r++, o += card) {
      const nums = Array.from(v.cpt.subarray(o, o + card), String).join(", ");
      if (v.parents.length === 0) out.push(`  table ${nums};`);
      else out.push(`  (${rowStates(net, v, r, index).map(bifWord).join(", ")}) ${nums};`);
    }
    out.push("}");
  }
  return `${out.join("\n")}\n`;
}
