#!/usr/bin/env node
/**
 * One-off conversion of the example gold to issue 3's convention for coordination ("Brazil and the
 * United States agreed" → two events): every record noted as reciprocal that names both sides gets
 * its reverse record right after it (source and target swapped). Idempotent: a record already
 * followed by its reverse is left alone.
 * Usage: node scripts/reciprocal-gold.mjs examples/articles/*.gold.json
 */
import { readFileSync, writeFileSync } from "node:fs";

const REVERSE_NOTE = "Reverse record of a reciprocal event (coordination gives two events, issue 3).";
let added = 0;
for (const file of process.argv.slice(2)) {
  const gold = JSON.parse(readFileSync(file, "utf8"));
  const out = [];
  for (let i = 0; i < gold.events.length; i++) {
    const e = gold.events[i];
    out.push(e);
    if (!/reciprocal/i.test(e.note ?? "") || !e.target_actor || (e.note ?? "").includes(REVERSE_NOTE))
      continue;
    const next = gold.events[i + 1];
    if (next && (next.note ?? "").includes(REVERSE_NOTE) && next.sentence === e.sentence) continue;
    out.push({
      ...e,
      source_actor: e.target_actor,
      target_actor: e.source_actor,
      note: `${REVERSE_NOTE} ${e.note}`,
    });
    added++;
  }
  gold.events = out;
  writeFileSync(file, `${JSON.stringify(gold, null, 1)}\n`);
}
console.log(`reverse records added: ${added}`);
