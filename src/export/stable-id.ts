/** Deterministic ids: RFC 4122 name-based UUIDs (version 5) and 53-bit numbers. */
import { createHash } from "node:crypto";

let lastNamespace = "";
let lastNamespaceBytes = Buffer.alloc(16);

/** The 16 bytes of a UUID; the last namespace is remembered, as callers use one namespace. */
function uuidBytes(uuid: string): Buffer {
  if (uuid !== lastNamespace) {
    lastNamespaceBytes = Buffer.from(uuid.replace(/-/g, ""), "hex");
    lastNamespace = uuid;
  }
  return lastNamespaceBytes;
}

function formatUuid(bytes: Uint8Array): string {
  const hex = Buffer.from(bytes).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The version-5 UUID of a name in a namespace (SHA-1, RFC 4122 §4.3).
 *
 * @example
 * uuidV5("www.example.com", "6ba7b810-9dad-11d1-80b4-00c04fd430c8") // "2ed6657d-e927-568b-95e1-2665a8aea6a2"
 */
export function uuidV5(name: string, namespace: string): string {
  const hash = createHash("sha1").update(uuidBytes(namespace)).update(name, "utf8").digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  return formatUuid(bytes);
}

/**
 * A stable positive integer below 2^53 for a string id: the first 53 bits of its SHA-256.
 * Safe in JavaScript, JSON and 64-bit integer columns; collisions are unlikely (about one
 * in 18 000 for a million ids).
 *
 * @example
 * numericId("3f2a9c0d1e2b4a5c:4:0") // the same number on every run
 */
export function numericId(id: string): number {
  const hash = createHash("sha256").update(id, "utf8").digest();
  // 6 bytes (48 bits) plus the top 5 bits of the seventh.
  return hash.readUIntBE(0, 6) * 32 + ((hash[6] ?? 0) >> 3);
}
