/**
 * Your API tokens: scripts read (or change) what you may, as you. Create one with a scope — its
 * secret is shown once, with a copy button — see when each was last used, and revoke any.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { apiTokenKeys, createApiToken, revokeApiToken, useApiTokens } from "../api/account.js";
import { ApiError } from "../api/api-error.js";
import type { ApiToken, CreatedApiToken, TokenScope } from "../api/contract.js";
import { NewTokenPanel } from "../components/account/new-token-panel.js";
import { ConfirmDialog } from "../components/confirm-dialog.js";
import { TextField } from "../components/field.js";
import { EmptyState, ErrorNotice, Loading } from "../components/status.js";
import { formatDate } from "../lib/path-helpers.js";

/** The page. */
export default function ApiTokensPage() {
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  return (
    <div className="page page--narrow">
      <header className="page-head">
        <span className="eyebrow">Your account</span>
        <h1>API tokens</h1>
        <p>
          A token lets a script use the <a href="/api/docs">Ascent API</a> as you: it sees only what you may see. Give
          each script its own token, so you can revoke one without stopping the others.
        </p>
      </header>
      <div className="stack">
        {created ? (
          <NewTokenPanel created={created} onDone={() => setCreated(null)} />
        ) : (
          <CreateToken onCreated={setCreated} />
        )}
        <TokenList />
      </div>
    </div>
  );
}

function CreateToken({ onCreated }: { readonly onCreated: (token: CreatedApiToken) => void }) {
  const client = useQueryClient();
  const [name, setName] = useState("");
  const [scope, setScope] = useState<TokenScope>("read");
  const create = useMutation({
    mutationFn: () => createApiToken(name.trim(), scope === "write" ? ["read", "write"] : ["read"]),
    onSuccess: async (token) => {
      setName("");
      setScope("read");
      onCreated(token);
      await client.invalidateQueries({ queryKey: apiTokenKeys.list });
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.mutate();
  };
  const issue = (field: string) => (create.error instanceof ApiError ? create.error.reasonFor(field) : undefined);
  return (
    <form className="card" onSubmit={submit} aria-labelledby="create-token-title">
      <h2 id="create-token-title">Create a token</h2>
      {create.error !== null && !(create.error instanceof ApiError && create.error.details.length > 0) && (
        <ErrorNotice error={create.error} />
      )}
      <TextField
        label="What it is for"
        name="name"
        required
        maxLength={100}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        hint="A name you will recognise in the list, e.g. “Monthly pipeline report”."
        error={issue("name")}
      />
      <fieldset className="field">
        <legend>What it may do</legend>
        <label className="check">
          <input type="radio" name="scope" value="read" checked={scope === "read"} onChange={() => setScope("read")} />
          <span>
            <strong>Read only</strong> — look at everything you can see. Nothing can be changed with it.
          </span>
        </label>
        <label className="check">
          <input
            type="radio"
            name="scope"
            value="write"
            checked={scope === "write"}
            onChange={() => setScope("write")}
          />
          <span>
            <strong>Read and write</strong> — also add and change things as you: check-ins, evidence, plans.
          </span>
        </label>
      </fieldset>
      <button type="submit" className="btn btn--primary" disabled={create.isPending}>
        {create.isPending ? "Creating…" : "Create token"}
      </button>
    </form>
  );
}

function scopeWords(scopes: readonly TokenScope[]): string {
  return scopes.includes("write") ? "Read and write" : "Read only";
}

function TokenList() {
  const tokens = useApiTokens();
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  if (tokens.isPending) return <Loading what="Reading your tokens" />;
  if (tokens.error) return <ErrorNotice error={tokens.error} onRetry={() => tokens.refetch()} />;
  const live = tokens.data.filter((t) => !t.revokedAt);
  const revoked = tokens.data.filter((t) => t.revokedAt);
  return (
    <section className="card" aria-labelledby="tokens-title">
      <h2 id="tokens-title">Your tokens</h2>
      {live.length === 0 ? (
        <EmptyState title="No tokens in use">
          <p>Tokens you create appear here with when each was last used, so you can spot one nobody needs any more.</p>
        </EmptyState>
      ) : (
        <ul className="list-plain token-list" aria-label="Tokens in use">
          {live.map((t) => (
            <li key={t.id} className="token-list__item">
              <div>
                <strong className="token-list__name">{t.name}</strong>
                <div className="meta">
                  {scopeWords(t.scopes)} · created {formatDate(t.createdAt)} ·{" "}
                  {t.lastUsedAt ? `last used ${formatDate(t.lastUsedAt)}` : "never used yet"}
                </div>
              </div>
              <button
                type="button"
                className="btn btn--small btn--danger"
                onClick={() => setRevoking(t)}
                aria-label={`Revoke “${t.name}”`}
              >
                Revoke
              </button>
            </li>
          ))}
        </ul>
      )}
      {revoked.length > 0 && (
        <details className="revoked-tokens">
          <summary>Revoked tokens ({revoked.length})</summary>
          <ul className="list-plain">
            {revoked.map((t) => (
              <li key={t.id}>
                <span className="revoked-tokens__name">{t.name}</span>{" "}
                <span className="meta">
                  {scopeWords(t.scopes)} · revoked {formatDate(t.revokedAt)}
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
      <RevokeToken token={revoking} onClose={() => setRevoking(null)} />
    </section>
  );
}

function RevokeToken({ token, onClose }: { readonly token: ApiToken | null; readonly onClose: () => void }) {
  const client = useQueryClient();
  const revoke = useMutation({
    mutationFn: (id: string) => revokeApiToken(id),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: apiTokenKeys.list });
      onClose();
    },
  });
  return (
    <ConfirmDialog
      open={token !== null}
      title="Revoke this token?"
      confirmLabel="Revoke it"
      cancelLabel="Keep it"
      busy={revoke.isPending}
      onConfirm={() => token && revoke.mutate(token.id)}
      onCancel={() => {
        revoke.reset();
        onClose();
      }}
    >
      {token && (
        <p>
          Scripts using “{token.name}” stop working at once: the API answers them as if they were not signed in. This
          cannot be undone; you can create a new token instead.
        </p>
      )}
      {revoke.error && <ErrorNotice error={revoke.error} />}
    </ConfirmDialog>
  );
}
