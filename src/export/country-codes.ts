/** ISO 3166-1 alpha-3 → alpha-2, from the world-countries package (ODbL), loaded on first use. */
import { createRequire } from "node:module";

let table: ReadonlyMap<string, string> | undefined;

function loadTable(): ReadonlyMap<string, string> {
  const require = createRequire(import.meta.url);
  const countries = require("world-countries/countries.json") as Array<{ cca2: string; cca3: string }>;
  return new Map(countries.map((c) => [c.cca3, c.cca2]));
}

/**
 * The alpha-2 code of an alpha-3 country code, or null when there is none.
 *
 * @example
 * iso3ToIso2("UKR") // "UA"
 */
export function iso3ToIso2(iso3: string): string | null {
  table ??= loadTable();
  return table.get(iso3.toUpperCase()) ?? null;
}
