import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { z } from "zod";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const ACTORS = join(ROOT, "data", "actors");
const PHOENIX_INTL = join(
  ROOT,
  "..",
  "shared",
  "eval",
  "reference",
  "petrarch2-dictionaries",
  "Phoenix.International.actors.txt",
);

function load(file: string): unknown {
  return JSON.parse(readFileSync(join(ACTORS, file), "utf8"));
}

/** The 193 UN member states (ISO 3166 alpha-3). */
const UN_MEMBERS = (
  "AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR " +
  "BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK DJI DMA DOM ECU " +
  "EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND " +
  "IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS " +
  "MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK " +
  "PLW PAN PNG PRY PER PHL POL PRT QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP " +
  "SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE " +
  "GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE"
).split(" ");

/** CAMEO role/type codes and PLOVER sectors used as the second element of a code. */
const ROLES = new Set(
  "GOV MIL LEG JUD SPY MED COP OPP REB SEP BUS CVL EDU HLH LAB REF CRM ELI AGR ENV HRI NGO REL UAF PKO SET PTY DEV RAD IMG INS".split(
    " ",
  ),
);
const RELIGIONS = new Set("MUS MOS CHR JEW HIN BUD CTH PRO MAR DOX SHI SUN".split(" "));
/** CAMEO known-group codes (GDELT CAMEO.knowngroup.txt) plus documented Phoenix/secvar extensions. */
const KNOWN_GROUPS = new Set(
  (
    "AAM ADB AFB ALQ AML AMN ARL ASN BIS CIS COE CWN DFL EBR ECA EEC FAO FTA GCC GOE GOS GSS HCH HCR HEZ HMS " +
    "IAD IAE ICC ICG ICJ IDB ILO IMF IOM IRC ISJ ITP KDP KID LKD MBR MSF NAT NON OAS OIC OPC PFL PLO PLS PRC " +
    "SAA SAD SCE TAL UNO WAS WBK WEF WFP WHO WTO XFM EAC" +
    // Phoenix extensions (AFU = African Union, AIE = IEA, JMA = Jemaah Islamiyah, NAM = Americas in IGONAMDEV)
    // and the secvar extension ISI = Islamic State
    " AFU AIE JMA NAM ISI"
  ).split(" "),
);
const IGO_LIKE = new Set(["IGO", "NGO", "IMG"]);

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function validDate(d: string): boolean {
  if (!DATE.test(d)) return false;
  const [y, m = 1, day = 1] = d.split("-").map(Number) as [number, number?, number?];
  const t = new Date(Date.UTC(y, m - 1, day));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === day;
}

function padFrom(d: string): string {
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}

function padTo(d: string): string {
  return d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d;
}

const nonEmpty = z.string().min(1);
const role = z.object({
  code: z.string().regex(/^([A-Z]{3})+$/),
  title: nonEmpty.optional(),
  from: z.string().nullable(),
  to: z.string().nullable(),
});
type Role = z.infer<typeof role>;

const countrySchema = z.object({
  iso3: z.string().regex(/^[A-Z]{3}$/),
  iso2: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  name: nonEmpty,
  kind: z.enum(["state", "territory", "region", "historical"]),
  cameo: z
    .string()
    .regex(/^([A-Z]{3})+$/)
    .optional(),
  parent: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  aliases: z.array(nonEmpty),
  adjectives: z.array(nonEmpty),
  demonyms: z.array(nonEmpty),
  capital: nonEmpty.optional(),
  metonyms: z.array(nonEmpty).optional(),
  contextual: z
    .array(z.object({ alias: nonEmpty, requires: z.array(z.string().regex(/^[A-Z]{3}$/)) }))
    .optional(),
});
const personSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  name: nonEmpty,
  aliases: z.array(nonEmpty),
  short: z.array(nonEmpty),
  country: z.string().regex(/^[A-Z]{3}$/),
  roles: z.array(role),
});
const agentSchema = z.object({
  role: z.string().regex(/^[A-Z]{3}$/),
  sub: z
    .string()
    .regex(/^([A-Z]{3})+$/)
    .optional(),
  note: nonEmpty.optional(),
  source: z.enum(["secvar", "phoenix"]),
  terms: z.array(nonEmpty).min(1),
});
const orgSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  names: z.array(nonEmpty).min(1),
  code: z.string().regex(/^([A-Z]{3})+$/),
  kind: z.enum([
    "igo",
    "alliance",
    "court",
    "peacekeeping",
    "ministry",
    "executive",
    "agency",
    "legislature",
    "armed-forces",
    "intelligence",
    "police",
    "media",
    "armed-group",
    "party",
    "ngo",
    "company",
  ]),
  country: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .nullable(),
  roles: z.array(role).optional(),
});

const fileHeader = { version: z.literal("2025-12"), attribution: z.string().min(20) };
const countries = z
  .object({ ...fileHeader, countries: z.array(countrySchema) })
  .parse(load("countries.json")).countries;
const people = z.object({ ...fileHeader, people: z.array(personSchema) }).parse(load("people.json")).people;
const agents = z.object({ ...fileHeader, agents: z.array(agentSchema) }).parse(load("agents.json")).agents;
const orgs = z
  .object({ ...fileHeader, organisations: z.array(orgSchema) })
  .parse(load("organisations.json")).organisations;

const byIso3 = new Map(countries.map((c) => [c.iso3, c]));
const cameoCodes = new Set(countries.map((c) => (c.cameo ?? c.iso3).slice(0, 3)));

/** Same normalisation the matcher uses: lower case, straight quotes, single spaces. */
function key(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/\s+/g, " ")
    .replace(/\s*-\s*/g, "-")
    .trim();
}

function codeProblems(code: string): string[] {
  const parts = code.match(/.{3}/g) ?? [];
  const [head, ...rest] = parts;
  const problems: string[] = [];
  if (!head || !(cameoCodes.has(head) || IGO_LIKE.has(head)))
    problems.push(`${code}: unknown first element ${head}`);
  for (const p of rest) {
    if (!(ROLES.has(p) || RELIGIONS.has(p) || KNOWN_GROUPS.has(p) || cameoCodes.has(p))) {
      problems.push(`${code}: unknown element ${p}`);
    }
  }
  return problems;
}

function roleProblems(owner: string, roles: Role[]): string[] {
  const problems: string[] = [];
  for (const r of roles) {
    problems.push(...codeProblems(r.code).map((p) => `${owner}: ${p}`));
    for (const d of [r.from, r.to]) if (d !== null && !validDate(d)) problems.push(`${owner}: bad date ${d}`);
    if (r.from && r.to && padFrom(r.from) > padTo(r.to))
      problems.push(`${owner}: from ${r.from} > to ${r.to}`);
  }
  return problems;
}

/** Role held on a date (YYYY-MM-DD), newest start first; mirrors the resolver's rule. */
function roleOn(roles: Role[], date: string): Role | null {
  const held = roles.filter((r) => (!r.from || padFrom(r.from) <= date) && (!r.to || date < padTo(r.to)));
  held.sort((a, b) => (b.from ?? "").localeCompare(a.from ?? ""));
  return held[0] ?? null;
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}

function person(id: string) {
  const p = people.find((x) => x.id === id);
  if (!p) throw new Error(`missing person ${id}`);
  return p;
}

describe("countries.json", () => {
  it("lists every UN member state plus Taiwan, Kosovo, Palestine and the Vatican", () => {
    expect(UN_MEMBERS).toHaveLength(193);
    expect(new Set(UN_MEMBERS).size).toBe(193);
    const missing = [...UN_MEMBERS, "TWN", "XKX", "PSE", "VAT"].filter(
      (c) => byIso3.get(c)?.kind !== "state",
    );
    expect(missing).toEqual([]);
  });

  it("has unique iso3, iso2 and CAMEO codes", () => {
    expect(duplicates(countries.map((c) => c.iso3))).toEqual([]);
    expect(duplicates(countries.flatMap((c) => (c.iso2 ? [c.iso2] : [])))).toEqual([]);
    expect(duplicates(countries.map((c) => c.cameo ?? c.iso3))).toEqual([]);
  });

  it("uses CAMEO codes where they differ from ISO (Kosovo KSV, Timor-Leste TMP)", () => {
    expect(byIso3.get("XKX")?.cameo).toBe("KSV");
    expect(byIso3.get("TLS")?.cameo).toBe("TMP");
    expect(byIso3.get("USA")?.cameo).toBeUndefined();
  });

  it("gives every state a capital and at least one adjective", () => {
    const states = countries.filter((c) => c.kind === "state");
    expect(states.filter((c) => !c.capital).map((c) => c.iso3)).toEqual([]);
    expect(
      states.filter((c) => c.adjectives.length === 0 && !["COG", "DMA"].includes(c.iso3)).map((c) => c.iso3),
    ).toEqual([]);
  });

  it("never gives one name to two countries", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const c of countries) {
      const names = [c.name, ...c.aliases, ...c.adjectives, ...c.demonyms, ...(c.metonyms ?? [])];
      for (const n of new Set(names.map(key))) {
        const prev = owner.get(n);
        if (prev && prev !== c.iso3) clashes.push(`${n}: ${prev}/${c.iso3}`);
        owner.set(n, c.iso3);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("references existing countries in parent and contextual.requires", () => {
    const bad = countries.flatMap((c) =>
      [...(c.parent ? [c.parent] : []), ...(c.contextual ?? []).flatMap((x) => x.requires)]
        .filter((r) => !byIso3.has(r))
        .map((r) => `${c.iso3}->${r}`),
    );
    expect(bad).toEqual([]);
  });

  it("covers the brief's spelling variants", () => {
    const names = (iso3: string) => {
      const c = byIso3.get(iso3);
      return c ? [c.name, ...c.aliases] : [];
    };
    expect(names("CIV")).toEqual(expect.arrayContaining(["Côte d'Ivoire", "Ivory Coast"]));
    expect(names("MMR")).toEqual(expect.arrayContaining(["Myanmar", "Burma"]));
    expect(names("TUR")).toEqual(expect.arrayContaining(["Turkey", "Türkiye"]));
    expect(names("CZE")).toEqual(expect.arrayContaining(["Czechia", "Czech Republic"]));
    expect(names("USA")).toEqual(
      expect.arrayContaining(["the United States", "the U.S.", "U.S.", "US", "USA", "America"]),
    );
    expect(names("GBR")).toEqual(expect.arrayContaining(["Britain", "the UK", "U.K."]));
    expect(names("KOR")).toContain("Republic of Korea");
    expect(byIso3.get("RUS")?.metonyms).toContain("the Kremlin");
    expect(byIso3.get("PRK")?.contextual).toEqual([{ alias: "the North", requires: ["KOR", "PRK"] }]);
  });
});

describe("people.json", () => {
  it("has unique ids, valid dates and known codes", () => {
    expect(duplicates(people.map((p) => p.id))).toEqual([]);
    const problems = people.flatMap((p) => roleProblems(p.id, p.roles));
    expect(problems).toEqual([]);
  });

  it("uses existing countries for nationality", () => {
    expect(people.filter((p) => !byIso3.has(p.country)).map((p) => p.id)).toEqual([]);
  });

  it("keeps short forms out of aliases and away from country names", () => {
    const countryNames = new Set(
      countries.flatMap((c) =>
        [c.name, ...c.aliases, ...c.adjectives, ...c.demonyms, ...(c.metonyms ?? [])].map(key),
      ),
    );
    const overlap = people.flatMap((p) =>
      p.short.filter((s) => p.aliases.includes(s)).map((s) => `${p.id}:${s}`),
    );
    const clash = people.flatMap((p) =>
      [p.name, ...p.aliases, ...p.short].filter((n) => countryNames.has(key(n))).map((n) => `${p.id}:${n}`),
    );
    expect(overlap).toEqual([]);
    expect(clash).toEqual([]);
  });

  it("never uses very common surnames or bare words as global aliases", () => {
    const common = new Set(
      "kim lee park choi wang li zhang liu chen khan ali ahmed mohamed singh smith johnson brown may hunt martin".split(
        " ",
      ),
    );
    const bad = people.flatMap((p) =>
      p.aliases.filter((a) => common.has(a.toLowerCase())).map((a) => `${p.id}:${a}`),
    );
    expect(bad).toEqual([]);
  });

  it("gives every UN member (and TWN, XKX, PSE, VAT) at least one office holder since 2015", () => {
    const covered = new Set<string>();
    for (const p of people) {
      for (const r of p.roles) {
        if (r.to && padTo(r.to) < "2015-01-01") continue;
        const head = r.code.slice(0, 3);
        const iso = countries.find(
          (c) => c.kind !== "region" && (c.cameo ?? c.iso3).slice(0, 3) === head,
        )?.iso3;
        if (iso) covered.add(iso);
        if (r.code === "VATGOV") covered.add("VAT");
      }
    }
    const missing = [...UN_MEMBERS, "TWN", "XKX", "PSE", "VAT"].filter((c) => !covered.has(c));
    expect(missing).toEqual([]);
  });

  it("models office by date (Trump is plain USA between his terms)", () => {
    const trump = person("trump-donald");
    expect(trump.country).toBe("USA");
    expect(roleOn(trump.roles, "2018-06-01")?.code).toBe("USAGOV");
    expect(roleOn(trump.roles, "2024-10-01")).toBeNull();
    expect(roleOn(trump.roles, "2025-06-01")?.code).toBe("USAGOV");
    expect(roleOn(person("biden-joe").roles, "2024-10-01")?.code).toBe("USAGOV");
    expect(roleOn(person("zelensky-volodymyr").roles, "2025-12-31")?.title).toBe("President");
    expect(roleOn(person("budanov-kyrylo").roles, "2024-01-01")?.code).toBe("UKRSPY");
    expect(roleOn(person("guterres-antonio").roles, "2023-01-01")?.code).toBe("IGOUNO");
    expect(roleOn(person("rutte-mark").roles, "2025-01-01")?.code).toBe("IGOWSTNAT");
    expect(roleOn(person("shoigu-sergei").roles, "2023-01-01")?.title).toBe("Defence Minister");
    expect(roleOn(person("shoigu-sergei").roles, "2025-01-01")?.title).toBe(
      "Secretary of the Security Council",
    );
  });

  it("lists the people the brief names, with the expected forms", () => {
    for (const id of [
      "kim-yo-jong",
      "choe-son-hui",
      "yermak-andriy",
      "syrskyi-oleksandr",
      "gerasimov-valery",
      "belousov-andrei",
      "lavrov-sergei",
      "blinken-antony",
      "rubio-marco",
      "hegseth-pete",
      "austin-lloyd",
      "yoon-suk-yeol",
      "lee-jae-myung",
      "han-duck-soo",
      "ishiba-shigeru",
      "kishida-fumio",
      "takaichi-sanae",
      "xi-jinping",
      "wang-yi",
      "modi-narendra",
      "netanyahu-benjamin",
      "naryshkin-sergei",
      "bortnikov-alexander",
      "barnea-david",
      "prigozhin-yevgeny",
      "nasrallah-hassan",
      "al-houthi-abdul-malik",
      "sinwar-yahya",
    ]) {
      expect(() => person(id), id).not.toThrow();
    }
    expect(person("zelensky-volodymyr").aliases).toEqual(expect.arrayContaining(["Zelenskyy", "Zelenskiy"]));
    expect(person("kim-jong-un").aliases).toContain("Kim Jong-un");
    expect(person("kim-jong-un").short).toContain("Kim");
  });
});

const phoenixPeople = z
  .object({
    ...fileHeader,
    people: z.array(personSchema.extend({ country: personSchema.shape.country.nullable() })),
  })
  .parse(load("people-phoenix.json")).people;

describe("people-phoenix.json", () => {
  it("names its source, licence and conversion", () => {
    const { attribution } = load("people-phoenix.json") as { attribution: string };
    for (const part of [
      "Phoenix.Countries.actors.txt",
      "Open Event Data Alliance",
      "MIT",
      "convert-phoenix-people",
    ])
      expect(attribution).toContain(part);
  });

  it("has unique phx- ids, valid dates, from <= to and known codes", () => {
    const ids = phoenixPeople.map((p) => p.id);
    expect(ids.every((id) => id.startsWith("phx-"))).toBe(true);
    expect(duplicates([...ids, ...people.map((p) => p.id)])).toEqual([]);
    expect(phoenixPeople.flatMap((p) => roleProblems(p.id, p.roles))).toEqual([]);
    expect(phoenixPeople.filter((p) => p.roles.length === 0).map((p) => p.id)).toEqual([]);
    expect([...ids].sort()).toEqual(ids);
  });

  it("gives a nationality only from a state element of the roles", () => {
    const byCameo = new Map(
      countries.filter((c) => (c.cameo ?? c.iso3).length === 3).map((c) => [c.cameo ?? c.iso3, c]),
    );
    const stateOf = (code: string) => {
      const c = byCameo.get(code.slice(0, 3));
      return c && c.kind !== "region" ? c.iso3 : null;
    };
    // A twin of a people.json person (Salva Kiir: SDNGOV before South Sudan) takes the curated nationality.
    const curated = new Map(people.flatMap((p) => [p.name, ...p.aliases].map((n) => [key(n), p.country])));
    const twin = (p: { name: string; aliases: string[] }) =>
      [p.name, ...p.aliases].map((n) => curated.get(key(n))).find(Boolean);
    const bad = phoenixPeople.filter((p) =>
      twin(p)
        ? twin(p) !== p.country
        : p.country === null
          ? p.roles.some((r) => stateOf(r.code))
          : !p.roles.some((r) => stateOf(r.code) === p.country),
    );
    expect(bad.map((p) => p.id)).toEqual([]);
  });

  it("keeps short names distinctive: not aliases, not country names, not shared, not very common", () => {
    const countryNames = new Set(
      countries.flatMap((c) => [c.name, ...c.aliases, ...c.adjectives, ...c.demonyms].map(key)),
    );
    const common = new Set("kim lee park wang li khan ali ahmed singh smith bush may".split(" "));
    const all = [...people, ...phoenixPeople];
    const owners = new Map<string, Set<string>>();
    for (const p of all)
      for (const s of [...p.short, ...p.aliases.filter((a) => !a.includes(" "))]) {
        const set = owners.get(key(s)) ?? new Set<string>();
        set.add(p.name);
        owners.set(key(s), set);
      }
    const problems = phoenixPeople.flatMap((p) =>
      p.short
        .filter(
          (s) =>
            s.length < 4 ||
            p.aliases.includes(s) ||
            countryNames.has(key(s)) ||
            common.has(key(s)) ||
            (owners.get(key(s))?.size ?? 0) > 1,
        )
        .map((s) => `${p.id}:${s}`),
    );
    expect(problems).toEqual([]);
  });

  it("converts two-digit years and keeps the known facts (Annan, Chirac)", () => {
    const find = (id: string) => phoenixPeople.find((p) => p.id === id);
    expect(find("phx-kofi-annan")).toMatchObject({
      name: "Kofi Annan",
      country: null,
      short: ["Annan"],
      roles: [{ code: "IGOUNO", from: "1997-01-01", to: "2006-12-31" }],
    });
    expect(find("phx-kofi-annan")?.aliases).toContain("Kofi Atta Annan");
    const chirac = find("phx-jacques-chirac");
    expect(chirac?.country).toBe("FRA");
    expect(roleOn(chirac?.roles ?? [], "2000-06-01")?.code).toBe("FRAGOV");
    expect(roleOn(chirac?.roles ?? [], "2010-06-01")).toBeNull();
    expect(find("phx-boutros-boutros-ghali")?.aliases).toContain("Boutros Boutros-Ghali");
  });

  it("adds to a people.json person only the offices that ended before the curated ones", () => {
    const byName = new Map(people.map((p) => [key(p.name), p]));
    const problems = phoenixPeople.flatMap((p) => {
      const twin = byName.get(key(p.name));
      if (!twin) return [];
      const first = twin.roles.map((r) => padFrom(r.from ?? "0000")).sort()[0] ?? "";
      return p.roles.filter((r) => !r.to || padTo(r.to) > first).map((r) => `${p.id}:${r.code}:${r.to}`);
    });
    expect(problems).toEqual([]);
  });
});

describe("agents.json", () => {
  it("has lower-case terms, each owned by one entry", () => {
    const terms = agents.flatMap((a) => a.terms);
    expect(terms.filter((t) => t !== t.toLowerCase() || t !== t.trim())).toEqual([]);
    expect(duplicates(terms)).toEqual([]);
  });

  it("uses CAMEO role codes", () => {
    const bad = agents.flatMap((a) => codeProblems(`USA${a.role}${a.sub ?? ""}`));
    expect(bad).toEqual([]);
    const roles = new Set(agents.map((a) => a.role));
    for (const r of "GOV MIL LEG JUD SPY MED COP REB OPP BUS CVL EDU HLH LAB REF CRM ELI AGR ENV HRI NGO REL UAF".split(
      " ",
    )) {
      expect(roles.has(r), r).toBe(true);
    }
  });

  it("codes the key nouns as the brief expects", () => {
    const roleOf = (term: string) => {
      const a = agents.find((x) => x.terms.includes(term));
      return a ? `${a.role}${a.sub ?? ""}` : undefined;
    };
    expect(roleOf("foreign minister")).toBe("GOV");
    expect(roleOf("foreign ministry")).toBe("GOV");
    expect(roleOf("government")).toBe("GOV");
    expect(roleOf("troops")).toBe("MIL");
    expect(roleOf("forces")).toBe("MIL");
    expect(roleOf("defence ministry")).toBe("MIL");
    expect(roleOf("defense ministry")).toBe("MIL");
    expect(roleOf("defence minister")).toBe("GOVMIL");
    expect(roleOf("intelligence")).toBe("SPY");
    expect(roleOf("military intelligence")).toBe("SPYMIL");
    expect(roleOf("spy agency")).toBe("SPY");
    expect(roleOf("lawmakers")).toBe("LEG");
    expect(roleOf("state media")).toBe("MED");
    expect(roleOf("news agency")).toBe("MED");
    expect(roleOf("police")).toBe("COP");
    expect(roleOf("rebels")).toBe("REB");
    expect(roleOf("refugees")).toBe("REF");
  });
});

describe("organisations.json", () => {
  it("has unique ids and unambiguous names", () => {
    expect(duplicates(orgs.map((o) => o.id))).toEqual([]);
    const names = orgs.flatMap((o) => [...new Set(o.names.map(key))]);
    expect(duplicates(names)).toEqual([]);
  });

  it("uses known codes and derives country from the code", () => {
    const problems = orgs.flatMap((o) => [
      ...codeProblems(o.code).map((p) => `${o.id}: ${p}`),
      ...roleProblems(o.id, o.roles ?? []),
    ]);
    expect(problems).toEqual([]);
    const wrongCountry = orgs.filter((o) => {
      const head = o.code.slice(0, 3);
      const expected = countries.find(
        (c) => c.kind !== "region" && (c.cameo ?? c.iso3).slice(0, 3) === head,
      )?.iso3;
      return (o.country ?? undefined) !== expected;
    });
    expect(wrongCountry.map((o) => o.id)).toEqual([]);
  });

  it("has a current code equal to the open-ended dated code", () => {
    const bad = orgs.filter((o) => {
      const open = (o.roles ?? []).filter((r) => r.to === null);
      return open.length > 0 && !open.some((r) => r.code === o.code);
    });
    expect(bad.map((o) => o.id)).toEqual([]);
  });

  it("does not reuse country names or person names", () => {
    const taken = new Set(
      [
        ...countries.flatMap((c) => [
          c.name,
          ...c.aliases,
          ...c.adjectives,
          ...c.demonyms,
          ...(c.metonyms ?? []),
        ]),
        ...people.flatMap((p) => [p.name, ...p.aliases]),
      ].map(key),
    );
    expect(orgs.flatMap((o) => o.names.filter((n) => taken.has(key(n))).map((n) => `${o.id}:${n}`))).toEqual(
      [],
    );
  });

  it("includes the bodies the brief names with their codes", () => {
    const code = (id: string) => orgs.find((o) => o.id === id)?.code;
    expect(code("kcna")).toBe("PRKMED");
    expect(code("state-duma")).toBe("RUSLEG");
    expect(code("hur")).toBe("UKRSPY");
    expect(code("nato")).toBe("IGOWSTNAT");
    expect(code("un")).toBe("IGOUNO");
    expect(code("pentagon")).toBe("USAMIL");
    expect(code("hamas")).toBe("PSEREBHMS");
    expect(code("hezbollah")).toBe("LBNREBHEZ");
    expect(code("houthis")).toBe("YEMREB");
    expect(code("wagner")).toBe("RUSMIL");
    for (const id of [
      "eu",
      "african-union",
      "asean",
      "osce",
      "iaea",
      "who",
      "imf",
      "world-bank",
      "g7",
      "g20",
      "brics",
    ]) {
      expect(code(id), id).toBeDefined();
    }
    for (const id of [
      "sco",
      "csto",
      "arab-league",
      "gcc",
      "opec",
      "icc",
      "icj",
      "tass",
      "ria-novosti",
      "xinhua",
    ]) {
      expect(code(id), id).toBeDefined();
    }
    for (const id of [
      "yonhap",
      "ukrinform",
      "irna",
      "verkhovna-rada",
      "knesset",
      "supreme-peoples-assembly",
      "idf",
    ]) {
      expect(code(id), id).toBeDefined();
    }
    for (const id of [
      "pla",
      "isis-k",
      "taliban",
      "al-shabaab",
      "m23",
      "rsf",
      "cia",
      "svr",
      "fsb",
      "mossad",
      "nis",
    ]) {
      expect(code(id), id).toBeDefined();
    }
  });
});

describe.skipIf(!existsSync(PHOENIX_INTL))("provenance (needs ../shared)", () => {
  it("takes IGO codes of the main IGOs from Phoenix.International.actors.txt", () => {
    const phoenix = readFileSync(PHOENIX_INTL, "utf8");
    for (const id of [
      "un",
      "nato",
      "eu",
      "african-union",
      "asean",
      "arab-league",
      "imf",
      "icc",
      "icj",
      "iaea",
      "who",
    ]) {
      const code = orgs.find((o) => o.id === id)?.code ?? "";
      expect(phoenix.includes(`[${code}`), `${id} ${code}`).toBe(true);
    }
  });
});
