/**
 * Editing a person's name, email, title and team, quoting the version read. When someone else
 * saved the person meanwhile (409 conflict), nothing typed is lost: what is saved now and what
 * you typed are shown side by side, and you choose — save yours over it, or take the saved one.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { isApiError } from "../../../api/api-error.js";
import { answer, api } from "../../../api/client.js";
import type { AdminPerson, TeamSummary } from "../../../api/contract.js";
import { orgKeys, refreshOrganisation } from "../../../api/organisation.js";
import { ConflictTable } from "../../../components/conflict-table.js";
import { SelectField, TextField } from "../../../components/field.js";
import { FormError, fieldError } from "./form-errors.js";

/** The editable fields, as the form holds them ("" for no team). */
interface Draft {
  readonly name: string;
  readonly email: string;
  readonly title: string;
  readonly teamId: string;
}
type DraftField = keyof Draft;

const FIELDS: readonly [DraftField, string][] = [
  ["name", "Name"],
  ["email", "Email"],
  ["title", "Title"],
  ["teamId", "Team"],
];

function draftOf(person: AdminPerson): Draft {
  return { name: person.name, email: person.email, title: person.title, teamId: person.team?.id ?? "" };
}

function same(a: Draft, b: Draft, field: DraftField): boolean {
  return field === "email"
    ? a.email.trim().toLowerCase() === b.email.trim().toLowerCase()
    : a[field].trim() === b[field].trim();
}

/** The fields of `mine` that differ from `base`, as a PATCH body. */
function changesFrom(base: Draft, mine: Draft): Record<string, string | null> {
  const body: Record<string, string | null> = {};
  for (const [field] of FIELDS) {
    if (same(base, mine, field)) continue;
    body[field] = field === "teamId" ? mine.teamId || null : mine[field].trim();
  }
  return body;
}

/** The form. */
export function PersonDetailsForm({
  person,
  teams,
}: {
  readonly person: AdminPerson;
  readonly teams: readonly TeamSummary[];
}) {
  const client = useQueryClient();
  // The record the draft started from: its version is the one the save quotes.
  const [base, setBase] = useState(person);
  const [draft, setDraft] = useState(() => draftOf(person));
  const [saved, setSaved] = useState<AdminPerson | null>(null);
  const [conflict, setConflict] = useState<AdminPerson | null>(null);

  const save = useMutation({
    mutationFn: ({ from, mine }: { from: AdminPerson; mine: Draft }) =>
      answer(
        api.PATCH("/api/v1/people/{personId}", {
          params: { path: { personId: person.id } },
          body: { version: from.version, ...changesFrom(draftOf(from), mine) },
        }),
      ),
    onSuccess: async (result) => {
      setBase(result);
      setDraft(draftOf(result));
      setSaved(result);
      setConflict(null);
      client.setQueryData(orgKeys.adminPerson(person.id), result);
      await refreshOrganisation(client);
    },
    onError: async (error) => {
      if (!isApiError(error, "conflict") || error.details.length > 0) return;
      // Stale: read what is saved now, and keep what was typed.
      setConflict(await answer(api.GET("/api/v1/people/{personId}", { params: { path: { personId: person.id } } })));
    },
  });

  const changed = Object.keys(changesFrom(draftOf(base), draft)).length > 0;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(null);
    if (!changed) return;
    save.mutate({ from: base, mine: draft });
  };
  const set = (field: DraftField) => (value: string) => {
    setSaved(null);
    setDraft((d) => ({ ...d, [field]: value }));
  };
  const teamName = (id: string) => (id ? (teams.find((t) => t.id === id)?.name ?? "another team") : "No team");
  const words = (d: Draft, field: DraftField) =>
    field === "teamId" ? teamName(d.teamId) : d[field].trim() || "(empty)";
  const staleError = isApiError(save.error, "conflict") && save.error.details.length === 0;

  return (
    <form onSubmit={submit} noValidate aria-labelledby="details-title">
      <h2 id="details-title">Details</h2>
      {conflict && (
        <div className="notice notice--warn conflict" role="alert">
          <h3>{person.name}'s details changed while you were editing</h3>
          <p>
            Someone saved them from somewhere else — another tab or another admin — so your changes were not saved yet.
            Nothing you typed is lost: it is still in the form below.
          </p>
          <ConflictTable
            caption="The fields, saved now and yours"
            rows={FIELDS.filter(
              ([field]) => !same(draftOf(conflict), draft, field) || !same(draftOf(base), draft, field),
            ).map(([field, label]) => ({
              field,
              label,
              saved: words(draftOf(conflict), field),
              mine: words(draft, field),
            }))}
          />
          <div className="row">
            <button
              type="button"
              className="btn btn--primary"
              disabled={save.isPending}
              onClick={() => save.mutate({ from: conflict, mine: draft })}
            >
              Save mine over it
            </button>
            <button
              type="button"
              className="btn"
              disabled={save.isPending}
              onClick={() => {
                setBase(conflict);
                setDraft(draftOf(conflict));
                setConflict(null);
                save.reset();
                client.setQueryData(orgKeys.adminPerson(person.id), conflict);
              }}
            >
              Use the saved version
            </button>
          </div>
        </div>
      )}
      {!staleError && <FormError error={save.error} fields={["name", "email", "title", "teamId"]} />}
      {saved && (
        <p className="notice notice--ok" role="status">
          Saved.
        </p>
      )}
      <div className="admin-form-grid">
        <TextField
          label="Name"
          value={draft.name}
          onChange={(e) => set("name")(e.currentTarget.value)}
          required
          maxLength={200}
          autoComplete="off"
          error={fieldError(save.error, "name")}
        />
        <TextField
          label="Email"
          type="email"
          value={draft.email}
          onChange={(e) => set("email")(e.currentTarget.value)}
          required
          autoComplete="off"
          hint="Their account moves with it: they sign in with the new address."
          error={fieldError(save.error, "email")}
        />
        <TextField
          label="Title"
          value={draft.title}
          onChange={(e) => set("title")(e.currentTarget.value)}
          maxLength={200}
          autoComplete="off"
          error={fieldError(save.error, "title")}
        />
        <SelectField
          label="Team"
          value={draft.teamId}
          onChange={(e) => set("teamId")(e.currentTarget.value)}
          error={fieldError(save.error, "teamId")}
        >
          <option value="">No team</option>
          {teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="row">
        <button type="submit" className="btn btn--primary" disabled={save.isPending || !changed || conflict !== null}>
          {save.isPending ? "Saving…" : "Save details"}
        </button>
        {changed && !conflict && (
          <button type="button" className="btn btn--quiet" onClick={() => setDraft(draftOf(base))}>
            Undo my changes
          </button>
        )}
      </div>
    </form>
  );
}
