import { createHash } from "node:crypto";

/**
 * The article id: sha256 of the UTF-8 bytes of the normalised text, hex, first 16
 * characters. Pass text that went through `normaliseText`, so the same story hashes the
 * same whatever its line endings or quote style.
 *
 * @example
 * contentHash(normaliseText("It\u2019s here.\r\n")) === contentHash("It's here.") // true
 */
export function contentHash(normalisedText: string): string {
  return createHash("sha256").update(normalisedText, "utf8").digest("hex").slice(0, 16);
}
