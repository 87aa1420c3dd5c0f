/** Lines of a byte stream with a length limit that holds while reading, not after. */

/** A line of a stream: its 1-based number and text, or its size when it was over the limit. */
export type StreamLine = { n: number; text: string } | { n: number; tooLarge: number };

const NEWLINE = 0x0a;

function decodeLine(bytes: Buffer): string {
  const end = bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.length - 1 : bytes.length;
  return bytes.toString("utf8", 0, end);
}

/**
 * Splits a byte stream into lines (LF or CRLF). A line longer than `maxBytes` is never held in
 * memory: its bytes are counted and dropped, and it comes out as `{n, tooLarge}`.
 *
 * @example
 * for await (const line of readLines(createReadStream("big.jsonl"), 1 << 20)) if ("text" in line) line.text;
 */
export async function* readLines(
  stream: AsyncIterable<Buffer | string>,
  maxBytes: number,
): AsyncGenerator<StreamLine> {
  let parts: Buffer[] = [];
  let held = 0;
  let dropped = 0;
  let n = 0;
  const finish = (): StreamLine => {
    n++;
    const line: StreamLine =
      dropped > 0 ? { n, tooLarge: dropped + held } : { n, text: decodeLine(Buffer.concat(parts, held)) };
    parts = [];
    held = 0;
    dropped = 0;
    return line;
  };
  const keep = (piece: Buffer): void => {
    if (dropped > 0 || held + piece.length > maxBytes) {
      dropped += held + piece.length;
      parts = [];
      held = 0;
    } else {
      parts.push(piece);
      held += piece.length;
    }
  };
  for await (const chunk of stream) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
    let start = 0;
    for (let at = bytes.indexOf(NEWLINE); at !== -1; at = bytes.indexOf(NEWLINE, start)) {
      keep(bytes.subarray(start, at));
      yield finish();
      start = at + 1;
    }
    if (start < bytes.length) keep(bytes.subarray(start));
  }
  if (held > 0 || dropped > 0) yield finish();
}
