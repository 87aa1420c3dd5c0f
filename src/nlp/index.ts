export type { ActorDictionaries, ActorIndex, PersonEntry } from "./actors/actor-dictionary.js";
export { buildActorIndex, nameKey, roleOn } from "./actors/actor-dictionary.js";
export type { ActorPhrase, ComposeContext } from "./actors/actor-matcher.js";
export {
  composePhrases,
  copyPhrase,
  documentCountries,
  extendPhrase,
  fillAgentCountries,
  findRawMentions,
  organisationAgent,
  unattributedGunmen,
} from "./actors/actor-matcher.js";
export type { AnnotatedText, Pos, Sentence, Token, WordForm } from "./annotated-text.js";
export { datelineEnd } from "./dateline.js";
export type { PlaceContext, PlaceMatch } from "./places/index.js";
export { documentPlaces, findPlaces, geocode } from "./places/index.js";
export type { Timex } from "./time-expressions.js";
export { findTimexes } from "./time-expressions.js";
export type { TimexType } from "./time-resolve.js";
export { parseNumber } from "./time-words.js";
export type { TimeMention, TimePrecision } from "./times.js";
export { calendarDate, findTimes, tenseNear, timesFromTimexes } from "./times.js";
export { annotate, tokenizeOnly } from "./tokenizer.js";
export { FNV_OFFSET, FNV_PRIME, fnv1a, wordHash } from "./word-hash.js";
