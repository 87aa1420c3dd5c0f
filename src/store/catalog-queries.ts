/** Reads other than events and claims: actors, document search, issues, counts. */
import { type Kysely, sql } from "kysely";
import type { Database } from "./database-schema.js";
import { checkCountry, pageLimit, searchWords } from "./query-filters.js";
import { singleClaim } from "./single-claims.js";
import type { StoreDialect } from "./store-dialect.js";
import { StoreError } from "./store-error.js";
import type {
  ActorFilter,
  ActorRow,
  DocumentHit,
  IssueRow,
  Page,
  PageOptions,
  StoreCounts,
} from "./store-types.js";

type Db = Kysely<Database>;

function numericCursor(after: string | undefined): number | null {
  if (after === undefined) return null;
  if (!/^\d+$/.test(after))
    throw new StoreError(
      "bad_filter",
      `filter after: expected a cursor from a previous page's \`next\`, found ${JSON.stringify(after)}`,
    );
  return Number(after);
}

/** Actors ordered by code, with their mention, document and event counts. */
export async function queryActors(db: Db, f: ActorFilter): Promise<Page<ActorRow>> {
  const limit = pageLimit(f);
  const country = checkCountry(f.country);
  let q = db.selectFrom("actors").selectAll();
  if (country) q = q.where("country", "=", country);
  if (f.name !== undefined) {
    const name = f.name;
    q = q.where((eb) =>
      eb.or([
        eb(sql<string>`lower(name)`, "like", `%${name.toLowerCase()}%`),
        eb("code", "like", `${name.toUpperCase()}%`),
      ]),
    );
  }
  if (f.after !== undefined) q = q.where("code", ">", f.after);
  const rows = await q
    .orderBy("code")
    .limit(limit + 1)
    .execute();
  const items = rows.slice(0, limit).map((r) => ({
    code: r.code,
    name: r.name,
    kind: r.kind,
    country: r.country,
    mentions: r.mentions,
    documents: r.documents,
    eventsAsSource: r.events_as_source,
    eventsAsTarget: r.events_as_target,
    firstSeen: r.first_seen,
  }));
  return { items, next: rows.length > limit ? (items.at(-1)?.code ?? null) : null };
}

/** Documents whose title or text contain all the words, newest id first. */
export async function searchDocuments(
  db: Db,
  dialect: StoreDialect,
  text: string,
  options: PageOptions,
): Promise<Page<DocumentHit>> {
  const limit = pageLimit(options);
  const after = numericCursor(options.after);
  let q = db
    .selectFrom("documents as d")
    .innerJoin("sources as s", "s.id", "d.source_id")
    .select([
      "d.id",
      "d.content_id",
      "d.title",
      "d.url",
      "d.outlet",
      "d.published",
      "s.name",
      "d.duplicate_of",
      "d.ingested_at",
    ])
    .where(sql<boolean>`d.id in (${dialect.matchingDocumentIds(searchWords(text))})`);
  if (after !== null) q = q.where("d.id", "<", after);
  const rows = await q
    .orderBy("d.id", "desc")
    .limit(limit + 1)
    .execute();
  const items = rows.slice(0, limit).map((r) => ({
    id: r.id,
    contentId: r.content_id,
    title: r.title,
    url: r.url,
    outlet: r.outlet,
    published: r.published,
    source: r.name,
    duplicateOf: r.duplicate_of,
    ingestedAt: r.ingested_at,
  }));
  return { items, next: rows.length > limit ? String(items.at(-1)?.id) : null };
}

/** Recorded issues, oldest first. */
export async function queryIssues(db: Db, options: PageOptions): Promise<Page<IssueRow>> {
  const limit = pageLimit(options);
  const after = numericCursor(options.after);
  let q = db.selectFrom("issues").selectAll();
  if (after !== null) q = q.where("id", ">", after);
  const rows = await q
    .orderBy("id")
    .limit(limit + 1)
    .execute();
  const items = rows.slice(0, limit);
  return { items, next: rows.length > limit ? String(items.at(-1)?.id) : null };
}

async function count(
  db: Db,
  table: keyof Database,
  where?: "near" | "contested" | "single",
): Promise<number> {
  let q = db.selectFrom(table).select(sql<number | string>`count(*)`.as("n"));
  // Claims of one event (no claims row) are counted from their events (single-claims.ts).
  if (where === "single") q = q.where(sql.raw<boolean>(singleClaim()));
  if (where === "near") q = q.where(sql<boolean>`duplicate_of is not null`);
  if (where === "contested") q = q.where(sql<boolean>`contested = 1`);
  const row = await q.executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The number of mentions or cited sentences: the lengths of the documents' lists summed. */
async function countListed(db: Db, dialect: StoreDialect, column: "mentions" | "sentences"): Promise<number> {
  const row = await db
    .selectFrom("documents")
    .select(sql<number | string | null>`sum(${sql.raw(dialect.json.arrayLength(column))})`.as("n"))
    .where(column, "is not", null)
    .executeTakeFirstOrThrow();
  return Number(row.n ?? 0);
}

/** Row counts of every table a user cares about (mentions, sentences: entries of the documents' lists). */
export async function queryCounts(db: Db, dialect: StoreDialect): Promise<StoreCounts> {
  return {
    sources: await count(db, "sources"),
    documents: await count(db, "documents"),
    nearDuplicates: await count(db, "documents", "near"),
    sentences: await countListed(db, dialect, "sentences"),
    mentions: await countListed(db, dialect, "mentions"),
    actors: await count(db, "actors"),
    events: await count(db, "events"),
    claims: (await count(db, "claims")) + (await count(db, "events", "single")),
    contestedClaims: await count(db, "claims", "contested"),
    commitments: await count(db, "commitments"),
    probabilities: await count(db, "probabilities"),
    issues: await count(db, "issues"),
  };
}
