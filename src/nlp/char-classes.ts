/** Character classes of regular expressions, tested on char codes without a regular expression. Pure. */

/** JavaScript's \s: white space and line terminators. */
export function isSpace(c: number): boolean {
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return true;
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** `[-\s]` of a regular expression: a hyphen or any JavaScript white space. */
export function isSpaceOrHyphen(c: number): boolean {
  return c === 0x2d || isSpace(c);
}
