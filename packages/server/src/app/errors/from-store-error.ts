/**
 * Translation of the store's StoreError into AppError — the one place it happens. Services wrap
 * repository calls with `translatingStoreErrors`; the HTTP edge also passes any StoreError that
 * escaped a service through `fromStoreError`, so a store refusal is never a 500.
 */
import { isStoreError, type StoreError, type StoreErrorCode } from "../../store/errors/store-error.js";
import { AppError, AppErrorCode, notFound } from "./app-error.js";

/** Whether a thrown value is a store failure, for an edge that translates it with fromStoreError. */
export { isStoreError } from "../../store/errors/store-error.js";

/** How each store code reads to a caller. */
const MAPPING: Readonly<Record<StoreErrorCode, (error: StoreError) => AppError>> = {
  conflict: (error) =>
    new AppError(
      AppErrorCode.Conflict,
      `${kindOf(error)} changed since you loaded it (you had version ${String(error.details.expectedVersion ?? "?")}); reload and try again`,
    ),
  // The store's not-found is an app not-found: same answer as "no access", naming the kind only.
  not_found: (error) => notFound(String(error.details.kind ?? "record").replaceAll("_", "-")),
  invalid_state: (error) => new AppError(AppErrorCode.ForbiddenState, error.message),
  // A malformed document is bad input; a refusal without a reason (the target is not empty) is a state.
  invalid_import: (error) =>
    typeof error.details.reason === "string" && error.details.reason !== ""
      ? new AppError(AppErrorCode.ValidationFailed, error.message, [
          { field: "document", reason: error.details.reason },
        ])
      : new AppError(AppErrorCode.ForbiddenState, error.message),
};

function kindOf(error: StoreError): string {
  const kind = String(error.details.kind ?? "record").replaceAll("_", " ");
  return kind.charAt(0).toUpperCase() + kind.slice(1);
}

/** The AppError a StoreError stands for. */
export function fromStoreError(error: StoreError): AppError {
  return MAPPING[error.code](error);
}

/** Runs `work`, turning a StoreError into its AppError; anything else passes through untouched. */
export async function translatingStoreErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isStoreError(error)) throw fromStoreError(error);
    throw error;
  }
}
