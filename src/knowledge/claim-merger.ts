/**
 * Claims: one real-world happening asserted (or denied) by events from one or more documents.
 * Pure functions, no I/O: the store feeds them the facts it holds and writes back the result.
 *
 * Two events describe the same happening when
 *  - their CAMEO codes share the root (first two digits: "190" and "193" are both "19");
 *  - source matches source and target matches target, at actor-code level, or at country
 *    level when one side is a bare country code ("PRK" matches "PRKMIL"; "PRKMIL" does not
 *    match "PRKGOV"); a missing actor matches only a missing actor;
 *  - their date windows overlap: a day-precise date ±1 day, a month or a year as a whole, and
 *    an undated event the 3 days up to the date of the statement, publication or ingest;
 *  - their places are compatible: different place countries never match, a missing place
 *    matches any place.
 * Polarity does not take part: a denial of the same happening joins the claim and makes it
 * contested.
 */
import type { Modality, Precision } from "./schema.js";

/** Modalities that assert or deny that something happened; the others never make claims. */
export const CLAIM_MODALITIES: ReadonlySet<Modality> = new Set([
  "asserted",
  "acknowledged",
  "reported",
  "alleged",
  "denied",
]);

/**
 * How an event's date was obtained: its own date's precision, or (undated event) the date of
 * the statement reporting it, the document's publication date or the ingest date.
 */
export type DateBasis = Precision | "statement" | "published" | "ingested";

/** The facts about an event that decide which happening it describes. */
export interface Happening {
  sourceCode: string | null;
  targetCode: string | null;
  /** CAMEO event code, e.g. "190". */
  code: string;
  /** First day of the event's date (YYYY-MM-DD). */
  day: string;
  basis: DateBasis;
  placeName: string | null;
  placeCountry: string | null;
}

/** One event's standing in a claim: its polarity and who stands behind it. */
export interface ClaimLink {
  eventId: number;
  modality: Modality;
  negated: boolean;
  /** First day of the event's date. */
  day: string;
  /** The outlet (source) that published the document. */
  sourceId: number;
  /**
   * Who the information comes from, for independence: the actor it is attributed to, else the
   * outlet; a near-duplicate document carries its original's origin.
   */
  origin: string;
}

/** An event as the merger sees it: the happening it describes and its standing. */
export interface ClaimEvidence extends Happening, ClaimLink {}

/** Root of a CAMEO code: its first two digits. */
export function cameoRoot(code: string): string {
  return code.slice(0, 2);
}

/** The country part of a CAMEO actor code (its first three letters). */
export function actorCountry(code: string | null): string | null {
  return code && code.length >= 3 ? code.slice(0, 3) : null;
}

/** True when a modality says something happened or did not: such events can make claims. */
export function isClaimable(modality: Modality): boolean {
  return CLAIM_MODALITIES.has(modality);
}

/** True when an event says the happening did not occur (a denial or a negated assertion). */
export function isDenial(e: { modality: Modality; negated: boolean }): boolean {
  return e.modality === "denied" || e.negated;
}

/** Actor codes match exactly, or by country when one of them is a bare country code. */
export function actorsMatch(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  if (a === b) return true;
  const bare = a.length === 3 || b.length === 3;
  return bare && actorCountry(a) === actorCountry(b);
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The "YYYY-MM-DD" of a day count since 1970-01-01 (civil_from_days). */
function civilFromDays(z: number): string {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, "0")}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}

/** A "YYYY-MM-DD" day shifted by `days`, in integer arithmetic (no Date, no cache needed). */
export function shiftDay(day: string, days: number): string {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const d = Number(day.slice(8, 10));
  return civilFromDays(daysFromCivil(y, m, d) + days);
}

function lastDayOfMonth(day: string): string {
  const d = new Date(Date.parse(`${day.slice(0, 7)}-01T00:00:00Z`));
  d.setUTCMonth(d.getUTCMonth() + 1, 0);
  return d.toISOString().slice(0, 10);
}

/** The window of days a date may refer to, given how precise it is. */
export function dateWindow(day: string, basis: DateBasis): { lo: string; hi: string } {
  switch (basis) {
    case "day":
      return { lo: shiftDay(day, -1), hi: shiftDay(day, 1) };
    case "month":
      return { lo: `${day.slice(0, 7)}-01`, hi: lastDayOfMonth(day) };
    case "year":
      return { lo: `${day.slice(0, 4)}-01-01`, hi: `${day.slice(0, 4)}-12-31` };
    default:
      return { lo: shiftDay(day, -3), hi: day };
  }
}

/** No date window is longer: a year's runs 365 days from its first day to its last (leap years). */
export const LONGEST_WINDOW_DAYS = 365;

/**
 * The earliest first day of any window that overlaps a window starting on `lo`: a window ending
 * on or after `lo` starts at most LONGEST_WINDOW_DAYS before. A bound for index range scans.
 */
export function earliestOverlappingStart(lo: string): string {
  return shiftDay(lo, -LONGEST_WINDOW_DAYS);
}

/** True when two dated events may refer to the same days. */
export function datesCompatible(a: Happening, b: Happening): boolean {
  const x = dateWindow(a.day, a.basis);
  const y = dateWindow(b.day, b.basis);
  return x.lo <= y.hi && y.lo <= x.hi;
}

/** True unless both events have a place and the places lie in different countries. */
export function placesCompatible(a: Happening, b: Happening): boolean {
  if (!a.placeCountry || !b.placeCountry) return true;
  return a.placeCountry === b.placeCountry;
}

/**
 * True when two events describe the same real-world happening.
 *
 * @example
 * sameHappening(
 *   { sourceCode: "PRK", targetCode: "RUS", code: "074", day: "2024-10-23", basis: "day", placeName: null, placeCountry: null },
 *   { sourceCode: "PRKMIL", targetCode: "RUS", code: "070", day: "2024-10-24", basis: "day", placeName: "Kursk", placeCountry: "RUS" },
 * ) // true
 */
export function sameHappening(a: Happening, b: Happening): boolean {
  return alikeBesidesDates(a, b) && datesCompatible(a, b);
}

/**
 * sameHappening without the date test (same root, matching actors, compatible places), for
 * callers that have compared the two date windows already.
 */
export function alikeBesidesDates(a: Happening, b: Happening): boolean {
  return (
    cameoRoot(a.code) === cameoRoot(b.code) &&
    actorsMatch(a.sourceCode, b.sourceCode) &&
    actorsMatch(a.targetCode, b.targetCode) &&
    placesCompatible(a, b)
  );
}

/**
 * The blocking key under which candidate claims are looked up: CAMEO root and the two actors'
 * countries. Every pair that sameHappening accepts shares this key.
 */
export function claimBlockKey(h: Happening): string {
  return `${cameoRoot(h.code)}|${actorCountry(h.sourceCode) ?? "-"}|${actorCountry(h.targetCode) ?? "-"}`;
}

/** The first candidate anchor describing the same happening, or null. */
export function findClaim<T extends Happening>(event: Happening, anchors: readonly T[]): T | null {
  return anchors.find((a) => sameHappening(event, a)) ?? null;
}

/** What a claim amounts to, computed from all its events. */
export interface ClaimSummary {
  eventIds: number[];
  /** Distinct outlets that published a supporting or denying event. */
  sourceIds: number[];
  firstSeen: string;
  /** Distinct independent origins that affirm the happening. */
  corroboration: number;
  /** Distinct independent origins that deny it. */
  denials: number;
  contested: boolean;
  /** The strongest way any affirming event puts it: "direct" (asserted, acknowledged) first. */
  strongest: "direct" | "reported" | "alleged" | null;
}

function strength(m: Modality): "direct" | "reported" | "alleged" {
  if (m === "asserted" || m === "acknowledged") return "direct";
  return m === "alleged" ? "alleged" : "reported";
}

const STRENGTH_ORDER = ["direct", "reported", "alleged"] as const;

function strongestOf(events: readonly ClaimLink[]): ClaimSummary["strongest"] {
  const present = new Set(events.map((e) => strength(e.modality)));
  return STRENGTH_ORDER.find((s) => present.has(s)) ?? null;
}

/**
 * Summarise one claim from its events: corroboration counts distinct origins, so two outlets
 * relaying the same ministry statement, or a re-published wire story, count once.
 */
export function summariseClaim(events: readonly ClaimLink[]): ClaimSummary {
  const affirming = events.filter((e) => !isDenial(e));
  const denying = events.filter((e) => isDenial(e));
  const corroboration = new Set(affirming.map((e) => e.origin)).size;
  const denials = new Set(denying.map((e) => e.origin)).size;
  return {
    eventIds: events.map((e) => e.eventId),
    sourceIds: [...new Set(events.map((e) => e.sourceId))].sort((a, b) => a - b),
    firstSeen: events.map((e) => e.day).sort()[0] ?? "",
    corroboration,
    denials,
    contested: corroboration > 0 && denials > 0,
    strongest: strongestOf(affirming),
  };
}

/**
 * Group events into claims, in order: each event joins the first earlier group whose first
 * event describes the same happening. Non-claimable modalities are left out.
 */
export function mergeIntoClaims(events: readonly ClaimEvidence[]): ClaimEvidence[][] {
  const groups: ClaimEvidence[][] = [];
  for (const e of events) {
    if (!isClaimable(e.modality)) continue;
    const group = groups.find((g) => sameHappening(e, g[0] as ClaimEvidence));
    if (group) group.push(e);
    else groups.push([e]);
  }
  return groups;
}
