/** GeoJSON (RFC 7946): one Point feature per event that has coordinates. */
import { type EventSource, type ExportStream, exportStream } from "./event-stream.js";
import { EXPORT_FIELDS, type ExportEvent } from "./export-event.js";

/** Whether an event has a usable position: finite, latitude within ±90, longitude within ±180. */
export function hasCoordinates(e: ExportEvent): e is ExportEvent & { placeLat: number; placeLon: number } {
  const { placeLat: lat, placeLon: lon } = e;
  return (
    typeof lat === "number" &&
    typeof lon === "number" &&
    Number.isFinite(lat) &&
    Number.isFinite(lon) &&
    Math.abs(lat) <= 90 &&
    Math.abs(lon) <= 180
  );
}

/** A feature: geometry [longitude, latitude] (GeoJSON order), every event field as a property. */
export function eventFeature(e: ExportEvent & { placeLat: number; placeLon: number }) {
  const properties: Record<string, unknown> = {};
  for (const field of EXPORT_FIELDS) properties[field] = e[field];
  return {
    type: "Feature" as const,
    id: e.eventId,
    geometry: { type: "Point" as const, coordinates: [e.placeLon, e.placeLat] as [number, number] },
    properties,
  };
}

/**
 * A GeoJSON FeatureCollection of Point features, streamed one feature per line. Events
 * without coordinates are skipped and counted in `summary.skipped`.
 *
 * @example
 * const stream = writeGeojson(events);
 * await writeExport(stream, (c) => void out.write(c)); stream.summary.skipped // events without a place
 */
export function writeGeojson(events: EventSource): ExportStream {
  return exportStream(events, () => {
    let first = true;
    return {
      head: () => '{"type":"FeatureCollection","features":[',
      row: (event) => {
        if (!hasCoordinates(event)) return null;
        const separator = first ? "\n" : ",\n";
        first = false;
        return `${separator}${JSON.stringify(eventFeature(event))}`;
      },
      tail: () => "\n]}\n",
    };
  });
}
