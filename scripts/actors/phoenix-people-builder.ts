/**
 * Turns parsed Phoenix `.actors` entries into secvar PersonEntry records (data/actors/people-phoenix.json).
 * Pure: every word list and the curated people are passed in.
 */
import type { PersonEntry, PersonRole } from "../../src/nlp/actors/actor-dictionary.js";
import { type RawActorEntry, tabariRange } from "./phoenix-actor-parser.js";

/** Word lists and existing data the conversion checks names against (all lower case). */
export interface NameContext {
  /** CAMEO country element → ISO3 for states (historical states included); regions are absent. */
  countryIso3: Map<string, string>;
  /** First elements that may open a code (countries, regions, IGO, NGO, IMG). */
  firstElements: Set<string>;
  /** Elements allowed after the first (roles, religions, known groups, countries, regions). */
  laterElements: Set<string>;
  /** Country names, adjectives, demonyms, capitals, metonyms. */
  countryWords: Set<string>;
  /** City names (populated places of some size). */
  places: Set<string>;
  /** Ordinary English words (not proper nouns). */
  commonWords: Set<string>;
  /** English given names. */
  firstNames: Set<string>;
  /** Organisation names and agent terms from the curated dictionaries. */
  otherNames: Set<string>;
  /** The curated people (people.json): they win over Phoenix entries. */
  curated: PersonEntry[];
  /** Open-ended Phoenix roles (`>yymmdd`) end here: the dictionaries' knowledge stops in 2014. */
  openEnd: string;
}

export interface ConversionReport {
  entries: number;
  skipped: Map<string, number>;
  droppedRoles: Map<string, number>;
  merged: number;
  /** Undated roles dropped from people who have dated ones. */
  undatedFallbacks: number;
  /** Roles of people.json people from before their first curated office, kept in a twin entry. */
  olderRoles: number;
  /** People of people.json with such older roles. */
  twins: number;
  duplicatesOfCurated: string[];
}

/** Words that mark an institution, a group or a place rather than a person. */
const ORG_WORDS = new Set(
  (
    "army forces force ministry ministries party council nations national government front movement liberation " +
    "organization organisation brigade brigades battalion group groups committee union bank agency court police " +
    "guard guards people people's republic islamic democratic revolutionary assembly parliament senate office " +
    "department service services commission authority association federation league alliance institute center " +
    "centre fund program programme university company corporation militia militias rebels rebel soldiers troops " +
    "state states province city river island islands region district northern southern eastern western " +
    "the of and for in on at to from with by new community cabinet administration embassy consulate regime " +
    "opposition military navy naval air police intelligence security ministers officials official members " +
    "citizens residents supporters leaders leadership council's unit units division corps mission media radio " +
    "television tv news press agency's foundation trust society club church mosque temple tribe tribes clan " +
    "family dynasty kingdom emirate sultanate caliphate empire junta bureau directorate secretariat delegation " +
    "initiative conference summit treaty accord pact coalition bloc camp faction factions wing cell cells network " +
    "martyrs mujahideen fighters guerrillas insurgents militants jihad jihadist salafist brotherhood sons " +
    "youth students workers farmers women children refugees prisoners forum partnership zone peacekeepers " +
    "ltd inc co corp group's unknown gunmen international fellowship command worldwide solidarity catholic " +
    "ships house board defenders priests line youth's guerilla guerillas math"
  ).split(" "),
);

/** Titles and ranks that open a title+name entry ("FOREIGN_MINISTER_ABDULLAH_"): the matcher composes those. */
const TITLE_WORDS = new Set(
  (
    "president vice prime premier minister foreign defense defence interior finance secretary secretary-general " +
    "general gen gen. lt lt. col col. colonel major maj maj. captain capt capt. admiral marshal field king queen " +
    "prince princess crown emir ambassador senator sen sen. governor mayor chief judge justice deputy acting " +
    "former chairman chairwoman chair spokesman spokeswoman leader commander envoy mr mr. mrs mrs. ms ms. dr dr. " +
    "pope cardinal archbishop bishop rev rev. reverend president-elect un u.n. united presidential chancellor " +
    "speaker lord lady sir rep rep. congressman congresswoman attorney director head officer sergeant sgt " +
    "vice-president vice-premier prime-minister deputy-prime-minister ex-president ex-premier"
  ).split(" "),
);

/** Lower-case particles inside a name ("Osama bin Laden", "Javier Perez de Cuellar"). */
const PARTICLES = new Set(
  "al el bin ibn bint de del della der den di da das dos du la van von ter ten y e zu".split(" "),
);

/** Name suffixes that are not surnames. */
const SUFFIXES = new Set(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]);

/** Family name first (used to pick the surname for `short`). */
const FAMILY_FIRST = new Set(["CHN", "TWN", "KOR", "PRK", "VNM", "KHM", "HKG", "MAC", "MNG"]);

const NAME_TOKEN = /^[A-Z][A-Z'.-]*$/;

/** Tokens of a Phoenix name ("KOFI_ATTA_ANNAN_" → ["KOFI", "ATTA", "ANNAN"]). */
export function nameTokens(raw: string): string[] {
  return raw
    .replace(/_+$/, "")
    .split(/[_\s]+/)
    .filter(Boolean);
}

function capitaliseWord(w: string): string {
  const lower = w.toLowerCase();
  if (/^(mc)[a-z]{2,}/.test(lower)) return `Mc${lower.charAt(2).toUpperCase()}${lower.slice(3)}`;
  if (/^o'[a-z]/.test(lower)) return `O'${lower.charAt(2).toUpperCase()}${lower.slice(3)}`;
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

function formatToken(t: string, k: number, n: number): string {
  const lower = t.toLowerCase();
  const inner = k > 0 && k < n - 1;
  if (inner && PARTICLES.has(lower)) return lower;
  // "AL-ASSAD" → "al-Assad" inside a name; hyphenated names capitalise each part ("Boutros-Ghali").
  return t
    .split("-")
    .map((part, j) => {
      const p = part.toLowerCase();
      if (j === 0 && k > 0 && (p === "al" || p === "el") && t.includes("-")) return p;
      return capitaliseWord(part);
    })
    .join("-");
}

/** "KOFI_ATTA_ANNAN_" → "Kofi Atta Annan"; "OSAMA_BIN_LADEN_" → "Osama bin Laden". */
export function displayName(raw: string): string {
  const tokens = nameTokens(raw);
  return tokens.map((t, k) => formatToken(t, k, tokens.length)).join(" ");
}

/** Why a Phoenix entry name is not a personal name, or null when it looks like one. */
export function nameProblem(raw: string, ctx: NameContext): string | null {
  const tokens = nameTokens(raw);
  if (tokens.length < 2) return "single word (surname or organisation)";
  if (tokens.length > 6) return "more than six words";
  if (!tokens.every((t) => NAME_TOKEN.test(t))) return "characters not found in names";
  const lower = tokens.map((t) => t.toLowerCase());
  if (TITLE_WORDS.has(lower[0] as string)) return "title + name";
  if (lower.some((t) => ORG_WORDS.has(t))) return "organisation, group or place words";
  const joined = displayName(raw).toLowerCase();
  if (ctx.countryWords.has(joined) || ctx.places.has(joined) || ctx.otherNames.has(joined))
    return "country, place, organisation or agent name";
  if (lower.some((t) => ctx.countryWords.has(t) && !ctx.firstNames.has(t))) return "country word in name";
  return null;
}

function validCode(code: string, ctx: NameContext): string | null {
  if (!/^([A-Z]{3})+$/.test(code)) return null;
  const parts = code.match(/.{3}/g) as string[];
  if (!ctx.firstElements.has(parts[0] as string)) return null;
  let keep = 1;
  while (keep < parts.length && ctx.laterElements.has(parts[keep] as string)) keep++;
  return parts.slice(0, keep).join("");
}

function bump(m: Map<string, number>, k: string): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}

/** `[CODE range]` blocks → roles (newest first); unusable blocks are counted in `dropped`. */
export function rolesOf(entry: RawActorEntry, ctx: NameContext, dropped: Map<string, number>): PersonRole[] {
  const roles: PersonRole[] = [];
  const seen = new Set<string>();
  for (const c of entry.codes) {
    const code = validCode(c.code, ctx);
    if (!code) {
      bump(
        dropped,
        c.code === "---" || /^[A-Z]{3}$/.test(c.code) ? `no country element (${c.code})` : "unknown code",
      );
      continue;
    }
    const range = tabariRange(c.range);
    if (!range) {
      bump(dropped, "malformed date");
      continue;
    }
    const from = range.from;
    const to = range.to ?? (range.from && range.from < ctx.openEnd ? ctx.openEnd : null);
    if (from && to && from > to) {
      bump(dropped, "from after to");
      continue;
    }
    const key = `${code}|${from}|${to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    roles.push({ code, from, to });
  }
  return sortRoles(roles);
}

function sortRoles(roles: PersonRole[]): PersonRole[] {
  return roles.sort(
    (a, b) =>
      (b.from ?? "").localeCompare(a.from ?? "") ||
      (b.to ?? "9999").localeCompare(a.to ?? "9999") ||
      a.code.localeCompare(b.code),
  );
}

/** A candidate person before merging: display names and roles from one entry. */
interface Candidate {
  order: number;
  name: string;
  aliases: string[];
  singles: string[];
  roles: PersonRole[];
}

function synonymsOf(entry: RawActorEntry, ctx: NameContext): { aliases: string[]; singles: string[] } {
  const aliases: string[] = [];
  const singles: string[] = [];
  for (const s of entry.synonyms) {
    const tokens = nameTokens(s);
    if (tokens.length === 1 && NAME_TOKEN.test(tokens[0] as string)) singles.push(displayName(s));
    else if (!nameProblem(s, ctx)) aliases.push(displayName(s));
  }
  return { aliases, singles };
}

/** True when the entry is recognisably a person: dated roles, a CountryInfo origin, or an English given name. */
function looksLikePerson(entry: RawActorEntry, roles: PersonRole[], ctx: NameContext): boolean {
  if (roles.some((r) => r.from || r.to)) return true;
  if (entry.comments.some((c) => c.includes("CountryInfo"))) return true;
  // Undated codes only: an organisation unless the name opens with an English given name that is
  // neither an ordinary word ("Care International", "Mercy Ships") nor an article ("Al Haq", "El Rukn").
  const first = (nameTokens(entry.name)[0] ?? "").toLowerCase();
  return ctx.firstNames.has(first) && !ctx.commonWords.has(first) && first !== "al" && first !== "el";
}

function candidateOf(
  entry: RawActorEntry,
  order: number,
  ctx: NameContext,
  report: ConversionReport,
): Candidate | null {
  const problem = nameProblem(entry.name, ctx);
  if (problem) {
    bump(report.skipped, problem);
    return null;
  }
  if (!entry.codes.length) {
    bump(report.skipped, "no code");
    return null;
  }
  if (entry.codes.every((c) => /^[A-Z]{3}$/.test(c.code) && !c.range)) {
    bump(report.skipped, "bare country code (place name)");
    return null;
  }
  const roles = rolesOf(entry, ctx, report.droppedRoles);
  if (!roles.length) {
    bump(report.skipped, "no usable role");
    return null;
  }
  if (!looksLikePerson(entry, roles, ctx)) {
    bump(report.skipped, "undated code and no given name (organisation?)");
    return null;
  }
  return { order, name: displayName(entry.name), ...synonymsOf(entry, ctx), roles };
}

const key = (s: string): string =>
  s
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/\s*-\s*/g, "-")
    .trim();

/** Union entries that share a full name or alias (Phoenix lists "KOFI_ANNAN_" and "KOFI_ATTA_ANNAN_" apart). */
function mergeCandidates(cands: Candidate[]): Candidate[][] {
  const parent = cands.map((_, k) => k);
  const find = (k: number): number => {
    while (parent[k] !== k) {
      parent[k] = parent[parent[k] as number] as number;
      k = parent[k] as number;
    }
    return k;
  };
  const owner = new Map<string, number>();
  cands.forEach((c, k) => {
    for (const n of [c.name, ...c.aliases]) {
      const o = owner.get(key(n));
      if (o === undefined) owner.set(key(n), k);
      else parent[find(k)] = find(o);
    }
  });
  const groups = new Map<number, Candidate[]>();
  cands.forEach((c, k) => {
    const g = groups.get(find(k));
    if (g) g.push(c);
    else groups.set(find(k), [c]);
  });
  return [...groups.values()];
}

/** Nationality: the most frequent state element of the roles (ties → newest role); null for IGO-only people. */
function nationality(roles: PersonRole[], ctx: NameContext): string | null {
  const counts = new Map<string, number>();
  for (const r of roles) {
    const iso3 = ctx.countryIso3.get(r.code.slice(0, 3));
    if (iso3) counts.set(iso3, (counts.get(iso3) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [c, n] of counts) {
    if (n > bestCount) {
      best = c;
      bestCount = n;
    }
  }
  return best;
}

function hasInitials(name: string): boolean {
  return name.split(" ").some((w) => /^[A-Z]\.?$/.test(w));
}

/**
 * Phoenix closes a person's dated offices with an undated `[FRAELI]` ("an elite whenever not in office").
 * secvar holds a code only while it is held (out of office a person is their plain country), so an
 * undated role is kept only when the person has no dated role at all.
 */
function withoutFallbacks(roles: PersonRole[], report: ConversionReport): PersonRole[] {
  if (!roles.some((r) => r.from || r.to)) return roles;
  const dated = roles.filter((r) => r.from || r.to);
  report.undatedFallbacks += roles.length - dated.length;
  return dated;
}

function personOf(group: Candidate[], ctx: NameContext, report: ConversionReport): Omit<PersonEntry, "id"> {
  const sorted = [...group].sort(
    (a, b) => Number(hasInitials(a.name)) - Number(hasInitials(b.name)) || a.order - b.order,
  );
  const name = (sorted[0] as Candidate).name;
  const aliases = new Map<string, string>();
  for (const c of sorted)
    for (const n of [c.name, ...c.aliases]) if (!aliases.has(key(n))) aliases.set(key(n), n);
  aliases.delete(key(name));
  const roles = new Map<string, PersonRole>();
  for (const c of sorted) for (const r of c.roles) roles.set(`${r.code}|${r.from}|${r.to}`, r);
  const roleList = withoutFallbacks(sortRoles([...roles.values()]), report);
  const singles = [...new Set(group.flatMap((c) => c.singles))];
  return {
    name,
    aliases: [...aliases.values()].sort(),
    short: singles,
    country: nationality(roleList, ctx),
    roles: roleList,
  };
}

/**
 * A person of people.json keeps their curated roles; the Phoenix twin contributes only the offices
 * that ended before the first curated one began (Laurent Gbagbo: CIVGOV 2000–2011 before CIVOPP 2021–).
 * The matcher prefers whichever entry holds a role on the publication date.
 */
function rolesBefore(roles: PersonRole[], curated: PersonEntry): PersonRole[] {
  const starts = (curated.roles ?? []).map((r) => r.from);
  if (!starts.length || starts.some((f) => !f)) return [];
  const first = (starts as string[])
    .map((f) => (f.length === 4 ? `${f}-01-01` : f.length === 7 ? `${f}-01` : f))
    .sort()[0] as string;
  return roles.flatMap((r) => {
    if (!r.from || r.from >= first) return [];
    return [{ ...r, to: !r.to || r.to > first ? first : r.to }];
  });
}

/** The surname: the family name first for East Asian names, else the last word (particles and suffixes skipped). */
export function surnameOf(name: string, country: string | null): string {
  const words = name.split(" ").filter((w) => !SUFFIXES.has(w.toLowerCase()));
  const w = (country && FAMILY_FIRST.has(country) ? words[0] : words[words.length - 1]) ?? "";
  return w.replace(/^(al|el)-/, "");
}

function slug(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Every word of every name of a person (lower case), for collision counts. */
function wordsOf(p: { name: string; aliases?: string[]; short?: string[] }): Set<string> {
  const set = new Set<string>();
  for (const n of [p.name, ...(p.aliases ?? []), ...(p.short ?? [])])
    for (const w of n.toLowerCase().split(/[\s]+/)) set.add(w.replace(/^(al|el)-/, ""));
  return set;
}

/** Why a surname may not stand alone, or null when it is distinctive. */
function shortProblem(s: string, wordUse: Map<string, number>, ctx: NameContext): string | null {
  const l = s.toLowerCase();
  if (!/^[a-z][a-z'-]*$/.test(l) || l.replace(/[^a-z]/g, "").length < 4) return "short";
  if (ctx.commonWords.has(l)) return "common word";
  if (ctx.firstNames.has(l)) return "given name";
  if (ctx.countryWords.has(l) || ctx.places.has(l) || ctx.otherNames.has(l)) return "place or organisation";
  if ((wordUse.get(l) ?? 0) > 1) return "shared";
  return null;
}

/** Convert parsed entries into people sorted by id, with the report of what was left out. */
export function buildPhoenixPeople(
  entries: RawActorEntry[],
  ctx: NameContext,
): { people: PersonEntry[]; report: ConversionReport } {
  const report: ConversionReport = {
    entries: entries.length,
    skipped: new Map(),
    droppedRoles: new Map(),
    merged: 0,
    undatedFallbacks: 0,
    olderRoles: 0,
    twins: 0,
    duplicatesOfCurated: [],
  };
  const cands = entries.flatMap((e, k) => candidateOf(e, k, ctx, report) ?? []);
  const groups = mergeCandidates(cands);
  report.merged = cands.length - groups.length;
  const curatedByKey = new Map<string, PersonEntry>();
  for (const p of ctx.curated) for (const n of [p.name, ...(p.aliases ?? [])]) curatedByKey.set(key(n), p);
  const drafts = groups.map((g) => personOf(g, ctx, report));
  const kept = drafts.flatMap((p) => {
    const twin = [p.name, ...(p.aliases ?? [])].map((n) => curatedByKey.get(key(n))).find(Boolean);
    if (!twin) return [p];
    report.duplicatesOfCurated.push(p.name);
    const older = rolesBefore(p.roles ?? [], twin);
    if (!older.length) return [];
    report.olderRoles += older.length;
    report.twins++;
    return [{ ...p, short: [], country: twin.country ?? p.country ?? null, roles: older }];
  });
  const wordUse = new Map<string, number>();
  for (const p of [...ctx.curated, ...kept]) for (const w of wordsOf(p)) bump(wordUse, w);
  const curatedSingles = new Set(
    ctx.curated.flatMap((p) =>
      [...(p.short ?? []), ...(p.aliases ?? [])].filter((a) => !a.includes(" ")).map(key),
    ),
  );
  const people = kept.map((p) => {
    const surname = surnameOf(p.name, p.country ?? null);
    const cands2 = [...new Set([surname, ...(p.short ?? [])])];
    const short = cands2.filter((s) => !curatedSingles.has(key(s)) && !shortProblem(s, wordUse, ctx));
    return { ...p, short: short.sort() };
  });
  return { people: withIds(people), report };
}

function withIds(people: Omit<PersonEntry, "id">[]): PersonEntry[] {
  const used = new Set<string>();
  const out: PersonEntry[] = [];
  const sorted = [...people].sort(
    (a, b) => slug(a.name).localeCompare(slug(b.name)) || (a.country ?? "").localeCompare(b.country ?? ""),
  );
  for (const p of sorted) {
    let id = `phx-${slug(p.name)}`;
    if (used.has(id)) id = `${id}-${(p.country ?? "igo").toLowerCase()}`;
    let n = 2;
    const base = id;
    while (used.has(id)) id = `${base}-${n++}`;
    used.add(id);
    out.push({ id, ...p });
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}
