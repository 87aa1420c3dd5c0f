/** The filter flags shared by `secvar events|claims|timeline|export`, checked and turned into store filters. */
import type { Command } from "commander";
import { MODALITIES, type Modality } from "../knowledge/index.js";
import type { EventFilter } from "../store/index.js";
import { CliError } from "./cli-error.js";

export interface FilterFlags {
  actor?: string;
  source?: string;
  target?: string;
  dyad?: string;
  country?: string;
  code?: string;
  modality?: string;
  from?: string;
  to?: string;
  place?: string;
  text?: string;
  limit?: string;
  after?: string;
}

/** Add the filter options to a command. */
export function withFilters(cmd: Command): Command {
  return cmd
    .option(
      "--actor <code|name>",
      "events where this actor is source or target (code such as PRKMIL, or a name)",
    )
    .option("--source <code>", "source actor code")
    .option("--target <code>", "target actor code")
    .option("--dyad <A,B>", "source A and target B (actor codes)")
    .option("--country <ISO3>", "source or target in this country (3-letter code)")
    .option("--code <prefix>", "CAMEO code or family (19 = fight, 0871 = ceasefire)")
    .option("--modality <list>", `comma-separated modalities (${MODALITIES.join(", ")})`)
    .option("--from <YYYY-MM-DD>", "on or after this day")
    .option("--to <YYYY-MM-DD>", "on or before this day")
    .option("--place <name|ISO3>", "place name, or a place's country code")
    .option("--text <words>", "full-text search in the documents")
    .option("--limit <n>", "rows per page (default 100)")
    .option("--after <cursor>", "continue after this page cursor");
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function day(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (!DAY.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
    throw new CliError(`--${flag}: expected a date YYYY-MM-DD, found "${value}"`, 2);
  return value;
}

function modalities(value: string | undefined): Modality[] | undefined {
  if (value === undefined) return undefined;
  const list = value.split(",").map((m) => m.trim());
  for (const m of list)
    if (!(MODALITIES as readonly string[]).includes(m))
      throw new CliError(`--modality: expected one of ${MODALITIES.join(", ")}, found "${m}"`, 2);
  return list as Modality[];
}

/** Parse --limit. */
export function limitOf(value: string | undefined, max = 10_000): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new CliError(`--limit: expected a whole number from 1 to ${max}, found "${value}"`, 2);
  return n;
}

function set<K extends keyof EventFilter>(f: EventFilter, key: K, value: EventFilter[K] | undefined): void {
  if (value !== undefined) f[key] = value;
}

/** The store filter for the flags; bad values are usage errors naming the flag. */
export function eventFilter(flags: FilterFlags): EventFilter {
  const f: EventFilter = {};
  if (flags.dyad !== undefined) {
    const [a, b, ...rest] = flags.dyad.split(",").map((s) => s.trim());
    if (!a || !b || rest.length)
      throw new CliError(`--dyad: expected SOURCE,TARGET, found "${flags.dyad}"`, 2);
    f.source = a;
    f.target = b;
  }
  set(f, "actor", flags.actor);
  set(f, "source", flags.source ?? f.source);
  set(f, "target", flags.target ?? f.target);
  if (flags.country !== undefined && !/^[A-Za-z]{3}$/.test(flags.country))
    throw new CliError(`--country: expected a 3-letter country code, found "${flags.country}"`, 2);
  set(f, "country", flags.country?.toUpperCase());
  if (flags.code !== undefined && !/^\d{2,4}$/.test(flags.code))
    throw new CliError(`--code: expected a CAMEO code or family of 2–4 digits, found "${flags.code}"`, 2);
  set(f, "code", flags.code);
  set(f, "modality", modalities(flags.modality));
  set(f, "from", day(flags.from, "from"));
  set(f, "to", day(flags.to, "to"));
  set(f, "place", flags.place);
  set(f, "text", flags.text);
  set(f, "limit", limitOf(flags.limit));
  set(f, "after", flags.after);
  return f;
}
