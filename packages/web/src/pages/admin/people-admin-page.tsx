/**
 * Admin · People: add a person (name, email, title, team, roles, and optionally a one-time
 * invitation link, shown to copy when Ascent sends no mail), and find anyone to manage in the
 * directory (each row links to the person's admin page).
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link } from "react-router";
import { answer, api } from "../../api/client.js";
import type { BodyOf, CreatedPerson } from "../../api/contract.js";
import { refreshOrganisation, useTeams } from "../../api/organisation.js";
import { keys } from "../../api/queries.js";
import { SelectField, TextField } from "../../components/field.js";
import { PeopleDirectory } from "../../components/people-directory/people-directory.js";
import { FormError, fieldError } from "./parts/form-errors.js";
import { InvitationLink } from "./parts/invitation-link.js";
import { NameAndEmailFields } from "./parts/name-and-email-fields.js";
import { RoleChoices } from "./parts/role-choices.js";

/** The page. */
export default function PeopleAdminPage() {
  return (
    <div className="page">
      <header className="page-head">
        <span className="eyebrow">Admin · People</span>
        <h1>People</h1>
        <p>Add people one by one, or find someone to change their details, team, roles or mentor.</p>
      </header>
      <AddPersonCard />
      <section className="admin-section" aria-labelledby="everyone-title">
        <h2 id="everyone-title" className="visually-hidden">
          Find someone
        </h2>
        <PeopleDirectory title="Everyone" />
      </section>
    </div>
  );
}

function AddPersonCard() {
  const client = useQueryClient();
  const teams = useTeams();
  const [open, setOpen] = useState(false);
  const [roles, setRoles] = useState<readonly ("admin" | "leader")[]>([]);
  const [created, setCreated] = useState<CreatedPerson | null>(null);
  const add = useMutation({
    mutationFn: (body: BodyOf<"/api/v1/people", "post">) => answer(api.POST("/api/v1/people", { body })),
    onSuccess: async (result) => {
      setCreated(result);
      setRoles([]);
      await Promise.all([refreshOrganisation(client), client.invalidateQueries({ queryKey: keys.invitations })]);
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? "").trim();
    const teamId = text("teamId");
    setCreated(null);
    add.mutate(
      {
        name: text("name"),
        email: text("email"),
        ...(text("title") ? { title: text("title") } : {}),
        ...(teamId ? { teamId } : {}),
        roles: [...roles],
        invite: data.get("invite") === "on",
      },
      { onSuccess: () => form.reset() },
    );
  };
  return (
    <section className="card admin-add" aria-labelledby="add-person-title">
      <div className="section-head">
        <h2 id="add-person-title">Add a person</h2>
        {!open && (
          <button type="button" className="btn btn--primary" onClick={() => setOpen(true)}>
            New person
          </button>
        )}
      </div>
      {created && (
        <div className="stack-sm">
          <p className="notice notice--ok" role="status">
            Added <Link to={`/admin/people/${created.person.id}`}>{created.person.name}</Link>
            {created.person.team ? ` to ${created.person.team.name}` : ""}.
          </p>
          {created.invitation && (
            <InvitationLink
              email={created.person.email}
              link={created.invitation.link}
              expiresAt={created.invitation.expiresAt}
              mailed={created.invitation.mailed}
            />
          )}
        </div>
      )}
      {open && (
        <form onSubmit={submit} noValidate>
          <FormError error={add.error} fields={["name", "email", "title", "teamId", "roles"]} />
          <div className="admin-form-grid">
            <NameAndEmailFields
              error={add.error}
              nameRequired
              emailHint="They sign in with it; admins and the person see it."
            />
            <TextField
              label="Title"
              name="title"
              maxLength={200}
              autoComplete="off"
              hint="Optional, e.g. Senior engineer."
              error={fieldError(add.error, "title")}
            />
            <SelectField label="Team" name="teamId" defaultValue="" error={fieldError(add.error, "teamId")}>
              <option value="">No team yet</option>
              {(teams.data ?? []).map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </SelectField>
          </div>
          <RoleChoices value={roles} onChange={setRoles} error={fieldError(add.error, "roles")} />
          <label className="check">
            <input type="checkbox" name="invite" defaultChecked />
            <span>
              Invite them now
              <span className="hint-line">
                They get a one-time link to choose a password. Without it they have no account until you invite them.
              </span>
            </span>
          </label>
          <div className="row">
            <button type="submit" className="btn btn--primary" disabled={add.isPending}>
              {add.isPending ? "Adding…" : "Add person"}
            </button>
            <button
              type="button"
              className="btn"
              onClick={() => {
                setOpen(false);
                add.reset();
              }}
            >
              Close
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
