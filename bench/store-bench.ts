/**
 * `npm run bench -- store`: the knowledge store at scale. Writes SECVAR_BENCH_EVENTS synthetic
 * events (default 200,000; documents of 10 events; deterministic seed) into SQLite and into a
 * throwaway PostgreSQL cluster, then times actor, dyad, country and date-range queries (p50/p95 over
 * random parameters). Prints figures and ratios; asserts nothing. SECVAR_BENCH_BATCH: documents per
 * batch (default 1,000), SECVAR_BENCH_QUERIES: queries per kind (default 200).
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { Article, EventRecord, Extraction, Modality } from "../src/knowledge/index.js";
import { type DocumentInput, openStore, type Store } from "../src/store/index.js";
import { startPostgresCluster } from "../test/store/postgres-cluster.js";

const EVENTS = Number(process.env.SECVAR_BENCH_EVENTS ?? 200_000);
const PER_DOC = 10;
/** Documents per `ingestDocuments` call: the batch writer's cost per batch is fixed, so large batches load fast. */
const BATCH = Number(process.env.SECVAR_BENCH_BATCH ?? 1000);
const QUERIES = Number(process.env.SECVAR_BENCH_QUERIES ?? 200);
const SEED = 20241028;

/** mulberry32: a small deterministic PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = (
  "USA RUS CHN UKR PRK KOR JPN IRN ISR PSE SYR IRQ TUR SAU EGY IND PAK AFG GBR FRA DEU POL " +
  "BLR TWN PHL VNM IDN NGA ETH SDN SOM YEM LBN QAT ARE MEX BRA VEN COL CUB"
).split(" ");
const ROLES = ["", "GOV", "MIL", "REB", "OPP"];
const ACTORS = COUNTRIES.flatMap((c) => ROLES.map((r) => c + r));
const CODES =
  "010 020 036 042 043 051 057 061 070 074 111 112 120 130 138 141 160 172 173 180 190 193 195 200".split(
    " ",
  );
const MODALITIES: Modality[] = [
  "asserted",
  "asserted",
  "asserted",
  "reported",
  "reported",
  "alleged",
  "denied",
  "predicted",
];
const PLACES = COUNTRIES.map((c, i) => ({
  name: `Place ${c}`,
  country: c,
  lat: (i * 7) % 80,
  lon: (i * 13) % 170,
}));
const START = Date.parse("2020-01-01T00:00:00Z");
const DAYS = 5 * 365;

/** Zipf-like pick: low indexes are much more frequent, as with real actors. */
function zipf(rand: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(n ** rand()) - 1);
}

function dayOf(offset: number): string {
  return new Date(START + offset * 86_400_000).toISOString().slice(0, 10);
}

interface Generator {
  rand: () => number;
  actor(): string;
  day(): number;
}

function generator(seed: number): Generator {
  const rand = prng(seed);
  return {
    rand,
    actor: () => ACTORS[zipf(rand, ACTORS.length)] as string,
    day: () => Math.floor(rand() * DAYS),
  };
}

function syntheticEvent(
  g: Generator,
  docId: string,
  n: number,
  published: number,
  start: number,
  sentence: string,
) {
  const source = g.actor();
  let target = g.actor();
  if (target === source) target = ACTORS[(ACTORS.indexOf(source) + 1) % ACTORS.length] as string;
  const code = CODES[Math.floor(g.rand() * CODES.length)] as string;
  const place = g.rand() < 0.6 ? (PLACES[Math.floor(g.rand() * PLACES.length)] ?? null) : null;
  const day = dayOf(published - Math.floor(g.rand() * 4));
  const e: EventRecord = {
    id: `${docId}:${n}:${n}`,
    source,
    target,
    source_text: source,
    target_text: target,
    code,
    code_name: `CAMEO ${code}`,
    plover: null,
    quad_class: 1 + (Number(code) % 4),
    goldstein: (Number(code) % 20) - 10,
    modality: MODALITIES[Math.floor(g.rand() * MODALITIES.length)] as Modality,
    negated: g.rand() < 0.03,
    quoted: g.rand() < 0.3,
    attributed_to: g.rand() < 0.3 ? g.actor() : null,
    attributed_text: null,
    date:
      g.rand() < 0.9
        ? { value: day, precision: "day", text: day }
        : { value: day.slice(0, 7), precision: "month", text: day },
    statement_date: null,
    place,
    sentence: { index: n, start, end: start + sentence.length, text: sentence },
    spans: { source: null, verb: { start, end: start + 4, text: "verb" }, target: null },
    rule: "bench",
  };
  return e;
}

function syntheticDocument(g: Generator, i: number): DocumentInput {
  const published = g.day();
  const docId = `bench${i.toString(16).padStart(11, "0")}`;
  const sentences = Array.from(
    { length: PER_DOC },
    (_, n) =>
      `Report ${i} item ${n}: forces ${g.actor()} and ${g.actor()} near ${Math.floor(g.rand() * 1e6)}.`,
  );
  const text = sentences.join(" ");
  let at = 0;
  const events = sentences.map((s, n) => {
    const e = syntheticEvent(g, docId, n, published, at, s);
    at += s.length + 1;
    return e;
  });
  const article: Article = {
    id: docId,
    text,
    title: `Bench document ${i}`,
    published: dayOf(published),
    url: null,
    outlet: `Outlet ${i % 50}`,
    language: "en",
    origin: `bench:${i}`,
  };
  const extraction: Extraction = {
    schema: "secvar.extraction/1",
    extractor: "secvar bench",
    document: {
      id: docId,
      published: article.published,
      title: article.title,
      url: null,
      outlet: article.outlet,
      language: "en",
      characters: text.length,
    },
    events,
    commitments: [],
    probabilities: [],
    actors: [],
    times: [],
    places: [],
  };
  return { article, extraction };
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
}

async function load(store: Store): Promise<{ seconds: number; events: number }> {
  const g = generator(SEED);
  const docs = Math.ceil(EVENTS / PER_DOC);
  const t0 = performance.now();
  let events = 0;
  for (let i = 0; i < docs; i += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, docs - i) }, (_, k) => syntheticDocument(g, i + k));
    for (const r of await store.ingestDocuments(batch)) {
      if (!r.ok) throw new Error(`bench document failed: ${r.message}`);
      events += r.events;
    }
    if ((i / BATCH) % 10 === 0) process.stderr.write(`\r  ${(i * PER_DOC).toLocaleString("en")} events…`);
  }
  process.stderr.write("\r");
  return { seconds: (performance.now() - t0) / 1000, events };
}

type Query = { name: string; run: (store: Store, g: Generator) => Promise<unknown> };

const QUERY_KINDS: Query[] = [
  { name: "actor", run: (s, g) => s.events({ actor: g.actor(), limit: 100 }) },
  { name: "dyad", run: (s, g) => s.events({ source: g.actor(), target: g.actor(), limit: 100 }) },
  { name: "country", run: (s, g) => s.events({ country: g.actor().slice(0, 3), limit: 100 }) },
  {
    name: "date range (30 days)",
    run: (s, g) => {
      const d = g.day();
      return s.events({ from: dayOf(d), to: dayOf(d + 30), limit: 100 });
    },
  },
  {
    name: "actor + date range",
    run: (s, g) => {
      const d = g.day();
      return s.events({ actor: g.actor(), from: dayOf(d), to: dayOf(d + 90), limit: 100 });
    },
  },
];

async function timeQueries(store: Store): Promise<Map<string, { p50: number; p95: number }>> {
  const out = new Map<string, { p50: number; p95: number }>();
  for (const q of QUERY_KINDS) {
    const g = generator(SEED + 1);
    for (let i = 0; i < 10; i++) await q.run(store, g); // warm-up
    const times: number[] = [];
    for (let i = 0; i < QUERIES; i++) {
      const t = performance.now();
      await q.run(store, g);
      times.push(performance.now() - t);
    }
    out.set(q.name, { p50: percentile(times, 50), p95: percentile(times, 95) });
  }
  return out;
}

interface Figures {
  dialect: string;
  rate: number;
  seconds: number;
  bytes: number;
  latency: Map<string, { p50: number; p95: number }>;
}

function print(f: Figures, events: number): void {
  console.log(
    `\n${f.dialect}: wrote ${events.toLocaleString("en")} events in ${f.seconds.toFixed(1)} s = ${Math.round(f.rate).toLocaleString("en")} events/s`,
  );
  console.log(
    `  size ${(f.bytes / 2 ** 20).toFixed(0)} MiB, ${((f.bytes / 2 ** 20) * (1e6 / events)).toFixed(0)} MiB per million events`,
  );
  for (const [name, l] of f.latency)
    console.log(
      `  ${name.padEnd(22)} p50 ${l.p50.toFixed(2)} ms   p95 ${l.p95.toFixed(2)} ms   (${QUERIES} queries, limit 100)`,
    );
}

async function benchSqlite(): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), "secvar-bench-store-"));
  const path = join(dir, "bench.db");
  try {
    const store = await openStore(path);
    const { seconds, events } = await load(store);
    const latency = await timeQueries(store);
    await store.close();
    const f = { dialect: "SQLite", rate: events / seconds, seconds, bytes: statSync(path).size, latency };
    print(f, events);
    return f;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The store's tables with their indexes and TOAST (pg_total_relation_size summed). */
async function databaseSize(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const r = await client.query<{ n: string }>(
    "select sum(pg_total_relation_size(c.oid)) as n from pg_class c join pg_namespace ns on ns.oid = c.relnamespace where c.relkind = 'r' and ns.nspname = current_schema()",
  );
  await client.end();
  return Number(r.rows[0]?.n ?? 0);
}

async function benchPostgres(): Promise<Figures | null> {
  const cluster = await startPostgresCluster({ durable: true });
  if (!cluster) {
    console.log("\nPostgreSQL: binaries not found, skipped");
    return null;
  }
  try {
    const url = cluster.createDatabase("secvar_bench");
    const store = await openStore(url);
    const { seconds, events } = await load(store);
    const latency = await timeQueries(store);
    await store.close();
    const f = {
      dialect: "PostgreSQL",
      rate: events / seconds,
      seconds,
      bytes: await databaseSize(url),
      latency,
    };
    print(f, events);
    return f;
  } finally {
    cluster.stop();
  }
}

export async function storeBench(): Promise<void> {
  console.log(
    `store bench: ${EVENTS.toLocaleString("en")} synthetic events, ${PER_DOC} per document, batches of ${BATCH} documents, seed ${SEED}`,
  );
  const only = process.env.SECVAR_BENCH_DIALECT;
  const lite = only === "postgres" ? null : await benchSqlite();
  const post = only === "sqlite" ? null : await benchPostgres();
  if (lite && post) {
    console.log("\nratios PostgreSQL / SQLite:");
    console.log(
      `  write rate ${(post.rate / lite.rate).toFixed(2)}×, size ${(post.bytes / lite.bytes).toFixed(2)}×`,
    );
    for (const [name, l] of lite.latency) {
      const p = post.latency.get(name);
      if (p) console.log(`  ${name.padEnd(22)} p95 ${(p.p95 / l.p95).toFixed(2)}×`);
    }
  }
}
