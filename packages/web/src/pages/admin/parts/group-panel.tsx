/** One group, opened for changes: rename it, and choose or drop its leads (a group lead sees all its teams). */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { answer, api } from "../../../api/client.js";
import type { GroupSummary } from "../../../api/contract.js";
import { refreshOrganisation } from "../../../api/organisation.js";
import { ErrorNotice } from "../../../components/status.js";
import { PersonPicker, type PickedPerson } from "./person-picker.js";
import { UnitNameForm } from "./unit-name-form.js";

/** The panel's body. */
export function GroupPanel({ group }: { readonly group: GroupSummary }) {
  const client = useQueryClient();
  const [picked, setPicked] = useState<PickedPerson | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const rename = useMutation({
    mutationFn: (name: string) =>
      answer(
        api.PATCH("/api/v1/groups/{groupId}", {
          params: { path: { groupId: group.id } },
          body: { version: group.version, name },
        }),
      ),
    onSuccess: async (result) => {
      setNote(`Renamed to ${result.name}.`);
      await refreshOrganisation(client);
    },
  });
  const lead = useMutation({
    mutationFn: ({ person, on }: { person: PickedPerson; on: boolean }) => {
      const params = { path: { groupId: group.id, personId: person.id } };
      return answer(
        on
          ? api.PUT("/api/v1/groups/{groupId}/leads/{personId}", { params })
          : api.DELETE("/api/v1/groups/{groupId}/leads/{personId}", { params }),
      );
    },
    onSuccess: async (_r, { person, on }) => {
      setNote(on ? `${person.name} now leads ${group.name}.` : `${person.name} no longer leads ${group.name}.`);
      if (on) setPicked(null);
      await refreshOrganisation(client);
    },
  });
  return (
    <div className="team-panel">
      {note && (
        <p className="notice notice--ok" role="status">
          {note}
        </p>
      )}
      {lead.error !== null && <ErrorNotice error={lead.error} />}
      <div className="grid-halves">
        <UnitNameForm
          key={group.version}
          label="Group name"
          initial={group.name}
          submitLabel="Rename"
          busy={rename.isPending}
          error={rename.error}
          onSubmit={(name) => rename.mutate(name)}
        />
        <div>
          <PersonPicker
            label={`Choose a lead of ${group.name}`}
            hint="A group lead sees the people of all its teams."
            value={picked}
            onChange={setPicked}
            changeLabel="Change the lead to add"
            exclude={group.leads.map((l) => l.id)}
          />
          <button
            type="button"
            className="btn btn--primary"
            disabled={!picked || lead.isPending}
            onClick={() => picked && lead.mutate({ person: picked, on: true })}
          >
            Make lead
          </button>
        </div>
      </div>
      <h4 className="team-panel__title">Leads</h4>
      {group.leads.length === 0 ? (
        <p className="meta">Nobody leads {group.name} yet.</p>
      ) : (
        <ul className="list-plain member-list">
          {group.leads.map((l) => (
            <li key={l.id} className="member-row">
              <Link to={`/admin/people/${l.id}`}>{l.name}</Link>
              <button
                type="button"
                className="btn btn--small"
                disabled={lead.isPending}
                onClick={() => lead.mutate({ person: { ...l, version: 0 }, on: false })}
              >
                Stop leading<span className="visually-hidden"> {l.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
