/** Cheap looks at raw bytes and content types: binary or text, HTML or plain text. */

/** How many leading bytes the sniffers look at. */
const SNIFF_BYTES = 64 * 1024;
/** More control bytes than this share of the sample means binary. */
const MAX_CONTROL_SHARE = 0.1;

/** What a content type says about a document. */
export type DeclaredKind = "html" | "text" | "binary" | "unknown";

/** Media type and charset parameter of a Content-Type value. */
export interface ContentType {
  mediaType: string;
  charset: string | null;
}

/**
 * Splits a Content-Type header value.
 *
 * @example
 * parseContentType("text/html; charset=ISO-8859-1") // { mediaType: "text/html", charset: "iso-8859-1" }
 */
export function parseContentType(value: string | null | undefined): ContentType {
  const [type = "", ...params] = (value ?? "").split(";");
  const charsetParam = params.map((p) => p.trim()).find((p) => /^charset\s*=/i.test(p));
  const charset = charsetParam?.replace(/^charset\s*=\s*/i, "").replace(/^["']|["']$/g, "") ?? "";
  return { mediaType: type.trim().toLowerCase(), charset: charset === "" ? null : charset.toLowerCase() };
}

const BINARY_TYPES =
  /^(?:image|audio|video|font|model)\/|^application\/(?:pdf|zip|gzip|x-gzip|x-tar|x-bzip2|x-7z-compressed|wasm|msword|vnd\.ms-|vnd\.openxmlformats)/;

/** The kind of document a media type announces; "unknown" leaves it to sniffing. */
export function declaredKind(mediaType: string): DeclaredKind {
  if (mediaType === "text/html" || mediaType === "application/xhtml+xml") return "html";
  if (mediaType.startsWith("text/")) return "text";
  if (BINARY_TYPES.test(mediaType)) return "binary";
  return "unknown";
}

/** True for the C0 controls and DEL that never appear in text (tab, LF, VT, FF, CR, ESC do). */
function isControlByte(b: number): boolean {
  return (
    (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) ||
    b === 0x7f
  );
}

/** Whether the first 64 KiB contain a NUL byte. */
export function hasNulBytes(bytes: Uint8Array): boolean {
  return bytes.subarray(0, SNIFF_BYTES).includes(0);
}

/**
 * Binary content: NUL bytes, or more than 10 % control bytes, in the first 64 KiB.
 * Run it only on bytes that carry no UTF-16/32 byte-order mark (those hold NULs legitimately).
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  if (sample.length === 0) return false;
  if (sample.includes(0)) return true;
  let controls = 0;
  for (const b of sample) if (isControlByte(b)) controls++;
  return controls / sample.length > MAX_CONTROL_SHARE;
}

// The WHATWG MIME-sniffing patterns for HTML (plus <article>, <section>, <meta>), after whitespace
// and an optional XML declaration (XHTML).
const HTML_START =
  /^\s*(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html|<html|<head|<body|<script|<iframe|<h1|<div|<font|<table|<a|<style|<title|<b|<br|<p|<!--|<article|<section|<meta)[\s>/]/i;

/**
 * Whether a text starts like an HTML document.
 *
 * @example
 * looksLikeHtml("<!DOCTYPE html><html>...") // true
 */
export function looksLikeHtml(text: string): boolean {
  return HTML_START.test(text.slice(0, 1024).replace(/^\uFEFF/, ""));
}

/**
 * The charset an HTML document declares in its first 4 KiB: `<meta charset="…">` or
 * `<meta http-equiv="Content-Type" content="…; charset=…">`. Decodes the bytes as Latin-1,
 * which every ASCII-compatible encoding agrees with for markup.
 */
export function metaCharset(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, 4096));
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const m = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (m?.[1]) return m[1].toLowerCase();
  }
  return null;
}

function latin1(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
}

/** The first bytes as Latin-1 text, for sniffing ASCII-compatible markup. */
export function asciiPrefix(bytes: Uint8Array, length = 1024): string {
  return latin1(bytes.subarray(0, length));
}
