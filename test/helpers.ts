import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeArticle, loadResources } from "../src/coding/index.js";
import { articleFromText } from "../src/ingest/index.js";
import type { EventRecord, Extraction } from "../src/knowledge/index.js";

/** The fixed clock of the tests: relative dates in undated texts resolve against it. */
export const FIXED_TODAY = "2025-01-15";

export const SHARED = join(import.meta.dirname, "..", "..", "shared");
export const SEED = join(SHARED, "seed", "editorial-2024-10-28.txt");

/** Tests that need ../shared skip loudly when it is absent, and fail when SECVAR_REQUIRE_ALL=1. */
export function sharedAvailable(what: string): boolean {
  if (existsSync(SHARED)) return true;
  const message = `SKIP: ${what} needs ../shared (${SHARED}), which is absent`;
  if (process.env.SECVAR_REQUIRE_ALL === "1")
    throw new Error(`${message}; SECVAR_REQUIRE_ALL=1 forbids skipping`);
  console.warn(message);
  return false;
}

export function analyzeText(text: string, published: string | null = "2024-10-28"): Extraction {
  const article = articleFromText(text, { origin: "test", published });
  return analyzeArticle(article, loadResources(), { version: "test", today: FIXED_TODAY }).extraction;
}

export function readSeed(): string {
  return readFileSync(SEED, "utf8");
}

/** A compact event for assertions: "PRKMIL>RUS:074:reported". */
export function brief(e: EventRecord): string {
  return `${e.source}>${e.target ?? "-"}:${e.code}:${e.modality}`;
}
