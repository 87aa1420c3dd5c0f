/** SQLite files: a new store is made of 16 KB pages; a store made before keeps its pages and works. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { PAGE_SIZE } from "../../src/store/sqlite/sqlite-store.js";
import { makeDocument } from "./store-fixtures.js";
import { open } from "./store-harness.js";

const dir = mkdtempSync(join(tmpdir(), "secvar-pages-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pragmas(path: string): { pageSize: number; journal: string } {
  const db = new Database(path, { readonly: true });
  try {
    return {
      pageSize: db.pragma("page_size", { simple: true }) as number,
      journal: db.pragma("journal_mode", { simple: true }) as string,
    };
  } finally {
    db.close();
  }
}

const doc = makeDocument({
  text: "Russia shelled Kharkiv on Monday.",
  published: "2024-10-21",
  events: [{ source: "RUS", target: "UKR", code: "190", sentence: "Russia shelled Kharkiv on Monday." }],
});

describe("SQLite page size", () => {
  it("makes a new store of 16 KB pages, in WAL mode", async () => {
    const path = join(dir, "new.db");
    const store = await open(path);
    expect((await store.ingestDocument(doc)).status).toBe("new");
    await store.close();
    expect(PAGE_SIZE).toBe(16384);
    expect(pragmas(path)).toEqual({ pageSize: 16384, journal: "wal" });
  });

  it("leaves a store of 4 KB pages as it is, and writes and reads it", async () => {
    const path = join(dir, "old.db");
    const old = new Database(path);
    old.pragma("page_size = 4096");
    old.pragma("journal_mode = WAL");
    old.exec("create table before_secvar (x)");
    old.close();
    const store = await open(path);
    const written = await store.ingestDocument(doc);
    expect(written.status).toBe("new");
    expect((await store.ingestDocument(doc)).status).toBe("duplicate");
    const events = await store.events({});
    expect(events.items.map((e) => [e.code, e.source?.code ?? null, e.target?.code ?? null])).toEqual([
      ["190", "RUS", "UKR"],
    ]);
    await store.close();
    expect(pragmas(path).pageSize).toBe(4096);
  });
});
