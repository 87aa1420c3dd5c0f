/**
 * The Store over any StoreDialect: migrations on open, writes in transactions, typed reads.
 * Knows no engine by name; everything engine-specific comes from the dialect.
 */
import { Kysely, sql } from "kysely";
import { readDataJson } from "../data/index.js";
import { isReliability, type ReliabilityTable } from "../knowledge/index.js";
import { queryActors, queryCounts, queryIssues, searchDocuments } from "./catalog-queries.js";
import { queryClaims } from "./claim-queries.js";
import type { Database } from "./database-schema.js";
import { upsertSource, type WriterContext, writeDocument } from "./document-writer.js";
import { queryEvents, queryTimeline } from "./event-queries.js";
import { SCHEMA_VERSION } from "./migrations.js";
import { migrate } from "./migrator.js";
import type { StoreCapabilities, StoreDialect } from "./store-dialect.js";
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
    return this.#run("write_failed", `document ${input.article.origin} (${input.article.id})`, () =>
      this.db.transaction().execute((trx) => writeDocument(trx, this.ctx, input)),
    );
  }

  ingestDocuments(batch: readonly DocumentInput[]): Promise<BatchOutcome[]> {
    return this.#run("write_failed", `batch of ${batch.length} documents`, () => this.#writeBatch(batch));
  }

  // One transaction, one savepoint per document: a failing document rolls back alone and the
  // rest commit together, so a batch pays for one commit instead of one per document.
  async #writeBatch(batch: readonly DocumentInput[]): Promise<BatchOutcome[]> {
    const trx = await this.db.startTransaction().execute();
    const out: BatchOutcome[] = [];
    try {
      for (const [i, input] of batch.entries()) {
        const sp = await trx.savepoint(`doc${i}`).execute();
        try {
          out.push({ ok: true, ...(await writeDocument(sp, this.ctx, input)) });
          await sp.releaseSavepoint(`doc${i}`).execute();
        } catch (e) {
          await sp.rollbackToSavepoint(`doc${i}`).execute();
          const code = e instanceof StoreError ? e.code : "write_failed";
          out.push({
            ok: false,
            contentId: input.article.id,
            code,
            message: `document ${input.article.origin}: ${messageOf(e)}`,
          });
        }
      }
      await trx.commit().execute();
      return out;
    } catch (e) {
      await trx
        .rollback()
        .execute()
        .catch(() => undefined);
      throw e;
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
    return this.#run("query_failed", "counts", () => queryCounts(this.db));
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
