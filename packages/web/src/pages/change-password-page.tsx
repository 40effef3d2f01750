/**
 * Change your password: the current one (so nobody at an unlocked screen can), the new one twice.
 * Problems show beside the field they are about. Other devices are signed out; this one stays.
 */
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { Link } from "react-router";
import { changePassword } from "../api/account.js";
import { ApiError } from "../api/api-error.js";
import { TextField } from "../components/field.js";
import { MIN_PASSWORD_LENGTH, NewPasswordField } from "../components/new-password-field.js";
import { ErrorNotice } from "../components/status.js";

type Field = "currentPassword" | "newPassword" | "repeat";

/** What the form itself can tell before asking the server. */
function localIssues(current: string, next: string, repeat: string): Partial<Record<Field, string>> {
  const issues: Partial<Record<Field, string>> = {};
  if (!current) issues.currentPassword = "Enter the password you sign in with now.";
  if (next.length < MIN_PASSWORD_LENGTH)
    issues.newPassword = `Use at least ${MIN_PASSWORD_LENGTH} characters; a short sentence works well.`;
  else if (next === current) issues.newPassword = "This is your current password: choose a new one.";
  if (repeat !== next) issues.repeat = "This does not match the new password.";
  return issues;
}

/** The API's words for a field, as a sentence. */
function serverIssue(error: unknown, field: Field): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const reason = error.reasonFor(field);
  if (!reason) return undefined;
  if (field === "currentPassword" && reason === "is wrong") return "That is not your current password.";
  const label = field === "currentPassword" ? "The current password" : "The new password";
  return `${label} ${reason}.`;
}

/** The page. */
export default function ChangePasswordPage() {
  const [values, setValues] = useState({ currentPassword: "", newPassword: "", repeat: "" });
  const [checked, setChecked] = useState<Partial<Record<Field, string>> | null>(null);
  const change = useMutation({
    mutationFn: () => changePassword(values.currentPassword, values.newPassword),
    onSuccess: () => setValues({ currentPassword: "", newPassword: "", repeat: "" }),
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const issues = localIssues(values.currentPassword, values.newPassword, values.repeat);
    setChecked(issues);
    change.reset();
    if (Object.keys(issues).length === 0) change.mutate();
  };
  const issue = (field: Field) => checked?.[field] ?? serverIssue(change.error, field);
  const form = useRef<HTMLFormElement>(null);
  // After a refused attempt, the first field to fix takes focus, so its message is read out.
  useEffect(() => {
    if (checked === null && change.error === null) return;
    form.current?.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus();
  }, [checked, change.error]);
  const generalError = change.error && !(change.error instanceof ApiError && change.error.details.length > 0);
  const set = (field: Field) => (e: { currentTarget: HTMLInputElement }) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [field]: value }));
  };
  return (
    <div className="page page--narrow">
      <header className="page-head">
        <span className="eyebrow">Your account</span>
        <h1>Change your password</h1>
        <p>Anywhere else you are signed in — another browser, a phone — is signed out. You stay signed in here.</p>
      </header>
      <form ref={form} className="card" onSubmit={submit} noValidate aria-labelledby="password-form-title">
        <h2 id="password-form-title" className="visually-hidden">
          Your passwords
        </h2>
        {change.isSuccess && (
          <div className="notice notice--ok" role="status">
            <p>
              Your password is changed. Use the new one next time you sign in.{" "}
              <Link to="/">Back to your home page</Link>
            </p>
          </div>
        )}
        {generalError && <ErrorNotice error={change.error} />}
        <TextField
          label="Current password"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          value={values.currentPassword}
          onChange={set("currentPassword")}
          error={issue("currentPassword")}
        />
        <NewPasswordField
          label="New password"
          name="newPassword"
          advice="A short sentence is easy to remember and hard to guess."
          value={values.newPassword}
          onChange={set("newPassword")}
          error={issue("newPassword")}
        />
        <TextField
          label="New password again"
          name="repeat"
          type="password"
          autoComplete="new-password"
          required
          value={values.repeat}
          onChange={set("repeat")}
          error={issue("repeat")}
        />
        <button type="submit" className="btn btn--primary" disabled={change.isPending}>
          {change.isPending ? "Changing…" : "Change password"}
        </button>
      </form>
    </div>
  );
}
