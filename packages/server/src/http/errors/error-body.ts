/**
 * The one error shape of the HTTP API: `{ "error": { "code", "message", "details" } }`, for
 * every failure — validation, authentication, missing routes, malformed bodies and crashes alike —
 * so a client parses errors one way.
 */
import { z } from "zod";

/** One problem with one input field. */
export const fieldIssueSchema = z.object({
  field: z.string().describe("Dotted path of the input at fault, e.g. `email` or `query.limit`"),
  reason: z.string(),
});

/** The error envelope, as documented in the OpenAPI description. */
export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.string().describe("Stable id a client can branch on (see AppErrorCode and HttpErrorCode)"),
      message: z.string(),
      details: z.array(fieldIssueSchema),
    }),
  })
  .meta({ id: "Error" });

/** The error envelope. */
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** Builds an error body. */
export function errorBody(
  code: string,
  message: string,
  details: readonly { field: string; reason: string }[] = [],
): ErrorBody {
  return { error: { code, message, details: details.map((d) => ({ field: d.field, reason: d.reason })) } };
}

/** What each error status means here, with the codes it carries: the description of that response. */
const ERROR_MEANINGS: Readonly<Record<number, string>> = {
  400: "Invalid input: `details` names each field and why (validation_failed, bad_request)",
  401: "Not signed in, or the API token is unknown, expired or revoked (unauthenticated)",
  403: "Not allowed this way: a token without the scope, a missing CSRF token, or a route for browser sessions only (insufficient_scope, csrf_failed, setup_token_invalid)",
  404: "No such record, or not yours to see: both get the same answer (not_found)",
  409: "A stale `version` (conflict, with the current one in `details`), or the record's state forbids it (forbidden_state, setup_done)",
  413: "The body is larger than this route accepts (payload_too_large)",
  415: "The body is not JSON (unsupported_media_type)",
  429: "Too many attempts: wait before trying again (rate_limited; see the Retry-After header)",
  503: "The database cannot take this now: unreachable, full or read-only (database_unavailable, storage_full, storage_read_only)",
};

/** Response schemas for the given error statuses, for a route's `schema.response`, each described. */
export function errorResponses<S extends number>(...statuses: S[]): Record<S, typeof errorBodySchema> {
  return Object.fromEntries(
    statuses.map((status) => {
      const meaning = ERROR_MEANINGS[status];
      return [status, meaning === undefined ? errorBodySchema : errorBodySchema.describe(meaning)];
    }),
  ) as Record<S, typeof errorBodySchema>;
}
