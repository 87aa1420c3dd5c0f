/**
 * How `secvar ingest`'s extraction threads hand a chunk of analyses (each document's rows and
 * sketch) to the writing thread: every string of the chunk concatenated into one text (its bytes:
 * Latin-1 when every character fits, else UTF-16 code units), every number (and each string's
 * length, each list's size) into one Float64Array, one kind byte a value — three buffers, moved to
 * the writing thread, not copied, and kept outside its heap until the batch is written. Reading a
 * document back decodes its chunk's text once, then makes its strings as slices of it (V8 shares
 * the characters of a slice of 13 or more) and its rows as arrays, with no tags to parse. Against
 * `v8.serialize` of each analysis and `v8.deserialize` when its batch is written, it costs the
 * writing thread about a third (11–18 against 34–43 µs a document, 1,024 synthetic documents) and
 * the threads about a quarter less (20–22 against 27–30 µs).
 *
 * Values are null, numbers (doubles, -0 and NaN kept), strings (any UTF-16, lone surrogates
 * kept) and booleans, as a row of the store holds nothing else; anything else is refused
 * (`AnalysisPacker.add` throws, `packAnalyses` makes that document an error).
 */
import type { Sketch } from "../ingest/index.js";
import type { PreparedDocument } from "../store/index.js";

/** One document's rows and sketch, as the store writes them. */
export interface Analysis {
  prepared: PreparedDocument;
  sketch: Sketch;
}

/** Several documents' analyses (or the message of the error analysing one raised), packed. */
export interface PackedChunk {
  /** Every string of the chunk, one after the other, as bytes (`latin1`: one a character, else UTF-16LE). */
  text: Uint8Array;
  latin1: boolean;
  /** One per value: null, number, string, false, true. */
  kinds: Uint8Array;
  /** Numbers, string lengths, list sizes, signatures, band keys. */
  numbers: Float64Array;
  /** Per document: where its values start (kinds, numbers, text), or its error's message. */
  parts: (readonly [number, number, number] | string)[];
}

const NULL = 0;
const NUMBER = 1;
const STRING = 2;
const FALSE = 3;
const TRUE = 4;

/** `full` copied into the front of `into`, a typed array twice its length: a full buffer grown. */
function doubled<T extends Float64Array | Uint8Array>(full: T, into: T): T {
  into.set(full);
  return into;
}

/** Packs analyses one after the other (`add`, `addError`) into one `PackedChunk` (`finish`). */
export class AnalysisPacker {
  #kinds = new Uint8Array(4096);
  #k = 0;
  #numbers = new Float64Array(4096);
  #n = 0;
  #strings: string[] = [];
  #t = 0;
  #parts: PackedChunk["parts"] = [];

  #number(x: number): void {
    if (this.#n === this.#numbers.length)
      this.#numbers = doubled(this.#numbers, new Float64Array(this.#n * 2));
    this.#numbers[this.#n++] = x;
  }

  #kind(k: number): void {
    if (this.#k === this.#kinds.length) this.#kinds = doubled(this.#kinds, new Uint8Array(this.#k * 2));
    this.#kinds[this.#k++] = k;
  }

  #value(x: unknown): void {
    if (x === null || x === undefined) this.#kind(NULL);
    else if (typeof x === "number") {
      this.#kind(NUMBER);
      this.#number(x);
    } else if (typeof x === "string") {
      this.#kind(STRING);
      this.#number(x.length);
      this.#strings.push(x);
      this.#t += x.length;
    } else if (typeof x === "boolean") this.#kind(x ? TRUE : FALSE);
    else throw new Error(`packAnalysis: cannot pack a value of type ${typeof x}`);
  }

  #rows(rows: readonly (readonly unknown[])[]): void {
    this.#number(rows.length);
    for (const row of rows) {
      this.#number(row.length);
      for (let i = 0; i < row.length; i++) this.#value(row[i]);
    }
  }

  /** Adds one analysis; on a value it cannot pack it throws and the chunk is left as it was. */
  add(a: Analysis): void {
    const at = [this.#k, this.#n, this.#t] as const;
    const strings = this.#strings.length;
    try {
      const p = a.prepared;
      this.#value(p.documentId);
      this.#value(p.extractor);
      this.#value(p.sentences);
      this.#value(p.mentions);
      this.#rows(p.events);
      this.#rows(p.actors);
      this.#rows(p.commitments);
      this.#rows(p.probabilities);
      const { signature, bandKeys } = a.sketch;
      this.#number(signature.length);
      for (let i = 0; i < signature.length; i++) this.#number(signature[i] as number);
      this.#number(bandKeys.length);
      for (const key of bandKeys) this.#number(key);
    } catch (e) {
      [this.#k, this.#n, this.#t] = at;
      this.#strings.length = strings;
      throw e;
    }
    this.#parts.push(at);
  }

  /** Adds a document whose analysis failed: `unpackAnalysis` gives back an Error with this message. */
  addError(message: string): void {
    this.#parts.push(message);
  }

  finish(): PackedChunk {
    const text = this.#strings.join("");
    const latin1 = !NOT_LATIN1.test(text);
    // A buffer of its own (not a slice of Node's shared pool), so it can be moved to another thread.
    const bytes = Buffer.from(new ArrayBuffer(latin1 ? text.length : text.length * 2));
    // Both encodings write each UTF-16 code unit as it is (a lone surrogate too).
    bytes.write(text, latin1 ? "latin1" : "utf16le");
    return {
      text: new Uint8Array(bytes.buffer),
      latin1,
      kinds: this.#kinds.slice(0, this.#k),
      numbers: this.#numbers.slice(0, this.#n),
      parts: this.#parts,
    };
  }
}

/** A character beyond Latin-1 (U+0100 and above). */
const NOT_LATIN1 = /[\u0100-\uffff]/;

/** The buffers of a chunk, to move rather than copy it to another thread. */
export function chunkBuffers(chunk: PackedChunk): ArrayBuffer[] {
  return [chunk.text.buffer, chunk.kinds.buffer, chunk.numbers.buffer] as ArrayBuffer[];
}

/** Each chunk's text, decoded the first time one of its documents is read back. */
const texts = new WeakMap<PackedChunk, string>();

function chunkText(chunk: PackedChunk): string {
  let text = texts.get(chunk);
  if (text === undefined) {
    const { buffer, byteOffset, byteLength } = chunk.text;
    text = Buffer.from(buffer, byteOffset, byteLength).toString(chunk.latin1 ? "latin1" : "utf16le");
    texts.set(chunk, text);
  }
  return text;
}

/** Analyses packed into one chunk (a thrown value becomes its message: see `unpackAnalysis`). */
export function packAnalyses(analyses: readonly (Analysis | Error)[]): PackedChunk {
  const packer = new AnalysisPacker();
  for (const a of analyses) {
    if (a instanceof Error) packer.addError(a.message);
    else
      try {
        packer.add(a);
      } catch (e) {
        packer.addError(e instanceof Error ? e.message : String(e));
      }
  }
  return packer.finish();
}

/** Reads the values of one document of a packed chunk, in the order they were added. */
class Reader {
  constructor(
    private readonly chunk: PackedChunk,
    private readonly text: string,
    private k: number,
    private n: number,
    private t: number,
  ) {}

  number(): number {
    return this.chunk.numbers[this.n++] as number;
  }

  value(): unknown {
    switch (this.chunk.kinds[this.k++]) {
      case NUMBER:
        return this.chunk.numbers[this.n++];
      case STRING: {
        const length = this.chunk.numbers[this.n++] as number;
        const s = this.text.slice(this.t, this.t + length);
        this.t += length;
        return s;
      }
      case FALSE:
        return false;
      case TRUE:
        return true;
      default:
        return null;
    }
  }

  rows(): unknown[][] {
    const count = this.number();
    const rows = new Array<unknown[]>(count);
    for (let r = 0; r < count; r++) {
      const width = this.number();
      const row = new Array<unknown>(width);
      for (let i = 0; i < width; i++) row[i] = this.value();
      rows[r] = row;
    }
    return rows;
  }
}

/** Documents in a packed chunk. */
export function packedCount(chunk: PackedChunk): number {
  return chunk.parts.length;
}

/** The analysis of the chunk's `index`-th document, or the Error analysing it raised. */
export function unpackAnalysis(chunk: PackedChunk, index: number): Analysis | Error {
  const part = chunk.parts[index];
  if (part === undefined)
    throw new RangeError(`unpackAnalysis: no document ${index} in a chunk of ${chunk.parts.length}`);
  if (typeof part === "string") return new Error(part);
  const r = new Reader(chunk, chunkText(chunk), part[0], part[1], part[2]);
  const documentId = r.value() as string;
  const extractor = r.value() as string;
  const sentences = r.value() as string | null;
  const mentions = r.value() as string | null;
  const events = r.rows();
  const actors = r.rows();
  const commitments = r.rows();
  const probabilities = r.rows();
  const signature = new Uint32Array(r.number());
  for (let i = 0; i < signature.length; i++) signature[i] = r.number();
  const bandKeys = new Array<number>(r.number());
  for (let i = 0; i < bandKeys.length; i++) bandKeys[i] = r.number();
  return {
    prepared: { documentId, extractor, events, sentences, mentions, actors, commitments, probabilities },
    sketch: { signature, bandKeys },
  };
}
