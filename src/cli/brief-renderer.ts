/** Plain-text renderings of an extraction: the analyst's brief and the --explain trail. */
import type { EventRecord, Extraction } from "../knowledge/index.js";

const FACT_ORDER = [
  "asserted",
  "acknowledged",
  "reported",
  "alleged",
  "denied",
  "vowed",
  "planned",
  "predicted",
  "conditional",
  "hypothetical",
];

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + " ".repeat(n - s.length);
}

function clip(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

function when(e: EventRecord): string {
  if (e.date) return e.date.value;
  if (e.statement_date) return `(${e.statement_date.value})`;
  return "undated";
}

/** "reported by UKRSPY", "acknowledged by PRKGOV", "asserted (outlet)". */
export function evidenceStatus(e: EventRecord): string {
  const who = e.attributed_to ?? (e.attributed_text ? e.attributed_text : null);
  const base = e.negated ? `${e.modality}, negated` : e.modality;
  return who ? `${base} by ${who}` : `${base} (outlet)`;
}

function dyad(e: EventRecord): string {
  return `${e.source ?? "?"} → ${e.target ?? "—"}`;
}

function sortKey(e: EventRecord): string {
  const d = e.date?.value ?? e.statement_date?.value ?? "9999";
  return `${d}|${String(e.sentence.index).padStart(5, "0")}`;
}

/** The readable brief printed by `secvar analyze`. */
export function renderBrief(x: Extraction): string {
  const lines: string[] = [];
  const d = x.document;
  lines.push(d.title ?? "(untitled)");
  lines.push(
    [d.outlet, d.published ? `published ${d.published}` : "no publication date", `doc ${d.id}`]
      .filter(Boolean)
      .join(" · "),
  );
  lines.push("");
  const facts = x.events.filter((e) => e.modality !== "conditional" && e.modality !== "hypothetical");
  const maybes = x.events.filter((e) => e.modality === "conditional" || e.modality === "hypothetical");
  lines.push(`TIMELINE (${facts.length} events)`);
  for (const e of [...facts].sort((a, b) => sortKey(a).localeCompare(sortKey(b)))) lines.push(eventLine(e));
  if (maybes.length) {
    lines.push("", `CONDITIONAL / HYPOTHETICAL (${maybes.length}) — not counted as facts`);
    for (const e of maybes) lines.push(eventLine(e));
  }
  lines.push("", "ACTORS");
  lines.push(
    `  ${
      x.actors
        .slice(0, 12)
        .map((a) => `${a.code} ${a.name} (${a.mentions})`)
        .join(" · ") || "none found"
    }`,
  );
  if (x.commitments.length) {
    lines.push("", "COMMITMENTS");
    for (const c of x.commitments) {
      const head = [c.name ?? "pledge", c.article, c.parties.length ? `(${c.parties.join(", ")})` : null]
        .filter(Boolean)
        .join(" ");
      const tail = c.obligation ? `: ${c.obligation}` : "";
      const status = c.status
        ? ` — ${c.status}${c.status_by ? ` by ${c.status_by}` : ""}${c.date ? ` on ${c.date.value}` : ""}`
        : "";
      lines.push(`  ${clip(head + tail + status, 140)}`);
    }
  }
  if (x.probabilities.length) {
    lines.push("", "STATED PROBABILITIES");
    for (const p of x.probabilities) {
      const band = p.range ? ` [${p.range[0]}–${p.range[1]}]` : "";
      lines.push(`  ${p.probability.toFixed(2)}${band}  "${p.text}" — ${clip(p.about, 90)}`);
    }
  }
  return lines.join("\n");
}

function eventLine(e: EventRecord): string {
  const place = e.place ? ` @ ${e.place.name}` : "";
  return `  ${pad(when(e), 12)} ${pad(dyad(e), 18)} ${pad(`${e.code} ${clip(e.code_name, 34)}`, 40)} ${evidenceStatus(e)}${place}`;
}

/** The provenance trail: each event with its sentence, rule, and the dictionary entries behind it. */
export function renderExplain(x: Extraction, entries: Map<string, string[]>): string {
  const lines: string[] = [renderBrief(x), "", "EXPLAIN"];
  const order = (e: EventRecord) => FACT_ORDER.indexOf(e.modality);
  for (const e of [...x.events].sort((a, b) => a.sentence.index - b.sentence.index || order(a) - order(b))) {
    lines.push(
      `- ${e.id}  ${dyad(e)}  ${e.code} ${e.code_name}  [${e.plover ?? "-"}, quad ${e.quad_class}, Goldstein ${e.goldstein}]`,
    );
    lines.push(`    sentence ${e.sentence.index}: "${clip(e.sentence.text, 200)}"`);
    lines.push(
      `    verb "${e.spans.verb.text}" · source "${e.spans.source?.text ?? "-"}" · target "${e.spans.target?.text ?? e.target_text ?? "-"}"`,
    );
    lines.push(`    rule ${e.rule} · ${evidenceStatus(e)}${e.quoted ? " · quoted" : ""}`);
    if (e.date) lines.push(`    date ${e.date.value} from "${e.date.text}"`);
    if (e.statement_date)
      lines.push(`    statement date ${e.statement_date.value} from "${e.statement_date.text}"`);
    const ent = [
      ...(entries.get(e.spans.source?.text ?? "") ?? []),
      ...(entries.get(e.spans.target?.text ?? "") ?? []),
    ];
    if (ent.length) lines.push(`    dictionary ${ent.join(", ")}`);
  }
  for (const c of x.commitments)
    lines.push(`- commitment (${c.rule}) in sentence ${c.sentence.index}: "${clip(c.sentence.text, 160)}"`);
  for (const p of x.probabilities)
    lines.push(`- probability (${p.rule}) in sentence ${p.sentence.index}: "${clip(p.sentence.text, 160)}"`);
  return lines.join("\n");
}
