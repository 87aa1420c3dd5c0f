/**
 * The store's one error type: a code, a one-line message that says what was expected and what
 * was found, and the driver's error as `cause`.
 */
export const STORE_ERROR_CODES = [
  "open_failed",
  "schema_too_new",
  "migration_failed",
  "bad_input",
  "write_failed",
  "query_failed",
  "bad_filter",
  "closed",
] as const;
export type StoreErrorCode = (typeof STORE_ERROR_CODES)[number];

export class StoreError extends Error {
  override readonly name = "StoreError";
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** True for a StoreError (also across module copies). */
export function isStoreError(error: unknown): error is StoreError {
  return error instanceof Error && error.name === "StoreError" && "code" in error;
}

/** The message of any thrown value, for wrapping. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Wrap a driver error (or pass a StoreError through) with a code and what was being done. */
export function wrapError(code: StoreErrorCode, doing: string, error: unknown): StoreError {
  if (isStoreError(error)) return error;
  return new StoreError(code, `${doing}: ${messageOf(error)}`, { cause: error });
}
