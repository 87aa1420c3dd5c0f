/**
 * The engines the store suite runs on. Each gives fresh, empty store locations; PostgreSQL runs
 * in a throwaway cluster. Without PostgreSQL binaries its cases skip with a warning, unless
 * SECVAR_REQUIRE_ALL=1, where the missing engine fails the suite.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type PostgresCluster, startPostgresCluster } from "./postgres-cluster.js";

export interface DialectHarness {
  name: "sqlite" | "postgres";
  /** Starts the engine; false when it is unavailable (and allowed to be). */
  setup(): Promise<boolean>;
  /** A location for a new, empty store. */
  freshLocation(): string;
  teardown(): Promise<void>;
}

function sqliteHarness(): DialectHarness {
  let dir = "";
  let n = 0;
  return {
    name: "sqlite",
    async setup() {
      dir = mkdtempSync(join(tmpdir(), "secvar-sqlite-"));
      return true;
    },
    freshLocation: () => join(dir, `store-${++n}.db`),
    async teardown() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function postgresHarness(): DialectHarness {
  let cluster: PostgresCluster | null = null;
  let n = 0;
  return {
    name: "postgres",
    async setup() {
      cluster = await startPostgresCluster();
      if (cluster) return true;
      const message = "PostgreSQL binaries (initdb, pg_ctl) not found: the postgres store cases are SKIPPED";
      if (process.env.SECVAR_REQUIRE_ALL === "1") throw new Error(`${message}, but SECVAR_REQUIRE_ALL=1`);
      console.warn(`\n*** ${message} (install Debian postgresql to run them) ***\n`);
      return false;
    },
    freshLocation() {
      if (!cluster) throw new Error("postgres harness used before setup");
      return cluster.createDatabase(`secvar_test_${++n}`);
    },
    async teardown() {
      cluster?.stop();
      cluster = null;
    },
  };
}

/** Every dialect, in the order the suite runs them. */
export const DIALECTS: readonly (() => DialectHarness)[] = [sqliteHarness, postgresHarness];
