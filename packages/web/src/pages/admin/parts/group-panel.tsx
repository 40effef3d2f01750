/** One group, opened for changes: rename it, and choose or drop its leads (a group lead sees all its teams). */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { answer, api } from "../../../api/client.js";
import type { GroupSummary } from "../../../api/contract.js";
import { refreshOrganisation } from "../../../api/organisation.js";
import { PersonPicker, type PickedPerson } from "./person-picker.js";
import { UnitNameForm } from "./unit-name-form.js";
import { UnitLeads, UnitPanel } from "./unit-panel.js";

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
    <UnitPanel
      note={note}
      error={lead.error}
      nameForm={
        <UnitNameForm
          key={group.version}
          label="Group name"
          initial={group.name}
          submitLabel="Rename"
          busy={rename.isPending}
          error={rename.error}
          onSubmit={(name) => rename.mutate(name)}
        />
      }
      picker={
        <>
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
        </>
      }
    >
      <UnitLeads
        leads={group.leads}
        busy={lead.isPending}
        onStopLeading={(l) => lead.mutate({ person: { ...l, version: 0 }, on: false })}
        empty={`Nobody leads ${group.name} yet.`}
      />
    </UnitPanel>
  );
}
