/** `secvar demo` (what `npm start` runs): analyse the bundled example articles and print their briefs. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../data/index.js";
import { articleFromText } from "../ingest/index.js";
import { analyze } from "./analyze-command.js";
import { renderBrief } from "./brief-renderer.js";
import type { Output } from "./output.js";

interface ExampleFile {
  id: string;
  title?: string | null;
  published?: string | null;
  url?: string | null;
  outlet?: string | null;
  text: string;
}

export function exampleArticles(): { file: string; data: ExampleFile }[] {
  const dir = join(packageRoot(), "examples", "articles");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".article.json"))
    .sort()
    .map((f) => ({
      file: join(dir, f),
      data: JSON.parse(readFileSync(join(dir, f), "utf8")) as ExampleFile,
    }));
}

export function demoCommand(out: Output): void {
  const started = performance.now();
  const examples = exampleArticles();
  let events = 0;
  for (const { file, data } of examples) {
    const article = articleFromText(data.text, {
      origin: file,
      title: data.title ?? null,
      published: data.published ?? null,
      url: data.url ?? null,
      outlet: data.outlet ?? null,
    });
    const { extraction } = analyze(article);
    events += extraction.events.length;
    out.out(`${"=".repeat(100)}\n${renderBrief(extraction)}\n`);
  }
  const ms = performance.now() - started;
  out.out(
    `secvar: analysed ${examples.length} example articles, ${events} events, in ${(ms / 1000).toFixed(2)} s.`,
  );
  out.out("Try: npx secvar analyze examples/articles/<file> --explain   ·   npx secvar --help");
}
