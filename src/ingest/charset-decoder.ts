import iconv from "iconv-lite";
import jschardet from "jschardet";
import { hasNulBytes, looksBinary } from "./content-sniffer.js";
import { IngestError } from "./ingest-error.js";

/** Below this jschardet confidence a guessed encoding is not trusted (jschardet's own threshold). */
export const MIN_DETECTION_CONFIDENCE = 0.2;

/** Decoded text and how its encoding was decided. */
export interface DecodedText {
  text: string;
  encoding: string;
  source: "bom" | "declared" | "utf-8" | "detected";
}

const BOMS: ReadonlyArray<readonly [readonly number[], string]> = [
  [[0xff, 0xfe, 0x00, 0x00], "utf-32le"],
  [[0x00, 0x00, 0xfe, 0xff], "utf-32be"],
  [[0xef, 0xbb, 0xbf], "utf-8"],
  [[0xff, 0xfe], "utf-16le"],
  [[0xfe, 0xff], "utf-16be"],
];

// Labels that WHATWG decodes as windows-1252, since real pages labelled so use its extra characters.
const WINDOWS_1252_LABELS = new Set([
  "iso-8859-1",
  "iso8859-1",
  "latin1",
  "l1",
  "us-ascii",
  "ascii",
  "cp819",
]);

function bomEncoding(bytes: Uint8Array): readonly [string, number] | null {
  for (const [bom, encoding] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) return [encoding, bom.length];
  }
  return null;
}

function decodeWith(bytes: Uint8Array, encoding: string): string {
  if (encoding === "utf-8") return new TextDecoder("utf-8").decode(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}

/** Strict UTF-8 decoding, or null when the bytes are not valid UTF-8. */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The encoding a declared label names, if it can be used for these bytes. */
function usableLabel(label: string | null, bytes: Uint8Array): string | null {
  if (label === null) return null;
  const name = label.trim().toLowerCase();
  if (WINDOWS_1252_LABELS.has(name)) return "windows-1252";
  if (/^utf-?8$/.test(name)) return "utf-8";
  // A UTF-16/32 label on bytes without NULs is wrong (WHATWG treats it as UTF-8).
  if (/^utf-?(16|32)/.test(name) && !hasNulBytes(bytes)) return null;
  return iconv.encodingExists(name) ? name : null;
}

function decodeDeclared(bytes: Uint8Array, label: string | null): DecodedText | null {
  const encoding = usableLabel(label, bytes);
  if (encoding === null) return null;
  // A false UTF-8 claim (the bytes were already found not to be UTF-8) falls through to detection.
  if (encoding === "utf-8") return null;
  return { text: decodeWith(bytes, encoding), encoding, source: "declared" };
}

/**
 * UTF-16 without a BOM, recognised by its NUL bytes: in mostly-Latin text nearly every
 * second byte is NUL (odd positions for LE, even for BE) and the other positions have almost none.
 */
function utf16ByNulPattern(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const sample = bytes.subarray(0, 64 * 1024);
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 2 || bytes.length % 2 !== 0) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  if (oddZeros >= pairs * 0.3 && evenZeros <= pairs * 0.02) return "utf-16le";
  if (evenZeros >= pairs * 0.3 && oddZeros <= pairs * 0.02) return "utf-16be";
  return null;
}

function decodeUtf16WithoutBom(bytes: Uint8Array, input: string): DecodedText {
  const encoding = utf16ByNulPattern(bytes);
  if (encoding === null)
    throw new IngestError("binary", input, "expected text, found NUL bytes (binary data)");
  return { text: decodeWith(bytes, encoding), encoding, source: "detected" };
}

function detectLegacy(bytes: Uint8Array, input: string): DecodedText {
  const guess = jschardet.detect(bytes);
  const name = guess.encoding?.toLowerCase() ?? null;
  const confidence = guess.confidence.toFixed(2);
  if (name === null) {
    throw new IngestError(
      "unknown_encoding",
      input,
      "expected UTF-8 or a known encoding, found undecodable bytes",
    );
  }
  if (guess.confidence < MIN_DETECTION_CONFIDENCE || !iconv.encodingExists(name)) {
    throw new IngestError(
      "unknown_encoding",
      input,
      `expected UTF-8 or a confidently detected encoding, found non-UTF-8 bytes that look most like ${name} (confidence ${confidence})`,
    );
  }
  return { text: decodeWith(bytes, name), encoding: name, source: "detected" };
}

/**
 * Decodes document bytes. Order: a byte-order mark (UTF-8, UTF-16, UTF-32); valid UTF-8;
 * the declared charset (HTTP header or `<meta charset>`) when iconv-lite knows it
 * (ISO-8859-1 and ASCII labels read as windows-1252, as browsers do); then jschardet's
 * guess when its confidence is at least 0.2. Throws IngestError `binary`
 * for NUL bytes (unless they have the pattern of BOM-less UTF-16) or many control bytes, and
 * `unknown_encoding` when no encoding can be trusted.
 */
export function decodeBytes(bytes: Uint8Array, input: string, declared: string | null = null): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom) return { text: decodeWith(bytes.subarray(bom[1]), bom[0]), encoding: bom[0], source: "bom" };
  if (hasNulBytes(bytes)) return decodeUtf16WithoutBom(bytes, input);
  if (looksBinary(bytes)) {
    throw new IngestError("binary", input, "expected text, found mostly control bytes (binary data)");
  }
  // Valid UTF-8 beats a declared legacy charset: multi-byte UTF-8 sequences almost never occur
  // by chance in legacy text, while stale "ISO-8859-1" labels on UTF-8 pages are common.
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: "utf-8", source: "utf-8" };
  return decodeDeclared(bytes, declared) ?? detectLegacy(bytes, input);
}
