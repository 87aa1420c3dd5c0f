/**
 * Versioned schema migrations, applied in order. A database records the versions it has in
 * `secvar_schema`; opening it applies the missing ones. Never edit a released migration: add
 * the next one. Migrations use only what both dialects share, and ask the dialect for the rest.
 */
import { sql } from "kysely";
import { bandKeys, signatureFromHex } from "../ingest/index.js";
import { blockKeyExpression, singleClaimChecks, singleEvent } from "./single-claims.js";
import type { AnyKysely, AnyTableBuilder, StoreDialect } from "./store-dialect.js";

export interface Migration {
  version: number;
  name: string;
  up(db: AnyKysely, dialect: StoreDialect): Promise<void>;
}

function withId(db: AnyKysely, dialect: StoreDialect, table: string): AnyTableBuilder {
  return dialect.addIdColumn(db.schema.createTable(table));
}

async function index(db: AnyKysely, name: string, table: string, columns: string[], unique = false) {
  const builder = db.schema.createIndex(name).on(table).columns(columns);
  await (unique ? builder.unique() : builder).execute();
}

async function createSources(db: AnyKysely, dialect: StoreDialect): Promise<void> {
  await withId(db, dialect, "sources")
    .addColumn("name", "text", (c) => c.notNull().unique())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("country", "text")
    .addColumn("reliability", "text")
    .execute();
}

async function createDocuments(db: AnyKysely, dialect: StoreDialect): Promise<void> {
  await withId(db, dialect, "documents")
    .addColumn("content_id", "text", (c) => c.notNull().unique())
    .addColumn("source_id", "integer", (c) => c.notNull().references("sources.id"))
    .addColumn("url", "text")
    .addColumn("outlet", "text")
    .addColumn("title", "text")
    .addColumn("published", "text")
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("marking", "text", (c) => c.notNull())
    .addColumn("origin", "text", (c) => c.notNull())
    .addColumn("extractor", "text", (c) => c.notNull())
    .addColumn("ingested_at", "text", (c) => c.notNull())
    .execute();
  await index(db, "documents_source", "documents", ["source_id"]);
  await index(db, "documents_published", "documents", ["published"]);
}

async function createSentencesAndMentions(db: AnyKysely, dialect: StoreDialect): Promise<void> {
  await db.schema
    .createTable("sentences")
    .addColumn("document_id", "integer", (c) => c.notNull().references("documents.id"))
    .addColumn("idx", "integer", (c) => c.notNull())
    .addColumn("start", "integer", (c) => c.notNull())
    .addColumn("end", "integer", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("sentences_pk", ["document_id", "idx"])
    .execute();
  await withId(db, dialect, "mentions")
    .addColumn("document_id", "integer", (c) => c.notNull().references("documents.id"))
    .addColumn("sentence_idx", "integer")
    .addColumn("start", "integer", (c) => c.notNull())
    .addColumn("end", "integer", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("entity", "text")
    .execute();
  await index(db, "mentions_document", "mentions", ["document_id"]);
  await index(db, "mentions_entity", "mentions", ["type", "entity"]);
}

async function createActors(db: AnyKysely): Promise<void> {
  await db.schema
    .createTable("actors")
    .addColumn("code", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("country", "text")
    .addColumn("mentions", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("documents", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("events_as_source", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("events_as_target", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("first_seen", "text", (c) => c.notNull())
    .execute();
  await index(db, "actors_country", "actors", ["country"]);
}

async function createEvents(db: AnyKysely, dialect: StoreDialect): Promise<void> {
  const real = dialect.realType;
  await withId(db, dialect, "events")
    .addColumn("document_id", "integer", (c) => c.notNull().references("documents.id"))
    .addColumn("ext_id", "text", (c) => c.notNull())
    .addColumn("sentence_idx", "integer", (c) => c.notNull())
    .addColumn("source_code", "text")
    .addColumn("source_name", "text")
    .addColumn("source_country", "text")
    .addColumn("target_code", "text")
    .addColumn("target_name", "text")
    .addColumn("target_country", "text")
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("root", "text", (c) => c.notNull())
    .addColumn("code_name", "text", (c) => c.notNull())
    .addColumn("quad_class", "integer", (c) => c.notNull())
    .addColumn("goldstein", real, (c) => c.notNull())
    .addColumn("plover", "text")
    .addColumn("modality", "text", (c) => c.notNull())
    .addColumn("negated", "integer", (c) => c.notNull())
    .addColumn("quoted", "integer", (c) => c.notNull())
    .addColumn("attributed_to", "text")
    .addColumn("attributed_text", "text")
    .addColumn("day", "text", (c) => c.notNull())
    .addColumn("date_value", "text")
    .addColumn("date_basis", "text", (c) => c.notNull())
    .addColumn("place_name", "text")
    .addColumn("place_country", "text")
    .addColumn("lat", real)
    .addColumn("lon", real)
    .addColumn("spans", "text", (c) => c.notNull())
    .addColumn("rule", "text", (c) => c.notNull())
    .execute();
  // Every list is ordered by (day, id): each filter's index ends with those columns.
  await index(db, "events_day", "events", ["day", "id"]);
  await index(db, "events_source", "events", ["source_code", "day", "id"]);
  await index(db, "events_target", "events", ["target_code", "day", "id"]);
  await index(db, "events_dyad", "events", ["source_code", "target_code", "day", "id"]);
  await index(db, "events_source_country", "events", ["source_country", "day"]);
  await index(db, "events_target_country", "events", ["target_country", "day"]);
  await index(db, "events_code", "events", ["code", "day"]);
  await index(db, "events_document", "events", ["document_id"]);
}

async function createStatements(db: AnyKysely, dialect: StoreDialect): Promise<void> {
  await withId(db, dialect, "commitments")
    .addColumn("document_id", "integer", (c) => c.notNull().references("documents.id"))
    .addColumn("sentence_idx", "integer", (c) => c.notNull())
    .addColumn("name", "text")
    .addColumn("parties", "text", (c) => c.notNull())
    .addColumn("article", "text")
    .addColumn("obligation", "text")
    .addColumn("status", "text")
    .addColumn("status_by", "text")
    .addColumn("date_value", "text")
    .addColumn("date_precision", "text")
    .addColumn("rule", "text", (c) => c.notNull())
    .execute();
  await index(db, "commitments_document", "commitments", ["document_id"]);
  await withId(db, dialect, "probabilities")
    .addColumn("document_id", "integer", (c) => c.notNull().references("documents.id"))
    .addColumn("sentence_idx", "integer", (c) => c.notNull())
    .addColumn("about", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("probability", dialect.realType, (c) => c.notNull())
    .addColumn("range_lo", dialect.realType)
    .addColumn("range_hi", dialect.realType)
    .addColumn("scale", "text", (c) => c.notNull())
    .addColumn("rule", "text", (c) => c.notNull())
    .execute();
  await index(db, "probabilities_document", "probabilities", ["document_id"]);
}

async function createIssues(db: AnyKysely, dialect: StoreDialect): Promise<void> {
  await withId(db, dialect, "issues")
    .addColumn("origin", "text", (c) => c.notNull())
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("message", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
}

const v1: Migration = {
  version: 1,
  name: "documents, sentences, mentions, actors, events, commitments, probabilities, issues",
  async up(db, dialect) {
    await createSources(db, dialect);
    await createDocuments(db, dialect);
    await createSentencesAndMentions(db, dialect);
    await createActors(db);
    await createEvents(db, dialect);
    await createStatements(db, dialect);
    await createIssues(db, dialect);
  },
};

async function createClaims(db: AnyKysely, dialect: StoreDialect): Promise<void> {
  await withId(db, dialect, "claims")
    .addColumn("block_key", "text", (c) => c.notNull())
    .addColumn("source_code", "text")
    .addColumn("target_code", "text")
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("root", "text", (c) => c.notNull())
    .addColumn("anchor_day", "text", (c) => c.notNull())
    .addColumn("anchor_basis", "text", (c) => c.notNull())
    .addColumn("place_name", "text")
    .addColumn("place_country", "text")
    .addColumn("window_lo", "text", (c) => c.notNull())
    .addColumn("window_hi", "text", (c) => c.notNull())
    .addColumn("first_seen", "text", (c) => c.notNull())
    .addColumn("event_count", "integer", (c) => c.notNull())
    .addColumn("source_count", "integer", (c) => c.notNull())
    .addColumn("corroboration", "integer", (c) => c.notNull())
    .addColumn("denials", "integer", (c) => c.notNull())
    .addColumn("contested", "integer", (c) => c.notNull())
    .addColumn("strongest", "text")
    .addColumn("reliability", "text", (c) => c.notNull())
    .addColumn("credibility", "integer", (c) => c.notNull())
    .addColumn("grade", "text", (c) => c.notNull())
    .addColumn("confidence", "integer")
    .execute();
  await index(db, "claims_block", "claims", ["block_key", "window_lo"]);
  await index(db, "claims_first_seen", "claims", ["first_seen", "id"]);
  await index(db, "claims_source", "claims", ["source_code", "first_seen"]);
  await index(db, "claims_target", "claims", ["target_code", "first_seen"]);
  await db.schema
    .createTable("claim_events")
    .addColumn("claim_id", "integer", (c) => c.notNull().references("claims.id"))
    .addColumn("event_id", "integer", (c) => c.notNull().references("events.id"))
    .addColumn("source_id", "integer", (c) => c.notNull())
    .addColumn("origin", "text", (c) => c.notNull())
    .addColumn("modality", "text", (c) => c.notNull())
    .addColumn("negated", "integer", (c) => c.notNull())
    .addColumn("day", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("claim_events_pk", ["claim_id", "event_id"])
    .execute();
}

const v2: Migration = {
  version: 2,
  name: "claims, claim_events, near-duplicate sketches",
  async up(db, dialect) {
    await createClaims(db, dialect);
    await db.schema.alterTable("events").addColumn("claim_id", "integer").execute();
    await index(db, "events_claim", "events", ["claim_id"]);
    await db.schema.alterTable("documents").addColumn("signature", "text").execute();
    await db.schema.alterTable("documents").addColumn("duplicate_of", "integer").execute();
    await db.schema
      .createTable("document_bands")
      .addColumn("band_key", "text", (c) => c.notNull())
      .addColumn("document_id", "integer", (c) => c.notNull())
      .execute();
    await index(db, "document_bands_key", "document_bands", ["band_key"]);
  },
};

const v3: Migration = {
  version: 3,
  name: "full-text search over documents",
  async up(db, dialect) {
    await dialect.createFullTextIndex(db);
  },
};

/**
 * Indexes no query reads, or whose order no query can use, cost every write (each is one more
 * B-tree entry per row, on a random page the commit writes again):
 * - `mentions_entity`, `mentions_document`: nothing reads mentions by entity or by document;
 * - `documents_published`, `documents_source`: nothing reads documents by those columns;
 * - `events_code` (code, day): the code filter is a prefix range, so that index returns its
 *   matches out of (day, id) order and every match has to be sorted; walking `events_day` in
 *   order stops after a page;
 * - `claims_source`, `claims_target`: the claims' actor filter is an OR of both sides that has
 *   to sort every match by first seen; walking `claims_first_seen` in order stops after a page.
 * Measured on 10,000 analysed documents into SQLite: about 30% fewer index entries per document.
 */
const v4: Migration = {
  version: 4,
  name: "drop indexes no query needs",
  async up(db) {
    for (const name of [
      "mentions_entity",
      "mentions_document",
      "documents_published",
      "documents_source",
      "events_code",
      "claims_source",
      "claims_target",
    ])
      await db.schema.dropIndex(name).ifExists().execute();
  },
};

/** Documents whose band keys are computed per statement. */
const BAND_CHUNK = 1000;

/**
 * document_bands again: integer keys of the current sketch shape (8 bands of 5 rows), computed
 * from each document's stored signature (the signature's hashes are unchanged), keyed by
 * (band_key, document_id), the look-up's only index.
 */
async function rebuildBands(db: AnyKysely, dialect: StoreDialect): Promise<void> {
  await db.schema.dropTable("document_bands").execute();
  await dialect
    .keyTable(
      db.schema
        .createTable("document_bands")
        .addColumn("band_key", "bigint", (c) => c.notNull())
        .addColumn("document_id", "integer", (c) => c.notNull())
        .addPrimaryKeyConstraint("document_bands_pk", ["band_key", "document_id"]),
    )
    .execute();
  let after = 0;
  for (;;) {
    const docs = (await db
      .selectFrom("documents")
      .select(["id", "signature"])
      .where("id", ">", after)
      .where("signature", "is not", null)
      .orderBy("id")
      .limit(BAND_CHUNK)
      .execute()) as { id: number; signature: string }[];
    if (docs.length === 0) break;
    const values = docs.flatMap((d) =>
      bandKeys(signatureFromHex(d.signature)).map((band_key) => ({ band_key, document_id: d.id })),
    );
    await db.insertInto("document_bands").values(values).execute();
    after = (docs.at(-1) as { id: number }).id;
  }
}

/** sentences keyed by (document_id, idx) alone where the engine can (SQLite: WITHOUT ROWID, one B-tree). */
async function rebuildSentences(db: AnyKysely, dialect: StoreDialect): Promise<void> {
  if (!dialect.keyTables) return;
  await dialect
    .keyTable(
      db.schema
        .createTable("sentences_v5")
        .addColumn("document_id", "integer", (c) => c.notNull().references("documents.id"))
        .addColumn("idx", "integer", (c) => c.notNull())
        .addColumn("start", "integer", (c) => c.notNull())
        .addColumn("end", "integer", (c) => c.notNull())
        .addColumn("text", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("sentences_v5_pk", ["document_id", "idx"]),
    )
    .execute();
  await sql`insert into sentences_v5 (document_id, idx, start, "end", text) select document_id, idx, start, "end", text from sentences`.execute(
    db,
  );
  await db.schema.dropTable("sentences").execute();
  await db.schema.alterTable("sentences_v5").renameTo("sentences").execute();
}

/**
 * Fewer rows per document, each row an entry in one B-tree or more that every commit writes:
 * - mentions become one JSON list per document (`documents.mentions`): nothing reads them one by
 *   one (migration 4 dropped their indexes), and they were 25 rows a document;
 * - claim links (`claim_events`) are dropped: every field is the event's own (`events.claim_id`,
 *   modality, negated, day, attribution) or its document's (source, original's source), so the
 *   claim writer and the claim queries read them from `events`;
 * - LSH band keys become integers (band × 2³² + hash), 8 per document instead of 16 (8 bands of 5
 *   rows: recall at Jaccard 0.8 0.96 instead of 0.95), in a table keyed by (band_key, document_id);
 * - on SQLite, sentences are keyed by (document_id, idx) alone (WITHOUT ROWID);
 * - on PostgreSQL, full-text search indexes the tsvector expression instead of a stored column.
 * Every row of the old tables is kept (mentions in their document) or computed again (band keys,
 * from the stored signatures; links, from the events).
 */
const v5: Migration = {
  version: 5,
  name: "fewer rows per document: mentions as a JSON list per document, claim links read from events, 8 integer band keys",
  async up(db, dialect) {
    const { array, arrayAgg } = dialect.json;
    await db.schema.alterTable("documents").addColumn("mentions", "text").execute();
    await sql`update documents set mentions = m.list from (select document_id, cast(${sql.raw(arrayAgg)}(${sql.raw(array)}(sentence_idx, start, "end", text, type, entity) order by id) as text) as list from mentions group by document_id) as m where m.document_id = documents.id`.execute(
      db,
    );
    await db.schema.dropTable("mentions").execute();
    await db.schema.dropTable("claim_events").execute();
    await rebuildBands(db, dialect);
    await rebuildSentences(db, dialect);
    await dialect.upgradeFullTextIndex(db);
  },
};

/**
 * Text columns in a B-tree index, by table: on PostgreSQL, migration 6 gives them the "C"
 * collation (byte order), so that an index insert or look-up compares bytes instead of calling
 * the locale's collation (several times slower when the database's default is not C). Equality
 * is unchanged; the only orders they give are of ISO days and codes, the same bytewise.
 */
export const BYTE_ORDER_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  sources: ["name"],
  documents: ["content_id"],
  actors: ["code", "country"],
  events: ["day", "source_code", "target_code", "source_country", "target_country"],
  claims: ["block_key", "window_lo", "first_seen"],
};

/**
 * Cheaper document rows and index entries:
 * - MinHash signatures as bytes (4 a hash, big-endian) instead of hex text: 512 bytes a document
 *   instead of 1,024 (on PostgreSQL the document row then stays under the size at which every
 *   insert tries to compress it), no hex encoding on write or decoding on read;
 * - PostgreSQL: the indexed text columns (`BYTE_ORDER_COLUMNS`) in the "C" collation.
 */
const v6: Migration = {
  version: 6,
  name: "signatures as bytes; PostgreSQL: indexed text columns in byte order",
  async up(db, dialect) {
    await dialect.signaturesToBytes(db);
    await dialect.byteOrderColumns(db, BYTE_ORDER_COLUMNS);
  },
};

/**
 * Every event actor code as an actor row (the writer always adds them; rows written below it by
 * hand may lack them): the country filter finds a country's codes in the actors table. A missing
 * actor is named by its code, of kind unknown, counted from its events.
 */
async function addMissingActors(db: AnyKysely): Promise<void> {
  await sql`insert into actors (code, name, kind, country, mentions, documents, events_as_source, events_as_target, first_seen)
    select code, code, 'unknown', case when length(code) >= 3 then substr(code, 1, 3) end, 0,
      count(distinct document_id), sum(as_source), sum(as_target), min(day)
    from (
      select source_code as code, document_id, 1 as as_source, 0 as as_target, day from events where source_code is not null
      union all
      select target_code as code, document_id, 0 as as_source, 1 as as_target, day from events where target_code is not null
    ) as x
    where not exists (select 1 from actors a where a.code = x.code)
    group by code`.execute(db);
}

/** The `sentences` rows into their document, as one JSON list of `[idx, start, end, text]`. */
async function sentencesIntoDocuments(db: AnyKysely, dialect: StoreDialect): Promise<void> {
  const { array, arrayAgg } = dialect.json;
  await db.schema.alterTable("documents").addColumn("sentences", "text").execute();
  await sql`update documents set sentences = s.list from (select document_id, cast(${sql.raw(arrayAgg)}(${sql.raw(array)}(idx, start, "end", text) order by idx) as text) as list from sentences group by document_id) as s where s.document_id = documents.id`.execute(
    db,
  );
  await db.schema.dropTable("sentences").execute();
}

/**
 * Fewer index entries and rows per document:
 * - two B-trees fewer per event: the country filter walks the actor-code indexes, one ordered scan
 *   per actor code of the country (its codes read from the actors table), merged like the
 *   either-side actor filter, instead of `(source_country, day)` and `(target_country, day)`; the
 *   columns stay (exporters read them);
 * - the sentences events, commitments and probability statements cite become one JSON list in
 *   their document (`documents.sentences`), as the mentions did at version 5: nothing looks a
 *   sentence up but by its document, and they were 5.3 rows a document, each with its key and,
 *   on PostgreSQL, a foreign-key check.
 */
const v7: Migration = {
  version: 7,
  name: "country filter through the actor-code indexes (country indexes dropped); sentences as a JSON list per document",
  async up(db, dialect) {
    await addMissingActors(db);
    for (const name of ["events_source_country", "events_target_country"])
      await db.schema.dropIndex(name).ifExists().execute();
    await sentencesIntoDocuments(db, dialect);
  },
};

/**
 * Columns no query filters, joins, groups or orders by, by table (the writer's look-ups included):
 * the planner never reads their statistics, so gathering them only costs each ANALYZE.
 */
export const UNFILTERED_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  documents: [
    "url",
    "outlet",
    "title",
    "published",
    "language",
    "text",
    "marking",
    "origin",
    "extractor",
    "ingested_at",
    "signature",
    "mentions",
    "sentences",
  ],
  events: [
    "ext_id",
    "sentence_idx",
    "source_name",
    "target_name",
    "code_name",
    "quad_class",
    "goldstein",
    "plover",
    "negated",
    "quoted",
    "attributed_to",
    "attributed_text",
    "date_value",
    "date_basis",
    "lat",
    "lon",
    "spans",
    "rule",
  ],
  claims: [
    "anchor_day",
    "anchor_basis",
    "place_name",
    "place_country",
    "event_count",
    "source_count",
    "corroboration",
    "denials",
    "strongest",
    "reliability",
    "grade",
    "confidence",
  ],
};

/**
 * The documents' statistics: the columns queries filter by, and the full-text index's tsvector
 * expression, at a target of 10 (the default is 100). ANALYZE samples 300 rows per unit of the
 * highest target among a table's columns and index expressions, and computes the tsvector of every
 * sampled document: 3,000 documents instead of 30,000. The 100 commonest lexemes it keeps are what
 * a text filter's plan needs: a common word walks the events in order and stops after a page, a rare
 * one starts from the index (without these statistics every word was taken for a rare one).
 */
export const DOCUMENT_STATISTICS = { columns: ["id", "content_id", "source_id", "duplicate_of"], target: 10 };

/** The documents' long text columns (the text, its mentions' and sentences' JSON). */
export const LONG_TEXT_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  documents: ["text", "mentions", "sentences"],
};

/**
 * Cheaper upkeep of the same rows (PostgreSQL; nothing changes on SQLite, which gathers no
 * statistics by itself and does not compress):
 * - no planner statistics for `UNFILTERED_COLUMNS`, and the documents' statistics from a sample of
 *   3,000 (`DOCUMENT_STATISTICS`): autovacuum analyses a table each time it grew by a tenth, and each
 *   ANALYZE of documents parsed the text of every sampled document again — up to 30,000 — for the
 *   full-text expression's statistics;
 * - new values of `LONG_TEXT_COLUMNS` compressed with LZ4 instead of pglz where the server has it
 *   (stored values stay as they are; both decompress transparently).
 */
const v8: Migration = {
  version: 8,
  name: "PostgreSQL: no statistics for unfiltered columns, documents' statistics from a smaller sample; long texts compressed with LZ4",
  async up(db, dialect) {
    await dialect.cheaperUpkeep(db, {
      unfiltered: UNFILTERED_COLUMNS,
      documentStatistics: DOCUMENT_STATISTICS,
      longText: LONG_TEXT_COLUMNS,
    });
  },
};

/**
 * A claim of one event has no `claims` row (`single-claims.ts`): its event carries the claim's id
 * and the reliability it was graded with. A stored claim becomes one when exactly one event belongs
 * to it and every column of its row is what that event alone gives (the anchor is the event's
 * happening, first seen its day, the counts, corroboration, denials, credibility and grade its
 * modality's); any other claim keeps its row. Then two partial indexes over those events: by block
 * key and day (the writer's candidates) and by day and claim id (the claims' list).
 */
const v9: Migration = {
  version: 9,
  name: "a claim of one event read from its event (claims rows of one event moved into the event)",
  async up(db) {
    await db.schema.alterTable("events").addColumn("single_reliability", "text").execute();
    const checks = singleClaimChecks("c.", "e.").join(" and ");
    await sql
      .raw(
        `update events set single_reliability = (select c.reliability from claims c where c.id = events.claim_id) where id in (select e.id from claims c join events e on e.claim_id = c.id where ${checks} and not exists (select 1 from events o where o.claim_id = c.id and o.id <> e.id))`,
      )
      .execute(db);
    await sql
      .raw(`delete from claims where id in (select claim_id from events where ${singleEvent()})`)
      .execute(db);
    await createSingleClaimIndexes(db);
  },
};

/** The two partial indexes over the events that are claims of their own (version 9). */
async function createSingleClaimIndexes(db: AnyKysely): Promise<void> {
  await sql
    .raw(
      `create index events_single_block on events ((${blockKeyExpression()}), day, date_basis) where ${singleEvent()}`,
    )
    .execute(db);
  await sql
    .raw(`create index events_single_seen on events (day, claim_id) where ${singleEvent()}`)
    .execute(db);
}

/** All migrations, in order. */
export const MIGRATIONS: readonly Migration[] = [v1, v2, v3, v4, v5, v6, v7, v8, v9];

/** The schema version this code writes and reads. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/** The table that records applied versions; created before any migration runs. */
export async function createVersionTable(db: AnyKysely): Promise<void> {
  await db.schema
    .createTable("secvar_schema")
    .ifNotExists()
    .addColumn("version", "integer", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("applied_at", "text", (c) => c.notNull())
    .execute();
}

/** The highest applied version, 0 for an empty database. */
export async function currentVersion(db: AnyKysely): Promise<number> {
  const row = await db
    .selectFrom("secvar_schema")
    .select(sql<number | string | null>`max(version)`.as("v"))
    .executeTakeFirst();
  return Number(row?.v ?? 0);
}
