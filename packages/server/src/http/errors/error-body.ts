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

/** Response schemas for the given error statuses, for a route's `schema.response`. */
export function errorResponses<S extends number>(...statuses: S[]): Record<S, typeof errorBodySchema> {
  return Object.fromEntries(statuses.map((status) => [status, errorBodySchema])) as Record<S, typeof errorBodySchema>;
}
