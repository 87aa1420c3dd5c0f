#!/usr/bin/env node
/**
 * Converts the CAMEO codebook table (shared/eval/reference/cameo_codes.tsv) into data/cameo/codes.json.
 *
 * Usage: node scripts/verbs/import-cameo-codes.mjs [--shared DIR | DIR] [--out FILE] [--check]
 *   --shared DIR  folder holding eval/reference/cameo_codes.tsv (default: ../shared next to the repo)
 *   --out FILE    output file (default: data/cameo/codes.json)
 *   --check       do not write; exit 1 when the output file differs from what would be written
 */

import { mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs, pathOption, sharedDir, writeOrCheck } from "./cli-args.mjs";

export const CODES_VERSION = "2026.11";

const QUAD_CLASSES = {
  0: "neutral (public statements, appeals)",
  1: "verbal cooperation",
  2: "material cooperation",
  3: "verbal conflict",
  4: "material conflict",
};

/**
 * Parses the TSV: one `#` header comment (sources), a column header row, then one row per code.
 * @param {string} text
 * @returns {{ comment: string, rows: Record<string, string>[] }}
 */
export function parseCodesTsv(text) {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  const comment = lines
    .filter((l) => l.startsWith("#"))
    .map((l) => l.replace(/^#\s?/, ""))
    .join(" ");
  const data = lines.filter((l) => !l.startsWith("#"));
  const header = (data[0] ?? "").split("\t");
  const rows = data.slice(1).map((line) => {
    const cells = line.split("\t");
    return Object.fromEntries(header.map((h, i) => [h, (cells[i] ?? "").trim()]));
  });
  return { comment, rows };
}

/**
 * @param {string} value
 * @returns {number | null}
 */
function numberOrNull(value) {
  return value === "" || Number.isNaN(Number(value)) ? null : Number(value);
}

/**
 * @param {string} value
 * @returns {string | null}
 */
function textOrNull(value) {
  return value === "" ? null : value;
}

/**
 * Goldstein score of a code, falling back to its parent (4-digit → 3-digit, 3-digit → root) when the
 * codebook gives none (the CAMEO 2.0 additions 155, 176, 1213, 1834, 1951, 1952).
 * @param {string} code
 * @param {Map<string, Record<string, string>>} byCode
 * @returns {{ value: number | null, inherited: boolean }}
 */
function goldsteinOf(code, byCode) {
  const own = numberOrNull(byCode.get(code)?.goldstein ?? "");
  if (own !== null || code.length <= 2) return { value: own, inherited: false };
  const parent = code.length === 4 ? code.slice(0, 3) : code.slice(0, 2);
  return { value: goldsteinOf(parent, byCode).value, inherited: true };
}

/**
 * Builds one code record. PLOVER event/mode/context of a 4-digit code without its own entry come from the
 * 3-digit parent (the CAMEO2PLOVER-2021 convention).
 * @param {Record<string, string>} row
 * @param {Map<string, Record<string, string>>} byCode
 */
export function codeRecord(row, byCode) {
  const code = row.code ?? "";
  const parent = code.length === 4 ? byCode.get(code.slice(0, 3)) : undefined;
  const ploverSource = (row.plover_event ?? "") === "" && parent ? parent : row;
  const context = ploverSource.plover_context ?? "";
  const goldstein = goldsteinOf(code, byCode);
  return {
    name: row.name ?? "",
    root: row.root ?? code.slice(0, 2),
    level: Number(row.level),
    goldstein: goldstein.value,
    ...(goldstein.inherited ? { goldstein_inherited: true } : {}),
    goldstein_icews: numberOrNull(row.goldstein_icews ?? ""),
    quad_class: Number(row.quad_class_phoenix),
    plover: textOrNull(ploverSource.plover_event ?? ""),
    plover_mode: textOrNull(ploverSource.plover_mode ?? ""),
    plover_context: context === "" ? null : context.split(";").map((c) => c.trim()),
    name_gdelt: textOrNull(row.name_gdelt_lookup ?? ""),
    description: textOrNull(row.description ?? ""),
    usage_notes: textOrNull(row.usage_notes ?? ""),
  };
}

/**
 * Serialises the codes document with one code per line, in codebook order.
 * @param {string} attribution
 * @param {[string, ReturnType<typeof codeRecord>][]} entries
 * @returns {string}
 */
export function serialiseCodes(attribution, entries) {
  const head = [
    "{",
    `  "version": ${JSON.stringify(CODES_VERSION)},`,
    `  "cameo_version": "1.1b3 (with the PETRARCH 2 / CAMEO 2.0 additions 155, 176, 1951, 1952)",`,
    `  "attribution": ${JSON.stringify(attribution)},`,
    `  "quad_classes": ${JSON.stringify(QUAD_CLASSES)},`,
    `  "codes": {`,
  ];
  const body = entries.map(
    ([code, rec], i) =>
      `    ${JSON.stringify(code)}: ${JSON.stringify(rec)}${i < entries.length - 1 ? "," : ""}`,
  );
  return `${[...head, ...body, "  }", "}"].join("\n")}\n`;
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const tsv = join(sharedDir(args), "eval", "reference", "cameo_codes.tsv");
  const out = pathOption(args, "out", "data/cameo/codes.json");
  const { comment, rows } = parseCodesTsv(readFileSync(tsv, "utf8"));
  const byCode = new Map(rows.map((r) => [r.code ?? "", r]));
  const entries = rows.map((r) => [r.code ?? "", codeRecord(r, byCode)]);
  const attribution =
    `Converted by scripts/verbs/import-cameo-codes.mjs from secvar's reference table cameo_codes.tsv. ` +
    `CAMEO (Conflict and Mediation Event Observations) codebook by Deborah J. Gerner, Philip A. Schrodt, ` +
    `Omur Yilmaz et al. Table sources: ${comment}`;
  mkdirSync(dirname(out), { recursive: true });
  const ok = writeOrCheck(out, serialiseCodes(attribution, entries), args.options.has("check"));
  console.error(`${entries.length} codes`);
  process.exitCode = ok ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main();
