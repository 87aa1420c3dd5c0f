/**
 * GDELT 2.0 event table columns, in the codebook's order (GDELT Event Codebook V2.0,
 * 2015): 5 id/date columns, 10 per actor, 10 event columns, 8 geography columns for each of
 * Actor1, Actor2 and the action, DATEADDED and SOURCEURL — 61 in all.
 */

const ACTOR_FIELDS = [
  "Code",
  "Name",
  "CountryCode",
  "KnownGroupCode",
  "EthnicCode",
  "Religion1Code",
  "Religion2Code",
  "Type1Code",
  "Type2Code",
  "Type3Code",
] as const;

const GEO_FIELDS = [
  "Type",
  "FullName",
  "CountryCode",
  "ADM1Code",
  "ADM2Code",
  "Lat",
  "Long",
  "FeatureID",
] as const;

/** The 61 column names of a GDELT 2.0 event record. */
export const GDELT_COLUMNS: readonly string[] = [
  "GLOBALEVENTID",
  "SQLDATE",
  "MonthYear",
  "Year",
  "FractionDate",
  ...ACTOR_FIELDS.map((f) => `Actor1${f}`),
  ...ACTOR_FIELDS.map((f) => `Actor2${f}`),
  "IsRootEvent",
  "EventCode",
  "EventBaseCode",
  "EventRootCode",
  "QuadClass",
  "GoldsteinScale",
  "NumMentions",
  "NumSources",
  "NumArticles",
  "AvgTone",
  ...GEO_FIELDS.map((f) => `Actor1Geo_${f}`),
  ...GEO_FIELDS.map((f) => `Actor2Geo_${f}`),
  ...GEO_FIELDS.map((f) => `ActionGeo_${f}`),
  "DATEADDED",
  "SOURCEURL",
];

/** CAMEO actor type (role) codes: what a 3-letter part of an actor code is when it is not a country. */
export const CAMEO_TYPE_CODES: ReadonlySet<string> = new Set([
  "AGR",
  "BUS",
  "COP",
  "CRM",
  "CVL",
  "DEV",
  "EDU",
  "ELI",
  "ENV",
  "GOV",
  "HLH",
  "HRI",
  "IGO",
  "IMG",
  "INS",
  "JUD",
  "LAB",
  "LEG",
  "MED",
  "MIL",
  "MNC",
  "MOD",
  "NGM",
  "NGO",
  "OPP",
  "PTY",
  "RAD",
  "REB",
  "REF",
  "SEP",
  "SET",
  "SPY",
  "UAF",
]);
