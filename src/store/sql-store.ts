/**
 * The Store over any StoreDialect: migrations on open, writes in transactions, typed reads.
 * Knows no engine by name; everything engine-specific comes from the dialect.
 */
import { Kysely, sql } from "kysely";
import { readDataJson } from "../data/index.js";
import { isReliability, type ReliabilityTable } from "../knowledge/index.js";
import { writeDocuments } from "./batch-writer.js";
import { queryActors, queryCounts, queryIssues, searchDocuments } from "./catalog-queries.js";
import { queryClaims } from "./claim-queries.js";
import type { Database } from "./database-schema.js";
import { checkInput, upsertSource, type WriterContext } from "./document-writer.js";
import { queryEvents, queryTimeline } from "./event-queries.js";
import { SCHEMA_VERSION } from "./migrations.js";
import { migrate } from "./migrator.js";
import type { BulkConnection, StoreCapabilities, StoreDialect } from "./store-dialect.js";
import { messageOf, StoreError, wrapError } from "./store-error.js";
import type {
  ActorFilter,
  BatchOutcome,
  ClaimFilter,
  DocumentInput,
  EventFilter,
  IngestOutcome,
  IssueInput,
  PageOptions,
  SourceInput,
  Store,
  TimelineFilter,
} from "./store-types.js";

export interface StoreOptions {
  /** The clock for ingest stamps (default: the system clock). */
  now?: () => Date;
  /** Source reliability defaults (default: data/sources/reliability.json). */
  reliability?: ReliabilityTable;
  /** Migrate only up to this version (tests of upgrades); default: the code's version. */
  targetVersion?: number;
}

/** Reads data/sources/reliability.json and checks its letters. */
export function loadReliabilityTable(): ReliabilityTable {
  const raw = readDataJson<{ default: unknown; kinds: Record<string, unknown> }>("sources/reliability.json");
  const kinds: ReliabilityTable["kinds"] = {};
  for (const [kind, letter] of Object.entries(raw.kinds)) {
    if (!isReliability(letter))
      throw new StoreError(
        "open_failed",
        `data/sources/reliability.json: kind ${kind}: expected A–F, found ${JSON.stringify(letter)}`,
      );
    kinds[kind] = letter;
  }
  if (!isReliability(raw.default))
    throw new StoreError(
      "open_failed",
      `data/sources/reliability.json: default: expected A–F, found ${JSON.stringify(raw.default)}`,
    );
  return { default: raw.default, kinds };
}

/** A batch item that rolled back alone. */
function failed(input: DocumentInput, e: unknown): BatchOutcome {
  return {
    ok: false,
    contentId: input.article.id,
    code: e instanceof StoreError ? e.code : "write_failed",
    message: `document ${input.article.origin}: ${messageOf(e)}`,
  };
}

/** Runs `fn` in a transaction of the bulk connection: committed when it returns, else rolled back. */
async function inTransaction<T>(c: BulkConnection, fn: () => Promise<T>): Promise<T> {
  await c.begin();
  try {
    const out = await fn();
    await c.commit();
    return out;
  } catch (e) {
    await c.rollback().catch(() => undefined);
    throw e;
  }
}

class SqlStore implements Store {
  #closed = false;
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: StoreDialect,
    private readonly ctx: WriterContext,
    readonly schemaVersion: number,
  ) {}

  get capabilities(): StoreCapabilities {
    return this.dialect.capabilities;
  }

  async #run<T>(code: "write_failed" | "query_failed", doing: string, fn: () => Promise<T>): Promise<T> {
    if (this.#closed) throw new StoreError("closed", `${this.dialect.location}: the store is closed`);
    try {
      return await fn();
    } catch (e) {
      throw wrapError(code, `${this.dialect.location}: ${doing}`, e);
    }
  }

  ingestDocument(input: DocumentInput): Promise<IngestOutcome> {
    return this.#run("write_failed", `document ${input.article.origin} (${input.article.id})`, () => {
      checkInput(input);
      return this.dialect.withBulk(this.db, (c) =>
        inTransaction(c, () => writeDocuments(c, this.ctx, [input])),
      );
    }).then((out) => out[0] as IngestOutcome);
  }

  ingestDocuments(batch: readonly DocumentInput[]): Promise<BatchOutcome[]> {
    return this.#run("write_failed", `batch of ${batch.length} documents`, () =>
      this.dialect.withBulk(this.db, (c) => this.#writeBatch(c, batch)),
    );
  }

  // The whole batch in one transaction with one statement per table. Should any document fail,
  // the batch is rolled back and written again one document at a time (a savepoint each), so a
  // failing document rolls back alone and the others commit together.
  async #writeBatch(c: BulkConnection, batch: readonly DocumentInput[]): Promise<BatchOutcome[]> {
    const out: BatchOutcome[] = new Array(batch.length);
    const good: number[] = [];
    for (const [i, input] of batch.entries()) {
      try {
        checkInput(input);
        good.push(i);
      } catch (e) {
        out[i] = failed(input, e);
      }
    }
    const inputs = good.map((i) => batch[i] as DocumentInput);
    if (inputs.length === 0) return out;
    try {
      const written = await inTransaction(c, () => writeDocuments(c, this.ctx, inputs));
      for (const [k, i] of good.entries()) out[i] = { ok: true, ...(written[k] as IngestOutcome) };
      return out;
    } catch {
      // Written again below, one document at a time, to tell which one failed and why.
    }
    await inTransaction(c, async () => {
      for (const i of good) out[i] = await this.#writeAlone(c, batch[i] as DocumentInput);
    });
    return out;
  }

  async #writeAlone(c: BulkConnection, input: DocumentInput): Promise<BatchOutcome> {
    await c.savepoint("doc");
    try {
      const [outcome] = await writeDocuments(c, this.ctx, [input]);
      await c.release("doc");
      return { ok: true, ...(outcome as IngestOutcome) };
    } catch (e) {
      await c.rollbackTo("doc");
      // Another writer stored the same text meanwhile: that is a duplicate, not a failure.
      const [row] = await c.all<{ id: number }>("select id from documents where content_id = ?", [
        input.article.id,
      ]);
      if (row)
        return {
          ok: true,
          status: "duplicate",
          documentId: row.id,
          events: 0,
          claimsCreated: 0,
          claimsUpdated: 0,
        };
      return failed(input, e);
    }
  }

  upsertSource(source: SourceInput): Promise<number> {
    return this.#run("write_failed", `source ${source.name}`, () =>
      this.db.transaction().execute(async (trx) => (await upsertSource(trx, source)).id),
    );
  }

  /** Idempotent: the same problem with the same document (a re-run) is recorded once. */
  recordIssue(issue: IssueInput): Promise<void> {
    return this.#run("write_failed", `issue for ${issue.origin}`, () =>
      this.db.transaction().execute(async (trx) => {
        const seen = await trx
          .selectFrom("issues")
          .select("id")
          .where("origin", "=", issue.origin)
          .where("code", "=", issue.code)
          .where("message", "=", issue.message)
          .executeTakeFirst();
        if (!seen)
          await trx
            .insertInto("issues")
            .values({ ...issue, at: this.ctx.now().toISOString() })
            .execute();
      }),
    );
  }

  issues(options: PageOptions = {}) {
    return this.#run("query_failed", "issues", () => queryIssues(this.db, options));
  }

  hasDocument(contentId: string): Promise<boolean> {
    return this.#run("query_failed", `document ${contentId}`, async () => {
      const row = await this.db
        .selectFrom("documents")
        .select("id")
        .where("content_id", "=", contentId)
        .executeTakeFirst();
      return row !== undefined;
    });
  }

  storedDocuments(contentIds: readonly string[]): Promise<Set<string>> {
    return this.#run("query_failed", `${contentIds.length} documents`, async () => {
      if (contentIds.length === 0) return new Set<string>();
      const rows = await this.db
        .selectFrom("documents")
        .select("content_id")
        .where("content_id", "in", [...contentIds])
        .execute();
      return new Set(rows.map((r) => r.content_id));
    });
  }

  events(filter: EventFilter = {}) {
    return this.#run("query_failed", "events", () => queryEvents(this.db, this.dialect, filter));
  }

  claims(filter: ClaimFilter = {}) {
    return this.#run("query_failed", "claims", () =>
      queryClaims(this.db, this.dialect, this.ctx.reliability, filter),
    );
  }

  actors(filter: ActorFilter = {}) {
    return this.#run("query_failed", "actors", () => queryActors(this.db, filter));
  }

  timeline(filter: TimelineFilter = {}) {
    return this.#run("query_failed", "timeline", () => queryTimeline(this.db, this.dialect, filter));
  }

  searchDocuments(text: string, options: PageOptions = {}) {
    return this.#run("query_failed", `search ${JSON.stringify(text)}`, () =>
      searchDocuments(this.db, this.dialect, text, options),
    );
  }

  counts() {
    return this.#run("query_failed", "counts", () => queryCounts(this.db, this.dialect));
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.db.destroy();
  }
}

/**
 * Open a store over a dialect: connect, run the dialect's preparation, migrate.
 * Fails with a StoreError (`open_failed`, `schema_too_new`, `migration_failed`).
 */
export async function openSqlStore(dialect: StoreDialect, options: StoreOptions = {}): Promise<Store> {
  const now = options.now ?? (() => new Date());
  const db = new Kysely<Database>({ dialect: dialect.createKyselyDialect() });
  try {
    await sql`select 1`.execute(db).catch((e) => {
      throw wrapError("open_failed", `${dialect.location}: cannot connect`, e);
    });
    const { to } = await migrate(db, dialect, now, options.targetVersion ?? SCHEMA_VERSION);
    const reliability = options.reliability ?? loadReliabilityTable();
    return new SqlStore(db, dialect, { dialect, reliability, now }, to);
  } catch (e) {
    await db.destroy().catch(() => undefined);
    throw wrapError("open_failed", `${dialect.location}: cannot open the store`, e);
  }
}
