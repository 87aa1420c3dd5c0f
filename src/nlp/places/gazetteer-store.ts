import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dataPath } from "../../data/index.js";
import {
  decodeGazetteer,
  encodeGazetteer,
  type GazetteerView,
  gazetteerFingerprint,
  sortedIndexOf,
} from "./gazetteer-codec.js";
import { compileGazetteer } from "./gazetteer-compiler.js";
import { readGazetteerSources, sourcesFingerprint } from "./gazetteer-source-reader.js";
import type { PlaceRecord } from "./place-types.js";

/** Where the compiled gazetteer lives (generated; rebuilt when its sources change). */
export const GAZETTEER_FILE = "places/gazetteer.generated.bin";

/** Lookups over the gazetteer, built once per process. */
export class Gazetteer {
  /** Finds the case-sensitive abbreviations ("U.S.", "Calif.") in a text. */
  readonly abbreviationRe: RegExp | null;
  private readonly admin1s = new Map<string, PlaceRecord>();
  private readonly countries = new Map<string, PlaceRecord>();
  private readonly memo = new Map<string, PlaceRecord[]>();
  private readonly prefixMemo = new Map<string, boolean>();
  private readonly commonMemo = new Map<string, boolean>();
  private readonly firstNameMemo = new Map<string, boolean>();
  private readonly demonymMemo = new Map<string, boolean>();

  constructor(readonly view: GazetteerView) {
    for (const i of view.indicesOf("admin1")) {
      const r = view.record(i);
      if (r.admin1Code) this.admin1s.set(r.admin1Code, r);
    }
    for (const i of view.indicesOf("country")) {
      const r = view.record(i);
      if (r.country) this.countries.set(r.country, r);
    }
    const abbrs = [...view.abbreviations.keys()].sort((a, b) => b.length - a.length).map(escapeRe);
    this.abbreviationRe =
      abbrs.length > 0
        ? new RegExp(`(?<![\\p{L}\\p{N}.])(?:${abbrs.join("|")})(?![\\p{L}\\p{N}$])`, "gu")
        : null;
  }

  /** Longest key, in words. */
  get maxKeyWords(): number {
    return this.view.maxKeyWords;
  }

  /** Records named by a normalised key (memoised: news repeats its capitalised words). */
  lookup(key: string): PlaceRecord[] {
    let records = this.memo.get(key);
    if (records) return records;
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
    records = this.view.lookup(key);
    this.memo.set(key, records);
    return records;
  }

  /** True when some key starts with the prefix (memoised like lookup). */
  hasKeyPrefix(prefix: string): boolean {
    const known = this.prefixMemo.get(prefix);
    return known ?? remember(this.prefixMemo, prefix, this.view.hasKeyPrefix(prefix));
  }

  /** Records named by a case-sensitive abbreviation. */
  lookupAbbreviation(surface: string): PlaceRecord[] {
    return (this.view.abbreviations.get(surface) ?? []).map((i) => this.view.record(i));
  }

  admin1(code: string | null): PlaceRecord | undefined {
    return code === null ? undefined : this.admin1s.get(code);
  }

  country(iso3: string | null): PlaceRecord | undefined {
    return iso3 === null ? undefined : this.countries.get(iso3);
  }

  /** True when aliases.json names this record as the usual sense of the key. */
  isCurated(key: string, r: PlaceRecord): boolean {
    return this.view.curated.has(`${key} ${r.index}`);
  }

  /** True when the key is only a division's bare name ("gaza" for Gaza Province). */
  isDerived(key: string, r: PlaceRecord): boolean {
    return this.view.derived.has(`${key} ${r.index}`);
  }

  isCommonWord(lower: string): boolean {
    const known = this.commonMemo.get(lower);
    return known ?? remember(this.commonMemo, lower, sortedIndexOf(this.view.commonWords, lower) >= 0);
  }

  isFirstName(key: string): boolean {
    const known = this.firstNameMemo.get(key);
    return known ?? remember(this.firstNameMemo, key, sortedIndexOf(this.view.firstNames, key) >= 0);
  }

  isDemonym(key: string): boolean {
    const known = this.demonymMemo.get(key);
    return known ?? remember(this.demonymMemo, key, sortedIndexOf(this.view.demonyms, key) >= 0);
  }
}

let gazetteer: Gazetteer | undefined;

const MEMO_LIMIT = 100_000;

/** Keep a yes/no answer about a key (the memo is emptied when full) and return it. */
function remember(memo: Map<string, boolean>, key: string, answer: boolean): boolean {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, answer);
  return answer;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Read the generated file when it matches the sources, else compile and try to cache it. */
function loadBytes(): Buffer {
  const path = dataPath(GAZETTEER_FILE);
  const fingerprint = sourcesFingerprint();
  if (existsSync(path)) {
    const bytes = readFileSync(path);
    if (gazetteerFingerprint(bytes) === fingerprint) return bytes;
  }
  const bytes = encodeGazetteer(compileGazetteer(readGazetteerSources(), fingerprint).data);
  try {
    writeFileSync(path, bytes);
  } catch {
    // A read-only install still works: it compiles in memory on each start.
  }
  return bytes;
}

/**
 * Load the gazetteer now instead of on the first lookup (~0.1 s from the generated file;
 * a few seconds when it must first be compiled from the npm packages, which then caches it).
 * @example loadGazetteer(); findPlaces("Shelling hit Kharkiv.")
 */
export function loadGazetteer(): void {
  gazetteer ??= new Gazetteer(decodeGazetteer(loadBytes()));
}

/** The process-wide gazetteer, loaded lazily. */
export function getGazetteer(): Gazetteer {
  loadGazetteer();
  return gazetteer as Gazetteer;
}
