/**
 * Sentence templates of the synthetic corpus, written for secvar. They follow the patterns
 * of the example articles (statements, meetings, accusations, strikes, aid, deployments,
 * ratifications, denials, reported claims, hypotheticals, stated odds) with invented
 * wording; every actor, place and date comes from the scene.
 */

/** A country as the templates use it. */
export interface SceneCountry {
  iso3: string;
  /** As it reads mid-sentence: "Chile", "the United States". */
  name: string;
  /** "Chile's", "the United States'". */
  possessive: string;
  adjective: string;
  capital: string;
}

/** Everything a document is about: two countries, their office holders, a place, dates. */
export interface Scene {
  a: SceneCountry;
  b: SceneCountry;
  /** "President Jane Doe", or the country's government when nobody is known in office. */
  aLeader: string;
  bLeader: string;
  /** "Ruritania's foreign minister, John Roe," — the comma-enclosed appositive form. */
  aMinister: string;
  bMinister: string;
  organisation: string;
  /** Where the leaders meet: one of the two capitals or a third one. */
  place: string;
  /** Where strikes, deployments and reported incidents happen: in the second country. */
  scene: string;
  /** "on Friday", "on Tuesday" — a weekday in the week before publication (drawn per sentence). */
  when: string;
  /** A month after publication: "March". */
  laterMonth: string;
  /** A small number picked for the document. */
  count: number;
}

/** Picks an element with the document's random source. */
export type Pick = <T>(items: readonly T[]) => T;

/** A sentence template: the scene and a picker in, one sentence out. */
export type SentenceTemplate = (s: Scene, pick: Pick) => string;

const TOPICS = [
  "border security",
  "the exchange of prisoners",
  "grain exports",
  "energy supplies",
  "a possible ceasefire",
  "fishing rights",
  "the return of displaced families",
  "air defence cooperation",
] as const;

const WRONGS = [
  "violating its airspace",
  "shelling civilian areas",
  "arming separatist fighters",
  "blocking aid convoys",
  "detaining its diplomats without cause",
  "staging drills close to the border",
] as const;

const POLICIES = [
  "keep its embassy open",
  "expand its military presence in the region",
  "send a delegation to the next round of talks",
  "suspend part of its trade with its neighbour",
  "support a ceasefire monitored by observers",
] as const;

const TREATIES = [
  "defence cooperation agreement",
  "treaty on mutual assistance",
  "border demarcation accord",
  "military transit agreement",
] as const;

const ODDS = [
  "a 50-50 chance",
  "a roughly one-in-three chance",
  "a 70 percent chance",
  "little chance",
] as const;

/** Templates by kind: the generator draws kinds, then a template within the kind. */
export const SENTENCE_TEMPLATES: Readonly<Record<string, readonly SentenceTemplate[]>> = {
  statement: [
    (s, p) => `${s.aMinister} said ${s.when} that ${s.a.name} would ${p(POLICIES)}.`,
    (s) => `${s.bLeader} told reporters ${s.when} that the talks had been useful.`,
  ],
  meeting: [
    (s, p) => `${s.aLeader} met ${s.bLeader} in ${s.place} ${s.when} to discuss ${p(TOPICS)}.`,
    (s, p) =>
      `Delegations from ${s.a.name} and ${s.b.name} held talks in ${s.place} ${s.when} on ${p(TOPICS)}.`,
  ],
  visit: [(s) => `${s.bMinister} arrived in ${s.a.capital} ${s.when} for a two-day visit.`],
  accusation: [
    (s, p) => `${s.a.name} accused ${s.b.name} ${s.when} of ${p(WRONGS)}.`,
    (s, p) => `${s.aMinister} accused ${s.b.adjective} forces of ${p(WRONGS)}.`,
  ],
  attack: [
    (s) =>
      `${s.b.adjective} forces shelled villages near ${s.a.capital} ${s.when}, ${s.a.possessive} defence ministry said.`,
    (s) => `${s.a.adjective} drones struck a fuel depot in ${s.scene} ${s.when}.`,
  ],
  aid: [
    (s) =>
      `${s.a.name} pledged ${s.count * 10} million dollars in humanitarian aid to ${s.b.name} ${s.when}.`,
    (s) => `The ${s.organisation} delivered food and medicine to ${s.scene} ${s.when}.`,
  ],
  deployment: [
    (s) =>
      `${s.a.name} has sent about ${s.count * 500} troops to ${s.scene}, according to ${s.b.possessive} intelligence service.`,
    (s) => `${s.a.adjective} troops were deployed to the border with ${s.b.name} ${s.when}.`,
  ],
  ratification: [
    (s, p) => `${s.a.possessive} parliament ratified a ${p(TREATIES)} with ${s.b.name} ${s.when}.`,
    (s, p) => `${s.aLeader} signed a ${p(TREATIES)} with ${s.b.name} in ${s.place} ${s.when}.`,
  ],
  denial: [
    (s) => `${s.b.name} denied that its forces had crossed into ${s.a.name}.`,
    (s) => `${s.aMinister} denied reports that ${s.a.name} had supplied weapons to ${s.b.name}.`,
  ],
  reported: [
    (s) => `According to the ${s.organisation}, ${s.a.adjective} soldiers entered ${s.scene} ${s.when}.`,
    (s) =>
      `${s.b.name} said ${s.a.name} had detained ${s.count} of its citizens, a claim that could not be verified.`,
  ],
  hypothetical: [
    (s) => `If the talks fail, ${s.a.name} would impose new sanctions on ${s.b.name}, ${s.aLeader} said.`,
    (s) => `${s.bLeader} said ${s.b.name} would respond if its territory were attacked.`,
  ],
  probability: [
    (s, p) =>
      `In our assessment, there is ${p(ODDS)} that ${s.a.name} and ${s.b.name} agree a ceasefire before ${s.laterMonth}.`,
    (s) => `Analysts put the odds of new fighting near ${s.scene} by ${s.laterMonth} at about 50-50.`,
  ],
  threat: [(s) => `${s.aLeader} warned ${s.b.name} ${s.when} against any further provocation.`],
  appeal: [(s) => `The ${s.organisation} called on ${s.a.name} and ${s.b.name} to show restraint.`],
  negation: [(s) => `${s.b.name} did not send a delegation to the meeting in ${s.place}.`],
};

/** Headlines by the kind of the lead sentence. */
export const HEADLINE_TEMPLATES: Readonly<Record<string, readonly SentenceTemplate[]>> = {
  statement: [(s) => `${s.a.name} signals new course on ${s.b.name}`],
  meeting: [
    (s) => `${s.a.name} and ${s.b.name} hold talks in ${s.place}`,
    (s) => `Leaders meet in ${s.place}`,
  ],
  visit: [(s) => `${s.b.adjective} envoy visits ${s.a.capital}`],
  accusation: [(s) => `${s.a.name} accuses ${s.b.name}`],
  attack: [(s) => `Strikes reported near ${s.scene}`],
  aid: [(s) => `${s.a.name} pledges aid to ${s.b.name}`],
  deployment: [(s) => `${s.a.adjective} troops reported in ${s.scene}`],
  ratification: [(s) => `${s.a.name} ratifies pact with ${s.b.name}`],
  denial: [(s) => `${s.b.name} rejects border claims`],
  reported: [(s) => `Reports of ${s.a.adjective} troops in ${s.scene}`],
  hypothetical: [(s) => `${s.a.name} weighs sanctions on ${s.b.name}`],
  probability: [(s) => `Ceasefire odds between ${s.a.name} and ${s.b.name}`],
  threat: [(s) => `${s.a.name} warns ${s.b.name}`],
  appeal: [(s) => `Calls for restraint between ${s.a.name} and ${s.b.name}`],
  negation: [(s) => `${s.b.name} stays away from ${s.place} meeting`],
};

/** Made-up outlets: the corpus never names a real publisher. */
export const OUTLETS = [
  "Northern Ledger",
  "Harbour Wire",
  "Meridian Post",
  "Continental Dispatch",
  "Crossroads Daily",
  "Open Sea Herald",
  "Frontier Bulletin",
  "Capital Observer",
] as const;
