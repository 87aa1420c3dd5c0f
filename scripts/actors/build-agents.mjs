#!/usr/bin/env node
/**
 * One-off builder for data/actors/agents.json.
 *
 * Merges a curated list of role nouns (below) with the PETRARCH2 / Phoenix agents dictionary
 * (Phoenix.agents.txt, (c) 2014 Open Event Data Alliance, MIT licence). Curated entries win when
 * a term appears in both. Phoenix compound codes (e.g. ~GOVHLH) become `role: "GOV", sub: "HLH"`.
 *
 * Usage: node scripts/actors/build-agents.mjs [path/to/Phoenix.agents.txt]
 * Default input: ../shared/eval/reference/petrarch2-dictionaries/Phoenix.agents.txt (repo-relative).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const DEFAULT_INPUT = join(
  ROOT,
  "..",
  "shared",
  "eval",
  "reference",
  "petrarch2-dictionaries",
  "Phoenix.agents.txt",
);
const OUTPUT = join(ROOT, "data", "actors", "agents.json");

/** CAMEO / PLOVER role codes an agent may map to (first three letters of a Phoenix agent code). */
const ROLES = new Set(
  "GOV MIL LEG JUD SPY MED COP OPP REB BUS CVL EDU HLH LAB REF CRM ELI AGR ENV HRI NGO REL UAF PTY SEP IMG DEV RAD PKO SET".split(
    " ",
  ),
);
/** Religion codes: Phoenix uses them as primary codes for believers; only clergy terms are kept (as REL). */
const RELIGIONS = new Set("MUS CHR JEW HIN BUD CTH PRO MAR".split(" "));
const CLERGY =
  /\b(cleric|clergy|imam|mullah|priest|monk|bishop|archbishop|rabbi|preacher|missionary|cantor|sadhu)/;

/** Phoenix terms that are too generic, ambiguous or wrong for a country-prefixed role noun. */
const EXCLUDE = new Set([
  "man",
  "men",
  "woman",
  "people",
  "persons",
  "person",
  "child",
  "girl",
  "mother",
  "infant",
  "community",
  "population",
  "neighborhood",
  "neighbourhood",
  "village",
  "small town",
  "settlement",
  "the poor",
  "rabble",
  "actor",
  "retired",
  "vip",
  "deputy",
  "counsel",
  "counsellor",
  "counselor",
  "advocate",
  "delegate",
  "representatives",
  "chamber",
  "assemblage",
  "assemblies",
  "operative",
  "spokesperson",
  "spokesman",
  "spokeswoman",
  "spokesmen",
  "spokeswomen",
  "spokespersons",
  "boss",
  "producer",
  "exporter",
  "carrier",
  "writer",
  "the court",
  "ngo names",
  "keeping",
  "wrong",
  "yet",
  "provisional",
  "arggghhhhh",
  "names",
  "diplomatic building in",
  "embassy in",
  "ambassador at",
  "ambassador for",
  "ambassador to",
  "central jail of",
  "waiter",
  "waitress",
  "oiler",
  "monger",
  "jumbojet",
  "jumbo jet",
  "customer",
  "constituent",
  "hunter",
  "hiker",
  "excursionist",
  "sightseer",
  "tourer",
  "naturalized",
  "non-native",
  "non-resident",
  "onlooker",
  "mourner",
  "native",
  "tinginist",
  "kanidurgu",
  "holy person",
  "religion",
  "believer",
  "hebrew",
  "jewish",
  "islamic",
  "christian",
  "branokker",
  "snitcher",
  "larcener",
  "sodbuster",
  "granger",
  "polity",
  "public sector",
  "commandant",
  "echelon",
  "corporal",
  "ensign",
  "ens.",
  "lt.",
  "capt.",
  "cmdr.",
  "col.",
  "maj.",
  "gen.",
  "adm.",
  "1st lt.",
  "doc",
  "aerospace",
  "first lt.",
  "brig. gen.",
  "lt. jg",
  "army lt.",
  "state duma",
  "federation council",
  "house of commons",
  "janjaweed",
]);

/** Words that have no useful plural. */
const UNCOUNTABLE = new Set(
  (
    "intelligence police infantry artillery media military clergy judiciary society enforcement personnel " +
    "security leadership press opposition staff cavalry aircraft equipment government administration " +
    "gendarmerie gendarmery marines forces troops people men women children police justice crime labor labour " +
    "business industry agriculture coast navy army"
  ).split(" "),
);
const ADJECTIVE_END = /(ed|ic|ish|ese|ist|al|ian|ary|ive|ous|-owned|official)$/;
const IRREGULAR = new Map([
  ["man", "men"],
  ["woman", "women"],
  ["person", "people"],
  ["child", "children"],
  ["thief", "thieves"],
  ["chief", "chiefs"],
  ["staff", "staff"],
  ["wife", "wives"],
  ["militia", "militias"],
]);

/** Stems used by PETRARCH ("MINIST") expanded to full words. */
const STEMS = new Map([
  ["minist", ["minister", "ministers", "ministry", "ministries"]],
  ["authorit", ["authority", "authorities"]],
  ["industr", ["industry", "industries"]],
  ["compan", ["company", "companies"]],
]);

/**
 * Curated role nouns. Order matters: the first entry that lists a term owns it.
 * `note` explains choices that differ from plain GOV or from Phoenix.
 */
const CURATED = [
  {
    role: "MIL",
    note: "Defence ministries speak for the armed forces: coded MIL per CAMEO convention (Phoenix: GOVMIL). The minister personally is GOV/MIL (below).",
    terms: [
      "defence ministry",
      "defense ministry",
      "ministry of defence",
      "ministry of defense",
      "defence department",
      "defense department",
      "department of defense",
      "department of defence",
      "war ministry",
      "ministry of war",
      "general staff",
      "chief of defence staff",
      "chief of defense staff",
      "chief of the general staff",
      "joint chiefs of staff",
      "chief of staff of the armed forces",
      "military spokesman",
      "army spokesman",
      "defence officials",
      "defense officials",
      "military officials",
      "military official",
    ],
  },
  {
    role: "GOV",
    sub: "MIL",
    note: "Cabinet members in charge of defence: government actors with a military portfolio (Phoenix GOVMIL).",
    terms: [
      "defence minister",
      "defense minister",
      "defence secretary",
      "defense secretary",
      "minister of defence",
      "minister of defense",
      "secretary of defense",
      "secretary of war",
      "armed forces minister",
      "minister of the armed forces",
      "military junta",
      "junta",
      "military government",
      "military regime",
      "military rulers",
      "military ruler",
      "coup leaders",
      "coup leader",
      "junta leader",
      "junta chief",
    ],
  },
  {
    role: "GOV",
    terms: [
      "government",
      "governments",
      "foreign minister",
      "foreign ministers",
      "foreign ministry",
      "foreign ministries",
      "ministry of foreign affairs",
      "minister of foreign affairs",
      "foreign affairs minister",
      "foreign secretary",
      "secretary of state",
      "state secretary",
      "president",
      "presidents",
      "vice president",
      "vice-president",
      "prime minister",
      "prime ministers",
      "deputy prime minister",
      "premier",
      "chancellor",
      "cabinet",
      "cabinets",
      "minister",
      "ministers",
      "ministry",
      "ministries",
      "official",
      "officials",
      "senior official",
      "senior officials",
      "government official",
      "government officials",
      "diplomat",
      "diplomats",
      "top diplomat",
      "ambassador",
      "ambassadors",
      "envoy",
      "envoys",
      "special envoy",
      "embassy",
      "embassies",
      "consulate",
      "consulates",
      "consul",
      "mission to the united nations",
      "authorities",
      "authority",
      "leader",
      "leaders",
      "leadership",
      "supreme leader",
      "regime",
      "administration",
      "king",
      "queen",
      "emir",
      "crown prince",
      "monarch",
      "sultan",
      "head of state",
      "head of government",
      "government spokesman",
      "government spokeswoman",
      "government spokesperson",
      "presidential office",
      "presidential administration",
      "presidential palace",
      "presidency",
      "interior minister",
      "interior ministry",
      "ministry of interior",
      "ministry of the interior",
      "home minister",
      "home ministry",
      "finance minister",
      "finance ministry",
      "economy minister",
      "trade minister",
      "energy minister",
      "national security adviser",
      "national security advisor",
      "national security council",
      "negotiator",
      "counterpart",
      "counterparts",
      "negotiators",
      "delegation",
      "delegations",
      "mayor",
      "mayors",
      "governor",
      "governors",
      "regional governor",
      "local authorities",
      "regional authorities",
      "federal government",
      "state council",
      "council of ministers",
      "caretaker government",
      "interim government",
      "transitional government",
      "ruling party",
      "ruling coalition",
      "governing coalition",
      "kremlin aide",
      "presidential aide",
      "aide",
      "aides",
      "adviser",
      "advisers",
      "advisor",
      "advisors",
      "chief of staff",
      // "Iran's security chief": the head of a national security council, a government office.
      "security chief",
      "security chiefs",
      "permanent representative",
      "charge d'affaires",
      "chargé d'affaires",
      "secretary general",
      "secretary-general",
      "general secretary",
      "director general",
      "director-general",
      "governor general",
      "governor-general",
      "consul general",
      "auditor general",
      "inspector general",
      "solicitor general",
    ],
  },
  {
    role: "MIL",
    terms: [
      "military",
      "militaries",
      "army",
      "armies",
      "troops",
      "soldier",
      "soldiers",
      "forces",
      "units",
      "military units",
      "contingent",
      "contingents",
      "battalion",
      "battalions",
      "brigade",
      "brigades",
      "regiment",
      "regiments",
      "servicemen",
      "personnel",
      "armed forces",
      "government forces",
      "government troops",
      "navy",
      "navies",
      "air force",
      "air forces",
      "marines",
      "marine corps",
      "general",
      "generals",
      "commander",
      "commanders",
      "military commander",
      "military commanders",
      "officer",
      "officers",
      "military officer",
      "military officers",
      "warplane",
      "warplanes",
      "fighter jet",
      "fighter jets",
      "jet",
      "jets",
      "military jet",
      "military jets",
      "gunboat",
      "gunboats",
      "aircraft",
      "military aircraft",
      "fighter aircraft",
      "combat aircraft",
      "bomber",
      "bombers",
      "attack helicopter",
      "attack helicopters",
      "military helicopter",
      "military helicopters",
      "drone",
      "drones",
      "military drone",
      "military drones",
      "missile",
      "missiles",
      "artillery",
      "tank",
      "tanks",
      "warship",
      "warships",
      "submarine",
      "submarines",
      "special forces",
      "paratroopers",
      "infantry",
      "coast guard",
      "border guard",
      "border guards",
      "national guard",
      "ground forces",
      "aerospace forces",
      "air defence",
      "air defense",
      "air defences",
      "air defenses",
      "naval forces",
      "fleet",
      "military base",
      "garrison",
      "battalion",
      "brigade",
      "regiment",
      "reservists",
      "conscripts",
      "servicemen",
      "service members",
      "military leadership",
      "high command",
      "military command",
      "chief of army staff",
      "army chief",
      "military chief",
      "military chiefs",
    ],
  },
  {
    role: "SPY",
    terms: [
      "intelligence",
      "intelligence service",
      "intelligence services",
      "intelligence agency",
      "intelligence agencies",
      "intelligence officials",
      "intelligence official",
      "intelligence officer",
      "intelligence officers",
      "intelligence chief",
      "intelligence chiefs",
      "spy agency",
      "spy agencies",
      "spy chief",
      "spy chiefs",
      "spy",
      "spies",
      "hacking group",
      "hacking groups",
      "secret service",
      "secret services",
      "security service",
      "security services",
      "counterintelligence",
      "counter-intelligence",
      "foreign intelligence",
      "foreign intelligence service",
      "intelligence community",
      "intelligence sources",
    ],
  },
  {
    role: "SPY",
    sub: "MIL",
    note: "Military intelligence agencies (e.g. Ukraine's HUR, Russia's GRU) are coded SPY, as the CAMEO country+SPY convention does for HUR (Phoenix: MILSPY).",
    terms: [
      "military intelligence",
      "military intelligence agency",
      "military intelligence directorate",
      "defence intelligence",
      "defense intelligence",
      "army intelligence",
      "military intelligence service",
    ],
  },
  {
    role: "LEG",
    terms: [
      "parliament",
      "parliaments",
      "lawmaker",
      "lawmakers",
      "legislator",
      "legislators",
      "legislature",
      "legislatures",
      "mp",
      "mps",
      "member of parliament",
      "members of parliament",
      "senate",
      "senator",
      "senators",
      "congress",
      "congressman",
      "congresswoman",
      "congressmen",
      "lower house",
      "upper house",
      "national assembly",
      "house of representatives",
      "parliamentary committee",
      "parliament speaker",
      "speaker of parliament",
      "parliamentary speaker",
      "legislative council",
      "parliamentarian",
      "parliamentarians",
      "opposition lawmakers",
    ],
  },
  {
    role: "JUD",
    terms: [
      "court",
      "courts",
      "judge",
      "judges",
      "supreme court",
      "constitutional court",
      "high court",
      "appeals court",
      "prosecutor",
      "prosecutors",
      "prosecutor general",
      "prosecutor's office",
      "attorney general",
      "judiciary",
      "tribunal",
      "tribunals",
      "military court",
      "chief justice",
    ],
  },
  {
    role: "MED",
    note: "State-run outlets are MED; the country prefix already says whose state (Phoenix: GOVMED).",
    terms: [
      "media",
      "state media",
      "state-run media",
      "state television",
      "state tv",
      "state-run television",
      "state broadcaster",
      "state news agency",
      "official news agency",
      "state-run news agency",
      "news agency",
      "news agencies",
      "newspaper",
      "newspapers",
      "journalist",
      "journalists",
      "reporter",
      "reporters",
      "broadcaster",
      "broadcasters",
      "television",
      "tv channel",
      "editor",
      "editors",
      "blogger",
      "bloggers",
      "state-owned media",
      "state-controlled media",
      "propaganda outlet",
      "state newspaper",
    ],
  },
  {
    role: "COP",
    terms: [
      "police",
      "policeman",
      "policemen",
      "police officer",
      "police officers",
      "riot police",
      "security forces",
      "security force",
      "law enforcement",
      "gendarmerie",
      "gendarmes",
      "border police",
      "police chief",
      "interior ministry troops",
      "border patrol",
      "customs officers",
      "prison guards",
      "security officials",
      "investigator",
      "investigators",
    ],
  },
  {
    role: "REB",
    terms: [
      "rebel",
      "rebels",
      "insurgent",
      "insurgents",
      "insurgency",
      "guerrilla",
      "guerrillas",
      "rebel group",
      "rebel groups",
      "rebel forces",
      "rebel fighters",
      "armed opposition",
      "separatists",
      "separatist",
      "separatist rebels",
      "rebel leader",
      "rebel commander",
    ],
  },
  {
    role: "UAF",
    terms: [
      "militant",
      "militants",
      "militia",
      "militias",
      "militiamen",
      "gunman",
      "gunmen",
      "attacker",
      "attackers",
      "armed men",
      "armed group",
      "armed groups",
      "fighters",
      "mercenary",
      "mercenaries",
      "terrorist",
      "terrorists",
      "terrorist group",
      "jihadist",
      "jihadists",
      "paramilitary",
      "paramilitaries",
      "death squad",
      "death squads",
    ],
  },
  {
    role: "OPP",
    note: "Protesters and activists follow Phoenix (OPP); PLOVER would code unaffiliated protesters CVL.",
    terms: [
      "opposition",
      "opposition leader",
      "opposition leaders",
      "opposition party",
      "opposition parties",
      "opposition figure",
      "opposition figures",
      "dissident",
      "dissidents",
      "activist",
      "activists",
      "protester",
      "protesters",
      "protestors",
      "crowd",
      "crowds",
      "demonstrator",
      "demonstrators",
      "opposition politician",
      "exiled opposition",
      "pro-democracy activists",
    ],
  },
  {
    role: "BUS",
    terms: [
      "business",
      "businesses",
      "company",
      "companies",
      "firm",
      "firms",
      "corporation",
      "corporations",
      "businessman",
      "businessmen",
      "businesswoman",
      "business leaders",
      "investor",
      "investors",
      "oil company",
      "energy company",
      "shipping company",
      "airline",
      "airlines",
      "defence contractor",
      "defense contractor",
      "arms maker",
      "defence industry",
      "defense industry",
      "tanker",
      "tankers",
      "oligarch",
      "oligarchs",
      "tycoon",
      "tycoons",
    ],
  },
  {
    role: "GOV",
    sub: "BUS",
    terms: [
      "central bank",
      "central bank governor",
      "state-owned company",
      "state-owned companies",
      "state company",
      "state-owned enterprise",
      "state energy company",
      "state oil company",
      "trade ministry",
      "economy ministry",
    ],
  },
  {
    role: "GOV",
    sub: "HLH",
    terms: [
      "health ministry",
      "ministry of health",
      "health minister",
      "health officials",
      "health authorities",
    ],
  },
  {
    role: "CVL",
    terms: [
      "civilian",
      "civilians",
      "the public",
      "general public",
      "resident",
      "residents",
      "citizen",
      "citizens",
      "villager",
      "villagers",
      "voter",
      "voters",
      "migrant",
      "migrants",
      "hostage",
      "hostages",
      "prisoner",
      "prisoners",
      "detainee",
      "detainees",
      "victim",
      "victims",
      "scientist",
      "scientists",
      "nuclear scientist",
      "nuclear scientists",
      "engineer",
      "engineers",
      "pilgrims",
      "tourist",
      "tourists",
      "women",
      "family",
      "families",
      // Children are civilians (Phoenix CHILDREN ~CVL); the singular stays out, too often a mere noun.
      "children",
      // Ethnic and religious communities, coded as civilians of the country the story places them in.
      "inhabitants",
      "kurds",
      "druze",
      "shiites",
      "shi'ites",
      "sunnis",
      "alawites",
      "yazidis",
      "tamils",
      "uighurs",
      "uyghurs",
      "rohingya",
      "pashtuns",
      "hazaras",
      "hutus",
      "tutsis",
      "copts",
      "christians",
      "muslims",
      "bedouin",
    ],
  },
  {
    role: "EDU",
    terms: [
      "think tank",
      "think tanks",
      "student",
      "students",
      "university",
      "universities",
      "academic",
      "academics",
      "scholar",
      "scholars",
      "teacher",
      "teachers",
      "school",
      "schools",
      "researcher",
      "researchers",
      "professor",
      "professors",
    ],
  },
  {
    role: "HLH",
    terms: [
      "doctor",
      "doctors",
      "hospital",
      "hospitals",
      "nurse",
      "nurses",
      "medic",
      "medics",
      "health workers",
      "paramedics",
      "medical staff",
    ],
  },
  {
    role: "LAB",
    terms: [
      "worker",
      "workers",
      "trade union",
      "trade unions",
      "labor union",
      "labor unions",
      "labour union",
      "labour unions",
      "strikers",
      "striking workers",
      "employees",
    ],
  },
  {
    role: "REF",
    terms: [
      "refugee",
      "refugees",
      "displaced people",
      "displaced persons",
      "internally displaced",
      "idps",
      "asylum seeker",
      "asylum seekers",
      "returnees",
    ],
  },
  {
    role: "CRM",
    terms: [
      "criminal",
      "criminals",
      "gang",
      "gangs",
      "gang members",
      "smuggler",
      "smugglers",
      "trafficker",
      "traffickers",
      "drug cartel",
      "drug cartels",
      "cartel",
      "cartels",
      "pirate",
      "pirates",
      "kidnapper",
      "kidnappers",
      "drug lord",
      "drug lords",
      "cybercriminals",
    ],
  },
  {
    role: "ELI",
    terms: [
      "former president",
      "former prime minister",
      "ex-president",
      "ex-prime minister",
      "former leader",
      "first lady",
      "royal family",
      "former minister",
      "former foreign minister",
      "former defence minister",
      "former defense minister",
    ],
  },
  {
    role: "AGR",
    terms: ["farmer", "farmers", "peasant", "peasants", "herder", "herders", "fisherman", "fishermen"],
  },
  {
    role: "ENV",
    terms: [
      "environmentalist",
      "environmentalists",
      "climate activists",
      "environmental group",
      "environmental groups",
    ],
  },
  {
    role: "HRI",
    terms: [
      "rights group",
      "rights groups",
      "human rights group",
      "human rights groups",
      "human rights activist",
      "human rights activists",
      "rights activist",
      "rights activists",
      "human rights defenders",
      "human rights commission",
      "ombudsman",
    ],
  },
  {
    role: "NGO",
    terms: [
      "ngo",
      "ngos",
      "aid group",
      "aid groups",
      "aid agency",
      "aid agencies",
      "charity",
      "charities",
      "humanitarian organisation",
      "humanitarian organisations",
      "humanitarian organization",
      "humanitarian organizations",
      "non-governmental organisation",
      "non-governmental organization",
      "civil society",
      "aid workers",
    ],
  },
  {
    role: "REL",
    terms: [
      "cleric",
      "clerics",
      "clergy",
      "imam",
      "imams",
      "priest",
      "priests",
      "bishop",
      "bishops",
      "religious leader",
      "religious leaders",
      "church",
      "patriarch",
      "mullah",
      "mullahs",
      "rabbi",
      "rabbis",
      "monk",
      "monks",
    ],
  },
  {
    role: "PKO",
    note: 'CAMEO actor type PKO (peacekeepers), e.g. "Russian peacekeepers".',
    terms: [
      "peacekeeper",
      "peacekeepers",
      "peacekeeping force",
      "peacekeeping forces",
      "peacekeeping troops",
      "peacekeeping mission",
    ],
  },
  {
    role: "SET",
    note: 'CAMEO actor type SET (settlers), e.g. "Israeli settlers".',
    terms: ["settler", "settlers"],
  },
  {
    role: "PTY",
    note: "PLOVER sector PTY (political parties); not a CAMEO type.",
    terms: ["political party", "political parties", "party members", "party officials"],
  },
];

/** Phoenix code overrides: map a Phoenix compound code to a different role/sub. */
const CODE_OVERRIDES = new Map([["MILSPY", { role: "SPY", sub: "MIL" }]]);

/** @param {string} word */
function pluralWord(word) {
  if (IRREGULAR.has(word)) return IRREGULAR.get(word);
  if (word.endsWith("man")) return `${word.slice(0, -3)}men`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

/**
 * Regular plural of a (lower-case) term: the head noun before " of "/" for "/" in "/" to ", else the last word.
 * @param {string} term
 * @returns {string | null}
 */
export function pluralOf(term) {
  const m = term.match(/^(.*?)(\s(?:of|for|in|to|at)\s.*)$/);
  const [head, tail] = m ? [m[1], m[2]] : [term, ""];
  const words = head.split(" ");
  const last = words[words.length - 1] ?? "";
  if (!last || UNCOUNTABLE.has(last) || /(s|men|\.)$/.test(last) || ADJECTIVE_END.test(last)) {
    return null;
  }
  words[words.length - 1] = pluralWord(last);
  return `${words.join(" ")}${tail}`;
}

/** @param {string} raw a Phoenix phrase (upper case, underscores) → normalised lower-case variants */
function expandPhrase(raw) {
  let s = raw.replace(/_/g, " ").replace(/\s+/g, " ").trim().toLowerCase();
  s = s.replace(/([a-z])!minist!|!minist!([a-z])/g, (_m, a, b) => `${a ?? ""}minist${b ?? ""}`);
  let variants = [s];
  const subst = [
    ["!person!", ["man", "men", "woman", "women", "person"]],
    ["!minist!", ["minister", "ministers", "ministry", "ministries"]],
  ];
  for (const [token, words] of subst) {
    variants = variants.flatMap((v) => (v.includes(token) ? words.map((w) => v.replace(token, w)) : [v]));
  }
  return variants.flatMap((v) => {
    const last = v.split(" ").pop() ?? "";
    const stem = STEMS.get(last);
    return stem ? stem.map((w) => `${v.slice(0, v.length - last.length)}${w}`) : [v];
  });
}

/**
 * Parse Phoenix.agents.txt into {code, terms} records (terms already expanded with plurals).
 * @param {string} text
 */
export function parsePhoenixAgents(text) {
  const records = [];
  for (const line of text.split("\n")) {
    const clean = line.replace(/#.*$/, "").trim();
    const m = clean.match(/^([^[{]+?)\s*(\{[^}]*\})?\s*\[~([A-Z]+)\]/);
    if (!m || /[^\x20-\x7e]/.test(clean)) continue;
    const [, phrase, plural, code] = m;
    if (phrase.includes("=")) continue;
    const terms = [];
    for (const t of expandPhrase(phrase)) {
      if (EXCLUDE.has(t)) continue;
      terms.push(t);
      if (plural === "{}") continue;
      const p = plural ? plural.slice(1, -1).replace(/_/g, " ").toLowerCase().trim() : pluralOf(t);
      if (p) terms.push(p);
    }
    records.push({ code, terms });
  }
  return records;
}

/** @param {string} code Phoenix agent code without "~" → {role, sub} or null when not a role noun */
function roleOfCode(code, terms) {
  if (CODE_OVERRIDES.has(code)) return CODE_OVERRIDES.get(code);
  const primary = code.slice(0, 3);
  const rest = code.slice(3);
  if (ROLES.has(primary)) return rest ? { role: primary, sub: rest } : { role: primary };
  if (RELIGIONS.has(primary) && terms.some((t) => CLERGY.test(t))) return { role: "REL", sub: primary };
  return null;
}

function keyOf(role, sub) {
  return sub ? `${role}/${sub}` : role;
}

/**
 * Merge curated entries and Phoenix records into the agents.json shape.
 * @param {{code: string, terms: string[]}[]} phoenix
 */
export function buildAgents(phoenix) {
  const owner = new Map();
  const groups = new Map();
  const add = (role, sub, note, source, term) => {
    const t = term.trim();
    if (!t || owner.has(t) || EXCLUDE.has(t)) return;
    owner.set(t, keyOf(role, sub));
    const key = `${keyOf(role, sub)}|${source}`;
    let g = groups.get(key);
    if (!g) {
      g = { role, ...(sub ? { sub } : {}), ...(note ? { note } : {}), source, terms: [] };
      groups.set(key, g);
    }
    g.terms.push(t);
  };
  for (const c of CURATED) {
    for (const t of c.terms) {
      add(c.role, c.sub, c.note, "secvar", t);
      const p = pluralOf(t);
      if (p) add(c.role, c.sub, c.note, "secvar", p);
    }
  }
  for (const r of phoenix) {
    const rs = roleOfCode(r.code, r.terms);
    if (!rs) continue;
    const terms =
      rs.role === "REL" && !ROLES.has(r.code.slice(0, 3)) ? r.terms.filter((t) => CLERGY.test(t)) : r.terms;
    for (const t of terms) add(rs.role, rs.sub, undefined, "phoenix", t);
  }
  return [...groups.values()];
}

function main() {
  const input = process.argv[2] ?? DEFAULT_INPUT;
  if (!existsSync(input)) {
    console.error(`Phoenix.agents.txt not found at ${input}; pass its path as the first argument.`);
    process.exit(2);
  }
  const agents = buildAgents(parsePhoenixAgents(readFileSync(input, "utf8")));
  const header = {
    version: "2025-12",
    attribution:
      "Role nouns curated by secvar contributors, merged with the PETRARCH2/Phoenix agents dictionary " +
      "(Phoenix.agents.txt, (c) 2014 Open Event Data Alliance, MIT licence). See data/actors/README.md.",
  };
  const head = Object.entries(header)
    .map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`)
    .join("\n");
  const body = agents.map((a) => `    ${JSON.stringify(a)}`).join(",\n");
  writeFileSync(OUTPUT, `{\n${head}\n  "agents": [\n${body}\n  ]\n}\n`);
  const terms = agents.reduce((n, a) => n + a.terms.length, 0);
  console.log(`wrote ${OUTPUT}: ${agents.length} entries, ${terms} terms`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
