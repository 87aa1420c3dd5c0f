import { IngestError } from "./ingest-error.js";

/**
 * Reads a stream (stdin) to the end, failing with IngestError `too_large` as soon as more
 * than `maxBytes` arrive; string chunks are taken as UTF-8.
 */
export async function readStreamBytes(
  stream: NodeJS.ReadableStream,
  input: string,
  maxBytes: number,
): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : toBuffer(chunk);
    total += buffer.length;
    if (total > maxBytes)
      throw new IngestError("too_large", input, `expected at most ${maxBytes} bytes, found more`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, total);
}

function toBuffer(chunk: unknown): Buffer {
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
}
