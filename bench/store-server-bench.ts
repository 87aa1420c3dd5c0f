/**
 * `npm run bench -- store-server`: where PostgreSQL's server time goes on the write path, and what
 * the "C" collation of the indexed text columns saves on a database whose default collation is a
 * locale's. The analysed corpus of `store-write` (SECVAR_BENCH_DOCS, default 10,000; cached) is
 * written into a throwaway cluster; then
 * 1. each table's rows are inserted again into an empty copy (one `insert … select`), with and
 *    without its indexes and foreign keys, server CPU from /proc, the median of three;
 * 2. the corpus is written into two databases whose default collation is ICU en-US: one at the
 *    current schema (indexed text columns in "C"), one with those columns put back to the default.
 */
import { loadavg } from "node:os";
import pg from "pg";
import { openStore } from "../src/store/index.js";
import { BYTE_ORDER_COLUMNS } from "../src/store/migrations.js";
import { startPostgresCluster } from "../test/store/postgres-cluster.js";
import { serverCpu } from "./server-cpu.js";
import { analysedCorpus } from "./store-write-bench.js";

const NOW = () => new Date("2026-11-26T12:00:00Z");

const like = (table: string, extra = "") =>
  `create table x (like ${table} including defaults including storage including compression${extra})`;

/** [label, setup, statement]: the statement's server CPU is measured after the setup. */
const SPLITS: [string, string, string][] = [
  ["documents: heap", like("documents"), "insert into x select * from documents"],
  [
    "documents: + keys + tsvector GIN",
    like("documents", " including indexes"),
    "insert into x select * from documents",
  ],
  [
    "documents: to_tsvector alone",
    "create table x (a int)",
    "select sum(length(to_tsvector('english', coalesce(title, '') || ' ' || text)::text)) from documents",
  ],
  ["events: heap", like("events"), "insert into x select * from events"],
  [
    "events: + 7 B-trees (schema 7)",
    like("events", " including indexes"),
    "insert into x select * from events",
  ],
  [
    "events: heap + FK document_id",
    `${like("events")}; alter table x add foreign key (document_id) references documents (id)`,
    "insert into x select * from events",
  ],
  ["claims: heap + 3 B-trees", like("claims", " including indexes"), "insert into x select * from claims"],
  [
    "band keys: key",
    like("document_bands", " including indexes"),
    "insert into x select * from document_bands",
  ],
];

async function writeCorpus(url: string, inputs: Awaited<ReturnType<typeof analysedCorpus>>): Promise<void> {
  const store = await openStore(url, { now: NOW });
  try {
    for (let i = 0; i < inputs.length; i += 1024) await store.ingestDocuments(inputs.slice(i, i + 1024));
  } finally {
    await store.close();
  }
}

export async function storeServerBench(): Promise<void> {
  const inputs = await analysedCorpus(Number(process.env.SECVAR_BENCH_DOCS ?? 10_000));
  const cluster = await startPostgresCluster({ durable: true });
  if (!cluster) {
    console.log("store-server bench: PostgreSQL binaries not found, skipped");
    return;
  }
  const perDoc = (seconds: number) => ((seconds * 1e6) / inputs.length).toFixed(0).padStart(5);
  try {
    const url = cluster.createDatabase("secvar_split");
    await writeCorpus(url, inputs);
    const c = new pg.Client(url);
    await c.connect();
    console.log(
      `\nstore server bench: ${inputs.length.toLocaleString("en")} documents, server CPU per document`,
    );
    try {
      await c.query("vacuum analyze");
      for (const [label, setup, statement] of SPLITS) {
        const runs: number[] = [];
        for (let r = 0; r < 3; r++) {
          await c.query("drop table if exists x cascade");
          await c.query(setup);
          await c.query("checkpoint");
          const s0 = serverCpu(cluster.dataDir) ?? 0;
          await c.query(statement);
          runs.push((serverCpu(cluster.dataDir) ?? 0) - s0);
        }
        runs.sort((a, b) => a - b);
        console.log(`  ${perDoc(runs[1] as number)} µs  ${label}`);
      }
    } finally {
      await c.end();
    }
    const admin = new pg.Client(cluster.url);
    await admin.connect();
    try {
      for (const variant of ["default", "C"] as const) {
        const name = `secvar_icu_${variant === "C" ? "c" : "default"}`;
        await admin.query(
          `create database ${name} template template0 locale_provider icu icu_locale 'en-US' locale 'C'`,
        );
        const db = cluster.url.replace(/\/postgres$/, `/${name}`);
        await (await openStore(db, { now: NOW })).close();
        if (variant === "default") {
          const c2 = new pg.Client(db);
          await c2.connect();
          for (const [table, names] of Object.entries(BYTE_ORDER_COLUMNS))
            await c2.query(
              `alter table ${table} ${names.map((n) => `alter column "${n}" type text collate "default"`).join(", ")}`,
            );
          await c2.end();
        }
        const s0 = serverCpu(cluster.dataDir) ?? 0;
        await writeCorpus(db, inputs);
        const server = (serverCpu(cluster.dataDir) ?? 0) - s0;
        console.log(
          `  ICU en-US database, indexed text columns in ${variant === "C" ? '"C"    ' : "default"}: server ${(Number(perDoc(server)) / 1000).toFixed(3)} ms per document; load ${loadavg()
            .map((l) => l.toFixed(1))
            .join(" ")}`,
        );
      }
    } finally {
      await admin.end();
    }
  } finally {
    cluster.stop();
  }
}
