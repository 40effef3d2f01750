/**
 * The pages one-time links open: accepting an invitation (`/invitation#token=…`) and resetting a
 * password (`/reset-password#token=…`). The token travels in the fragment so it never reaches a log.
 */
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link, useNavigate } from "react-router";
import { ApiError } from "../api/api-error.js";
import { answer, api, rememberCsrfToken } from "../api/client.js";
import { resetSession } from "../api/queries.js";
import { NewPasswordField } from "../components/new-password-field.js";
import { EmptyState, ErrorNotice } from "../components/status.js";

function tokenFromHash(): string {
  return new URLSearchParams(window.location.hash.slice(1)).get("token") ?? "";
}

/** Choose a password from an invitation or a reset link. */
export default function SetPasswordPage({ mode }: { readonly mode: "invitation" | "reset" }) {
  const client = useQueryClient();
  const navigate = useNavigate();
  const [token] = useState(tokenFromHash);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!token)
    return (
      <div className="page page--narrow">
        <EmptyState title="This link is incomplete">
          <p>Open the whole link from your email or from the admin who sent it. It ends with "#token=…".</p>
        </EmptyState>
      </div>
    );

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get("password") ?? "");
    setBusy(true);
    setError(null);
    try {
      if (mode === "invitation") {
        const started = await answer(api.POST("/api/v1/auth/invitations/accept", { body: { token, password } }));
        rememberCsrfToken(started.csrfToken);
        await resetSession(client);
        navigate("/", { replace: true });
      } else {
        await answer(api.POST("/api/v1/auth/password-resets/complete", { body: { token, password } }));
        setDone(true);
      }
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  if (done)
    return (
      <div className="page page--narrow">
        <div className="card" role="status">
          <h1>Your password is changed</h1>
          <p>Sign in with your new password.</p>
          <Link className="btn btn--primary" to="/sign-in">
            Sign in
          </Link>
        </div>
      </div>
    );

  return (
    <div className="page page--narrow">
      <form className="card" onSubmit={submit} aria-labelledby="set-password-title">
        <h1 id="set-password-title">{mode === "invitation" ? "Join Ascent" : "Choose a new password"}</h1>
        <p className="card__lead">
          {mode === "invitation"
            ? "You were invited to Ascent. Choose a password and you are in."
            : "Choose a new password. Your other sessions will end."}
        </p>
        {error !== null && <ErrorNotice error={error} />}
        <NewPasswordField name="password" error={error instanceof ApiError ? error.reasonFor("password") : undefined} />
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {busy ? "Saving…" : mode === "invitation" ? "Join" : "Save password"}
        </button>
      </form>
    </div>
  );
}
