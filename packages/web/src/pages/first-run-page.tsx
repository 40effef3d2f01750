/**
 * First run: create the first admin (with the one-time setup token when the server is reachable
 * from other machines), then choose to start empty or with the demo organisation.
 */
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Navigate, useNavigate } from "react-router";
import { ApiError } from "../api/api-error.js";
import { answer, api, rememberCsrfToken } from "../api/client.js";
import type { BodyOf } from "../api/contract.js";
import { keys, resetSession, useFramework, useSetupStatus } from "../api/queries.js";
import { TextField } from "../components/field.js";
import { NewPasswordField } from "../components/new-password-field.js";
import { PathPicture } from "../components/path-picture.js";
import { ErrorNotice, Loading } from "../components/status.js";

/** The first-run page. */
export default function FirstRunPage() {
  const setup = useSetupStatus();
  const framework = useFramework();
  const [created, setCreated] = useState(false);
  if (setup.isPending) return <Loading />;
  if (setup.error) return <ErrorNotice error={setup.error} onRetry={() => setup.refetch()} />;
  if (setup.data.setupDone && !created) return <Navigate to="/" replace />;
  return (
    <div className="page first-run">
      <div className="first-run__intro">
        <span className="eyebrow">Welcome to Ascent</span>
        <h1>Grow technical leaders, one stage at a time.</h1>
        <p className="lead-text">
          Ascent places each person on an eight-stage path — from awareness of their own work to ownership across the
          enterprise — keeps their evidence, plans their next step and records the moments that make people take off.
        </p>
        {framework.data && <PathPicture framework={framework.data} idPrefix="first-run-path" maxWidth={720} />}
      </div>
      <div className="first-run__form">
        {created ? (
          <StartChoice />
        ) : (
          <CreateAdmin tokenRequired={setup.data.setupTokenRequired} onCreated={() => setCreated(true)} />
        )}
      </div>
    </div>
  );
}

function CreateAdmin({
  tokenRequired,
  onCreated,
}: {
  readonly tokenRequired: boolean;
  readonly onCreated: () => void;
}) {
  const client = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? "").trim();
    setBusy(true);
    setError(null);
    try {
      const body: BodyOf<"/api/v1/setup", "post"> = {
        name: text("name"),
        email: text("email"),
        password: String(data.get("password") ?? ""),
        ...(text("organisationName") ? { organisationName: text("organisationName") } : {}),
        ...(tokenRequired ? { setupToken: text("setupToken") } : {}),
      };
      const started = await answer(api.POST("/api/v1/setup", { body }));
      rememberCsrfToken(started.csrfToken);
      onCreated();
      await client.invalidateQueries({ queryKey: keys.setup });
      await resetSession(client);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const issue = (field: string) => (error instanceof ApiError ? error.reasonFor(field) : undefined);
  return (
    <form className="card" onSubmit={submit} noValidate={false} aria-labelledby="create-admin-title">
      <h2 id="create-admin-title">Create the first account</h2>
      <p className="card__lead">You will be the admin: you can invite people, load the demo and change settings.</p>
      {error !== null && !(error instanceof ApiError && error.details.length > 0) && <ErrorNotice error={error} />}
      <TextField label="Your name" name="name" autoComplete="name" required maxLength={200} error={issue("name")} />
      <TextField label="Email" name="email" type="email" autoComplete="email" required error={issue("email")} />
      <NewPasswordField name="password" advice="A short sentence works well." error={issue("password")} />
      <TextField
        label="Organisation name (optional)"
        name="organisationName"
        autoComplete="organization"
        maxLength={200}
        error={issue("organisationName")}
      />
      {tokenRequired && (
        <TextField
          label="Setup token"
          name="setupToken"
          required
          autoComplete="off"
          hint="The one-time token `ascent serve` printed in its console. It proves you run this server."
          error={issue("setupToken")}
        />
      )}
      <button type="submit" className="btn btn--primary" disabled={busy}>
        {busy ? "Creating your account…" : "Create account and continue"}
      </button>
    </form>
  );
}

function StartChoice() {
  const navigate = useNavigate();
  const client = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const loadDemo = async () => {
    setBusy(true);
    setError(null);
    try {
      await answer(api.POST("/api/v1/demo-organisation", { body: {} }));
      await client.invalidateQueries();
      navigate("/", { replace: true });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby="start-title">
      <h2 id="start-title">Your account is ready</h2>
      <p className="card__lead">How would you like to begin?</p>
      {error !== null && <ErrorNotice error={error} />}
      <div className="choice-list">
        <div className="choice">
          <h3>Start empty</h3>
          <p>Begin with your own place on the path, then invite your colleagues.</p>
          <button type="button" className="btn btn--primary" onClick={() => navigate("/", { replace: true })}>
            Start empty
          </button>
        </div>
        <div className="choice">
          <h3>Look around with the demo organisation</h3>
          <p>
            Sixty made-up people with two years of check-ins, plans and moments, so every page has something to show.
          </p>
          <button type="button" className="btn" onClick={loadDemo} disabled={busy}>
            {busy ? "Loading the demo…" : "Load the demo organisation"}
          </button>
        </div>
      </div>
    </section>
  );
}
