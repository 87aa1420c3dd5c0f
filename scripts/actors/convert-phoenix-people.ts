/**
 * Convert the people of the Phoenix/PETRARCH2 actor dictionaries (Open Event Data Alliance, MIT)
 * into data/actors/people-phoenix.json, in people.json's format. Deterministic: same input, same file.
 *
 * Run after `tsc -p tsconfig.build.json`:
 *   node dist/scripts/actors/convert-phoenix-people.js [dictionary-dir]
 * (default dictionary-dir: ../shared/eval/reference/petrarch2-dictionaries)
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { dataPath } from "../../src/data/index.js";
import type { CountryEntry, PersonEntry } from "../../src/nlp/actors/actor-dictionary.js";
import { readGazetteerSources } from "../../src/nlp/places/gazetteer-source-reader.js";
import { parseActorsFile } from "./phoenix-actor-parser.js";
import { buildPhoenixPeople, type ConversionReport, type NameContext } from "./phoenix-people-builder.js";

const FILES = [
  "Phoenix.Countries.actors.txt",
  "Phoenix.International.actors.txt",
  "Phoenix.MilNonState.actors.txt",
];
const DEFAULT_DIR = "../shared/eval/reference/petrarch2-dictionaries";
const OUT = "actors/people-phoenix.json";

/** CAMEO role/type codes, PLOVER sectors and Phoenix extras (second element of a code). */
const ROLES =
  "GOV MIL LEG JUD SPY MED COP OPP REB SEP BUS CVL EDU HLH LAB REF CRM ELI AGR ENV HRI NGO REL UAF PKO SET PTY DEV RAD IMG INS";
const RELIGIONS = "MUS MOS CHR JEW HIN BUD CTH PRO MAR DOX SHI SUN";
/** CAMEO known groups plus the Phoenix extensions accepted by test/actors-data.test.ts. */
const KNOWN_GROUPS =
  "AAM ADB AFB ALQ AML AMN ARL ASN BIS CIS COE CWN DFL EBR ECA EEC FAO FTA GCC GOE GOS GSS HCH HCR HEZ HMS " +
  "IAD IAE ICC ICG ICJ IDB ILO IMF IOM IRC ISJ ITP KDP KID LKD MBR MSF NAT NON OAS OIC OPC PFL PLO PLS PRC " +
  "SAA SAD SCE TAL UNO WAS WBK WEF WFP WHO WTO XFM EAC AFU AIE JMA NAM";

class ConversionInputError extends Error {}

function readJson<T>(rel: string): T {
  return JSON.parse(readFileSync(dataPath(rel), "utf8")) as T;
}

function lowerSet(values: Iterable<string | undefined>): Set<string> {
  const set = new Set<string>();
  for (const v of values) if (v) set.add(v.toLowerCase());
  return set;
}

function nameContext(curated: PersonEntry[]): NameContext {
  const countries = readJson<{ countries: CountryEntry[] }>("actors/countries.json").countries;
  const orgs = readJson<{ organisations: { names: string[] }[] }>("actors/organisations.json").organisations;
  const agents = readJson<{ agents: { terms: string[] }[] }>("actors/agents.json").agents;
  const sources = readGazetteerSources();
  const cameo = (c: CountryEntry): string => (c.cameo ?? c.iso3).slice(0, 3);
  const elements = countries.map(cameo);
  return {
    // Territories coded under their state ("USAPRI") do not give a nationality.
    countryIso3: new Map(
      countries
        .filter((c) => c.kind !== "region" && (c.cameo ?? c.iso3).length === 3)
        .map((c) => [cameo(c), c.iso3]),
    ),
    firstElements: new Set([...elements, "IGO", "NGO", "IMG"]),
    laterElements: new Set([...elements, ...`${ROLES} ${RELIGIONS} ${KNOWN_GROUPS}`.split(" ")]),
    countryWords: lowerSet(
      countries.flatMap((c) => [
        c.name,
        ...(c.aliases ?? []),
        ...(c.adjectives ?? []),
        ...(c.demonyms ?? []),
        ...(c.metonyms ?? []),
        c.capital,
      ]),
    ),
    places: lowerSet([
      ...sources.cities.filter((c) => c.population >= 20000).map((c) => c.name),
      ...sources.admin1.map((a) => a.name),
    ]),
    commonWords: new Set(sources.commonWords),
    firstNames: lowerSet(sources.firstNames),
    otherNames: lowerSet([...orgs.flatMap((o) => o.names), ...agents.flatMap((a) => a.terms)]),
    curated,
    openEnd: "2015-01-01",
  };
}

function attribution(): string {
  return (
    `People converted from the Phoenix/PETRARCH2 actor dictionaries ${FILES.join(", ")} ` +
    "(Copyright (c) 2014 Open Event Data Alliance, MIT licence, https://github.com/openeventdata/petrarch2) " +
    "by scripts/actors/convert-phoenix-people.ts: names re-capitalised, TABARI date ranges converted " +
    "(two-digit years >= 30 are 19yy; open-ended '>' roles end 2015-01-01, where people.json takes over; " +
    "undated fallback roles of people with dated roles dropped), " +
    "people already in people.json keep only the Phoenix roles that ended before their first curated office. See data/actors/README.md."
  );
}

/** One line per person, like people.json. */
function serialise(people: PersonEntry[]): string {
  const head = JSON.stringify({ version: "2025-12", attribution: attribution() }, null, 2).replace(
    /\n}$/,
    "",
  );
  const rows = people.map((p) => `    ${JSON.stringify(p)}`).join(",\n");
  return `${head},\n  "people": [\n${rows}\n  ]\n}\n`;
}

function summary(people: PersonEntry[], report: ConversionReport): string {
  const roles = people.reduce((n, p) => n + (p.roles?.length ?? 0), 0);
  const aliases = people.reduce((n, p) => n + (p.aliases?.length ?? 0), 0);
  const short = people.reduce((n, p) => n + (p.short?.length ?? 0), 0);
  const lines = [
    `people-phoenix: ${report.entries} entries → ${people.length} people, ${roles} roles, ${aliases} aliases, ${short} short names`,
    `  merged ${report.merged} entries naming the same person; ${report.duplicatesOfCurated.length} people already in people.json: ` +
      `${report.twins} kept only for ${report.olderRoles} roles that ended before their first curated office, the rest left out`,
    `  dropped ${report.undatedFallbacks} undated fallback roles (e.g. [FRAELI]) of people with dated roles`,
    "  skipped entries:",
    ...[...report.skipped].sort((a, b) => b[1] - a[1]).map(([k, v]) => `    ${v}\t${k}`),
    "  dropped code blocks:",
    ...[...report.droppedRoles].sort((a, b) => b[1] - a[1]).map(([k, v]) => `    ${v}\t${k}`),
  ];
  return `${lines.join("\n")}\n`;
}

function main(): void {
  const dir = process.argv[2] ?? DEFAULT_DIR;
  const entries = FILES.flatMap((f) => {
    const path = join(dir, f);
    if (!existsSync(path)) throw new ConversionInputError(`${path}: Phoenix dictionary not found`);
    return parseActorsFile(f, readFileSync(path, "latin1"));
  });
  const curated = readJson<{ people: PersonEntry[] }>("actors/people.json").people;
  const { people, report } = buildPhoenixPeople(entries, nameContext(curated));
  writeFileSync(dataPath(OUT), serialise(people));
  process.stdout.write(summary(people, report));
}

try {
  main();
} catch (e) {
  if (!(e instanceof ConversionInputError)) throw e;
  process.stderr.write(`convert-phoenix-people: ${e.message}\n`);
  process.exitCode = 1;
}
