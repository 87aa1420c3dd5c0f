/**
 * MinHash signatures as stored from schema version 6: 4 bytes a hash, big-endian (the bytes of
 * the hex text versions 2–5 stored, so migration 6 converts with the engines' own hex decoding),
 * in a BLOB (SQLite) or bytea (PostgreSQL) column: 512 bytes a document instead of 1,024.
 */

/** A signature's bytes, 4 a hash, big-endian. */
export function signatureToBytes(signature: Uint32Array): Buffer {
  const out = Buffer.allocUnsafe(signature.length * 4);
  for (let i = 0; i < signature.length; i++) out.writeUInt32BE(signature[i] as number, i * 4);
  return out;
}

/** The signature stored as bytes (trailing bytes short of a whole hash are ignored). */
export function signatureFromBytes(bytes: Uint8Array): Uint32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Uint32Array(Math.floor(bytes.byteLength / 4));
  for (let i = 0; i < out.length; i++) out[i] = view.getUint32(i * 4);
  return out;
}
