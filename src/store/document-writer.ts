/**
 * What every write needs: the writer's context, the source a document is filed under, the
 * input check, and the source upsert of the public `upsertSource` (kysely). Documents are
 * written by batch-writer.ts.
 */
import { type Kysely, sql } from "kysely";
import { type Sketch, sketchText } from "../ingest/index.js";
import type { Article, ReliabilityTable } from "../knowledge/index.js";
import type { Database } from "./database-schema.js";
import { prepareDocument } from "./document-rows.js";
import type { StoreDialect } from "./store-dialect.js";
import { StoreError } from "./store-error.js";
import type { DocumentInput, PreparedDocument, SourceInput } from "./store-types.js";

export interface WriterContext {
  dialect: StoreDialect;
  reliability: ReliabilityTable;
  now: () => Date;
}

type Trx = Kysely<Database>;

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).host || null;
  } catch {
    return null;
  }
}

/** The source a document is filed under when the caller names none. */
export function defaultSource(input: DocumentInput): SourceInput {
  return input.source ?? { name: input.article.outlet ?? hostOf(input.article.url) ?? "unknown" };
}

/** Create a source, or update the fields the input sets; returns its row. */
export async function upsertSource(
  trx: Trx,
  s: SourceInput,
): Promise<{ id: number; kind: string; reliability: string | null }> {
  const updates: Record<string, unknown> = { name: sql`excluded.name` };
  if (s.kind !== undefined) updates.kind = s.kind;
  if (s.country !== undefined) updates.country = s.country;
  if (s.reliability !== undefined) updates.reliability = s.reliability;
  return trx
    .insertInto("sources")
    .values({
      name: s.name,
      kind: s.kind ?? "unknown",
      country: s.country ?? null,
      reliability: s.reliability ?? null,
    })
    .onConflict((oc) => oc.column("name").doUpdateSet(updates))
    .returning(["id", "kind", "reliability"])
    .executeTakeFirstOrThrow();
}

/** A document's rows and near-duplicate sketch, as the writer reads them. */
export interface DocumentRows {
  prepared: PreparedDocument;
  sketch: Sketch;
}

/**
 * The rows of a document: the ones it brings (a deferred input's made now, and checked to be its
 * article's), else those of its extraction; its sketch, computed when it brings none.
 */
export function documentRows(input: DocumentInput): DocumentRows {
  if (input.rows) {
    const made = input.rows();
    checkMadeFor(input.article, made.prepared.documentId, "prepared rows are");
    return { prepared: made.prepared, sketch: made.sketch ?? input.sketch ?? sketchText(input.article.text) };
  }
  return {
    prepared: input.prepared ?? prepareDocument(input.extraction),
    sketch: input.sketch ?? sketchText(input.article.text),
  };
}

function checkMadeFor(article: Article, madeFor: string, what: string): void {
  if (madeFor !== article.id)
    throw new StoreError(
      "bad_input",
      `document ${article.origin}: ${what} for document ${madeFor}, expected the article's ${article.id}`,
    );
}

/**
 * Refuses a document without content id, without extraction or rows, or with another document's
 * extraction or rows (StoreError bad_input; a deferred input's rows are checked when they are made).
 */
export function checkInput(input: DocumentInput): void {
  const { article } = input;
  if (!article.id)
    throw new StoreError("bad_input", `document ${article.origin}: the article has no content id`);
  if (input.rows) return;
  const madeFor = input.prepared ? input.prepared.documentId : input.extraction?.document?.id;
  if (madeFor === undefined)
    throw new StoreError(
      "bad_input",
      `document ${article.origin}: expected an extraction or prepared rows, found neither`,
    );
  checkMadeFor(article, madeFor, input.prepared ? "prepared rows are" : "extraction is");
}
