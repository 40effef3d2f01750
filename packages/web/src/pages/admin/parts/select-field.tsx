/** A labelled select with an optional hint and the API's error, tied by aria-describedby (like TextField). */
import { type ReactNode, type SelectHTMLAttributes, useId } from "react";

/** The select with its label. */
export function SelectField({
  label,
  hint,
  error,
  children,
  ...select
}: {
  readonly label: string;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  readonly children: ReactNode;
} & SelectHTMLAttributes<HTMLSelectElement>) {
  const id = useId();
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      <select id={id} aria-invalid={error ? true : undefined} aria-describedby={described || undefined} {...select}>
        {children}
      </select>
      {error && (
        <span className="error-text" id={`${id}-error`}>
          {error}
        </span>
      )}
    </div>
  );
}
