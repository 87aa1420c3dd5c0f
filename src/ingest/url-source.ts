import { IngestError } from "./ingest-error.js";

/** How long a fetch may take, body included, unless the caller says otherwise. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** A fetched document: its bytes, content type and the URL it finally came from. */
export interface FetchedDocument {
  bytes: Uint8Array;
  contentType: string | undefined;
  url: string;
}

export interface FetchOptions {
  fetch: typeof fetch;
  maxBytes: number;
  timeoutMs: number;
}

function requestError(e: unknown, input: string, timeoutMs: number): IngestError {
  if (e instanceof IngestError) return e;
  const name = typeof e === "object" && e !== null ? (e as { name?: unknown }).name : undefined;
  if (name === "TimeoutError" || name === "AbortError") {
    return new IngestError("fetch_failed", input, `expected a response within ${timeoutMs} ms, found none`, {
      cause: e,
    });
  }
  const cause = e instanceof Error ? (e.cause as { message?: string } | undefined)?.message : undefined;
  const message = e instanceof Error ? e.message : String(e);
  const detail = cause ? `${message} (${cause})` : message;
  return new IngestError(
    "fetch_failed",
    input,
    `expected an HTTP response, found a network error: ${detail}`,
    {
      cause: e,
    },
  );
}

/** Frees the connection of a response whose body will not be read. */
async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

function checkStatus(response: Response, input: string): void {
  if (response.ok) return;
  const found = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
  const code = response.status === 404 || response.status === 410 ? "not_found" : "fetch_failed";
  throw new IngestError(code, input, `expected HTTP 2xx, found ${found}`);
}

function checkDeclaredLength(response: Response, input: string, maxBytes: number): void {
  const length = Number(response.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(length) && length > maxBytes) {
    throw new IngestError(
      "too_large",
      input,
      `expected at most ${maxBytes} bytes, found Content-Length ${length}`,
    );
  }
}

/** Reads the body, stopping as soon as it exceeds `maxBytes`. */
async function readBody(response: Response, input: string, maxBytes: number): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    total += r.value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new IngestError("too_large", input, `expected at most ${maxBytes} bytes, found more`);
    }
    chunks.push(r.value);
  }
  return Buffer.concat(chunks, total);
}

/**
 * Fetches an http(s) document with a timeout covering headers and body and a size limit
 * (Content-Length checked first, then the bytes as they arrive). Throws IngestError
 * `not_found` (404, 410), `fetch_failed` (network error, timeout, other non-2xx status) or
 * `too_large`.
 */
export async function fetchDocument(
  url: string,
  input: string,
  opts: FetchOptions,
): Promise<FetchedDocument> {
  try {
    const response = await opts.fetch(url, {
      signal: AbortSignal.timeout(opts.timeoutMs),
      redirect: "follow",
      headers: { accept: "text/html, application/xhtml+xml, text/plain;q=0.9, */*;q=0.1" },
    });
    try {
      checkStatus(response, input);
      checkDeclaredLength(response, input, opts.maxBytes);
    } catch (e) {
      await discard(response);
      throw e;
    }
    const bytes = await readBody(response, input, opts.maxBytes);
    return {
      bytes,
      contentType: response.headers.get("content-type") ?? undefined,
      url: response.url || url,
    };
  } catch (e) {
    throw requestError(e, input, opts.timeoutMs);
  }
}
