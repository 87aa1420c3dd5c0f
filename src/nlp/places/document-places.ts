/**
 * The places of a whole document as the pipeline reports them: every place name found,
 * disambiguated with the countries of the document's actors, minus names that are part of an
 * actor's name.
 */
import type { ActorPhrase } from "../actors/actor-matcher.js";
import { findPlaces } from "./place-finder.js";
import type { PlaceMatch } from "./place-types.js";

/**
 * A place inside a person's or organisation's name ("Jordan" in "Michael Jordan") is not a
 * place; inside an agent phrase it is when it qualifies the agent ("Ukraine's General Staff",
 * "the Athens police", "Georgia residents") or says where it sits ("the parliament in Nairobi"); a body
 * named by its territory alone ("Somaliland") is that place too.
 */
function insideName(pl: PlaceMatch, phrases: readonly ActorPhrase[], text: string): boolean {
  return phrases.some((p) => {
    if (p.kind === "state" || p.charStart >= pl.end || pl.start >= p.charEnd) return false;
    // "Abkhazia", "Somaliland": a body named by its territory alone is that place too.
    // ("Somaliland's leader": so is it before the possessive or "-led" that joins its members.)
    if (
      p.kind === "organisation" &&
      p.charStart === pl.start &&
      (p.charEnd === pl.end || MEMBER_JOIN.test(text.slice(pl.end, p.charEnd))) &&
      p.country === pl.country
    )
      return false;
    const contained = p.charStart <= pl.start && pl.end <= p.charEnd;
    if (!contained || p.kind !== "agent") return true;
    const countryOfAgent = pl.feature === "country" && p.entries.some((e) => e.startsWith("country:"));
    // "the parliament in Nairobi", "a court in Guyana": where the agent sits is a place too.
    const located = LOCATED.test(text.slice(Math.max(p.charStart, pl.start - 4), pl.start));
    return !(countryOfAgent || located || pl.start === p.charStart);
  });
}

const LOCATED = /\b(?:in|at) $/i;
/** What joins a body named by its territory to its members: "Somaliland's leader", "Abkhazia-led forces". */
const MEMBER_JOIN = /^(?:'s|\u2019s|-led)\s/;

/**
 * Find and geocode the places of a document, given its actor phrases.
 * @example documentPlaces(at.text, phrases).map((p) => p.name)
 */
export function documentPlaces(text: string, phrases: readonly ActorPhrase[]): PlaceMatch[] {
  const salient = [...new Set(phrases.filter((p) => p.country).map((p) => p.country as string))];
  return findPlaces(text, { countries: salient }).filter((pl) => !insideName(pl, phrases, text));
}
