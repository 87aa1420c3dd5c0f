/**
 * Rows as secvar wrote them at schema versions 2–4 (mentions as rows, claim links in
 * `claim_events`, band keys as "band:hex" text), written with plain SQL so that the upgrade
 * tests do not depend on the current writer. Two documents from two outlets report one
 * happening (RUS → UKR, root 19, 2024-11-02): one claim, corroborated by both.
 */
import type { Kysely } from "kysely";
import { bandKeys, sketchText } from "../../src/ingest/index.js";
import {
  claimBlockKey,
  dateWindow,
  gradeClaim,
  type Happening,
  summariseClaim,
} from "../../src/knowledge/index.js";
import { claimRow } from "../../src/store/claim-writer.js";
import type { StoreDialect } from "../../src/store/store-dialect.js";
import { wireStory } from "./store-fixtures.js";

/** The story body shared by the old original and the near duplicate written after the upgrade. */
export const OLD_BODY = wireStory("Border", 30);
export const OLD_TEXTS = [`Heavy shelling overnight. ${OLD_BODY}`, wireStory("Frontline", 25)] as const;

/** The mentions written as rows, per document, in id order: [sentence_idx, start, end, text, type, entity]. */
export const OLD_MENTIONS = [
  [
    [0, 0, 5, "Heavy", "actor", "RUS"],
    [0, 6, 14, "shelling", "place", "703448"],
  ],
  [[0, 0, 9, "Frontline", "time", "2024-11-02"]],
] as const;

/** The band keys of versions 2–4: 16 bands of 8 rows, "band:hex". */
export function oldBandKeys(signature: Uint32Array): string[] {
  return bandKeys(signature, { bands: 16, rows: 8, hashes: 128, shingleSize: 5 }).map((key) => {
    const band = Math.floor(key / 2 ** 32);
    return `${band}:${(key - band * 2 ** 32).toString(16).padStart(8, "0")}`;
  });
}

const DAY = "2024-11-02";

/**
 * Writes the two documents, their sentences, mentions, band keys, events, claim and claim links
 * into an empty database (ids 1 and 2 come from the engine, so its id sequences stay right).
 */
// biome-ignore lint/suspicious/noExplicitAny: the old tables are not in the current row types
export async function writeOldRows(db: Kysely<any>, dialect: StoreDialect): Promise<void> {
  await db
    .insertInto("sources")
    .values([
      { name: "Reuters", kind: "wire-agency" },
      { name: "Yonhap", kind: "newspaper" },
    ])
    .execute();
  const codes = ["190", "193"];
  for (const [k, text] of OLD_TEXTS.entries()) {
    const id = k + 1;
    const sketch = sketchText(text);
    const signature = Array.from(sketch.signature, (v) => v.toString(16).padStart(8, "0")).join("");
    await db
      .insertInto("documents")
      .values({
        content_id: `00000000000000a${id}`,
        source_id: id,
        title: `Old title ${id}`,
        published: DAY,
        language: "en",
        text,
        marking: "TLP:CLEAR",
        origin: `old:${id}`,
        extractor: "secvar 0.0",
        ingested_at: "2024-11-03T00:00:00.000Z",
        signature,
        duplicate_of: null,
      })
      .execute();
    await dialect.indexDocumentText(db, { id, title: `Old title ${id}`, text });
    await db
      .insertInto("document_bands")
      .values(oldBandKeys(sketch.signature).map((band_key) => ({ band_key, document_id: id })))
      .execute();
    const sentence = text.slice(0, text.indexOf(".") + 1);
    await db
      .insertInto("sentences")
      .values({ document_id: id, idx: 0, start: 0, end: sentence.length, text: sentence })
      .execute();
    await db
      .insertInto("mentions")
      .values(
        (OLD_MENTIONS[k] ?? []).map(([sentence_idx, start, end, mtext, type, entity]) => ({
          document_id: id,
          sentence_idx,
          start,
          end,
          text: mtext,
          type,
          entity,
        })),
      )
      .execute();
    await db
      .insertInto("events")
      .values({
        document_id: id,
        ext_id: `00000000000000a${id}:0:0`,
        sentence_idx: 0,
        source_code: "RUS",
        source_name: "Russia",
        source_country: "RUS",
        target_code: "UKR",
        target_name: "Ukraine",
        target_country: "UKR",
        code: codes[k] as string,
        root: "19",
        code_name: "Fight",
        quad_class: 4,
        goldstein: -10,
        modality: "asserted",
        negated: 0,
        quoted: 0,
        day: DAY,
        date_value: DAY,
        date_basis: "day",
        spans: "{}",
        rule: "old.rule",
        claim_id: null,
      })
      .execute();
  }
  await writeOldClaim(db);
}

// biome-ignore lint/suspicious/noExplicitAny: as above
async function writeOldClaim(db: Kysely<any>): Promise<void> {
  const happening: Happening = {
    sourceCode: "RUS",
    targetCode: "UKR",
    code: "190",
    day: DAY,
    basis: "day",
    placeName: null,
    placeCountry: null,
  };
  const links = [1, 2].map((id) => ({
    eventId: id,
    sourceId: id,
    origin: `source:${id}`,
    modality: "asserted" as const,
    negated: false,
    day: DAY,
  }));
  const summary = summariseClaim(links);
  const grade = gradeClaim(summary, ["B", "C"]);
  const window = dateWindow(DAY, "day");
  await db
    .insertInto("claims")
    .values({
      block_key: claimBlockKey(happening),
      source_code: "RUS",
      target_code: "UKR",
      code: "190",
      root: "19",
      anchor_day: DAY,
      anchor_basis: "day",
      place_name: null,
      place_country: null,
      window_lo: window.lo,
      window_hi: window.hi,
      first_seen: summary.firstSeen,
      event_count: 2,
      source_count: 2,
      corroboration: summary.corroboration,
      denials: summary.denials,
      contested: summary.contested ? 1 : 0,
      strongest: summary.strongest,
      reliability: grade.reliability,
      credibility: grade.credibility,
      grade: grade.label,
      confidence: grade.confidence,
    })
    .execute();
  await db.updateTable("events").set({ claim_id: 1 }).execute();
  await db
    .insertInto("claim_events")
    .values(
      links.map((l) => ({
        claim_id: 1,
        event_id: l.eventId,
        source_id: l.sourceId,
        origin: l.origin,
        modality: l.modality,
        negated: 0,
        day: l.day,
      })),
    )
    .execute();
}

/**
 * One document as version 5 wrote it (signature as hex text, integer band keys), with its
 * sentence and full-text entry; id 1 from the engine.
 */
// biome-ignore lint/suspicious/noExplicitAny: the row types are those of the current version
export async function writeVersion5Document(db: Kysely<any>, dialect: StoreDialect, text: string) {
  await db.insertInto("sources").values({ name: "Reuters", kind: "wire-agency" }).execute();
  const sketch = sketchText(text);
  await db
    .insertInto("documents")
    .values({
      content_id: "00000000000000b1",
      source_id: 1,
      title: "Version 5",
      published: DAY,
      language: "en",
      text,
      marking: "TLP:CLEAR",
      origin: "v5:1",
      extractor: "secvar 0.0",
      ingested_at: "2024-11-03T00:00:00.000Z",
      signature: Array.from(sketch.signature, (v) => v.toString(16).padStart(8, "0")).join(""),
      duplicate_of: null,
      mentions: null,
    })
    .execute();
  await dialect.indexDocumentText(db, { id: 1, title: "Version 5", text });
  await db
    .insertInto("document_bands")
    .values(sketch.bandKeys.map((band_key) => ({ band_key, document_id: 1 })))
    .execute();
}

/**
 * A store written by the current writer turned back into the rows of version 8 and marked as at
 * `version` (≤ 8): every claim of one event given its `claims` row as version 8 wrote it (built here
 * from the knowledge rules, not by the migration's SQL), the events' column and partial indexes of
 * version 9 dropped. Opening it again runs migration 9 on rows as an older secvar left them.
 */
// biome-ignore lint/suspicious/noExplicitAny: the old schema has no kysely types
export async function backToVersion8Rows(db: Kysely<any>, version: number): Promise<void> {
  const singles = await db
    .selectFrom("events")
    .select([
      "claim_id",
      "source_code",
      "target_code",
      "code",
      "day",
      "date_basis",
      "place_name",
      "place_country",
      "modality",
      "negated",
      "single_reliability",
    ])
    .where("single_reliability", "is not", null)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom("claims as x").select("x.id").whereRef("x.id", "=", "events.claim_id"))),
    )
    .orderBy("claim_id")
    .execute();
  for (const e of singles) {
    const h: Happening = {
      sourceCode: e.source_code,
      targetCode: e.target_code,
      code: e.code,
      day: e.day,
      basis: e.date_basis,
      placeName: e.place_name,
      placeCountry: e.place_country,
    };
    const summary = summariseClaim([
      {
        eventId: 0,
        sourceId: 0,
        origin: "x",
        modality: e.modality,
        negated: Number(e.negated) === 1,
        day: e.day,
      },
    ]);
    const grade = gradeClaim(summary, [e.single_reliability]);
    const w = dateWindow(h.day, h.basis);
    await db
      .insertInto("claims")
      .values(claimRow(e.claim_id, claimBlockKey(h), h, w, 1, summary, grade))
      .execute();
  }
  for (const name of ["events_single_block", "events_single_seen"]) await db.schema.dropIndex(name).execute();
  await db.schema.alterTable("events").dropColumn("single_reliability").execute();
  await db.deleteFrom("secvar_schema").where("version", ">", version).execute();
}
