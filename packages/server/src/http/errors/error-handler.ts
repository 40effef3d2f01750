/**
 * Turns every failure into the one error shape: zod validation → 400 with every field named,
 * AppError (or a StoreError, translated) → its status, Fastify's body errors → 4xx, a storage
 * fault (full or read-only disk, lost database) → 503, anything else → 500 with nothing leaked.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { AppError, AppErrorCode } from "../../app/errors/app-error.js";
import { fromStoreError, isStoreError } from "../../app/errors/from-store-error.js";
import { RateLimitedError } from "../../app/identity/rate-limit/rate-limiter.js";
import { errorBody } from "./error-body.js";
import { HttpError, HttpErrorCode } from "./http-error.js";
import { statusOfAppError } from "./http-status.js";
import { storageFaultOf } from "./storage-fault.js";

/** Fastify's own 4xx errors (body parsing, content types) and the code each gets here. */
const FASTIFY_CODES: Readonly<Record<string, string>> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: HttpErrorCode.UnsupportedMediaType,
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: HttpErrorCode.BadRequest,
  FST_ERR_CTP_BODY_TOO_LARGE: HttpErrorCode.PayloadTooLarge,
  FST_ERR_CTP_EMPTY_JSON_BODY: HttpErrorCode.BadRequest,
  FST_ERR_CTP_INVALID_JSON_BODY: HttpErrorCode.BadRequest,
  FST_ERR_CTP_EMPTY_TYPE: HttpErrorCode.UnsupportedMediaType,
  FST_ERR_CTP_INVALID_TYPE: HttpErrorCode.UnsupportedMediaType,
  FST_ERR_BAD_URL: HttpErrorCode.BadRequest,
};

/** Where a field lives: body fields by their own name, others prefixed (`query.limit`, `params.id`). */
function fieldName(context: string | undefined, instancePath: string): string {
  const path = instancePath.replace(/^\//, "").split("/").filter(Boolean).join(".");
  const where = context === "querystring" ? "query" : context;
  if (!where || where === "body") return path || "body";
  return path ? `${where}.${path}` : where;
}

function sendError(reply: FastifyReply, status: number, body: ReturnType<typeof errorBody>): FastifyReply {
  return reply.code(status).type("application/json; charset=utf-8").send(body);
}

/** Installs the error and not-found handlers. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((raw: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    // A store refusal that a service did not translate still gets its AppError, never a 500.
    const error: FastifyError = isStoreError(raw) ? (fromStoreError(raw) as AppError & FastifyError) : raw;
    if (hasZodFastifySchemaValidationErrors(error)) {
      const details = error.validation.map((issue) => ({
        field: fieldName(error.validationContext, issue.instancePath),
        reason: issue.message ?? "is invalid",
      }));
      const first = details[0];
      const more = details.length > 1 ? ` (and ${details.length - 1} more)` : "";
      return sendError(
        reply,
        400,
        errorBody(AppErrorCode.ValidationFailed, `Invalid input: ${first?.field} ${first?.reason}${more}`, details),
      );
    }
    if (error instanceof AppError) {
      if (error instanceof RateLimitedError) reply.header("retry-after", String(error.retryAfterSeconds));
      return sendError(reply, statusOfAppError(error.code), errorBody(error.code, error.message, error.details));
    }
    if (error instanceof HttpError) {
      return sendError(reply, error.statusCode, errorBody(error.code, error.message));
    }
    const known = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (known) return sendError(reply, error.statusCode ?? 400, errorBody(known, error.message));
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendError(reply, error.statusCode, errorBody(HttpErrorCode.BadRequest, error.message));
    }
    // A full or read-only disk, or a lost database, is the server's problem: 503 and a clear
    // message instead of a 500 (the log still gets the error for the operator).
    const fault = storageFaultOf(error);
    if (fault) {
      request.log.error({ err: error, code: fault.code }, "storage fault");
      return sendError(reply, 503, errorBody(fault.code, fault.message));
    }
    request.log.error({ err: error }, "request failed");
    return sendError(
      reply,
      500,
      errorBody(HttpErrorCode.InternalError, "Something went wrong on the server; it has been logged"),
    );
  });

  app.setNotFoundHandler((request, reply) =>
    sendError(reply, 404, errorBody(AppErrorCode.NotFound, `No route ${request.method} ${request.url.split("?")[0]}`)),
  );
}
