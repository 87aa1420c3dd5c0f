/**
 * A deterministic synthetic news corpus: documents composed from sentence templates about
 * real countries, office holders valid at the publication date, capitals and organisations,
 * with near-duplicate and exact-duplicate re-publications at given rates. Pure: the same
 * data, seed and options give the same records.
 */
import type { CorpusData, Officeholder } from "./corpus-data.js";
import { LEADER_TITLES, MINISTER_TITLES } from "./corpus-data.js";
import {
  HEADLINE_TEMPLATES,
  OUTLETS,
  type Pick,
  type Scene,
  type SceneCountry,
  SENTENCE_TEMPLATES,
} from "./corpus-templates.js";

/** Options of `generateCorpus`. */
export interface CorpusOptions {
  docs: number;
  seed: number;
  /** Share of documents that re-publish an earlier one with a new headline and a sentence or two changed (default 0.05). */
  nearDuplicateRate?: number;
  /** Share of documents that re-publish an earlier one word for word (default 0.02). */
  exactDuplicateRate?: number;
  /** First and last publication dates, YYYY-MM-DD (default 2024-01-01 … 2025-12-31). */
  from?: string;
  to?: string;
}

/** One JSONL batch line (the shape `secvar analyze --batch` and `expandSources` read) plus ground truth. */
export interface CorpusRecord {
  id: string;
  text: string;
  published: string;
  title: string;
  url: string;
  outlet: string;
  /** Ground truth for duplicate detection: the id of the document this one re-publishes. */
  duplicate_of: string | null;
  kind: "original" | "near-duplicate" | "exact-duplicate";
}

/** Mulberry32: a small, fast, seedable generator of floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;
const LEAD_KINDS = [
  "meeting",
  "statement",
  "accusation",
  "attack",
  "aid",
  "deployment",
  "ratification",
  "visit",
  "threat",
];
const DAY_MS = 86_400_000;
const KINDS = Object.keys(SENTENCE_TEMPLATES);
const POOL_SIZE = 500;

interface Original {
  record: CorpusRecord;
  scene: Scene;
  sentences: string[];
  kinds: string[];
}

/** Who held a leader or minister post in each country on a date. */
function inOffice(
  holders: readonly Officeholder[],
  country: string,
  date: string,
  titles: ReadonlySet<string>,
) {
  return holders.filter(
    (h) =>
      h.country === country &&
      titles.has(h.title) &&
      (h.from ?? "") <= date &&
      (h.to === null || h.to > date),
  );
}

function leaderOf(data: CorpusData, c: SceneCountry, date: string, pick: Pick): string {
  const holders = inOffice(data.officeholders, c.iso3, date, LEADER_TITLES);
  if (holders.length === 0) return `${c.possessive} government`;
  const h = pick(holders);
  return h.name.startsWith(`${h.title} `) ? h.name : `${h.title} ${h.name}`;
}

function ministerOf(data: CorpusData, c: SceneCountry, date: string, pick: Pick): string {
  const holders = inOffice(data.officeholders, c.iso3, date, MINISTER_TITLES);
  if (holders.length === 0) return `${/^[AEIOU]/.test(c.adjective) ? "an" : "a"} ${c.adjective} envoy`;
  const h = pick(holders);
  return `${c.possessive} ${h.title.toLowerCase()}, ${h.name},`;
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function publicationDay(random: () => number, from: string, to: string): number {
  const start = Date.parse(`${from}T00:00:00Z`);
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - start) / DAY_MS) + 1;
  return start + Math.floor(random() * days) * DAY_MS;
}

function sceneOf(data: CorpusData, published: number, random: () => number, pick: Pick): Scene {
  const date = isoDay(published);
  const a = pick(data.countries);
  let b = pick(data.countries);
  while (b.iso3 === a.iso3) b = pick(data.countries);
  const later = (new Date(published).getUTCMonth() + 1 + Math.floor(random() * 4)) % 12;
  return {
    a,
    b,
    aLeader: leaderOf(data, a, date, pick),
    bLeader: leaderOf(data, b, date, pick),
    aMinister: ministerOf(data, a, date, pick),
    bMinister: ministerOf(data, b, date, pick),
    organisation: pick(data.organisations),
    place: pick([a.capital, b.capital, pick(data.countries).capital]),
    scene: b.capital,
    when: whenOf(published, random),
    laterMonth: MONTHS[later] ?? "January",
    count: 2 + Math.floor(random() * 8),
  };
}

/** A weekday in the six days before publication: "on Friday". */
function whenOf(published: number, random: () => number): string {
  const daysBack = 1 + Math.floor(random() * 6);
  return `on ${WEEKDAYS[new Date(published - daysBack * DAY_MS).getUTCDay()]}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A sentence of a kind; each sentence draws its own weekday, all in the week before publication. */
function sentenceOf(kind: string, scene: Scene, published: number, random: () => number, pick: Pick): string {
  const own = { ...scene, when: whenOf(published, random) };
  return capitalise(pick(SENTENCE_TEMPLATES[kind] ?? [])(own, pick));
}

/** The kinds of a document's sentences: a lead kind, then 3–7 other kinds, none twice. */
function kindsOf(random: () => number, pick: Pick): string[] {
  const lead = pick(LEAD_KINDS);
  const rest = Object.keys(SENTENCE_TEMPLATES).filter((k) => k !== lead);
  for (let i = rest.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [rest[i], rest[j]] = [rest[j] as string, rest[i] as string];
  }
  return [lead, ...rest.slice(0, 3 + Math.floor(random() * 5))];
}

/** Sentences in paragraphs of one or two, the first behind a dateline. */
function bodyOf(sentences: readonly string[], scene: Scene): string {
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += i % 3 === 0 ? 1 : 2) {
    paragraphs.push(sentences.slice(i, i + (i % 3 === 0 ? 1 : 2)).join(" "));
  }
  return `${scene.place.toUpperCase()} — ${paragraphs.join("\n\n")}`;
}

function slug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
}

function urlOf(outlet: string, published: string, title: string, id: string): string {
  return `https://${slug(outlet)}.example/${published.slice(0, 7).replace("-", "/")}/${slug(title)}-${id}`;
}

function record(id: string, fields: Omit<CorpusRecord, "id" | "url"> & { id?: string }): CorpusRecord {
  return { ...fields, id, url: urlOf(fields.outlet, fields.published, fields.title, id) };
}

/** Draws documents one at a time. */
class CorpusDrawer {
  private readonly random: () => number;
  private readonly pick: Pick;
  private readonly pool: Original[] = [];

  constructor(
    private readonly data: CorpusData,
    private readonly opts: Required<CorpusOptions>,
  ) {
    this.random = seededRandom(opts.seed);
    this.pick = <T>(items: readonly T[]): T => items[Math.floor(this.random() * items.length)] as T;
  }

  draw(n: number): CorpusRecord {
    const id = `syn-${this.opts.seed}-${n}`;
    const r = this.random();
    const source = this.pool.length > 0 ? this.pick(this.pool) : null;
    if (source && r < this.opts.exactDuplicateRate) return this.exactCopy(id, source);
    if (source && r < this.opts.exactDuplicateRate + this.opts.nearDuplicateRate)
      return this.nearCopy(id, source);
    return this.original(id);
  }

  private original(id: string): CorpusRecord {
    const day = publicationDay(this.random, this.opts.from, this.opts.to);
    const scene = sceneOf(this.data, day, this.random, this.pick);
    const kinds = kindsOf(this.random, this.pick);
    const sentences = kinds.map((k) => sentenceOf(k, scene, day, this.random, this.pick));
    const title = capitalise(this.pick(HEADLINE_TEMPLATES[kinds[0] ?? "meeting"] ?? [])(scene, this.pick));
    const rec = record(id, {
      text: bodyOf(sentences, scene),
      published: isoDay(day),
      title,
      outlet: this.pick(OUTLETS),
      duplicate_of: null,
      kind: "original",
    });
    this.remember({ record: rec, scene, sentences, kinds });
    return rec;
  }

  private exactCopy(id: string, source: Original): CorpusRecord {
    const outlet = this.pick(OUTLETS);
    return record(id, { ...source.record, outlet, duplicate_of: source.record.id, kind: "exact-duplicate" });
  }

  /** Same body with one or two sentences rewritten, a headline of another kind, a day later at most. */
  private nearCopy(id: string, source: Original): CorpusRecord {
    const sentences = [...source.sentences];
    const published = Date.parse(`${source.record.published}T00:00:00Z`);
    const changes = 1 + Math.floor(this.random() * 2);
    // Distinct positions after the lead: a second change never undoes the first.
    const first = 1 + Math.floor(this.random() * (sentences.length - 1));
    const positions = changes === 1 ? [first] : [first, 1 + (first % (sentences.length - 1))];
    for (const at of positions) sentences[at] = this.rewrite(sentences[at] ?? "", source.scene, published);
    const kind = this.pick(source.kinds);
    const title = capitalise(this.pick(HEADLINE_TEMPLATES[kind] ?? [])(source.scene, this.pick));
    const day = published + Math.floor(this.random() * 2) * DAY_MS;
    return record(id, {
      text: bodyOf(sentences, source.scene),
      published: isoDay(day),
      title: title === source.record.title ? `${title}, officials say` : title,
      outlet: this.pick(OUTLETS),
      duplicate_of: source.record.id,
      kind: "near-duplicate",
    });
  }

  /** A new sentence for the scene that differs from the old one (a few draws at most). */
  private rewrite(old: string, scene: Scene, published: number): string {
    let sentence = old;
    for (let tries = 0; tries < 5 && sentence === old; tries++) {
      sentence = sentenceOf(this.pick(KINDS), scene, published, this.random, this.pick);
    }
    return sentence === old ? `${old.slice(0, -1)}, officials said.` : sentence;
  }

  private remember(original: Original): void {
    if (this.pool.length < POOL_SIZE) this.pool.push(original);
    else this.pool[Math.floor(this.random() * POOL_SIZE)] = original;
  }
}

/**
 * Yields `opts.docs` synthetic documents, deterministic for a seed. Memory stays bounded: a
 * pool of the last 500 originals feeds the re-publications.
 *
 * @example
 * for (const r of generateCorpus(data, { docs: 3, seed: 1 })) console.log(JSON.stringify(r));
 */
export function* generateCorpus(data: CorpusData, opts: CorpusOptions): Generator<CorpusRecord> {
  if (data.countries.length < 2 || data.organisations.length === 0) {
    throw new Error("synthetic corpus: expected at least two countries and one organisation in the data");
  }
  const drawer = new CorpusDrawer(data, {
    nearDuplicateRate: 0.05,
    exactDuplicateRate: 0.02,
    from: "2024-01-01",
    to: "2025-12-31",
    ...opts,
  });
  for (let n = 1; n <= opts.docs; n++) yield drawer.draw(n);
}
