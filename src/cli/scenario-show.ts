/** `secvar scenario show`: the model as an analyst reads it, and the junction tree's size. */
import { type JunctionTree, rowStates } from "../scenario/index.js";

export function showRecord(jt: JunctionTree) {
  const net = jt.network;
  return {
    name: net.name,
    title: net.title ?? null,
    description: net.description ?? null,
    variables: net.variables.map((v) => ({
      name: v.name,
      description: v.description ?? null,
      states: v.states,
      parents: v.parents,
    })),
    junction_tree: treeStats(jt),
  };
}

export function treeStats(jt: JunctionTree) {
  let largest = 0;
  let largestVars = 0;
  jt.cliqueSize.forEach((s, c) => {
    if (s > largest) {
      largest = s;
      largestVars = (jt.cliqueVars[c] as Int32Array).length;
    }
  });
  return {
    heuristic: jt.heuristic,
    cliques: jt.cliqueSize.length,
    largest_clique_entries: largest,
    largest_clique_variables: largestVars,
    total_clique_entries: jt.totalSize,
    total_separator_entries: jt.totalSepSize,
  };
}

/** Variables, parents, tables with their assumptions (tables only for models up to 60 variables). */
export function renderShow(jt: JunctionTree): string[] {
  const net = jt.network;
  const arcs = net.variables.reduce((n, v) => n + v.parents.length, 0);
  const out = [`${net.title ?? net.name}: ${net.variables.length} variables, ${arcs} arcs`];
  if (net.description) out.push(net.description.trim());
  const withTables = net.variables.length <= 60;
  for (const v of net.variables) {
    out.push("", `${v.name} [${v.states.join(", ")}]${v.parents.length ? ` ← ${v.parents.join(", ")}` : ""}`);
    if (v.description) out.push(`  ${v.description.trim()}`);
    if (!withTables) continue;
    const card = v.states.length;
    const w = Math.max(...v.states.map((s) => s.length), 5);
    out.push(`  ${"given".padEnd(28)} ${v.states.map((s) => s.padStart(w)).join(" ")}`);
    for (let r = 0, o = 0; o < v.cpt.length; r++, o += card) {
      const given = v.parents.length
        ? rowStates(net, v, r, jt.index)
            .map((s, k) => `${v.parents[k]}=${s}`)
            .join(", ")
        : "(prior)";
      const nums = Array.from(v.cpt.subarray(o, o + card), (x) => x.toFixed(3).padStart(w)).join(" ");
      out.push(`  ${given.padEnd(28)} ${nums}`);
      const note = v.notes?.find((n) => n.row === r)?.text;
      if (note) out.push(`      ↳ ${note.trim()}`);
    }
  }
  const t = treeStats(jt);
  out.push(
    "",
    `junction tree (${t.heuristic}): ${t.cliques} cliques, largest ${t.largest_clique_entries} entries (${t.largest_clique_variables} variables), ${t.total_clique_entries} clique entries in all`,
  );
  return out;
}
