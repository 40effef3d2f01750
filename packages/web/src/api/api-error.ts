/** The API's one error shape, `{ error: { code, message, details } }`, as a thrown value. */

/** One problem with one input field, as the API names it. */
export interface FieldIssue {
  readonly field: string;
  readonly reason: string;
}

/** A failed API call: the HTTP status, the stable code, a message fit to show, field issues. */
export class ApiError extends Error {
  override readonly name = "ApiError";

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: readonly FieldIssue[] = [],
  ) {
    super(message);
  }

  /** The reason given for one field, if any (matches `field` or `field.…`). */
  reasonFor(field: string): string | undefined {
    return this.details.find((d) => d.field === field || d.field.startsWith(`${field}.`))?.reason;
  }
}

/** True when the error is an ApiError with the given code (or status). */
export function isApiError(error: unknown, codeOrStatus?: string | number): error is ApiError {
  if (!(error instanceof ApiError)) return false;
  if (codeOrStatus === undefined) return true;
  return typeof codeOrStatus === "number" ? error.status === codeOrStatus : error.code === codeOrStatus;
}

/** Reads an error body, tolerating anything a proxy might answer instead. */
export function errorFromBody(status: number, body: unknown): ApiError {
  const error = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null)?.error;
  if (error && typeof error.code === "string") {
    const details = Array.isArray(error.details)
      ? error.details.filter(
          (d): d is FieldIssue =>
            typeof d === "object" && d !== null && typeof d.field === "string" && typeof d.reason === "string",
        )
      : [];
    return new ApiError(status, error.code, typeof error.message === "string" ? error.message : error.code, details);
  }
  return new ApiError(status, "unexpected", `The server answered ${status}; try again in a moment.`);
}

/** Plain words for an error, for a notice. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === "conflict")
      return "Someone changed this since you opened it. Reload to see the latest, then try again.";
    if (error.code === "rate_limited") return "Too many attempts. Wait a minute, then try again.";
    return error.message;
  }
  if (error instanceof TypeError) return "Ascent could not be reached. Check your connection and try again.";
  return error instanceof Error ? error.message : "Something went wrong.";
}
