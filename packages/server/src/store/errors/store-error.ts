/**
 * Errors the store raises for the app layer to map (an AppError code, then an HTTP status).
 * Codes are stable: never reword one, add a new one.
 */

/** Every code a StoreError carries. */
export type StoreErrorCode =
  /** An edit was made on a stale version: someone else changed the record first. Nothing was written. */
  | "conflict"
  /** The record does not exist. */
  | "not_found"
  /** The record is in a state that does not allow the operation (e.g. a submitted check-in edited). */
  | "invalid_state"
  /** An import was refused: the target is not empty or the document is malformed. Nothing was written. */
  | "invalid_import";

/** A refused store operation with a stable code and the facts behind it. */
export class StoreError extends Error {
  override readonly name: string = "StoreError";

  constructor(
    readonly code: StoreErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}

/** A write on a stale version (optimistic concurrency): reload and retry, or show the user the newer data. */
export class ConflictError extends StoreError {
  override readonly name = "ConflictError";

  constructor(kind: string, id: string, expectedVersion: number) {
    super("conflict", `${kind} ${id} was changed by someone else (expected version ${expectedVersion})`, {
      kind,
      id,
      expectedVersion,
    });
  }
}

/** A record that does not exist. */
export class NotFoundError extends StoreError {
  override readonly name = "NotFoundError";

  constructor(kind: string, id: string) {
    super("not_found", `${kind} ${id} not found`, { kind, id });
  }
}

/** True when `error` is a StoreError, optionally with the given code. */
export function isStoreError(error: unknown, code?: StoreErrorCode): error is StoreError {
  return error instanceof StoreError && (code === undefined || error.code === code);
}
