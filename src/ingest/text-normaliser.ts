/**
 * Text normalisation. Every character offset downstream refers to the output of
 * `normaliseText`, so it changes only what the pipeline must not see twice in different
 * forms (quotes, dashes, odd spaces, line endings) and keeps everything else as written.
 */

// Typographic quotes and apostrophes → ASCII. Primes (′ ″) and guillemets are left alone.
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F]/g;
// Hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus sign.
// Replaced one for one, so "a — b" stays spaced and "a—b" stays joined.
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g;
// No-break, figure, narrow and other typographic spaces, and the ideographic space.
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// Invisible characters scraped text is full of: soft hyphen, zero-width space, word joiner, stray BOM.
const INVISIBLES = /[\u00AD\u200B\u2060\uFEFF]/g;
// C0/C1 controls other than tab and line feed (line breaks are handled before this runs).
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;

/** Turns every line-break convention into "\n" (form feed and paragraph separator → blank line). */
function normaliseLineBreaks(s: string): string {
  return s
    .replace(/\r\n?/g, "\n")
    .replace(/[\u2029\f]/g, "\n\n")
    .replace(/[\v\u0085\u2028]/g, "\n");
}

/** Straight quotes, hyphen-minus dashes, plain spaces, no invisible or control characters. */
function normaliseCharacters(s: string): string {
  return s
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, "-")
    .replace(ODD_SPACES, " ")
    .replace(INVISIBLES, "")
    .replace(CONTROLS, "");
}

/** Collapses runs of spaces and tabs and trims each line. */
function normaliseLines(s: string): string {
  return s
    .split("\n")
    .map((line) => line.replace(/[ \t]+/g, " ").trim())
    .join("\n");
}

/**
 * Normalises article text: Unicode NFC; typographic quotes and apostrophes to `'` and `"`;
 * dashes (‐ ‑ ‒ – — ― −) to `-` one for one, so surrounding spaces stay as in the source;
 * no-break and other special spaces to a space; soft hyphens, zero-width spaces and control
 * characters removed; CRLF/CR to LF; runs of spaces and tabs collapsed; lines trimmed;
 * three or more line breaks collapsed to a blank line; the whole trimmed.
 *
 * @example
 * normaliseText("\u201cYes,\u201d she said \u2014 twice.\r\n\r\n\r\nNext") // '"Yes," she said - twice.\n\nNext'
 */
export function normaliseText(s: string): string {
  const chars = normaliseCharacters(normaliseLineBreaks(s.normalize("NFC")));
  return normaliseLines(chars)
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * Normalises a one-line field (title, outlet): as `normaliseText`, with all whitespace,
 * line breaks included, collapsed to single spaces. Empty results become null.
 *
 * @example
 * normaliseInline("  Talks\n resume \u2014 again ") // "Talks resume - again"
 */
export function normaliseInline(s: string | null | undefined): string | null {
  if (s === null || s === undefined) return null;
  const out = normaliseText(s).replace(/\s+/g, " ");
  return out === "" ? null : out;
}
