/** What writers read and produce: events in (sync or async), string chunks out, with a tally. */
import type { ExportEvent } from "./export-event.js";

/** Events from an array, a generator, a database cursor… */
export type EventSource = Iterable<ExportEvent> | AsyncIterable<ExportEvent>;

/** What a writer did: events read, written, and skipped (GeoJSON: events without coordinates). */
export interface ExportSummary {
  read: number;
  written: number;
  skipped: number;
}

/** A writer's output: chunks to iterate once; `summary` is final when the iteration ends. */
export interface ExportStream extends AsyncIterable<string> {
  readonly summary: ExportSummary;
}

/**
 * A format as three pure steps: the text before the first event, the text of one event
 * (empty when the event is skipped or held back for a batch), and the text after the last.
 * `row` returns null for a skipped event.
 */
export interface RowFormat {
  head(): string;
  row(event: ExportEvent): string | null;
  tail(): string;
}

/** Output is handed on in chunks of about this many characters: few hand-offs, bounded memory. */
export const CHUNK_CHARS = 64 * 1024;

function isSync(source: EventSource): source is Iterable<ExportEvent> {
  return typeof (source as Iterable<ExportEvent>)[Symbol.iterator] === "function";
}

/** Runs a format over a source; a fresh format (fresh state) comes from `start` on each iteration. */
async function* run(
  source: EventSource,
  start: () => RowFormat,
  summary: ExportSummary,
): AsyncGenerator<string> {
  const format = start();
  let buffer = format.head();
  const take = (event: ExportEvent): void => {
    summary.read++;
    const text = format.row(event);
    if (text === null) summary.skipped++;
    else {
      summary.written++;
      buffer += text;
    }
  };
  if (isSync(source)) {
    for (const event of source) {
      take(event);
      if (buffer.length >= CHUNK_CHARS) {
        const chunk = buffer;
        buffer = "";
        yield chunk;
      }
    }
  } else {
    for await (const event of source) {
      take(event);
      if (buffer.length >= CHUNK_CHARS) {
        const chunk = buffer;
        buffer = "";
        yield chunk;
      }
    }
  }
  buffer += format.tail();
  if (buffer !== "") yield buffer;
}

/** An ExportStream of a format over a source. */
export function exportStream(source: EventSource, start: () => RowFormat): ExportStream {
  const summary: ExportSummary = { read: 0, written: 0, skipped: 0 };
  return { summary, [Symbol.asyncIterator]: () => run(source, start, summary) };
}

/**
 * Drains an export stream into a sink (a file write, `process.stdout.write`, an HTTP response),
 * awaiting the sink when it returns a promise so back-pressure holds. Returns the summary.
 *
 * @example
 * const out = createWriteStream("events.csv");
 * await writeExport(exportEvents("csv", events), (chunk) => void out.write(chunk));
 */
export async function writeExport(
  stream: ExportStream,
  sink: (chunk: string) => void | Promise<void>,
): Promise<ExportSummary> {
  for await (const chunk of stream) await sink(chunk);
  return stream.summary;
}

/** Collects an export into one string: for tests and small exports only. */
export async function exportToString(stream: ExportStream): Promise<string> {
  let out = "";
  for await (const chunk of stream) out += chunk;
  return out;
}
