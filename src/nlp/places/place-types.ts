/** Kind of place a gazetteer record stands for. */
export type PlaceFeature = "country" | "admin1" | "city" | "region" | "sea" | "other";

/** A place name found in a text, geocoded. Offsets are JS string indices into the text. */
export interface PlaceMatch {
  start: number;
  end: number;
  /** Gazetteer name of the place ("Kyiv" for a text saying "Kiev"). */
  name: string;
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-3 code, null for seas and places spanning several countries. */
  country: string | null;
  /** Name of the first-level division holding the place, when known. */
  admin1: string | null;
  geonameid: number | null;
  feature: PlaceFeature;
  population: number | null;
}

/** What the caller already knows about the document. */
export interface PlaceContext {
  /** ISO3 codes of the actors mentioned, most salient first. */
  countries?: readonly string[];
}

/** A geocoded name without a position in a text. */
export type GeocodedPlace = Omit<PlaceMatch, "start" | "end">;

/** One gazetteer record, as stored in the compiled gazetteer. */
export interface GazetteerRecord {
  name: string;
  lat: number;
  lon: number;
  country: string | null;
  /** GeoNames admin1 key ("US.GA"), for admin1 records their own key. */
  admin1Code: string | null;
  geonameid: number | null;
  feature: PlaceFeature;
  population: number | null;
  /** GeoNames feature code for cities (PPLC, PPLA, PPL…), "ADM1", "ADM2", "PCL" or "ALIAS". */
  featureCode: string;
  /** Normalised lookup keys (see normaliseKey). */
  keys: string[];
  /** Case-sensitive surface forms matched as written ("U.S.", "Calif.", "NSW"). */
  abbreviations: string[];
}

/** A gazetteer record as the matcher sees it at run time (keys stay in the index). */
export type PlaceRecord = Omit<GazetteerRecord, "keys" | "abbreviations"> & {
  /** Position in the compiled gazetteer; identifies the record within one process. */
  index: number;
};

/** Everything the matcher needs, produced once by the gazetteer compiler. */
export interface GazetteerData {
  /** Fingerprint of the sources the data was compiled from. */
  fingerprint: string;
  records: GazetteerRecord[];
  /** Lower-case English words that are not proper nouns (from the wink English lexicon). */
  commonWords: string[];
  /** English first names (Moby lists via stdlib datasets). */
  firstNames: string[];
  /** Demonyms and nationality adjectives ("Russian", "Russians"), never places. */
  demonyms: string[];
  /** Curated (key, record) pairs from aliases.json: the record is the usual sense of the key. */
  curated: [string, GazetteerRecord][];
  /** (key, record) pairs where the key is a division's bare name ("gaza" for Gaza Province). */
  derived: [string, GazetteerRecord][];
}
