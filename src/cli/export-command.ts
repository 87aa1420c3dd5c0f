/**
 * `secvar export --format jsonl|csv|gdelt|stix|geojson [filters] [--out FILE]`: stored events, page by
 * page from the store, streamed through the format's writer to a file or stdout.
 */

import { once } from "node:events";
import { createWriteStream } from "node:fs";
import {
  EXPORT_FORMATS,
  type ExportEvent,
  type ExportOptions,
  exportEvents,
  isExportFormat,
  TLP_LEVELS,
  type TlpLevel,
  writeExport,
} from "../export/index.js";
import { type Credibility, stixConfidence } from "../knowledge/index.js";
import type { EventFilter, EventRow, Store } from "../store/index.js";
import { CliError } from "./cli-error.js";
import type { Output } from "./output.js";
import { eventFilter, type FilterFlags } from "./query-filters.js";
import { asCliError, openCliStore, storeLocation } from "./store-location.js";

export interface ExportFlags extends FilterFlags {
  db?: string;
  format?: string;
  out?: string;
  header?: boolean;
  tlp?: string;
}

function precisionOf(value: string | null): ExportEvent["datePrecision"] {
  if (!value) return null;
  return value.length >= 10 ? "day" : value.length >= 7 ? "month" : "year";
}

function confidenceOf(grade: string | null): number | null {
  const credibility = Number(grade?.slice(1));
  return credibility >= 1 && credibility <= 6 ? stixConfidence(credibility as Credibility) : null;
}

/** A stored event as the exporters' flat record. */
export function exportEventOf(e: EventRow, tlp: TlpLevel | null): ExportEvent {
  return {
    eventId: e.extId,
    date: e.date.day,
    datePrecision: precisionOf(e.date.value) ?? "day",
    sourceCode: e.source.code,
    sourceName: e.source.name,
    sourceCountry: e.source.country,
    sourceKind: null,
    targetCode: e.target.code,
    targetName: e.target.name,
    targetCountry: e.target.country,
    targetKind: null,
    cameoCode: e.code,
    cameoName: e.codeName,
    rootCode: e.root,
    quadClass: e.quadClass,
    goldstein: e.goldstein,
    ploverCategory: e.plover,
    placeName: e.place?.name ?? null,
    placeCountry: e.place?.country ?? null,
    placeLat: e.place?.lat ?? null,
    placeLon: e.place?.lon ?? null,
    placeFeature: null,
    placeGeonameId: null,
    modality: e.modality,
    negated: e.negated,
    attributedTo: e.attributedTo,
    quoted: e.quoted,
    documentId: e.document.contentId,
    documentUrl: e.document.url,
    documentOutlet: e.document.outlet,
    documentTitle: e.document.title,
    documentPublished: e.document.published,
    sentenceIndex: e.sentence.index,
    sentence: e.sentence.text ?? "",
    claimId: e.claimId === null ? null : String(e.claimId),
    evidenceGrade: e.grade,
    confidence: confidenceOf(e.grade),
    tlp,
    rule: e.rule,
  };
}

/** Every event the filter selects, page after page (a page's size is the filter's limit). */
async function* allEvents(store: Store, filter: EventFilter): AsyncGenerator<EventRow> {
  let after: string | undefined = filter.after;
  for (;;) {
    const page = await store.events({ ...filter, limit: filter.limit ?? 5000, ...(after ? { after } : {}) });
    yield* page.items;
    if (!page.next) return;
    after = page.next;
  }
}

/** STIX reports need a document's events together: the store pages by date, so group them first. */
async function* groupedByDocument(rows: AsyncIterable<EventRow>): AsyncGenerator<EventRow> {
  const byDocument = new Map<number, EventRow[]>();
  for await (const r of rows) {
    const list = byDocument.get(r.document.id);
    if (list) list.push(r);
    else byDocument.set(r.document.id, [r]);
  }
  for (const list of byDocument.values()) yield* list;
}

async function* asExportEvents(
  rows: AsyncIterable<EventRow>,
  tlp: TlpLevel | null,
): AsyncGenerator<ExportEvent> {
  for await (const r of rows) yield exportEventOf(r, tlp);
}

function tlpOf(value: string | undefined): TlpLevel | null {
  if (value === undefined) return null;
  const upper = value.toUpperCase().replace(/^TLP:/, "");
  if (!(TLP_LEVELS as readonly string[]).includes(upper))
    throw new CliError(`--tlp: expected one of ${TLP_LEVELS.join(", ")}, found "${value}"`, 2);
  return upper as TlpLevel;
}

export async function exportCommand(flags: ExportFlags, out: Output): Promise<void> {
  const format = flags.format ?? "jsonl";
  if (!isExportFormat(format))
    throw new CliError(`--format: expected one of ${EXPORT_FORMATS.join(", ")}, found "${format}"`, 2);
  const filter = eventFilter(flags);
  const tlp = tlpOf(flags.tlp);
  const store = await openCliStore(flags.db);
  const file = flags.out ? createWriteStream(flags.out) : null;
  try {
    const rows = allEvents(store, filter);
    const options: ExportOptions = flags.header ? { header: true, gdeltHeader: true } : {};
    const stream = exportEvents(
      format,
      asExportEvents(format === "stix" ? groupedByDocument(rows) : rows, tlp),
      options,
    );
    const summary = await writeExport(stream, async (chunk) => {
      if (!file) process.stdout.write(chunk);
      else if (!file.write(chunk)) await once(file, "drain");
    });
    if (file) {
      file.end();
      await once(file, "finish");
      const skipped = summary.skipped ? ` (${summary.skipped} without coordinates skipped)` : "";
      out.err(`exported ${summary.written} events as ${format} to ${flags.out}${skipped}`);
    }
  } catch (e) {
    file?.destroy();
    throw asCliError(e, storeLocation(flags.db));
  } finally {
    await store.close();
  }
}
