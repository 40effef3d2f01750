/**
 * Admin · one person: their details (edited on the version read; a conflict is shown, never
 * overwritten), their granted roles, their account (invite them when they have none), what they
 * lead and who they mentor or are mentored by, and offboarding (deactivate, erase).
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { isApiError } from "../../api/api-error.js";
import { answer, api } from "../../api/client.js";
import type { AdminPerson } from "../../api/contract.js";
import { orgKeys, useAdminPerson, useTeams } from "../../api/organisation.js";
import { keys } from "../../api/queries.js";
import { ErrorNotice, Loading } from "../../components/status.js";
import { useCurrentMe } from "../../lib/me-context.js";
import { formatDate } from "../../lib/path-helpers.js";
import NotFoundPage from "../not-found-page.js";
import { FormError } from "./parts/form-errors.js";
import { InvitationLink } from "./parts/invitation-link.js";
import { OffboardingCard } from "./parts/offboarding-card.js";
import { PersonDetailsForm } from "./parts/person-details-form.js";
import { RoleChoices } from "./parts/role-choices.js";

const STATUS_WORDS = { active: "Active", deactivated: "Deactivated", erased: "Erased" } as const;

/** The page. */
export default function PersonAdminPage() {
  const { personId = "" } = useParams();
  const me = useCurrentMe();
  const record = useAdminPerson(personId);
  const teams = useTeams();
  if (record.isPending || teams.isPending) return <Loading what="Opening the person" />;
  if (isApiError(record.error, 404)) return <NotFoundPage />;
  if (record.error || teams.error)
    return (
      <div className="page">
        <ErrorNotice error={record.error ?? teams.error} onRetry={() => record.refetch()} />
      </div>
    );
  const person = record.data;
  const isMe = person.id === me.personId;
  return (
    <div className="page">
      <header className="page-head person-head">
        <div>
          <span className="eyebrow">
            <Link to="/admin/people">Admin · People</Link>
          </span>
          <h1>{person.name}</h1>
          <p className="row">
            <span className={`tag${person.status === "active" ? " tag--ok" : " tag--muted"}`}>
              {STATUS_WORDS[person.status]}
            </span>
            {person.title && <span className="meta">{person.title}</span>}
            <span className="meta">Joined {formatDate(person.joinedAt)}</span>
          </p>
        </div>
        {person.status !== "erased" && (
          <Link className="btn" to={isMe ? "/me" : `/people/${person.id}`}>
            Open {isMe ? "your" : "their"} path
          </Link>
        )}
      </header>
      {person.status === "erased" ? (
        <section className="card">
          <p>
            This person was erased: their personal text is gone, and their ratings count anonymously in the
            organisation's numbers. There is nothing left to edit.
          </p>
        </section>
      ) : (
        <div className="grid-2">
          <div className="stack">
            <section className="card">
              {/* Keyed by person only: a save updates the form itself, so what you type is never reset under you. */}
              <PersonDetailsForm key={person.id} person={person} teams={teams.data} />
            </section>
            <RolesCard person={person} isMe={isMe} />
          </div>
          <div className="stack">
            <AccountCard person={person} />
            <RelationsCard person={person} />
            <OffboardingCard person={person} isMe={isMe} />
          </div>
        </div>
      )}
    </div>
  );
}

function RolesCard({ person, isMe }: { readonly person: AdminPerson; readonly isMe: boolean }) {
  const client = useQueryClient();
  const [roles, setRoles] = useState<readonly AdminPerson["roles"][number][]>(person.roles);
  const save = useMutation({
    mutationFn: (next: readonly AdminPerson["roles"][number][]) =>
      answer(
        api.PUT("/api/v1/people/{personId}/roles", {
          params: { path: { personId: person.id } },
          body: { roles: [...next] },
        }),
      ),
    onSuccess: async (result) => {
      setRoles(result.roles);
      await client.invalidateQueries({ queryKey: orgKeys.adminPerson(person.id) });
      await client.invalidateQueries({ queryKey: orgKeys.people });
      if (isMe) await client.invalidateQueries({ queryKey: keys.me });
    },
  });
  const changed = [...roles].sort().join() !== [...person.roles].sort().join();
  return (
    <section className="card" aria-labelledby="roles-title">
      <h2 id="roles-title">Roles</h2>
      <FormError error={save.error} />
      {save.isSuccess && !changed && (
        <p className="notice notice--ok" role="status">
          Roles saved: {save.data.roles.length ? save.data.roles.join(" and ") : "member only"}.
        </p>
      )}
      {person.status !== "active" ? (
        <p className="meta">Only active people hold roles.</p>
      ) : (
        <>
          <RoleChoices value={roles} onChange={setRoles} disabled={save.isPending} legendHidden />
          {isMe && roles.length < person.roles.length && (
            <p className="notice notice--warn">
              You are taking a role away from yourself: you lose what it lets you do as soon as you save.
            </p>
          )}
          <button
            type="button"
            className="btn btn--primary"
            disabled={!changed || save.isPending}
            onClick={() => save.mutate(roles)}
          >
            {save.isPending ? "Saving…" : "Save roles"}
          </button>
        </>
      )}
    </section>
  );
}

function AccountCard({ person }: { readonly person: AdminPerson }) {
  const client = useQueryClient();
  const invite = useMutation({
    mutationFn: () => answer(api.POST("/api/v1/invitations", { body: { email: person.email, personId: person.id } })),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: orgKeys.adminPerson(person.id) });
      await client.invalidateQueries({ queryKey: keys.invitations });
    },
  });
  const { account } = person;
  return (
    <section className="card card--flat" aria-labelledby="account-title">
      <h2 id="account-title">Account</h2>
      {account.exists ? (
        <p>
          {account.lastLoginAt
            ? `Last signed in ${formatDate(account.lastLoginAt)}.`
            : "Has an account but has not signed in yet."}
        </p>
      ) : account.invitationExpiresAt ? (
        <p>Invited: their link works until {formatDate(account.invitationExpiresAt)}.</p>
      ) : (
        <p>No account yet: {person.name} cannot sign in until you invite them.</p>
      )}
      {invite.error !== null && <ErrorNotice error={invite.error} />}
      {invite.data && (
        <InvitationLink
          email={invite.data.email}
          link={invite.data.link}
          expiresAt={invite.data.expiresAt}
          mailed={invite.data.mailed}
        />
      )}
      {!account.exists && person.status === "active" && !invite.data && (
        <button type="button" className="btn" disabled={invite.isPending} onClick={() => invite.mutate()}>
          {account.invitationExpiresAt ? "Send a new invitation" : "Invite them"}
        </button>
      )}
    </section>
  );
}

function RelationsCard({ person }: { readonly person: AdminPerson }) {
  const leads = [
    ...person.leads.teams.map((t) => `${t.name} (team)`),
    ...person.leads.groups.map((g) => `${g.name} (group)`),
  ];
  return (
    <section className="card card--flat" aria-labelledby="relations-title">
      <h2 id="relations-title">Team, leads and mentors</h2>
      <dl className="admin-facts">
        <dt>Team</dt>
        <dd>{person.team ? person.team.name : "No team"}</dd>
        <dt>Leads</dt>
        <dd>{leads.length ? leads.join(", ") : "Nothing"}</dd>
        <dt>Mentored by</dt>
        <dd>
          {person.mentors.length
            ? person.mentors.map((m) => `${m.name}, every ${m.cadenceDays} days`).join("; ")
            : "Nobody"}
        </dd>
        <dt>Mentors</dt>
        <dd>
          {person.mentees.length
            ? person.mentees.map((m) => `${m.name}, every ${m.cadenceDays} days`).join("; ")
            : "Nobody"}
        </dd>
      </dl>
      <div className="row">
        <Link className="btn btn--small" to="/admin/teams">
          Teams and leads
        </Link>
        <Link className="btn btn--small" to={`/admin/mentorships?personId=${encodeURIComponent(person.id)}`}>
          {person.name}'s mentorships
        </Link>
      </div>
    </section>
  );
}
