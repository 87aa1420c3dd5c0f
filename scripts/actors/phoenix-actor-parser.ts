/**
 * Parser for TABARI/PETRARCH `.actors` dictionaries (Phoenix.*.actors.txt, Open Event Data
 * Alliance, MIT). Pure: text in, entries out.
 *
 * An entry is a line `NAME_WITH_UNDERSCORES_` optionally followed by `[CODE range]` blocks,
 * then synonym lines starting with `+` and code lines starting with a tab `\t[CODE range]`.
 * Ranges: `yymmdd-yymmdd`, `>yymmdd` (from), `<yymmdd` (until), none (always); 8-digit dates
 * (`yyyymmdd`) occur too. Anything after `#` is a comment.
 */

/** One `[CODE range]` block as written in the file. */
export interface RawCode {
  code: string;
  /** The date part as written ("970101-061231", ">080401", "<051231", ""). */
  range: string;
}

/** One dictionary entry: its head name, `+` synonyms, code blocks and comments. */
export interface RawActorEntry {
  file: string;
  line: number;
  name: string;
  synonyms: string[];
  codes: RawCode[];
  comments: string[];
}

const CODE_BLOCK = /\[([^\]]*)\]/g;

function splitComment(line: string): { body: string; comment: string | null } {
  const k = line.indexOf("#");
  if (k < 0) return { body: line, comment: null };
  return { body: line.slice(0, k), comment: line.slice(k + 1).trim() };
}

function codesIn(body: string): RawCode[] {
  const out: RawCode[] = [];
  for (const m of body.matchAll(CODE_BLOCK)) {
    const parts = (m[1] ?? "").trim().split(/\s+/).filter(Boolean);
    const [code = "", ...rest] = parts;
    out.push({ code, range: rest.join("") });
  }
  return out;
}

/** Parse a whole `.actors` file into entries, in file order. */
export function parseActorsFile(file: string, text: string): RawActorEntry[] {
  const entries: RawActorEntry[] = [];
  let current: RawActorEntry | null = null;
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, k) => {
    const { body, comment } = splitComment(raw);
    if (!body.trim()) {
      if (current && comment && /^\s/.test(raw)) current.comments.push(comment);
      return;
    }
    if (/^\s/.test(body)) {
      if (!current) return;
      current.codes.push(...codesIn(body));
      if (comment) current.comments.push(comment);
      return;
    }
    if (body.startsWith("+")) {
      if (!current) return;
      const syn = body.slice(1).split("[")[0]?.trim() ?? "";
      if (syn) current.synonyms.push(syn);
      current.codes.push(...codesIn(body));
      return;
    }
    const name = body.split("[")[0]?.trim() ?? "";
    current = {
      file,
      line: k + 1,
      name,
      synonyms: [],
      codes: codesIn(body),
      comments: comment ? [comment] : [],
    };
    entries.push(current);
  });
  return entries;
}

/** A TABARI date (yymmdd or yyyymmdd) → YYYY-MM-DD, or null when malformed. Two-digit years: ≥ 30 → 19yy. */
export function tabariDate(s: string): string | null {
  let y: number;
  let rest: string;
  if (/^\d{6}$/.test(s)) {
    const yy = Number(s.slice(0, 2));
    y = yy >= 30 ? 1900 + yy : 2000 + yy;
    rest = s.slice(2);
  } else if (/^\d{8}$/.test(s)) {
    y = Number(s.slice(0, 4));
    rest = s.slice(4);
  } else return null;
  const m = Number(rest.slice(0, 2));
  const d = Number(rest.slice(2, 4));
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, "0")}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`;
}

/** A range → {from, to} (null = open), or null when a date in it is malformed. */
export function tabariRange(range: string): { from: string | null; to: string | null } | null {
  if (!range) return { from: null, to: null };
  if (range.startsWith(">")) {
    const from = tabariDate(range.slice(1));
    return from ? { from, to: null } : null;
  }
  if (range.startsWith("<")) {
    const to = tabariDate(range.slice(1));
    return to ? { from: null, to } : null;
  }
  const m = /^(\d+)-(\d+)$/.exec(range);
  if (!m) return null;
  const from = tabariDate(m[1] as string);
  const to = tabariDate(m[2] as string);
  return from && to ? { from, to } : null;
}
