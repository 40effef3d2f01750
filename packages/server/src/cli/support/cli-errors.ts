/**
 * What the user sees when a command fails: one line (or a short list for validation), the exit
 * code, and a stack trace only with ASCENT_DEBUG=1. Errors a user can cause or fix — a bad flag,
 * a bad file, an unreachable database, a database a newer Ascent wrote — are never shown as a crash.
 */
import { AppError } from "../../app/errors/app-error.js";
import { DatabaseUnreachableError, SchemaTooNewError, StoreError } from "../../app/operations/database-failures.js";
import { ConfigError } from "../../config/config.js";
import { UsageError } from "../usage-error.js";

/** The message and exit code for a failure; `expected` is false for a bug (its stack helps). */
export interface DescribedError {
  readonly message: string;
  readonly exitCode: 1 | 2;
  readonly expected: boolean;
}

/** Maps any thrown value to what the CLI prints. */
export function describeError(error: unknown): DescribedError {
  if (error instanceof UsageError) return { message: error.message, exitCode: error.exitCode, expected: true };
  if (
    error instanceof ConfigError ||
    error instanceof DatabaseUnreachableError ||
    error instanceof SchemaTooNewError ||
    error instanceof StoreError
  ) {
    return { message: error.message, exitCode: 1, expected: true };
  }
  if (error instanceof AppError) return { message: appErrorMessage(error), exitCode: 1, expected: true };
  const message = error instanceof Error ? error.message : String(error);
  return { message, exitCode: 1, expected: false };
}

/** An AppError's message; a validation failure lists each field and reason on its own line. */
function appErrorMessage(error: AppError): string {
  if (error.details.length <= 1) {
    const only = error.details[0];
    return only ? `${only.field}: ${only.reason}` : error.message;
  }
  return [`${error.message}:`, ...error.details.map((d) => `  ${d.field}: ${d.reason}`)].join("\n");
}
