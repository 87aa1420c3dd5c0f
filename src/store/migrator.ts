/**
 * Brings a database to the code's schema version: applies missing migrations in one
 * transaction (serialised across processes by the dialect's lock), refuses a database written
 * by a newer secvar.
 */
import type { Kysely } from "kysely";
import type { Database } from "./database-schema.js";
import { createVersionTable, currentVersion, MIGRATIONS, SCHEMA_VERSION } from "./migrations.js";
import type { AnyKysely, StoreDialect } from "./store-dialect.js";
import { StoreError, wrapError } from "./store-error.js";

export interface MigrationResult {
  from: number;
  to: number;
}

function tooNew(dialect: StoreDialect, found: number): StoreError {
  return new StoreError(
    "schema_too_new",
    `${dialect.location}: database schema version ${found} is newer than this secvar supports (expected ≤ ${SCHEMA_VERSION}); upgrade secvar to open it`,
  );
}

/**
 * Migrate `db` up to `target` (default: the code's version). Stops with a StoreError
 * `schema_too_new` when the database is already above the code's version.
 */
export async function migrate(
  db: Kysely<Database>,
  dialect: StoreDialect,
  now: () => Date,
  target = SCHEMA_VERSION,
): Promise<MigrationResult> {
  const any = db as unknown as AnyKysely;
  await createVersionTable(any).catch((e) => {
    throw wrapError("migration_failed", `${dialect.location}: cannot create the schema table`, e);
  });
  return db.transaction().execute(async (trx) => {
    await dialect.lockKeys(trx, ["secvar:migrate"]);
    const from = await currentVersion(trx as unknown as AnyKysely);
    if (from > SCHEMA_VERSION) throw tooNew(dialect, from);
    for (const m of MIGRATIONS.filter((x) => x.version > from && x.version <= target)) {
      await applyOne(trx, dialect, m, now);
    }
    return { from, to: Math.max(from, Math.min(target, SCHEMA_VERSION)) };
  });
}

async function applyOne(
  trx: Kysely<Database>,
  dialect: StoreDialect,
  m: (typeof MIGRATIONS)[number],
  now: () => Date,
): Promise<void> {
  try {
    await m.up(trx as unknown as AnyKysely, dialect);
    await trx
      .insertInto("secvar_schema")
      .values({ version: m.version, name: m.name, applied_at: now().toISOString() })
      .execute();
  } catch (e) {
    throw wrapError("migration_failed", `${dialect.location}: migration ${m.version} (${m.name}) failed`, e);
  }
}
