/** One entry point for every format: what `secvar export --format` calls. */
import { type CsvOptions, writeCsv } from "./csv-writer.js";
import type { EventSource, ExportStream } from "./event-stream.js";
import { ExportError } from "./export-error.js";
import { type GdeltOptions, writeGdelt } from "./gdelt-writer.js";
import { writeGeojson } from "./geojson-writer.js";
import { writeJsonl } from "./jsonl-writer.js";
import { type StixOptions, writeStix } from "./stix-writer.js";

/** The export formats. */
export const EXPORT_FORMATS = ["jsonl", "csv", "gdelt", "stix", "geojson"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Options of every format together; each writer reads its own. */
export type ExportOptions = CsvOptions &
  Omit<GdeltOptions, "header"> &
  StixOptions & { gdeltHeader?: boolean };

/** Whether a string names an export format. */
export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/**
 * Exports events in a format. Throws ExportError `unknown_format` for a name that is not one.
 *
 * @example
 * await writeExport(exportEvents("gdelt", events, { now: () => clock }), (c) => void out.write(c));
 */
export function exportEvents(format: string, events: EventSource, opts: ExportOptions = {}): ExportStream {
  if (!isExportFormat(format)) {
    throw new ExportError(
      "unknown_format",
      format,
      `expected one of ${EXPORT_FORMATS.join(", ")}, found "${format}"`,
    );
  }
  switch (format) {
    case "jsonl":
      return writeJsonl(events);
    case "csv":
      return writeCsv(events, opts);
    case "gdelt":
      return writeGdelt(events, { ...opts, header: opts.gdeltHeader ?? false });
    case "stix":
      return writeStix(events, opts);
    case "geojson":
      return writeGeojson(events);
  }
}
