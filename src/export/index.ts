/**
 * export: coded events out, in formats other tools read — JSON Lines, CSV, GDELT 2.0 event
 * rows, STIX 2.1 bundles and GeoJSON. Writers are pure and streaming: events in (array,
 * generator, async cursor), string chunks out, memory bounded whatever the count.
 */

export { type CsvOptions, writeCsv } from "./csv-writer.js";
export {
  CHUNK_CHARS,
  type EventSource,
  type ExportStream,
  type ExportSummary,
  exportStream,
  exportToString,
  type RowFormat,
  writeExport,
} from "./event-stream.js";
export { EXPORT_PROBLEM_CODES, ExportError, type ExportProblemCode } from "./export-error.js";
export { EXPORT_FIELDS, type ExportEvent, TLP_LEVELS, type TlpLevel } from "./export-event.js";
export {
  EXPORT_FORMATS,
  type ExportFormat,
  type ExportOptions,
  exportEvents,
  isExportFormat,
} from "./export-runner.js";
export { type ExportExtras, exportEventsFromExtraction } from "./extraction-events.js";
export { GDELT_COLUMNS } from "./gdelt-columns.js";
export { actorParts, fipsCode, type GdeltOptions, gdeltRow, writeGdelt } from "./gdelt-writer.js";
export { hasCoordinates, writeGeojson } from "./geojson-writer.js";
export { writeJsonl } from "./jsonl-writer.js";
export { numericId, uuidV5 } from "./stable-id.js";
export { SECVAR_STIX_NAMESPACE, type StixObject, stixId } from "./stix-objects.js";
export { type StixOptions, writeStix } from "./stix-writer.js";
export { TLP2_EXTENSION_ID, type TlpVersion, tlpMarking } from "./tlp-markings.js";
