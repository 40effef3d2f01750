/**
 * The one error the domain core throws for an illegal operation (validation problems are
 * returned as result objects instead). The `code` is stable: callers branch on it and the
 * HTTP edge maps it to a status, so never reword a code — add a new one.
 */

/** Every code a `DomainError` can carry. */
export type DomainErrorCode =
  /** A check-in that is already submitted was submitted again; a submitted check-in never changes. */
  | "check_in_already_submitted"
  /** A submitted check-in was edited; corrections are new check-ins that supersede it. */
  | "check_in_not_editable"
  /** Only a submitted check-in can be corrected (a draft is simply edited). */
  | "check_in_not_submitted"
  /** A moment was asked to move to a state its current state does not lead to. */
  | "invalid_transition"
  /** A date is earlier than the date of what it follows (a transition, a submission, a follow-up). */
  | "date_out_of_order"
  /** A date is not an ISO-8601 timestamp. */
  | "invalid_date"
  /** Giver and receiver of a moment are the same person. */
  | "same_person"
  /** A text that must say something (a follow-up note) was empty. */
  | "empty_text";

/** An illegal domain operation, with a stable machine-readable `code` and the facts behind it. */
export class DomainError extends Error {
  override readonly name = "DomainError";

  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}

/** True when `error` is a DomainError, optionally with the given code. */
export function isDomainError(error: unknown, code?: DomainErrorCode): error is DomainError {
  return error instanceof DomainError && (code === undefined || error.code === code);
}
