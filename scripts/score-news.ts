/**
 * Development helper: score the news gold sets (examples/articles and ../shared/eval/news)
 * and print per-event matches. `npm run build && node dist/scripts/score-news.js [--verbose]`
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { analyzeArticle, loadResources } from "../src/coding/index.js";
import { packageRoot } from "../src/data/index.js";
import { type NewsGold, scoreNews, summarizeNews } from "../src/eval/news-scorer.js";
import { articleFromText } from "../src/ingest/index.js";

const verbose = process.argv.includes("--verbose");
const dirs = [
  join(packageRoot(), "examples", "articles"),
  join(packageRoot(), "..", "shared", "eval", "news"),
];
const scores = [];
for (const dir of dirs) {
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith(".article.json"))
    .sort()) {
    const meta = JSON.parse(readFileSync(join(dir, f), "utf8"));
    const text = meta.text ?? readFileSync(resolve(dirname(join(dir, f)), meta.text_file), "utf8");
    const gold: NewsGold = JSON.parse(
      readFileSync(join(dir, f.replace(".article.json", ".gold.json")), "utf8"),
    );
    const article = articleFromText(text, {
      origin: f,
      published: meta.published,
      title: meta.title ?? null,
    });
    const { extraction } = analyzeArticle(article, loadResources(), { version: "dev" });
    const s = scoreNews(gold, extraction.events);
    scores.push(s);
    console.log(
      `${f}: ${s.matched}/${s.gold} matched, precision ${s.producedCorrect}/${s.producedInGoldSentences}`,
    );
    if (verbose) {
      for (const m of s.matches) {
        const g = m.gold;
        const p = m.produced;
        console.log(
          `  ${p ? "OK " : "MISS"} ${g.source_actor.code}->${g.target_actor?.code ?? "-"} ${g.cameo_root}${g.cameo_root_alt ? `/${g.cameo_root_alt}` : ""} ${g.modality} | ${p ? `${p.source}->${p.target} ${p.code} ${p.modality} ${p.attributed_to ?? "outlet"} ${p.date?.value ?? "-"} (gold date ${g.event_date ?? "-"}) ${m.modalityOk ? "" : "MOD!"}${m.attributionOk ? "" : "ATTR!"}${m.dateOk ? "" : "DATE!"}` : ""} :: ${g.sentence.slice(0, 90)}`,
        );
      }
      const inGold = extraction.events.filter((e) =>
        gold.events.some((g) => g.sentence.includes(e.sentence.text.slice(5, 40))),
      );
      for (const e of extraction.events) {
        if (s.matches.some((m) => m.produced === e)) continue;
        console.log(
          `  EXTRA ${e.source}->${e.target} ${e.code} ${e.modality} [${e.rule}] ${inGold.includes(e) ? "(gold sentence)" : ""} :: ${e.sentence.text.slice(0, 80)}`,
        );
      }
    }
  }
}
console.log(JSON.stringify(summarizeNews(scores), null, 2));
