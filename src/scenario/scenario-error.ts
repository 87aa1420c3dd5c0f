/** Problems are data: every model or query problem has a code, the input it names and a message. */

export type ScenarioProblem =
  | { code: "syntax"; input: string; line: number; message: string }
  | { code: "duplicate_variable"; variable: string; message: string }
  | { code: "unknown_parent"; variable: string; parent: string; message: string }
  | { code: "cycle"; cycle: string[]; message: string }
  | { code: "bad_table_size"; variable: string; expected: number; found: number; message: string }
  | { code: "row_sum"; variable: string; row: string; sum: number; message: string }
  | { code: "bad_probability"; variable: string; row: string; value: string; message: string }
  | { code: "missing_row"; variable: string; row: string; message: string }
  | { code: "unknown_variable"; variable: string; message: string }
  | { code: "unknown_state"; variable: string; state: string; states: string[]; message: string }
  | { code: "bad_likelihood"; variable: string; message: string }
  | { code: "zero_probability_evidence"; message: string }
  | { code: "invalid_model"; path: string; message: string }
  | { code: "too_large"; message: string };

/** The one error the scenario engine throws; `problem` carries the structured detail. */
export class ScenarioError extends Error {
  constructor(readonly problem: ScenarioProblem) {
    super(problem.message);
    this.name = "ScenarioError";
  }
  get code(): ScenarioProblem["code"] {
    return this.problem.code;
  }
}

/** Narrowing helper for callers that catch `unknown`. */
export function isScenarioError(e: unknown): e is ScenarioError {
  return e instanceof ScenarioError;
}
