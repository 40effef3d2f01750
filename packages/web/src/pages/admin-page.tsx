/**
 * Admin: invite people (the one-time link is shown once, to copy), see and withdraw pending
 * invitations, grant leader or admin to an invited person. What the API cannot do yet (people
 * directory, teams, mentorships, framework upload) is named, not faked. The demo organisation
 * loads in one click.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link } from "react-router";
import { ApiError } from "../api/api-error.js";
import { api } from "../api/client.js";
import { keys, useInvitations } from "../api/queries.js";
import type { CreatedInvitation } from "../api/types.js";
import { TextField } from "../components/field.js";
import { ErrorNotice, Loading, NotYetAvailable } from "../components/status.js";
import { useCurrentMe } from "../lib/me-context.js";
import { formatDate } from "../lib/path-helpers.js";

/** The page. */
export default function AdminPage() {
  const me = useCurrentMe();
  if (!me.roles.includes("admin"))
    return (
      <div className="page page--narrow">
        <h1>Admin</h1>
        <p>This page is for admins.</p>
      </div>
    );
  return (
    <div className="page">
      <header className="page-head">
        <span className="eyebrow">Admin</span>
        <h1>People and settings</h1>
        <p>Invite your colleagues; each one gets a one-time link to choose a password.</p>
      </header>
      <div className="grid-halves">
        <div className="stack">
          <InviteCard />
          <PendingCard />
        </div>
        <div className="stack">
          <section className="card" aria-labelledby="import-title">
            <h2 id="import-title">Import the org chart</h2>
            <p>
              Add or update everyone at once from a CSV (name, email, team, group, mentor, role). You see what will
              happen, line by line, before anything is written.
            </p>
            <Link className="btn btn--primary" to="/admin/import">
              Import from a CSV
            </Link>
          </section>
          <section className="card card--flat" aria-labelledby="people-title">
            <h2 id="people-title">People, teams and mentorships</h2>
            <NotYetAvailable
              what="Everyone in the organisation, their teams and mentors"
              route="GET /api/v1/people, /teams, /mentorships"
            />
          </section>
          <DemoCard />
        </div>
      </div>
    </div>
  );
}

function DemoCard() {
  const client = useQueryClient();
  const load = useMutation({
    mutationFn: () => api<{ people: number }>("/demo-organisation", { method: "POST", body: {} }),
    onSuccess: () => client.invalidateQueries(),
  });
  return (
    <section className="card card--flat" aria-labelledby="demo-title">
      <h2 id="demo-title">Demo organisation</h2>
      <p>
        Adds sixty made-up people with two years of check-ins, plans and moments beside your own account, so every page
        has something to show. It can be loaded once, into an organisation without teams.
      </p>
      {load.error !== null && <ErrorNotice error={load.error} />}
      {load.data ? (
        <p role="status">Loaded {load.data.people} people. Open Dashboards to look around.</p>
      ) : (
        <button type="button" className="btn" onClick={() => load.mutate()} disabled={load.isPending}>
          {load.isPending ? "Loading the demo…" : "Load the demo organisation"}
        </button>
      )}
    </section>
  );
}

function InviteCard() {
  const client = useQueryClient();
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const invite = useMutation({
    mutationFn: (body: object) => api<CreatedInvitation>("/invitations", { method: "POST", body }),
    onSuccess: async (result) => {
      setCreated(result);
      await client.invalidateQueries({ queryKey: keys.invitations });
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const name = String(data.get("name") ?? "").trim();
    invite.mutate({ email: String(data.get("email") ?? "").trim(), ...(name ? { name } : {}) });
    event.currentTarget.reset();
  };
  const issue = (f: string) => (invite.error instanceof ApiError ? invite.error.reasonFor(f) : undefined);
  return (
    <section className="card" aria-labelledby="invite-title">
      <h2 id="invite-title">Invite someone</h2>
      {invite.error && !(invite.error instanceof ApiError && invite.error.details.length > 0) && (
        <ErrorNotice error={invite.error} />
      )}
      {created && (
        <div className="notice notice--ok" role="status">
          <p>
            Invitation for {created.email}{" "}
            {created.mailed ? "sent by email." : "created. Copy the link and send it yourself:"}
          </p>
          {!created.mailed && (
            <p>
              <code className="link-box">{created.link}</code>
            </p>
          )}
          <p className="meta">
            The link works once, until {formatDate(created.expiresAt)}. It will not be shown again.
          </p>
          {!created.mailed && (
            <button
              type="button"
              className="btn btn--small"
              onClick={() => void navigator.clipboard?.writeText(created.link)}
            >
              Copy link
            </button>
          )}
        </div>
      )}
      <form onSubmit={submit}>
        <TextField label="Name" name="name" autoComplete="off" maxLength={200} error={issue("name")} />
        <TextField label="Email" name="email" type="email" required autoComplete="off" error={issue("email")} />
        <button type="submit" className="btn btn--primary" disabled={invite.isPending}>
          {invite.isPending ? "Inviting…" : "Invite"}
        </button>
      </form>
    </section>
  );
}

function PendingCard() {
  const client = useQueryClient();
  const pending = useInvitations(true);
  const withdraw = useMutation({
    mutationFn: (id: string) => api(`/invitations/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.invitations }),
  });
  const roles = useMutation({
    mutationFn: ({ personId, role }: { personId: string; role: "leader" | "admin" }) =>
      api<{ roles: string[] }>(`/people/${encodeURIComponent(personId)}/roles`, {
        method: "PUT",
        body: { roles: [role] },
      }),
  });
  if (pending.isPending) return <Loading />;
  if (pending.error) return <ErrorNotice error={pending.error} />;
  return (
    <section className="card" aria-labelledby="pending-title">
      <h2 id="pending-title">Waiting to join</h2>
      {withdraw.error && <ErrorNotice error={withdraw.error} />}
      {roles.error && <ErrorNotice error={roles.error} />}
      {roles.isSuccess && (
        <p className="notice notice--ok" role="status">
          Roles saved: {roles.data.roles.join(", ") || "none"}.
        </p>
      )}
      {pending.data.length === 0 ? (
        <p className="meta">Nobody is waiting. Invitations you send appear here until they are accepted.</p>
      ) : (
        <ul className="list-plain">
          {pending.data.map((inv) => (
            <li key={inv.id}>
              <strong>{inv.email}</strong>
              <div className="meta">
                Invited {formatDate(inv.createdAt)} · link works until {formatDate(inv.expiresAt)}
              </div>
              <div className="row">
                {inv.personId && (
                  <button
                    type="button"
                    className="btn btn--small"
                    onClick={() => roles.mutate({ personId: inv.personId!, role: "leader" })}
                  >
                    Make leader
                  </button>
                )}
                <button type="button" className="btn btn--small btn--danger" onClick={() => withdraw.mutate(inv.id)}>
                  Withdraw invitation
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
