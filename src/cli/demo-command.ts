/**
 * `secvar demo` (what `npm start` runs): analyse the bundled example articles, print their briefs,
 * and keep them in the knowledge store (./secvar.db unless SECVAR_DB says otherwise).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../data/index.js";
import { articleFromText } from "../ingest/index.js";
import { analyze } from "./analyze-command.js";
import { renderBrief } from "./brief-renderer.js";
import type { Output } from "./output.js";
import { asCliError, openCliStore, storeLocation } from "./store-location.js";

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

export async function demoCommand(out: Output): Promise<void> {
  const started = performance.now();
  const examples = exampleArticles();
  const store = await openCliStore(undefined);
  let events = 0;
  let stored = 0;
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
    try {
      if ((await store.ingestDocument({ article, extraction })).status !== "duplicate") stored++;
    } catch (e) {
      await store.close();
      throw asCliError(e, storeLocation(undefined));
    }
  }
  const c = await store.counts();
  await store.close();
  const ms = performance.now() - started;
  out.out(
    `secvar: analysed ${examples.length} example articles, ${events} events, in ${(ms / 1000).toFixed(2)} s.`,
  );
  out.out(
    `knowledge store ${storeLocation(undefined) ?? "./secvar.db"}: ${stored} new documents; in all ${c.documents} documents, ${c.events} events, ${c.claims} claims (${c.contestedClaims} contested).`,
  );
  out.out(
    "Try: npx secvar analyze examples/articles/<file> --explain   ·   npx secvar claims   ·   npx secvar --help",
  );
}
