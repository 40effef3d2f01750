/**
 * Translation of the core's DomainError into AppError. The core says *what* rule was broken;
 * the app decides how a caller should read it: a state that forbids the move, or bad input.
 */
import { type DomainError, type DomainErrorCode, isDomainError } from "@ascent/core";
import { AppError, AppErrorCode } from "./app-error.js";

/** How each domain code reads to a caller; `field` names the input the validation issue points at. */
const MAPPING: Readonly<Record<DomainErrorCode, { code: AppErrorCode; field?: string }>> = {
  check_in_already_submitted: { code: AppErrorCode.ForbiddenState },
  check_in_not_editable: { code: AppErrorCode.ForbiddenState },
  check_in_not_submitted: { code: AppErrorCode.ForbiddenState },
  invalid_transition: { code: AppErrorCode.ForbiddenState },
  date_out_of_order: { code: AppErrorCode.ValidationFailed, field: "at" },
  invalid_date: { code: AppErrorCode.ValidationFailed, field: "at" },
  same_person: { code: AppErrorCode.ValidationFailed, field: "receiverId" },
  empty_text: { code: AppErrorCode.ValidationFailed, field: "note" },
};

/** The AppError a DomainError stands for. */
export function fromDomainError(error: DomainError): AppError {
  const mapped = MAPPING[error.code];
  const details = mapped.field ? [{ field: mapped.field, reason: error.message }] : [];
  return new AppError(mapped.code, error.message, details);
}

/**
 * Runs `work`, turning a DomainError into its AppError; anything else passes through untouched.
 * Services wrap calls into the core with it so callers only ever see AppError.
 */
export async function translatingDomainErrors<T>(work: () => Promise<T> | T): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isDomainError(error)) throw fromDomainError(error);
    throw error;
  }
}
