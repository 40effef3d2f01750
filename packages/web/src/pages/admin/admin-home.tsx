/**
 * The admin overview: what each admin page is for, inviting someone (the one-time link is shown
 * once, to copy), the invitations still waiting, and the demo organisation in one click.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link } from "react-router";
import { answer, api } from "../../api/client.js";
import type { BodyOf, CreatedInvitation } from "../../api/contract.js";
import { refreshOrganisation } from "../../api/organisation.js";
import { keys, useInvitations } from "../../api/queries.js";
import { ErrorNotice, Loading } from "../../components/status.js";
import { formatDate } from "../../lib/path-helpers.js";
import { FormError } from "./parts/form-errors.js";
import { InvitationLink } from "./parts/invitation-link.js";
import { NameAndEmailFields } from "./parts/name-and-email-fields.js";

const AREAS = [
  { to: "/admin/people", title: "People", text: "Add people, change their details, team and roles, offboard them." },
  { to: "/admin/teams", title: "Teams and groups", text: "Create teams and groups, put people in, choose leads." },
  { to: "/admin/mentorships", title: "Mentorships", text: "Pair mentors and mentees, set how often they check in." },
  {
    to: "/admin/framework",
    title: "Framework",
    text: "The stages and signals everyone is placed on; load a new version.",
  },
  { to: "/admin/import", title: "Import", text: "Add or update everyone at once from an org-chart CSV." },
  { to: "/admin/settings", title: "Settings", text: "The organisation's name and its privacy policy." },
] as const;

/** The page. */
export default function AdminHome() {
  return (
    <div className="page">
      <header className="page-head">
        <span className="eyebrow">Admin</span>
        <h1>Your organisation</h1>
        <p>Everything an admin looks after, one page each. Nothing here lets you read anyone's private notes.</p>
      </header>
      <ul className="admin-areas">
        {AREAS.map((area) => (
          <li key={area.to}>
            <Link to={area.to} className="admin-area">
              <span className="admin-area__title">{area.title}</span>
              <span className="admin-area__text">{area.text}</span>
            </Link>
          </li>
        ))}
      </ul>
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
          <DemoCard />
        </div>
      </div>
    </div>
  );
}

function DemoCard() {
  const client = useQueryClient();
  const load = useMutation({
    mutationFn: () => answer(api.POST("/api/v1/demo-organisation", { body: {} })),
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
    mutationFn: (body: BodyOf<"/api/v1/invitations", "post">) => answer(api.POST("/api/v1/invitations", { body })),
    onSuccess: async (result) => {
      setCreated(result);
      await Promise.all([client.invalidateQueries({ queryKey: keys.invitations }), refreshOrganisation(client)]);
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const name = String(data.get("name") ?? "").trim();
    invite.mutate({ email: String(data.get("email") ?? "").trim(), ...(name ? { name } : {}) });
    event.currentTarget.reset();
  };
  return (
    <section className="card" aria-labelledby="invite-title">
      <h2 id="invite-title">Invite someone</h2>
      <p className="meta">
        Each person gets a one-time link to choose a password. To set their team and roles as well, add them on the{" "}
        <Link to="/admin/people">People</Link> page.
      </p>
      <FormError error={invite.error} fields={["name", "email"]} />
      {created && (
        <InvitationLink
          email={created.email}
          link={created.link}
          expiresAt={created.expiresAt}
          mailed={created.mailed}
        />
      )}
      <form onSubmit={submit}>
        <NameAndEmailFields error={invite.error} nameRequired={false} />
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
    mutationFn: (invitationId: string) =>
      answer(api.DELETE("/api/v1/invitations/{invitationId}", { params: { path: { invitationId } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.invitations }),
  });
  if (pending.isPending) return <Loading />;
  if (pending.error) return <ErrorNotice error={pending.error} />;
  return (
    <section className="card" aria-labelledby="pending-title">
      <h2 id="pending-title">Waiting to join</h2>
      {withdraw.error && <ErrorNotice error={withdraw.error} />}
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
                  <Link
                    className="btn btn--small"
                    to={`/admin/people/${inv.personId}`}
                    aria-label={`Details and roles of ${inv.email}`}
                  >
                    Details and roles
                  </Link>
                )}
                <button
                  type="button"
                  className="btn btn--small btn--danger"
                  aria-label={`Withdraw invitation of ${inv.email}`}
                  onClick={() => withdraw.mutate(inv.id)}
                >
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
