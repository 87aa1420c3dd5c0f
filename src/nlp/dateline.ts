/**
 * A wire-style dateline at the start of a story ("SEOUL, Nov. 4, 2024 -", "JERUSALEM/TEHRAN —", "LYON:"):
 * it says where and when the story was filed, not where or when anything happened.
 */
const DATELINE =
  /^\s*[A-Z][A-Z.'\u2019 -]{1,40}(?:\/[A-Z][A-Z.'\u2019 -]{1,40})*(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?))?\s*(?:\([^)\n]{1,40}\)\s*)?(?:[-\u2013\u2014]{1,2}|:)\s+/;

/**
 * End offset of the dateline, or 0 when the text has none.
 * @example datelineEnd("SEOUL, Nov. 4, 2024 - North Korea said ...") // 22
 */
export function datelineEnd(text: string): number {
  const m = DATELINE.exec(text);
  return m ? m[0].length : 0;
}
