/** A labelled form field: label, optional hint (e.g. who will see it) and error, tied by aria-describedby. */
import {
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useId,
} from "react";

interface FieldProps {
  readonly label: string;
  /** Says what belongs here or who will see it. */
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
}

/** The attributes that tie a control to its label, hint and error. */
interface ControlAttributes {
  readonly id: string;
  readonly "aria-invalid": true | undefined;
  readonly "aria-describedby": string | undefined;
}

/** The shell every field shares: the label, the hint, the control and the error, wired together. */
function Field({ label, hint, error, control }: FieldProps & { control: (attrs: ControlAttributes) => ReactNode }) {
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
      {control({ id, "aria-invalid": error ? true : undefined, "aria-describedby": described || undefined })}
      {error && (
        <span className="error-text" id={`${id}-error`}>
          {error}
        </span>
      )}
    </div>
  );
}

/** A text-like input with its label. */
export function TextField({ label, hint, error, ...input }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return <Field label={label} hint={hint} error={error} control={(attrs) => <input {...attrs} {...input} />} />;
}

/** A textarea with its label; the hint should say who will see the text. */
export function TextAreaField({
  label,
  hint,
  error,
  ...area
}: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return <Field label={label} hint={hint} error={error} control={(attrs) => <textarea {...attrs} {...area} />} />;
}

/** A select with its label; `children` are its options. */
export function SelectField({
  label,
  hint,
  error,
  children,
  ...select
}: FieldProps & { readonly children: ReactNode } & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <Field
      label={label}
      hint={hint}
      error={error}
      control={(attrs) => (
        <select {...attrs} {...select}>
          {children}
        </select>
      )}
    />
  );
}
