/** The dictionaries the synthetic corpus draws from, reduced from data/actors (pure). */
import type { SceneCountry } from "./corpus-templates.js";

/** Someone in office: the country, the title and the dates it was held. */
export interface Officeholder {
  name: string;
  country: string;
  title: string;
  from: string | null;
  to: string | null;
}

/** What the generator needs. */
export interface CorpusData {
  countries: SceneCountry[];
  officeholders: Officeholder[];
  organisations: string[];
}

interface RawCountry {
  iso3: string;
  name: string;
  kind: string;
  adjectives?: string[];
  capital?: string | null;
}

interface RawPerson {
  name: string;
  country: string | null;
  roles: Array<{ title?: string | null; from?: string | null; to?: string | null }>;
}

interface RawOrganisation {
  names: string[];
  kind: string;
}

/** Titles the templates know how to write ("President X", "X's foreign minister, Y,"). */
export const LEADER_TITLES: ReadonlySet<string> = new Set([
  "President",
  "Prime Minister",
  "King",
  "Chancellor",
]);
export const MINISTER_TITLES: ReadonlySet<string> = new Set([
  "Foreign Minister",
  "Defence Minister",
  "Foreign Secretary",
  "Defence Secretary",
]);

// Country names that take "the" in running text.
const WITH_ARTICLE =
  /^(?:United |Central African|Dominican|Czech|Democratic|Republic)|(?:Islands|Republic|Emirates|Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|Seychelles)$/;

/** "Chile" → Chile's; "the United States" → the United States'. */
export function possessiveOf(name: string): string {
  return name.endsWith("s") ? `${name}'` : `${name}'s`;
}

function countriesOf(raw: readonly RawCountry[]): SceneCountry[] {
  return raw.flatMap((c) => {
    const adjective = c.adjectives?.[0];
    if (c.kind !== "state" || !c.capital || !adjective) return [];
    const name = WITH_ARTICLE.test(c.name) ? `the ${c.name}` : c.name;
    return [{ iso3: c.iso3, name, possessive: possessiveOf(name), adjective, capital: c.capital }];
  });
}

function officeholdersOf(raw: readonly RawPerson[]): Officeholder[] {
  return raw.flatMap((p) =>
    p.roles.flatMap((r) => {
      const title = r.title ?? "";
      if (!p.country || !(LEADER_TITLES.has(title) || MINISTER_TITLES.has(title))) return [];
      return [{ name: p.name, country: p.country, title, from: r.from ?? null, to: r.to ?? null }];
    }),
  );
}

/** Organisations whose first name reads well after "the": UN bodies, alliances, NGOs. */
function organisationsOf(raw: readonly RawOrganisation[]): string[] {
  const kinds = new Set(["igo", "alliance", "ngo"]);
  return raw
    .filter((o) => kinds.has(o.kind))
    .map((o) => o.names.find((n) => n.includes(" ") && !n.startsWith("the ")) ?? "")
    .filter((n) => n !== "");
}

/**
 * The corpus dictionaries from the JSON of data/actors/{countries,people,organisations}.json:
 * states with a capital and an adjective, people holding a leader or minister title, and
 * international organisations.
 */
export function corpusDataFrom(raw: {
  countries: { countries: RawCountry[] };
  people: { people: RawPerson[] };
  organisations: { organisations: RawOrganisation[] };
}): CorpusData {
  return {
    countries: countriesOf(raw.countries.countries),
    officeholders: officeholdersOf(raw.people.people),
    organisations: organisationsOf(raw.organisations.organisations),
  };
}
