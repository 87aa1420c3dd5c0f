/**
 * Golden files: every bundled example article → a compact projection of its extraction,
 * compared with test/golden/<id>.json. Publication dates come from the article files and the
 * clock is never read, so runs are deterministic. Regenerate on purpose only:
 *   SECVAR_UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exampleArticles } from "../src/cli/demo-command.js";
import type { Extraction } from "../src/knowledge/index.js";
import { analyzeText } from "./helpers.js";

const DIR = join(import.meta.dirname, "golden");
const UPDATE = process.env.SECVAR_UPDATE_GOLDEN === "1";

function project(x: Extraction) {
  return {
    events: x.events.map(
      (e) =>
        `${e.sentence.index} ${e.source}>${e.target ?? "-"} ${e.code} ${e.modality}${e.negated ? " negated" : ""}` +
        ` by=${e.attributed_to ?? "outlet"} date=${e.date?.value ?? "-"} said=${e.statement_date?.value ?? "-"}` +
        ` at=${e.place?.name ?? "-"} [${e.rule}]`,
    ),
    commitments: x.commitments.map(
      (c) =>
        `${c.sentence.index} ${c.name ?? "-"} | ${c.article ?? "-"} | ${c.parties.join(",")} | ${c.obligation ?? "-"} | ${c.status ?? "-"} ${c.status_by ?? ""}`,
    ),
    probabilities: x.probabilities.map(
      (p) => `${p.sentence.index} ${p.probability} "${p.text}" about "${p.about}"`,
    ),
    times: x.times.map((t) => `${t.text}=${t.value}`),
    places: x.places.map((p) => `${p.name}/${p.country ?? "-"}`),
  };
}

const examples = exampleArticles();

describe("golden extractions of the example articles", () => {
  it("has at least 8 examples", () => {
    expect(examples.length).toBeGreaterThanOrEqual(8);
  });

  it.each(examples.map((e) => [e.data.id, e] as const))("%s", (id, { data }) => {
    const got = project(analyzeText(data.text, data.published ?? null));
    const file = join(DIR, `${id}.json`);
    if (UPDATE) writeFileSync(file, `${JSON.stringify(got, null, 1)}\n`);
    if (!existsSync(file)) throw new Error(`missing golden file ${file}: run with SECVAR_UPDATE_GOLDEN=1`);
    expect(got).toEqual(JSON.parse(readFileSync(file, "utf8")));
  });
});
