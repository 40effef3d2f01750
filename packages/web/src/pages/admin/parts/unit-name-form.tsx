/** A one-field form for naming a team or group (create or rename), the API's reason shown on the field. */
import { type FormEvent, type ReactNode, useState } from "react";
import { TextField } from "../../../components/field.js";
import { FormError, fieldError } from "./form-errors.js";

/** The form; `onSubmit` gets the trimmed name. */
export function UnitNameForm({
  label,
  initial = "",
  submitLabel,
  busy,
  error,
  onSubmit,
  children,
  onCancel,
}: {
  readonly label: string;
  readonly initial?: string;
  readonly submitLabel: string;
  readonly busy: boolean;
  readonly error: unknown;
  readonly onSubmit: (name: string, data: FormData) => void;
  /** Further fields (e.g. the group of a new team). */
  readonly children?: ReactNode;
  readonly onCancel?: () => void;
}) {
  const [name, setName] = useState(initial);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(name.trim(), new FormData(event.currentTarget));
  };
  return (
    <form onSubmit={submit} noValidate className="unit-form">
      <FormError error={error} fields={["name", "groupId"]} />
      <TextField
        label={label}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        required
        maxLength={200}
        autoComplete="off"
        error={fieldError(error, "name")}
      />
      {children}
      <div className="row">
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {busy ? "Saving…" : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="btn" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
