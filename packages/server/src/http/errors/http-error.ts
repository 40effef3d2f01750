/**
 * Errors that only exist at the HTTP edge (a missing CSRF header, a body that is not JSON), with
 * their own stable codes. Service failures are AppErrors; http-status.ts maps both to statuses.
 */

/** Codes of failures the transport itself detects. */
export const HttpErrorCode = {
  /** The body could not be read: malformed JSON, an empty JSON body, a poisoned prototype. */
  BadRequest: "bad_request",
  /** The body is larger than the route accepts. */
  PayloadTooLarge: "payload_too_large",
  /** The body is not `application/json`. */
  UnsupportedMediaType: "unsupported_media_type",
  /** A cookie-authenticated write without a matching `x-csrf-token` header, or from a foreign origin. */
  CsrfFailed: "csrf_failed",
  /** An API token without the scope the request needs, or a token on a session-only route. */
  InsufficientScope: "insufficient_scope",
  /** First-run setup off loopback needs the one-time token the server printed. */
  SetupTokenInvalid: "setup_token_invalid",
  /** The `Host` header names a host this server does not answer to (DNS rebinding; ASCENT_ALLOWED_HOSTS): 421. */
  HostNotAllowed: "host_not_allowed",
  /** Something failed on the server; the log has the details. */
  InternalError: "internal_error",
  /** The database does not answer (/readyz, or a request that met a lost connection): 503. */
  DatabaseUnavailable: "database_unavailable",
  /** The disk under the database is full: nothing was saved (503, see storage-fault.ts). */
  StorageFull: "storage_full",
  /** The database or its folder is read-only: nothing was saved, reads still work (503). */
  StorageReadOnly: "storage_read_only",
} as const;

/** One of the HttpErrorCode values. */
export type HttpErrorCode = (typeof HttpErrorCode)[keyof typeof HttpErrorCode];

/** A refusal decided at the edge, with its status. */
export class HttpError extends Error {
  override readonly name = "HttpError";

  constructor(
    readonly statusCode: number,
    readonly code: HttpErrorCode,
    message: string,
  ) {
    super(message);
  }
}
