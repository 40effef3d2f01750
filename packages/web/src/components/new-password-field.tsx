/** The field where someone chooses a password, with the minimum length the server asks for. */
import type { InputHTMLAttributes } from "react";
import { TextField } from "./field.js";

/** The server refuses a shorter password (its password policy); the browser says so before it is sent. */
export const MIN_PASSWORD_LENGTH = 10;

/** The field; `advice` follows the length rule in the hint. */
export function NewPasswordField({
  label = "Password",
  advice,
  error,
  ...input
}: {
  readonly label?: string;
  readonly advice?: string;
  readonly error: string | undefined;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "autoComplete" | "minLength">) {
  return (
    <TextField
      label={label}
      type="password"
      autoComplete="new-password"
      required
      minLength={MIN_PASSWORD_LENGTH}
      hint={`At least ${MIN_PASSWORD_LENGTH} characters.${advice ? ` ${advice}` : ""}`}
      error={error}
      {...input}
    />
  );
}
