/** GDELT 2.0 event table rows (tab-separated, 61 columns) from secvar events. */
import lookup from "country-code-lookup";
import { type EventSource, type ExportStream, exportStream } from "./event-stream.js";
import type { ExportEvent } from "./export-event.js";
import { CAMEO_TYPE_CODES, GDELT_COLUMNS } from "./gdelt-columns.js";
import { numericId } from "./stable-id.js";

/** Options of `writeGdelt`. */
export interface GdeltOptions {
  /** Write a first line with the column names (default false, as GDELT's own files). */
  header?: boolean;
  /** The clock for DATEADDED (default: now). */
  now?: () => Date;
  /**
   * The geographic country code for an ISO 3166 alpha-3 code. GDELT writes FIPS 10-4 codes there;
   * by default the table of the country-code-lookup package (MIT) gives them ("KOR" → "KS"), and a
   * country it does not know keeps its ISO code.
   */
  geoCountryCode?: (iso3: string) => string | null;
}

let fipsTable: Map<string, string> | null = null;

/** FIPS 10-4 country code for an ISO alpha-3 code (GDELT's geographic columns), or the ISO code when unknown. */
export function fipsCode(iso3: string): string {
  fipsTable ??= new Map(lookup.countries.filter((c) => c.fips).map((c) => [c.iso3, c.fips]));
  return fipsTable.get(iso3) ?? iso3;
}

/** The parts of a CAMEO actor code in GDELT's actor columns. */
interface ActorParts {
  country: string;
  knownGroup: string;
  types: [string, string, string];
}

function chunks(code: string): string[] {
  return code.match(/.{1,3}/g) ?? [];
}

/**
 * Splits "PRKMIL" into country PRK and type MIL, "IGOUNO" into type IGO and known group UNO.
 * The first part is the country when it is the actor's country or any 3-letter code that is
 * not a type code; "---" (unknown country) is dropped.
 */
export function actorParts(code: string | null, country: string | null): ActorParts {
  const parts = chunks(code ?? "");
  const first = parts[0] ?? "";
  const hasCountry = first === country || (/^[A-Z]{3}$/.test(first) && !CAMEO_TYPE_CODES.has(first));
  const rest = hasCountry || first === "---" ? parts.slice(1) : parts;
  const types = rest.filter((p) => CAMEO_TYPE_CODES.has(p));
  const others = rest.filter((p) => !CAMEO_TYPE_CODES.has(p));
  return {
    country: hasCountry ? first : "",
    knownGroup: others[0] ?? "",
    types: [types[0] ?? "", types[1] ?? "", types[2] ?? ""],
  };
}

function actorColumns(code: string | null, name: string | null, country: string | null): string[] {
  const parts = actorParts(code, country);
  return [code ?? "", name ?? "", parts.country, parts.knownGroup, "", "", "", ...parts.types];
}

function daysInYear(year: number): number {
  return new Date(Date.UTC(year, 1, 29)).getUTCMonth() === 1 ? 366 : 365;
}

/** YYYY.FFFF: the year plus the share of it completed by that day. */
function fractionDate(year: number, month: number, day: number): string {
  const dayOfYear = (Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86_400_000 + 1;
  return (year + dayOfYear / daysInYear(year)).toFixed(4);
}

/** SQLDATE, MonthYear, Year, FractionDate; a month or year is placed on its first day. */
export function dateColumns(date: string | null): string[] {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date ?? "");
  if (!m) return ["", "", "", ""];
  const [year, month, day] = [m[1] ?? "", m[2] ?? "01", m[3] ?? "01"];
  const fraction = fractionDate(Number(year), Number(month), Number(day));
  return [`${year}${month}${day}`, `${year}${month}`, year, fraction];
}

/** GDELT's quad classes group the roots: 1 = 01–05, 2 = 06–09, 3 = 10–14, 4 = 15–20. */
export function gdeltQuadClass(rootCode: string): string {
  const root = Number.parseInt(rootCode, 10);
  if (!Number.isFinite(root) || root < 1 || root > 20) return "";
  return String(root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4);
}

function eventColumns(e: ExportEvent): string[] {
  const base = e.cameoCode.length === 4 ? e.cameoCode.slice(0, 3) : e.cameoCode;
  const goldstein = e.goldstein === null ? "" : String(e.goldstein);
  const isRoot = e.sentenceIndex === null ? "" : e.sentenceIndex === 0 ? "1" : "0";
  return [isRoot, e.cameoCode, base, e.rootCode, gdeltQuadClass(e.rootCode), goldstein, "1", "1", "1", ""];
}

/** GDELT geographic resolution: 1 country, 2 US state, 3 US city, 4 world city, 5 world state. */
function geoType(feature: string | null, country: string | null): string {
  const us = country === "USA";
  if (feature === "country") return "1";
  if (feature === "admin1") return us ? "2" : "5";
  if (feature === "city") return us ? "3" : "4";
  return "";
}

function actionGeoColumns(e: ExportEvent, countryCode: (iso3: string) => string | null): string[] {
  if (e.placeName === null && e.placeLat === null) return ["", "", "", "", "", "", "", ""];
  const country = e.placeCountry === null ? "" : (countryCode(e.placeCountry) ?? "");
  return [
    geoType(e.placeFeature, e.placeCountry),
    e.placeName ?? "",
    country,
    "",
    "",
    e.placeLat === null ? "" : String(e.placeLat),
    e.placeLon === null ? "" : String(e.placeLon),
    e.placeGeonameId === null ? "" : String(e.placeGeonameId),
  ];
}

/** YYYYMMDDHHMMSS in UTC. */
function dateAdded(now: Date): string {
  return now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

/** Tabs and line breaks would break the row: they become spaces. */
function cell(value: string): string {
  return value.replace(/[\t\r\n]+/g, " ");
}

/**
 * The 61 GDELT 2.0 columns of one event. The event date falls back to the document's
 * publication date, as GDELT dates an event by its article when the text gives no date.
 */
export function gdeltRow(
  e: ExportEvent,
  added: Date,
  countryCode: (iso3: string) => string | null = fipsCode,
) {
  const empty8 = ["", "", "", "", "", "", "", ""];
  const row = [
    String(numericId(e.eventId)),
    ...dateColumns(e.date ?? e.documentPublished),
    ...actorColumns(e.sourceCode, e.sourceName, e.sourceCountry),
    ...actorColumns(e.targetCode, e.targetName, e.targetCountry),
    ...eventColumns(e),
    ...empty8,
    ...empty8,
    ...actionGeoColumns(e, countryCode),
    dateAdded(added),
    e.documentUrl ?? "",
  ];
  return row.map(cell);
}

/**
 * GDELT 2.0 event records: tab-separated, 61 columns (`GDELT_COLUMNS`), no header unless
 * asked, CAMEO codes as strings with their leading zeros, empty cells for unknowns. See
 * docs/export.md for every mapping decision.
 *
 * @example
 * await exportToString(writeGdelt([event], { now: () => new Date("2025-01-01T00:00:00Z") }))
 */
export function writeGdelt(events: EventSource, opts: GdeltOptions = {}): ExportStream {
  const now = opts.now ?? (() => new Date());
  const countryCode = opts.geoCountryCode ?? fipsCode;
  return exportStream(events, () => {
    const added = now();
    return {
      head: () => (opts.header ? `${GDELT_COLUMNS.join("\t")}\n` : ""),
      row: (event) => `${gdeltRow(event, added, countryCode).join("\t")}\n`,
      tail: () => "",
    };
  });
}
