/**
 * The one error every app service throws. Its `code` is stable and documented so a client (the
 * web app, a script) can branch on it; the HTTP edge maps codes to statuses later, so nothing
 * here knows about transports. Never reword a code: add a new one.
 */

/** Every code an AppError can carry, with what it means to a caller. */
export const AppErrorCode = {
  /** The record does not exist — or the actor may not see it. Deliberately the same answer, so it leaks nothing. */
  NotFound: "not_found",
  /** The input is wrong; `details` lists every problem as `{field, reason}`. */
  ValidationFailed: "validation_failed",
  /** The record changed since the caller read it (stale `version`): reload and try again. */
  Conflict: "conflict",
  /** The record exists and is visible, but its state forbids the change (e.g. editing a submitted check-in). */
  ForbiddenState: "forbidden_state",
  /** No valid session or token. */
  Unauthenticated: "unauthenticated",
  /** Too many attempts; try again later. */
  RateLimited: "rate_limited",
  /** First-run setup was already done: the admin exists. */
  SetupDone: "setup_done",
} as const;

/** One of the AppErrorCode values. */
export type AppErrorCode = (typeof AppErrorCode)[keyof typeof AppErrorCode];

/** One problem with one input field. */
export interface FieldIssue {
  /** A dotted path into the input, e.g. `goals[2].title` or `ratings.team-ownership`. */
  readonly field: string;
  readonly reason: string;
}

/** A service failure with a stable code, a human message and, for validation, the field issues. */
export class AppError extends Error {
  override readonly name = "AppError";

  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details: readonly FieldIssue[] = [],
  ) {
    super(message);
  }
}

/** The "not found or no access" answer; the message names the kind only, never whether the id exists. */
export function notFound(kind: string): AppError {
  return new AppError(AppErrorCode.NotFound, `${kind} not found`);
}

/** A validation failure listing every issue. */
export function validationFailed(issues: readonly FieldIssue[]): AppError {
  const first = issues[0];
  const summary = first ? `${first.field} ${first.reason}` : "invalid input";
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
  return new AppError(AppErrorCode.ValidationFailed, `Invalid input: ${summary}${more}`, issues);
}

/** A stale-version refusal: the edit was made on an older copy than the one stored. */
export function conflict(kind: string, expected: number, actual: number): AppError {
  return new AppError(
    AppErrorCode.Conflict,
    `${kind} changed since you loaded it (you had version ${expected}, it is now ${actual}); reload and try again`,
  );
}

/** A change the record's state forbids. */
export function forbiddenState(message: string): AppError {
  return new AppError(AppErrorCode.ForbiddenState, message);
}

/** True when `error` is an AppError, optionally with the given code. */
export function isAppError(error: unknown, code?: AppErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}
