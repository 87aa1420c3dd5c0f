/** A one-pass lexer for BIF: words, quoted strings and the punctuation `{ } ( ) [ ] | , ;`. */
import { ScenarioError } from "./scenario-error.js";

const PUNCT = new Set([123, 125, 40, 41, 91, 93, 124, 44, 59]); // { } ( ) [ ] | , ;

/** A cursor over the text; `next()` returns the next token or "" at the end. */
export class BifLexer {
  private pos = 0;
  line = 1;
  /** True when the last token was a quoted string (so `"{"` is a name, not punctuation). */
  quoted = false;

  constructor(
    private readonly text: string,
    private readonly input: string,
  ) {}

  next(): string {
    this.skipSpaceAndComments();
    const t = this.text;
    const start = this.pos;
    this.quoted = false;
    if (start >= t.length) return "";
    const c = t.charCodeAt(start);
    if (c === 34) return this.quotedString();
    if (PUNCT.has(c)) {
      this.pos++;
      return t[start] as string;
    }
    let p = start;
    while (p < t.length) {
      const d = t.charCodeAt(p);
      if (d <= 32 || PUNCT.has(d) || d === 34) break;
      if (d === 47 && (t.charCodeAt(p + 1) === 47 || t.charCodeAt(p + 1) === 42)) break;
      p++;
    }
    this.pos = p;
    return t.slice(start, p);
  }

  /** The next token, which must be `want`. */
  expect(want: string): void {
    const tok = this.next();
    if (tok !== want || this.quoted) this.fail(`expected "${want}", found "${tok || "end of file"}"`);
  }

  /** Skips tokens up to and including the next `;` (properties and unknown statements). */
  skipStatement(): void {
    for (let tok = this.next(); tok !== ";" || this.quoted; tok = this.next())
      if (tok === "" && !this.quoted) this.fail('expected ";" before end of file');
  }

  fail(message: string): never {
    throw new ScenarioError({
      code: "syntax",
      input: this.input,
      line: this.line,
      message: `${this.input}:${this.line}: ${message}`,
    });
  }

  private quotedString(): string {
    const t = this.text;
    const end = t.indexOf('"', this.pos + 1);
    if (end < 0) this.fail("unterminated quoted string");
    const s = t.slice(this.pos + 1, end);
    for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 10) this.line++;
    this.pos = end + 1;
    this.quoted = true;
    return s;
  }

  private skipSpaceAndComments(): void {
    const t = this.text;
    let p = this.pos;
    for (;;) {
      const c = t.charCodeAt(p);
      if (c === 10) {
        this.line++;
        p++;
      } else if (c <= 32) p++;
      else if (c === 47 && t.charCodeAt(p + 1) === 47) {
        while (p < t.length && t.charCodeAt(p) !== 10) p++;
      } else if (c === 47 && t.charCodeAt(p + 1) === 42) {
        const end = t.indexOf("*/", p + 2);
        const stop = end < 0 ? t.length : end + 2;
        for (let i = p; i < stop; i++) if (t.charCodeAt(i) === 10) this.line++;
        p = stop;
      } else break;
    }
    this.pos = p;
  }
}
