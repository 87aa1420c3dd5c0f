/** Network → YAML scenario (full tables, one row per parent configuration). */
import { stringify } from "yaml";
import { type Network, rowStates, variableIndex } from "./model.js";

/**
 * @example parseScenarioYaml(writeScenarioYaml(net)) // same numbers
 */
export function writeScenarioYaml(net: Network): string {
  const index = variableIndex(net);
  const variables: Record<string, unknown> = {};
  for (const v of net.variables) {
    const card = v.states.length;
    const spec: Record<string, unknown> = {};
    if (v.description) spec.description = v.description;
    spec.states = v.states;
    const dist = (o: number) => Object.fromEntries(v.states.map((s, j) => [s, v.cpt[o + j] as number]));
    if (v.parents.length === 0) {
      spec.probs = dist(0);
      const note = v.notes?.[0]?.text;
      if (note) spec.note = note;
    } else {
      spec.parents = v.parents;
      const rows: unknown[] = [];
      for (let r = 0, o = 0; o < v.cpt.length; r++, o += card) {
        const states = rowStates(net, v, r, index);
        const row: Record<string, unknown> = {
          when: Object.fromEntries(v.parents.map((p, k) => [p, states[k]])),
          probs: dist(o),
        };
        const note = v.notes?.find((n) => n.row === r)?.text;
        if (note) row.note = note;
        rows.push(row);
      }
      spec.table = rows;
    }
    variables[v.name] = spec;
  }
  const doc: Record<string, unknown> = { name: net.name };
  if (net.title) doc.title = net.title;
  if (net.description) doc.description = net.description;
  if (net.sources) doc.sources = net.sources;
  if (net.branchOn) doc.branch_on = net.branchOn;
  doc.variables = variables;
  return stringify(doc, { lineWidth: 100, flowCollectionPadding: false });
}
