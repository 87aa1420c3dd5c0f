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

/**
 * What the scanner asks about one normalised key, each answer computed on first need and kept:
 * a word of a story is asked about again and again (a name's records, whether a longer name may
 * follow, whether it is a first name…), and one memo entry per key costs one look-up for all.
 */
export class KeyFacts {
  private recordsMemo: PlaceRecord[] | undefined = undefined;
  private continuesMemo: boolean | undefined = undefined;
  private firstNameMemo: boolean | undefined = undefined;
  private commonWordMemo: boolean | undefined = undefined;
  private demonymMemo: boolean | undefined = undefined;
  /** Positions of the records the key names as a curated alias, or as a division's bare name. */
  private kindsMemo: { curated: ReadonlySet<number> | null; derived: ReadonlySet<number> | null } | null =
    null;

  constructor(
    private readonly gaz: Gazetteer,
    readonly key: string,
  ) {}

  /** Records named by the key. */
  get records(): PlaceRecord[] {
    this.recordsMemo ??= this.gaz.view.lookup(this.key);
    return this.recordsMemo;
  }

  /** True when some key starts with this key and a space (a longer name may follow). */
  get continues(): boolean {
    this.continuesMemo ??= this.gaz.view.hasKeyPrefix(`${this.key} `);
    return this.continuesMemo;
  }

  get firstName(): boolean {
    this.firstNameMemo ??= sortedIndexOf(this.gaz.view.firstNames, this.key) >= 0;
    return this.firstNameMemo;
  }

  get commonWord(): boolean {
    this.commonWordMemo ??= sortedIndexOf(this.gaz.view.commonWords, this.key) >= 0;
    return this.commonWordMemo;
  }

  get demonym(): boolean {
    this.demonymMemo ??= sortedIndexOf(this.gaz.view.demonyms, this.key) >= 0;
    return this.demonymMemo;
  }

  /** How the gazetteer knows the key for a record: curated alias, a division's bare name, or plainly. */
  kindOf(r: PlaceRecord): "curated" | "derived" | null {
    this.kindsMemo ??= this.gaz.kindsOf(this.key);
    if (this.kindsMemo.curated?.has(r.index)) return "curated";
    return this.kindsMemo.derived?.has(r.index) ? "derived" : null;
  }
}

/** An abbreviation spelt like a capitalised word and a period ("Mass.", "Ind."). */
const WORDLIKE = /^[A-Z][a-z]+\.$/;
/** What follows a period that ends a sentence: the end of the text, or a space and a capital or quote. */
const SENTENCE_NEXT = /^(?:$|\s+["“‘'(]?[A-Z])/;

/** Lookups over the gazetteer, built once per process. */
export class Gazetteer {
  /** Finds the case-sensitive abbreviations ("U.S.", "Calif.") in a text. */
  readonly abbreviationRe: RegExp | null;
  /** abbreviationRe without its look-behind, which findAbbreviations checks by hand. */
  private readonly abbreviationBodyRe: RegExp | null;
  private readonly admin1s = new Map<string, PlaceRecord>();
  private readonly countries = new Map<string, PlaceRecord>();
  private readonly facts = new Map<string, KeyFacts>();
  private readonly prefixMemo = new Map<string, boolean>();
  /** The "key index" entries of view.curated and view.derived, by key. */
  private curatedByKey: Map<string, Set<number>> | null = null;
  private derivedByKey: Map<string, Set<number>> | null = null;

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
    const body = `(?:${abbrs.join("|")})(?![\\p{L}\\p{N}$])`;
    this.abbreviationRe = abbrs.length > 0 ? new RegExp(`${LOOK_BEHIND}${body}`, "gu") : null;
    this.abbreviationBodyRe = abbrs.length > 0 ? new RegExp(body, "gu") : null;
  }

  /** Longest key, in words. */
  get maxKeyWords(): number {
    return this.view.maxKeyWords;
  }

  /** What is known of a normalised key (memoised: news repeats its capitalised words). */
  factsOf(key: string): KeyFacts {
    let f = this.facts.get(key);
    if (f) return f;
    if (this.facts.size >= MEMO_LIMIT) this.facts.clear();
    f = new KeyFacts(this, key);
    this.facts.set(key, f);
    return f;
  }

  /** Records named by a normalised key. */
  lookup(key: string): PlaceRecord[] {
    return this.factsOf(key).records;
  }

  /** True when some key starts with the prefix (memoised like lookup). */
  hasKeyPrefix(prefix: string): boolean {
    const known = this.prefixMemo.get(prefix);
    return known ?? remember(this.prefixMemo, prefix, this.view.hasKeyPrefix(prefix));
  }

  /**
   * The matches of abbreviationRe in a text, found with its body alone and the look-behind (no
   * letter, digit or period right before) checked on each: the same matches, as a match whose
   * look-behind fails lets the search go on from the next character, as the expression would.
   */
  findAbbreviations(text: string): { index: number; text: string }[] {
    const re = this.abbreviationBodyRe;
    const out: { index: number; text: string }[] = [];
    if (!re) return out;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (afterWordOrPeriod(text, m.index)) {
        re.lastIndex = m.index + codePointLength(text, m.index);
        continue;
      }
      // "during Sunday Mass." ending a sentence: an abbreviation that is also a word ("Mass.", "Miss.",
      // "Wash.") and closes a sentence names a state only after its town and a comma ("Boston, Mass.").
      if (
        WORDLIKE.test(m[0]) &&
        SENTENCE_NEXT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)) &&
        !/,\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index))
      )
        continue;
      out.push({ index: m.index, text: m[0] });
    }
    return out;
  }

  /** Records named by a case-sensitive abbreviation. */
  lookupAbbreviation(surface: string): PlaceRecord[] {
    // A loop, not `map`: V8's optimised `map` returns a holey array, a second kind for the resolver.
    const out: PlaceRecord[] = [];
    for (const i of this.view.abbreviations.get(surface) ?? []) out.push(this.view.record(i));
    return out;
  }

  admin1(code: string | null): PlaceRecord | undefined {
    return code === null ? undefined : this.admin1s.get(code);
  }

  country(iso3: string | null): PlaceRecord | undefined {
    return iso3 === null ? undefined : this.countries.get(iso3);
  }

  /** True when aliases.json names this record as the usual sense of the key. */
  isCurated(key: string, r: PlaceRecord): boolean {
    return this.factsOf(key).kindOf(r) === "curated";
  }

  /** True when the key is only a division's bare name ("gaza" for Gaza Province). */
  isDerived(key: string, r: PlaceRecord): boolean {
    return this.factsOf(key).kindOf(r) === "derived";
  }

  /** The record positions a key names as a curated alias and as a division's bare name. */
  kindsOf(key: string): { curated: ReadonlySet<number> | null; derived: ReadonlySet<number> | null } {
    this.curatedByKey ??= byKey(this.view.curated);
    this.derivedByKey ??= byKey(this.view.derived);
    return { curated: this.curatedByKey.get(key) ?? null, derived: this.derivedByKey.get(key) ?? null };
  }

  isCommonWord(lower: string): boolean {
    return this.factsOf(lower).commonWord;
  }

  isFirstName(key: string): boolean {
    return this.factsOf(key).firstName;
  }

  isDemonym(key: string): boolean {
    return this.factsOf(key).demonym;
  }
}

/** "key index" entries (the key may hold spaces, the index never) grouped by key. */
function byKey(entries: ReadonlySet<string>): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const e of entries) {
    const cut = e.lastIndexOf(" ");
    const key = e.slice(0, cut);
    const index = Number(e.slice(cut + 1));
    // An entry whose tail is no index names no record.
    if (cut < 0 || String(index) !== e.slice(cut + 1)) continue;
    let set = out.get(key);
    if (!set) {
      set = new Set();
      out.set(key, set);
    }
    set.add(index);
  }
  return out;
}

/** No letter, digit or period may come right before an abbreviation (the code point before, as in /u). */
const LOOK_BEHIND = "(?<![\\p{L}\\p{N}.])";
const WORD_OR_PERIOD = /^[\p{L}\p{N}.]$/u;

function afterWordOrPeriod(text: string, at: number): boolean {
  if (at === 0) return false;
  const c = text.charCodeAt(at - 1);
  if (c < 0x80) return c === 0x2e || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // A low surrogate after a high one closes a pair: the code point is the pair's.
  const pair = c >= 0xdc00 && c <= 0xdfff && at >= 2 && isHighSurrogate(text.charCodeAt(at - 2));
  const cp = pair ? (text.codePointAt(at - 2) as number) : c;
  return WORD_OR_PERIOD.test(String.fromCodePoint(cp));
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** Code units of the code point at `at` (a /u expression moves on by code points). */
function codePointLength(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (!isHighSurrogate(c) || at + 1 >= text.length) return 1;
  const d = text.charCodeAt(at + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
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
