/**
 * Actor dictionaries (data/actors/*.json) and the name index built from them.
 * Pure: the raw JSON is passed in; loading files happens in src/nlp/resources.ts.
 */

import { foldLetters } from "../letter-fold.js";
import { addDays, formatDay, parseDay } from "../time-calendar.js";

export interface CountryEntry {
  iso3: string;
  iso2?: string;
  name: string;
  cameo?: string;
  aliases?: string[];
  adjectives?: string[];
  demonyms?: string[];
  capital?: string;
  metonyms?: string[];
  contextual?: { alias: string; requires: string[] }[];
  kind?: string;
}

export interface PersonRole {
  code: string;
  title?: string;
  from?: string | null;
  to?: string | null;
}

export interface PersonEntry {
  id: string;
  name: string;
  aliases?: string[];
  short?: string[];
  country?: string | null;
  roles?: PersonRole[];
}

export interface AgentEntry {
  role: string;
  terms: string[];
}

export interface OrganisationEntry {
  id: string;
  names: string[];
  /** The code valid at the end of the dictionary's period. */
  code: string;
  kind?: string;
  country?: string | null;
  /** Dated codes: the Taliban are a rebel group until 2021-08-15 and the government after. */
  roles?: PersonRole[];
}

export interface ActorDictionaries {
  countries: { countries: CountryEntry[] };
  people: { people: PersonEntry[] };
  agents: { agents: AgentEntry[] };
  organisations: { organisations: OrganisationEntry[] };
}

/** What a dictionary name means when found in text. */
export type NameSense =
  | { type: "country"; country: string; entry: string }
  | { type: "adjective"; country: string; entry: string }
  | { type: "demonym"; country: string; entry: string }
  | { type: "metonym"; country: string; entry: string }
  | { type: "contextual"; country: string; requires: string[]; entry: string }
  | {
      type: "person";
      person: PersonEntry;
      short: boolean;
      entry: string;
      /** A surname derived from the full name: it names the person only while in office, unambiguously. */
      dated?: boolean;
    }
  | {
      type: "organisation";
      code: string;
      country: string | null;
      kind: string;
      roles: PersonRole[];
      entry: string;
    }
  | { type: "agent"; role: string; entry: string };

export interface IndexedName {
  /** Exact surface form from the dictionary (for case checks). */
  surface: string;
  sense: NameSense;
  /** Whether the surface form is an acronym: decided by the matcher on first need, null until then. */
  acronym: boolean | null;
  /** Whether the surface has several words and some lower-case letter: decided like `acronym`. */
  mixedWords: boolean | null;
}

export interface ActorIndex {
  /** Normalised lower-case name → senses. */
  names: Map<string, IndexedName[]>;
  /** First words of all names (lower case): a token that starts no name is skipped at once. */
  firstWords: Set<string>;
  /** Every proper prefix of a name key, cut at a word boundary: the matcher stops when none fits. */
  prefixes: Set<string>;
  /**
   * `names` and `prefixes` in one map, so the matcher's step costs one look-up: a name key → its
   * senses, a prefix that names nothing → null, anything else absent.
   */
  steps: Map<string, IndexedName[] | null>;
  /** Longest name length in tokens (approximate: spaces + 1), bounds the matcher's look-ahead. */
  maxWords: number;
  /** ISO3 → CAMEO country code (they differ for a few states, e.g. Kosovo). */
  cameoCountry: Map<string, string>;
  countryNames: Map<string, string>;
  /** Codes of the country list that are regions or blocs ("WST", "EUR"), not states. */
  regions: Set<string>;
}

/** Lower-case, straight quotes, single spaces, no space before "'s" — the key the matcher uses. */
export function nameKey(s: string): string {
  // (Folded as the tokenizer reads the text: "Erdoğan" is looked up as "erdogan".)
  return foldLetters(s)
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/\s+/g, " ")
    .replace(/\s*-\s*/g, "-")
    .replace(/\s+'s\b/g, "'s")
    .trim();
}

function add(index: Map<string, IndexedName[]>, surface: string, sense: NameSense): number {
  const key = nameKey(surface);
  if (!key) return 0;
  const list = index.get(key);
  const item: IndexedName = { surface, sense, acronym: null, mixedWords: null };
  if (list) list.push(item);
  else index.set(key, [item]);
  return key.split(/[\s-]/).length;
}

function addCountry(names: Map<string, IndexedName[]>, c: CountryEntry): number {
  const entry = `country:${c.iso3}`;
  const country = c.iso3;
  let words = 0;
  for (const n of [c.name, ...(c.aliases ?? [])])
    words = Math.max(words, add(names, n, { type: "country", country, entry }));
  for (const n of c.adjectives ?? [])
    words = Math.max(words, add(names, n, { type: "adjective", country, entry }));
  for (const n of c.demonyms ?? [])
    words = Math.max(words, add(names, n, { type: "demonym", country, entry }));
  for (const n of c.metonyms ?? [])
    words = Math.max(words, add(names, n, { type: "metonym", country, entry }));
  for (const { alias, requires } of c.contextual ?? []) {
    words = Math.max(words, add(names, alias, { type: "contextual", country, requires, entry }));
  }
  return words;
}

/** Particles that are part of a surname ("de Gaulle", "al-Assad", "van der Leyen"). */
const SURNAME_PARTICLES = new Set([
  "al",
  "el",
  "de",
  "da",
  "van",
  "von",
  "der",
  "bin",
  "ben",
  "abu",
  "del",
  "la",
  "le",
]);
/** Words that are never taken as a bare surname (months, days, common words that are also names). */
const NOT_SURNAMES = new Set(
  "may june april august march january monday tuesday wednesday thursday friday saturday sunday king prince rice brown white black green young little long rose hope said will guy miller baker hill ward hunt".split(
    " ",
  ),
);

/**
 * The surname of a person with a dated role ("George W. Bush" → "Bush"), for "President Bush"
 * and "Bush said": used only while the person holds a role and no one else in office shares it.
 */
function surnameOf(p: PersonEntry): string | null {
  if (!p.roles?.length) return null;
  const words = p.name.replace(/,.*$/, "").split(/\s+/);
  if (words.length < 2) return null;
  let k = words.length - 1;
  while (k > 1 && SURNAME_PARTICLES.has((words[k - 1] as string).toLowerCase())) k--;
  const surname = words.slice(k).join(" ");
  if (surname.length < 3 || /\.$|^(jr|sr|ii|iii)$/i.test(surname) || NOT_SURNAMES.has(surname.toLowerCase()))
    return null;
  return surname;
}

/** Build the name index once per process; matching is then a handful of map look-ups per token. */
export function buildActorIndex(dicts: ActorDictionaries): ActorIndex {
  const names = new Map<string, IndexedName[]>();
  const cameoCountry = new Map<string, string>();
  const countryNames = new Map<string, string>();
  const regions = new Set<string>();
  let maxWords = 1;
  for (const c of dicts.countries.countries) {
    cameoCountry.set(c.iso3, c.cameo ?? c.iso3);
    if (c.kind === "region") regions.add(c.iso3);
    countryNames.set(c.iso3, c.name);
    maxWords = Math.max(maxWords, addCountry(names, c));
  }
  for (const p of dicts.people.people) {
    const entry = `person:${p.id}`;
    for (const n of [p.name, ...(p.aliases ?? [])]) {
      maxWords = Math.max(maxWords, add(names, n, { type: "person", person: p, short: false, entry }));
    }
    for (const n of p.short ?? []) add(names, n, { type: "person", person: p, short: true, entry });
    const surname = surnameOf(p);
    if (surname) add(names, surname, { type: "person", person: p, short: true, entry, dated: true });
  }
  for (const o of dicts.organisations.organisations) {
    const entry = `org:${o.id}`;
    const sense: NameSense = {
      type: "organisation",
      code: o.code,
      country: o.country ?? null,
      kind: o.kind ?? "organisation",
      roles: o.roles ?? [],
      entry,
    };
    for (const n of o.names) maxWords = Math.max(maxWords, add(names, n, sense));
  }
  for (const a of dicts.agents.agents) {
    for (const t of a.terms) {
      maxWords = Math.max(
        maxWords,
        add(names, t, { type: "agent", role: a.role, entry: `agent:${a.role}:${t}` }),
      );
    }
  }
  const firstWords = new Set<string>();
  for (const key of names.keys()) {
    firstWords.add(key.split(/[\s-]/)[0] as string);
    firstWords.add(key.split(/[\s'-]/)[0] as string);
  }
  const prefixes = new Set<string>();
  for (const key of names.keys()) {
    for (let k = 1; k < key.length; k++) {
      const c = key[k];
      if (c === " " || c === "-" || c === "'") prefixes.add(key.slice(0, k));
      if (c === "-") prefixes.add(key.slice(0, k + 1));
    }
  }
  const steps = new Map<string, IndexedName[] | null>(names);
  for (const p of prefixes) if (!steps.has(p)) steps.set(p, null);
  return {
    names,
    firstWords,
    prefixes,
    steps,
    maxWords: Math.min(maxWords + 2, 12),
    cameoCountry,
    countryNames,
    regions,
  };
}

function padFrom(d: string): string {
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}

function padTo(d: string): string {
  return d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d;
}

/** roleOn's answers per dictionary entry and date: a story asks about the same people again and again. */
const rolesOn = new WeakMap<{ roles?: PersonRole[] }, Map<string | null, PersonRole | null>>();

/** The role a person (or organisation) held on a date (YYYY-MM-DD), or null when none was held. */
export function roleOn(person: { roles?: PersonRole[] }, date: string | null): PersonRole | null {
  let known = rolesOn.get(person);
  if (!known) {
    known = new Map();
    rolesOn.set(person, known);
  }
  const hit = known.get(date);
  if (hit !== undefined) return hit;
  const role = computeRoleOn(person, date);
  // A long batch brings many publication dates: keep the memo small.
  if (known.size >= 64) known.clear();
  known.set(date, role);
  return role;
}

function computeRoleOn(person: { roles?: PersonRole[] }, date: string | null): PersonRole | null {
  const roles = person.roles ?? [];
  if (!date) return roles.find((r) => !r.to) ?? null;
  const held = roles.filter((r) => (!r.from || padFrom(r.from) <= date) && (!r.to || date < padTo(r.to)));
  // Prefer the role that started most recently (a new office supersedes an old one).
  held.sort((a, b) => (b.from ?? "").localeCompare(a.from ?? ""));
  if (held[0]) return held[0];
  // A story written days after someone left an office (killed, resigned, ousted) still names them
  // by it: "Hamas's political leader Ismail Haniyeh was killed" the day after.
  const day = parseDay(date);
  const after = day ? formatDay(addDays(day, -LEFT_OFFICE_GRACE_DAYS)) : date;
  const left = roles.filter((r) => !!r.to && padTo(r.to) >= after && padTo(r.to) <= date);
  left.sort((a, b) => padTo(b.to as string).localeCompare(padTo(a.to as string)));
  return left[0] ?? null;
}

/** How long after leaving an office a person is still named by it. */
const LEFT_OFFICE_GRACE_DAYS = 14;
