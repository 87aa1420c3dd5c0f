/**
 * Loads every dictionary the pipeline reads from data/ (the one I/O boundary of the domain
 * core), once per process.
 */
import { readDataJson } from "../data/index.js";
import { type ActorDictionaries, type ActorIndex, buildActorIndex } from "../nlp/index.js";
import type { NegationTable } from "./event-coder.js";
import { compileEstimative, type EstimativeTable } from "./probabilities.js";
import {
  buildVerbLexicon,
  type Codebook,
  type EventNounDictionary,
  type VerbDictionary,
  type VerbLexicon,
} from "./verb-lexicon.js";

export interface PipelineResources {
  actors: ActorIndex;
  lexicon: VerbLexicon;
  negation: NegationTable;
  intent: NegationTable;
  estimative: ReturnType<typeof compileEstimative>;
}

let cached: PipelineResources | undefined;

/** people.json (curated, 2015–2025) followed by people-phoenix.json (older office holders, from Phoenix). */
function peopleDictionary(): ActorDictionaries["people"] {
  const curated = readDataJson<ActorDictionaries["people"]>("actors/people.json");
  const phoenix = readDataJson<ActorDictionaries["people"]>("actors/people-phoenix.json");
  return { people: [...curated.people, ...phoenix.people] };
}

export function loadResources(): PipelineResources {
  if (cached) return cached;
  const dicts: ActorDictionaries = {
    countries: readDataJson("actors/countries.json"),
    people: peopleDictionary(),
    agents: readDataJson("actors/agents.json"),
    organisations: readDataJson("actors/organisations.json"),
  };
  const codebook = readDataJson<Codebook>("cameo/codes.json");
  const verbs = readDataJson<VerbDictionary>("verbs/cameo-verbs.json");
  const extra = readDataJson<VerbDictionary>("coding/extra-verbs.json");
  const placeVerbs = readDataJson<VerbDictionary>("coding/place-verbs.json");
  const nouns = readDataJson<EventNounDictionary>("coding/event-nouns.json");
  cached = {
    actors: buildActorIndex(dicts),
    lexicon: buildVerbLexicon([placeVerbs, extra, verbs], nouns, codebook),
    negation: readDataJson<NegationTable>("coding/negation.json"),
    intent: readDataJson<NegationTable>("coding/intent.json"),
    estimative: compileEstimative(readDataJson<EstimativeTable>("coding/estimative-words.json")),
  };
  return cached;
}
