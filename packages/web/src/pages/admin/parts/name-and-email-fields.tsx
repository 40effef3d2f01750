/** The name and sign-in email of someone an admin adds or invites, the API's reason shown on each. */
import { TextField } from "../../../components/field.js";
import { fieldError } from "./form-errors.js";

/** The two fields, named `name` and `email` for the form's FormData. */
export function NameAndEmailFields({
  error,
  nameRequired,
  emailHint,
}: {
  /** The last submit's error. */
  readonly error: unknown;
  readonly nameRequired: boolean;
  readonly emailHint?: string;
}) {
  return (
    <>
      <TextField
        label="Name"
        name="name"
        required={nameRequired}
        maxLength={200}
        autoComplete="off"
        error={fieldError(error, "name")}
      />
      <TextField
        label="Email"
        name="email"
        type="email"
        required
        autoComplete="off"
        hint={emailHint}
        error={fieldError(error, "email")}
      />
    </>
  );
}
