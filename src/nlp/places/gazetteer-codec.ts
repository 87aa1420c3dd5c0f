import type { GazetteerData, GazetteerRecord, PlaceFeature, PlaceRecord } from "./place-types.js";

/**
 * Binary layout of the compiled gazetteer (little endian, sections 4-byte aligned):
 * "SVGZ", u32 header length, header JSON (tables, counts, fingerprint), then columns
 * lat f32[n], lon f32[n], population i32[n] (-1 = none), geonameid i32[n] (0 = none),
 * country u16[n], admin1 u16[n] (0xffff = none), featureCode u8[n], feature u8[n],
 * key offsets u32[k+1], postings u32[m], then UTF-8 strings: names, sorted keys,
 * common words, first names, demonyms (newline-joined). Loading is a few typed-array
 * views and five string splits, so a cold start stays well under the 400 ms budget.
 */
const MAGIC = "SVGZ";
const NONE16 = 0xffff;
const FEATURES: readonly PlaceFeature[] = ["country", "admin1", "city", "region", "sea", "other"];

interface Header {
  fingerprint: string;
  n: number;
  keyCount: number;
  postingCount: number;
  countries: string[];
  admin1Codes: string[];
  featureCodes: string[];
  abbreviations: [string, number][];
  curated: [string, number][];
  derived: [string, number][];
  maxKeyWords: number;
  stringBytes: number[];
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

function tableOf(values: Iterable<string | null>): { list: string[]; index: Map<string, number> } {
  const list = [...new Set([...values].filter((v): v is string => v !== null))].sort();
  return { list, index: new Map(list.map((v, i) => [v, i])) };
}

function postings(data: GazetteerData): { keys: string[]; offsets: Uint32Array; list: Uint32Array } {
  const byKey = new Map<string, number[]>();
  data.records.forEach((r, i) => {
    for (const key of r.keys) {
      const list = byKey.get(key);
      if (list) list.push(i);
      else byKey.set(key, [i]);
    }
  });
  const keys = [...byKey.keys()].sort();
  const offsets = new Uint32Array(keys.length + 1);
  const flat: number[] = [];
  keys.forEach((key, k) => {
    offsets[k] = flat.length;
    for (const i of byKey.get(key) ?? []) flat.push(i);
  });
  offsets[keys.length] = flat.length;
  return { keys, offsets, list: Uint32Array.from(flat) };
}

function columns(data: GazetteerData, header: Header): ArrayBufferView[] {
  const n = data.records.length;
  const lat = new Float32Array(n);
  const lon = new Float32Array(n);
  const pop = new Int32Array(n);
  const gid = new Int32Array(n);
  const country = new Uint16Array(n);
  const admin1 = new Uint16Array(n);
  const fcode = new Uint8Array(n);
  const feature = new Uint8Array(n);
  const ci = new Map(header.countries.map((v, i) => [v, i]));
  const ai = new Map(header.admin1Codes.map((v, i) => [v, i]));
  const fi = new Map(header.featureCodes.map((v, i) => [v, i]));
  data.records.forEach((r, i) => {
    lat[i] = r.lat;
    lon[i] = r.lon;
    pop[i] = r.population ?? -1;
    gid[i] = r.geonameid ?? 0;
    country[i] = r.country === null ? NONE16 : (ci.get(r.country) ?? NONE16);
    admin1[i] = r.admin1Code === null ? NONE16 : (ai.get(r.admin1Code) ?? NONE16);
    fcode[i] = fi.get(r.featureCode) ?? 0;
    feature[i] = FEATURES.indexOf(r.feature);
  });
  return [lat, lon, pop, gid, country, admin1, fcode, feature];
}

function pairIndices(data: GazetteerData, pairs: [string, GazetteerRecord][]): [string, number][] {
  const position = new Map(data.records.map((r, i) => [r, i]));
  return pairs.map(([key, r]) => [key, position.get(r) ?? -1]);
}

/**
 * Serialise compiled gazetteer data to the binary file stored under data/places/.
 * @example decodeGazetteer(encodeGazetteer(data)).size === data.records.length
 */
export function encodeGazetteer(data: GazetteerData): Buffer {
  const post = postings(data);
  const strings = [
    data.records.map((r) => r.name).join("\n"),
    post.keys.join("\n"),
    [...data.commonWords].sort().join("\n"),
    [...data.firstNames].sort().join("\n"),
    [...data.demonyms].sort().join("\n"),
  ].map((s) => Buffer.from(s, "utf8"));
  const header: Header = {
    fingerprint: data.fingerprint,
    n: data.records.length,
    keyCount: post.keys.length,
    postingCount: post.list.length,
    countries: tableOf(data.records.map((r) => r.country)).list,
    admin1Codes: tableOf(data.records.map((r) => r.admin1Code)).list,
    featureCodes: tableOf(data.records.map((r) => r.featureCode)).list,
    abbreviations: data.records.flatMap((r, i) => r.abbreviations.map((a) => [a, i] as [string, number])),
    curated: pairIndices(data, data.curated),
    derived: pairIndices(data, data.derived),
    maxKeyWords: post.keys.reduce((m, k) => Math.max(m, k.split(" ").length), 1),
    stringBytes: strings.map((s) => s.length),
  };
  const parts: Buffer[] = [];
  const json = Buffer.from(JSON.stringify(header), "utf8");
  const head = Buffer.alloc(align4(8 + json.length));
  head.write(MAGIC, 0, "latin1");
  head.writeUInt32LE(json.length, 4);
  json.copy(head, 8);
  parts.push(head);
  for (const col of [...columns(data, header), post.offsets, post.list]) {
    const bytes = Buffer.from(col.buffer, col.byteOffset, col.byteLength);
    parts.push(bytes, Buffer.alloc(align4(bytes.length) - bytes.length));
  }
  parts.push(...strings);
  return Buffer.concat(parts);
}

function readHeader(buf: Buffer): { header: Header; offset: number } | null {
  if (buf.length < 8 || buf.toString("latin1", 0, 4) !== MAGIC) return null;
  const length = buf.readUInt32LE(4);
  const header = JSON.parse(buf.toString("utf8", 8, 8 + length)) as Header;
  return { header, offset: align4(8 + length) };
}

/** The fingerprint stored in a compiled gazetteer, or null when the bytes are no gazetteer. */
export function gazetteerFingerprint(buf: Buffer): string | null {
  try {
    return readHeader(buf)?.header.fingerprint ?? null;
  } catch {
    return null;
  }
}

/** Read-only, lazily materialising view over a compiled gazetteer. */
export class GazetteerView {
  readonly fingerprint: string;
  readonly size: number;
  readonly maxKeyWords: number;
  readonly abbreviations: ReadonlyMap<string, readonly number[]>;
  /** "key index" strings of curated senses. */
  readonly curated: ReadonlySet<string>;
  /** "key index" strings of divisions' bare names. */
  readonly derived: ReadonlySet<string>;
  private readonly header: Header;
  private readonly lat: Float32Array;
  private readonly lon: Float32Array;
  private readonly pop: Int32Array;
  private readonly gid: Int32Array;
  private readonly countryCol: Uint16Array;
  private readonly admin1Col: Uint16Array;
  private readonly fcodeCol: Uint8Array;
  private readonly featureCol: Uint8Array;
  private readonly keyOffsets: Uint32Array;
  private readonly postingList: Uint32Array;
  private readonly names: string[];
  private readonly keys: string[];
  readonly commonWords: readonly string[];
  readonly firstNames: readonly string[];
  readonly demonyms: readonly string[];
  private readonly cache = new Map<number, PlaceRecord>();

  constructor(bytes: Buffer) {
    const parsed = readHeader(bytes);
    if (!parsed) throw new Error("secvar: not a compiled gazetteer (bad magic)");
    const { header } = parsed;
    // Typed-array views need an aligned ArrayBuffer: copy once if the Buffer is a pool slice.
    const buf = bytes.byteOffset % 4 === 0 ? bytes : Buffer.from(bytes);
    let offset = parsed.offset;
    const take = <T>(
      make: (b: ArrayBufferLike, o: number, len: number) => T,
      count: number,
      width: number,
    ): T => {
      const view = make(buf.buffer, buf.byteOffset + offset, count);
      offset += align4(count * width);
      return view;
    };
    const n = header.n;
    this.header = header;
    this.fingerprint = header.fingerprint;
    this.size = n;
    this.maxKeyWords = header.maxKeyWords;
    this.lat = take((b, o, l) => new Float32Array(b, o, l), n, 4);
    this.lon = take((b, o, l) => new Float32Array(b, o, l), n, 4);
    this.pop = take((b, o, l) => new Int32Array(b, o, l), n, 4);
    this.gid = take((b, o, l) => new Int32Array(b, o, l), n, 4);
    this.countryCol = take((b, o, l) => new Uint16Array(b, o, l), n, 2);
    this.admin1Col = take((b, o, l) => new Uint16Array(b, o, l), n, 2);
    this.fcodeCol = take((b, o, l) => new Uint8Array(b, o, l), n, 1);
    this.featureCol = take((b, o, l) => new Uint8Array(b, o, l), n, 1);
    this.keyOffsets = take((b, o, l) => new Uint32Array(b, o, l), header.keyCount + 1, 4);
    this.postingList = take((b, o, l) => new Uint32Array(b, o, l), header.postingCount, 4);
    const texts = header.stringBytes.map((len) => {
      const s = buf.toString("utf8", offset, offset + len);
      offset += len;
      return s;
    });
    const split = (s: string | undefined): string[] => (s ? s.split("\n") : []);
    this.names = split(texts[0]);
    this.keys = split(texts[1]);
    this.commonWords = split(texts[2]);
    this.firstNames = split(texts[3]);
    this.demonyms = split(texts[4]);
    const abbreviations = new Map<string, number[]>();
    for (const [surface, i] of header.abbreviations)
      abbreviations.set(surface, [...(abbreviations.get(surface) ?? []), i]);
    this.abbreviations = abbreviations;
    this.curated = new Set(header.curated.map(([key, i]) => `${key} ${i}`));
    this.derived = new Set(header.derived.map(([key, i]) => `${key} ${i}`));
  }

  /** The record at a position, materialised once. */
  record(i: number): PlaceRecord {
    let r = this.cache.get(i);
    if (r) return r;
    const country = this.countryCol[i] ?? NONE16;
    const admin1 = this.admin1Col[i] ?? NONE16;
    const pop = this.pop[i] ?? -1;
    const gid = this.gid[i] ?? 0;
    r = {
      index: i,
      name: this.names[i] ?? "",
      lat: Math.round((this.lat[i] ?? 0) * 1e5) / 1e5,
      lon: Math.round((this.lon[i] ?? 0) * 1e5) / 1e5,
      country: country === NONE16 ? null : (this.header.countries[country] ?? null),
      admin1Code: admin1 === NONE16 ? null : (this.header.admin1Codes[admin1] ?? null),
      geonameid: gid === 0 ? null : gid,
      feature: FEATURES[this.featureCol[i] ?? 5] ?? "other",
      population: pop < 0 ? null : pop,
      featureCode: this.header.featureCodes[this.fcodeCol[i] ?? 0] ?? "",
    };
    this.cache.set(i, r);
    return r;
  }

  /** Records indexed under a normalised key (binary search over the sorted keys). */
  lookup(key: string): PlaceRecord[] {
    const k = sortedIndexOf(this.keys, key);
    if (k < 0) return [];
    const out: PlaceRecord[] = [];
    for (let p = this.keyOffsets[k] ?? 0; p < (this.keyOffsets[k + 1] ?? 0); p++) {
      out.push(this.record(this.postingList[p] ?? 0));
    }
    return out;
  }

  /** True when some key starts with the prefix (so a longer name may still match). */
  hasKeyPrefix(prefix: string): boolean {
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.keys[mid] as string) < prefix) lo = mid + 1;
      else hi = mid;
    }
    return (this.keys[lo] ?? "").startsWith(prefix);
  }

  /** Positions of all records of one feature kind. */
  indicesOf(feature: PlaceFeature): number[] {
    const code = FEATURES.indexOf(feature);
    const out: number[] = [];
    for (let i = 0; i < this.size; i++) if (this.featureCol[i] === code) out.push(i);
    return out;
  }
}

/** Position of a value in an array sorted by code units, or -1. */
export function sortedIndexOf(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid] as string;
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Open the bytes written by encodeGazetteer. Throws on a file of another format. */
export function decodeGazetteer(bytes: Buffer): GazetteerView {
  return new GazetteerView(bytes);
}
