/** Ways an export can fail. */
export const EXPORT_PROBLEM_CODES = ["unsorted_input", "bad_event", "unknown_format"] as const;
export type ExportProblemCode = (typeof EXPORT_PROBLEM_CODES)[number];

/**
 * The one error the exporters throw: one line naming the event (or format) and the problem.
 *
 * @example
 * new ExportError("bad_event", "doc1:0:0", "expected confidence 0–100, found 140").message
 * // "doc1:0:0: expected confidence 0–100, found 140"
 */
export class ExportError extends Error {
  override readonly name = "ExportError";
  readonly code: ExportProblemCode;
  readonly input: string;

  constructor(code: ExportProblemCode, input: string, detail: string) {
    super(`${input}: ${detail}`.replace(/\s*[\r\n]+\s*/g, " "));
    this.code = code;
    this.input = input;
  }
}
