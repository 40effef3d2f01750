/** Sign in with email and password; back to where you were going afterwards. */
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Navigate, useNavigate, useSearchParams } from "react-router";
import { answer, api, rememberCsrfToken } from "../api/client.js";
import { resetSession, useMe, useSetupStatus } from "../api/queries.js";
import { TextField } from "../components/field.js";
import { ErrorNotice, Loading } from "../components/status.js";

/** Only paths inside the app: `next` comes from the address bar and must not send anyone elsewhere. */
function safeNext(next: string | null): string {
  return next?.startsWith("/") && !next.startsWith("//") ? next : "/";
}

/** The sign-in page. */
export default function SignInPage() {
  const setup = useSetupStatus();
  const me = useMe();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  if (setup.isPending || me.isPending) return <Loading />;
  if (setup.data && !setup.data.setupDone) return <Navigate to="/welcome" replace />;
  if (me.data) return <Navigate to={safeNext(params.get("next"))} replace />;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const started = await answer(
        api.POST("/api/v1/auth/login", {
          body: { email: String(data.get("email") ?? "").trim(), password: String(data.get("password") ?? "") },
        }),
      );
      rememberCsrfToken(started.csrfToken);
      await resetSession(client);
      navigate(safeNext(params.get("next")), { replace: true });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page page--narrow">
      <form className="card sign-in" onSubmit={submit} aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">Sign in</h1>
        <p className="card__lead">Welcome back. Your path, your evidence and your next step are where you left them.</p>
        {error !== null && <ErrorNotice error={error} />}
        <TextField label="Email" name="email" type="email" autoComplete="username" required />
        <TextField label="Password" name="password" type="password" autoComplete="current-password" required />
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {busy ? "Signing in…" : "Sign in"}
        </button>
        <p className="meta sign-in__help">
          Forgotten your password? Ask your admin for a reset link; it works for two hours.
        </p>
      </form>
    </div>
  );
}
