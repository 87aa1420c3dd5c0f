import { stringify } from "csv-stringify/sync";
import { type EventSource, type ExportStream, exportStream } from "./event-stream.js";
import { EXPORT_FIELDS, type ExportEvent } from "./export-event.js";

/** Options of `writeCsv`. */
export interface CsvOptions {
  /** Write the header row of field names (default true). */
  header?: boolean;
  /** Line ending: "\r\n" as RFC 4180 says (default), or "\n". */
  lineEnding?: "\r\n" | "\n";
  /**
   * Prefix cells that start with =, +, -, @, tab or carriage return with a single quote, so
   * spreadsheets do not run them as formulas (default false: the data stay as they are).
   */
  escapeFormulas?: boolean;
}

/** Rows are quoted in batches: one library call per batch, memory bounded by the batch. */
const BATCH_ROWS = 1000;

function rowOf(event: ExportEvent): unknown[] {
  return EXPORT_FIELDS.map((field) => event[field]);
}

/**
 * CSV with one column per `EXPORT_FIELDS` entry, quoted as RFC 4180 says (by csv-stringify):
 * a cell with a comma, a double quote or a line break is enclosed in double quotes and its
 * quotes doubled. null is an empty cell, booleans are `true`/`false`.
 *
 * @example
 * await exportToString(writeCsv([event], { lineEnding: "\n" })) // "eventId,date,…\nd1:0:0,2024-10-28,…\n"
 */
export function writeCsv(events: EventSource, opts: CsvOptions = {}): ExportStream {
  const options = {
    record_delimiter: opts.lineEnding ?? "\r\n",
    escape_formulas: opts.escapeFormulas ?? false,
    cast: { boolean: (value: boolean) => (value ? "true" : "false") },
  };
  const quote = (rows: unknown[][]) => stringify(rows, options);
  return exportStream(events, () => {
    let batch: unknown[][] = [];
    const flush = (): string => {
      const text = batch.length > 0 ? quote(batch) : "";
      batch = [];
      return text;
    };
    return {
      head: () => ((opts.header ?? true) ? quote([[...EXPORT_FIELDS]]) : ""),
      row: (event) => {
        batch.push(rowOf(event));
        return batch.length === BATCH_ROWS ? flush() : "";
      },
      tail: flush,
    };
  });
}
