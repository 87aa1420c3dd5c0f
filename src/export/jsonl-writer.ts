import { type EventSource, type ExportStream, exportStream } from "./event-stream.js";
import { orderedEvent } from "./export-event.js";

/**
 * JSON Lines: one event object per line, keys in `EXPORT_FIELDS` order, nulls kept.
 *
 * @example
 * for await (const chunk of writeJsonl(events)) process.stdout.write(chunk);
 */
export function writeJsonl(events: EventSource): ExportStream {
  return exportStream(events, () => ({
    head: () => "",
    row: (event) => `${JSON.stringify(orderedEvent(event))}\n`,
    tail: () => "",
  }));
}
