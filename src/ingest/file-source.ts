import { type FileHandle, open } from "node:fs/promises";
import { extname } from "node:path";
import { IngestError } from "./ingest-error.js";

const READ_CHUNK = 1024 * 1024;

const EXTENSION_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html",
  ".htm": "text/html",
  ".xhtml": "application/xhtml+xml",
  ".shtml": "text/html",
  ".txt": "text/plain",
  ".text": "text/plain",
  ".md": "text/plain",
};

/** The content type a file name implies, or undefined to leave it to sniffing. */
export function contentTypeForPath(path: string): string | undefined {
  return EXTENSION_TYPES[extname(path).toLowerCase()];
}

function openError(e: unknown, input: string): IngestError {
  const code = (e as NodeJS.ErrnoException).code ?? "unknown error";
  const found = code === "ENOENT" ? "no such file" : code === "EACCES" ? "no permission to read it" : code;
  return new IngestError("not_found", input, `expected a readable file, found ${found}`, { cause: e });
}

async function openFile(path: string, input: string): Promise<FileHandle> {
  try {
    return await open(path, "r");
  } catch (e) {
    throw openError(e, input);
  }
}

/** Reads at most `maxBytes + 1` bytes, so growing files and devices are bounded too. */
async function readBounded(handle: FileHandle, input: string, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const buffer = Buffer.alloc(Math.min(READ_CHUNK, maxBytes + 1 - total));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
    if (bytesRead === 0) break;
    chunks.push(buffer.subarray(0, bytesRead));
    total += bytesRead;
    if (total > maxBytes)
      throw new IngestError("too_large", input, `expected at most ${maxBytes} bytes, found more`);
  }
  return Buffer.concat(chunks, total);
}

/**
 * Reads a file of at most `maxBytes`. The size is checked with fstat before anything is read,
 * so a huge file fails at once; reads stay bounded for files that grow and for devices.
 * Throws IngestError `not_found` (missing, unreadable, a directory) or `too_large`.
 */
export async function readFileBytes(path: string, input: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await openFile(path, input);
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new IngestError("not_found", input, "expected a file, found a directory");
    if (stat.isFile() && stat.size > maxBytes) {
      throw new IngestError("too_large", input, `expected at most ${maxBytes} bytes, found ${stat.size}`);
    }
    return await readBounded(handle, input, maxBytes);
  } finally {
    await handle.close();
  }
}
