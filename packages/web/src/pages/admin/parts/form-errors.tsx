/**
 * Errors of a form: the API names the field of each problem, so each shows under its field; what
 * no field explains (a conflict, a refused state, a lost connection) shows once above the form.
 */
import { ApiError } from "../../../api/api-error.js";
import { ErrorNotice } from "../../../components/status.js";

/** The reason the API gave for `field` (or one of its sub-fields), if any, as a sentence under the field. */
export function fieldError(error: unknown, field: string): string | undefined {
  const reason = error instanceof ApiError ? error.reasonFor(field) : undefined;
  return reason ? reason.charAt(0).toUpperCase() + reason.slice(1) : undefined;
}

/** True when every problem of the error is about one of `fields` (so the fields say it all). */
export function explainedByFields(error: unknown, fields: readonly string[]): boolean {
  if (!(error instanceof ApiError) || error.details.length === 0) return false;
  return error.details.every((d) => fields.some((f) => d.field === f || d.field.startsWith(`${f}.`)));
}

/** The notice above a form for what its fields do not explain. */
export function FormError({ error, fields = [] }: { readonly error: unknown; readonly fields?: readonly string[] }) {
  if (!error || explainedByFields(error, fields)) return null;
  return <ErrorNotice error={error} />;
}
