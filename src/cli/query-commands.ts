/**
 * Read commands over the knowledge store: `secvar events|claims|actors|timeline`. Tables by default,
 * `--json` (one page object) or `--jsonl` (one row per line) for other tools.
 */
import type {
  ActorFilter,
  ClaimFilter,
  ClaimRow,
  EventRow,
  Page,
  Store,
  TimelineDay,
} from "../store/index.js";
import { CliError } from "./cli-error.js";
import type { Output } from "./output.js";
import { eventFilter, type FilterFlags, limitOf } from "./query-filters.js";
import { asCliError, openCliStore, storeLocation } from "./store-location.js";

export interface ReadFlags extends FilterFlags {
  db?: string;
  json?: boolean;
  jsonl?: boolean;
  contested?: boolean;
  name?: string;
}

/** Left-aligned columns, each as wide as its widest cell (capped), two spaces apart. */
export function table(header: string[], rows: string[][], caps: number[] = []): string {
  const cap = (s: string, k: number) => {
    const max = caps[k] ?? 60;
    return s.length > max ? `${s.slice(0, max - 1)}…` : s;
  };
  const all = [header, ...rows].map((r) => r.map(cap));
  const widths = header.map((_, k) => Math.max(...all.map((r) => (r[k] ?? "").length)));
  return all
    .map((r) => r.map((c, k) => (k === r.length - 1 ? c : c.padEnd(widths[k] ?? 0))).join("  "))
    .join("\n");
}

function dyad(e: { source: { code: string | null }; target: { code: string | null } }): string {
  return `${e.source.code ?? "—"} → ${e.target.code ?? "—"}`;
}

function eventRows(items: EventRow[]): string[][] {
  return items.map((e) => [
    e.date.day,
    dyad(e),
    `${e.code} ${e.codeName}`,
    e.modality,
    e.grade ?? "",
    e.place?.name ?? "",
    e.document.title ?? e.document.url ?? e.document.contentId,
  ]);
}

function claimRows(items: ClaimRow[]): string[][] {
  return items.map((c) => [
    String(c.id),
    c.firstSeen,
    `${c.sourceCode ?? "—"} → ${c.targetCode ?? "—"}`,
    c.code,
    String(c.eventCount),
    String(c.sourceCount),
    c.grade.label,
    c.contested ? `contested (${c.denials} denial${c.denials === 1 ? "" : "s"})` : "",
  ]);
}

function timelineRows(items: TimelineDay[]): string[][] {
  return items.map((d) => [
    d.day,
    String(d.count),
    d.events
      .slice(0, 3)
      .map((e) => `${dyad(e)} ${e.code}`)
      .join("; "),
  ]);
}

function emit<T>(out: Output, flags: ReadFlags, page: Page<T>, render: () => string): void {
  if (flags.json) out.out(JSON.stringify(page, null, 2));
  else if (flags.jsonl) for (const item of page.items) out.out(JSON.stringify(item));
  else {
    out.out(page.items.length ? render() : "(no rows)");
    if (page.next) out.out(`… more: add --after ${page.next}`);
  }
}

async function withStore<T>(flags: ReadFlags, run: (store: Store) => Promise<T>): Promise<T> {
  if (flags.json && flags.jsonl) throw new CliError("choose one of --json and --jsonl", 2);
  const store = await openCliStore(flags.db);
  try {
    return await run(store);
  } catch (e) {
    throw asCliError(e, storeLocation(flags.db));
  } finally {
    await store.close();
  }
}

export function eventsCommand(flags: ReadFlags, out: Output): Promise<void> {
  const filter = eventFilter(flags);
  return withStore(flags, async (store) => {
    const page = await store.events(filter);
    emit(out, flags, page, () =>
      table(
        ["date", "source → target", "event", "modality", "grade", "place", "document"],
        eventRows(page.items),
        [10, 30, 48, 12, 5, 20, 50],
      ),
    );
  });
}

export function claimsCommand(flags: ReadFlags, out: Output): Promise<void> {
  const e = eventFilter(flags);
  const filter: ClaimFilter = {};
  for (const key of ["actor", "source", "target", "country", "code", "from", "to", "limit", "after"] as const)
    if (e[key] !== undefined) (filter as Record<string, unknown>)[key] = e[key];
  if (flags.contested) filter.contested = true;
  return withStore(flags, async (store) => {
    const page = await store.claims(filter);
    emit(out, flags, page, () =>
      table(
        ["claim", "first seen", "source → target", "code", "events", "sources", "grade", "contradiction"],
        claimRows(page.items),
      ),
    );
  });
}

export function actorsCommand(flags: ReadFlags, out: Output): Promise<void> {
  const filter: ActorFilter = {};
  if (flags.country) filter.country = flags.country.toUpperCase();
  if (flags.name) filter.name = flags.name;
  const limit = limitOf(flags.limit);
  if (limit) filter.limit = limit;
  if (flags.after) filter.after = flags.after;
  return withStore(flags, async (store) => {
    const page = await store.actors(filter);
    emit(out, flags, page, () =>
      table(
        ["code", "name", "kind", "country", "mentions", "documents", "as source", "as target", "first seen"],
        page.items.map((a) => [
          a.code,
          a.name,
          a.kind,
          a.country ?? "",
          String(a.mentions),
          String(a.documents),
          String(a.eventsAsSource),
          String(a.eventsAsTarget),
          a.firstSeen,
        ]),
        [16, 40],
      ),
    );
  });
}

export function timelineCommand(flags: ReadFlags, out: Output): Promise<void> {
  const { order: _order, ...filter } = eventFilter(flags);
  return withStore(flags, async (store) => {
    const page = await store.timeline(filter);
    emit(out, flags, page, () =>
      table(["day", "events", "first events"], timelineRows(page.items), [10, 6, 100]),
    );
  });
}
