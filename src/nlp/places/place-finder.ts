import { type Gazetteer, getGazetteer } from "./gazetteer-store.js";
import { type NameGroup, resolveGroups } from "./place-resolver.js";
import { type Candidate, type MentionFlags, scanCandidates } from "./place-scanner.js";
import type { GeocodedPlace, PlaceContext, PlaceMatch, PlaceRecord } from "./place-types.js";

function mergeFlags(a: MentionFlags, b: MentionFlags): MentionFlags {
  return {
    sentenceStart: a.sentenceStart && b.sentenceStart,
    commonWord: a.commonWord && b.commonWord,
    firstName: a.firstName && b.firstName,
    allCaps: a.allCaps && b.allCaps,
    abbreviation: a.abbreviation || b.abbreviation,
    regionSuffix: a.regionSuffix || b.regionSuffix,
    multiWord: a.multiWord || b.multiWord,
  };
}

function groupCandidates(candidates: readonly Candidate[]): Map<string, NameGroup> {
  const groups = new Map<string, NameGroup>();
  for (const c of candidates) {
    const g = groups.get(c.key);
    if (g) {
      g.mentions.push(c);
      g.flags = mergeFlags(g.flags, c.flags);
    } else {
      groups.set(c.key, {
        key: c.key,
        mentions: [c],
        records: c.records,
        flags: { ...c.flags },
        forced: null,
        neighbours: new Set(),
      });
    }
  }
  return groups;
}

function contains(container: PlaceRecord, r: PlaceRecord): boolean {
  if (container === r) return false;
  if (container.feature === "admin1") return r.admin1Code === container.admin1Code;
  return container.feature === "country" && r.country === container.country;
}

const COMMA_GAP = /^,\s*$/;
const LIST_GAP = /^\s*(?:,|,?\s*(?:and|or)\s)\s*$/;

/** "Utah, Washington, Wyoming", "Washington, Pennsylvania and California": a list, not "town, state". */
function inList(text: string, candidates: readonly Candidate[], i: number): boolean {
  const before = candidates[i - 1];
  const a = candidates[i] as Candidate;
  const b = candidates[i + 1] as Candidate;
  const after = candidates[i + 2];
  return (
    (!!before && LIST_GAP.test(text.slice(before.end, a.start))) ||
    (!!after && LIST_GAP.test(text.slice(b.end, after.start)))
  );
}

/** "Portland, Maine", "Paris, Texas", "Springfield, Ill.": the second name narrows the first. */
function applyCommaPatterns(
  text: string,
  candidates: readonly Candidate[],
  groups: Map<string, NameGroup>,
): void {
  for (let i = 0; i + 1 < candidates.length; i++) {
    const a = candidates[i] as Candidate;
    const b = candidates[i + 1] as Candidate;
    if (!COMMA_GAP.test(text.slice(a.end, b.start)) || inList(text, candidates, i)) continue;
    const containers = b.records.filter((r) => r.feature === "admin1" || r.feature === "country");
    const inside = a.records.filter((r) => containers.some((c) => contains(c, r)));
    if (inside.length === 0) continue;
    const ga = groups.get(a.key);
    const gb = groups.get(b.key);
    if (ga) ga.forced = inside;
    if (gb) gb.forced = containers.filter((c) => inside.some((r) => contains(c, r)));
  }
}

/** Names written in one list ("Arizona, Georgia and Ohio") lend each other their kind. */
function linkLists(text: string, candidates: readonly Candidate[], groups: Map<string, NameGroup>): void {
  for (let i = 0; i + 1 < candidates.length; i++) {
    const a = candidates[i] as Candidate;
    const b = candidates[i + 1] as Candidate;
    if (a.key === b.key || !LIST_GAP.test(text.slice(a.end, b.start))) continue;
    groups.get(a.key)?.neighbours.add(b.key);
    groups.get(b.key)?.neighbours.add(a.key);
  }
}

function keyKindOf(gaz: Gazetteer): (key: string, r: PlaceRecord) => "curated" | "derived" | null {
  return (key, r) => gaz.factsOf(key).kindOf(r);
}

/** The output form of a record. */
export function toGeocoded(r: PlaceRecord, gaz: Gazetteer): GeocodedPlace {
  const admin1 = r.feature === "admin1" ? r.name : (gaz.admin1(r.admin1Code)?.name ?? null);
  return {
    name: r.name,
    lat: r.lat,
    lon: r.lon,
    country: r.country,
    admin1,
    geonameid: r.geonameid,
    feature: r.feature,
    population: r.population,
  };
}

/**
 * Find and geocode place names in a text (offsets are JS string indices into `text`).
 * @example findPlaces("Drones struck the Kursk region overnight.")[0]?.country // "RUS"
 */
export function findPlaces(text: string, context?: PlaceContext): PlaceMatch[] {
  const gaz = getGazetteer();
  const candidates = scanCandidates(text, gaz);
  if (candidates.length === 0) return [];
  const groups = groupCandidates(candidates);
  applyCommaPatterns(text, candidates, groups);
  linkLists(text, candidates, groups);
  const resolved = resolveGroups([...groups.values()], { context, keyKind: keyKindOf(gaz) });
  const out: PlaceMatch[] = [];
  for (const c of candidates) {
    const res = resolved.get(c.key);
    if (!res?.accepted) continue;
    // Written out (same keys, same order as the spread of toGeocoded): one object shape for all.
    const g = toGeocoded(res.record, gaz);
    out.push({
      start: c.start,
      end: c.end,
      name: g.name,
      lat: g.lat,
      lon: g.lon,
      country: g.country,
      admin1: g.admin1,
      geonameid: g.geonameid,
      feature: g.feature,
      population: g.population,
    });
  }
  return out;
}

/**
 * Geocode one name ("Kursk region", "Kyiv", "Georgia", "Portland, Maine") with optional context.
 * The caller asserts the name is a place, so no acceptance threshold applies.
 * @example geocode("Kiev")?.country // "UKR"
 */
export function geocode(name: string, context?: PlaceContext): GeocodedPlace | null {
  const gaz = getGazetteer();
  const text = capitaliseWords(name.trim());
  const candidates = scanCandidates(text, gaz);
  const first = candidates[0];
  if (!first) return null;
  const groups = groupCandidates(candidates);
  applyCommaPatterns(text, candidates, groups);
  const group = groups.get(first.key) as NameGroup;
  group.flags = { ...group.flags, sentenceStart: false, commonWord: false, firstName: false };
  const res = resolveGroups([group], { context, keyKind: keyKindOf(gaz) }).get(first.key);
  return res ? toGeocoded(res.record, gaz) : null;
}

function capitaliseWords(name: string): string {
  return name.replace(/(^|[\s-])(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}
