/** The HTTP status of each AppError code: the only place services' errors meet HTTP. */
import { type AppErrorCode, AppErrorCode as Codes } from "../../app/errors/app-error.js";

const STATUS: Readonly<Record<AppErrorCode, number>> = {
  [Codes.NotFound]: 404,
  [Codes.ValidationFailed]: 400,
  [Codes.Conflict]: 409,
  // The record is there and visible but its state forbids the change: a conflict with its state.
  [Codes.ForbiddenState]: 409,
  [Codes.Unauthenticated]: 401,
  [Codes.RateLimited]: 429,
  [Codes.SetupDone]: 409,
};

/** The status for an AppError code; unknown codes (from a newer app layer) are a server error. */
export function statusOfAppError(code: string): number {
  return (STATUS as Record<string, number>)[code] ?? 500;
}
