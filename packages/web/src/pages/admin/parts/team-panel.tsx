/**
 * One team, opened for changes: rename it or move it to a group, its members a page at a time
 * (make or unmake each a lead, take them out), add someone, and the leads who are not members.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { answer, api } from "../../../api/client.js";
import type { GroupSummary, TeamSummary } from "../../../api/contract.js";
import { refreshOrganisation, usePeoplePage } from "../../../api/organisation.js";
import { SelectField } from "../../../components/field.js";
import { ErrorNotice, Loading } from "../../../components/status.js";
import { fieldError } from "./form-errors.js";
import { PersonPicker, type PickedPerson } from "./person-picker.js";
import { UnitNameForm } from "./unit-name-form.js";
import { UnitLeads, UnitPanel } from "./unit-panel.js";

const MEMBERS_PAGE = 25;

/** The panel's body (the team's row and its toggle are the page's). */
export function TeamPanel({ team, groups }: { readonly team: TeamSummary; readonly groups: readonly GroupSummary[] }) {
  const client = useQueryClient();
  const [cursors, setCursors] = useState<readonly string[]>([]);
  const cursor = cursors.at(-1);
  const members = usePeoplePage({ teamId: team.id, limit: MEMBERS_PAGE, ...(cursor ? { cursor } : {}) });
  const [picked, setPicked] = useState<PickedPerson | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const done = async (message: string) => {
    setNote(message);
    await refreshOrganisation(client);
  };

  const update = useMutation({
    mutationFn: (body: { name?: string; groupId?: string | null }) =>
      answer(
        api.PATCH("/api/v1/teams/{teamId}", {
          params: { path: { teamId: team.id } },
          body: { version: team.version, ...body },
        }),
      ),
    onSuccess: (result) =>
      done(`Saved: ${result.name}${result.group ? `, in ${result.group.name}` : ", in no group"}.`),
  });
  const change = useMutation({
    mutationFn: async (step: {
      kind: "add-member" | "remove-member" | "make-lead" | "unmake-lead";
      person: PickedPerson;
    }) => {
      const path = { teamId: team.id, personId: step.person.id };
      const version = step.person.version;
      switch (step.kind) {
        case "add-member":
          return answer(api.PUT("/api/v1/teams/{teamId}/members/{personId}", { params: { path }, body: { version } }));
        case "remove-member":
          return answer(
            api.DELETE("/api/v1/teams/{teamId}/members/{personId}", { params: { path, query: { version } } }),
          );
        case "make-lead":
          return answer(api.PUT("/api/v1/teams/{teamId}/leads/{personId}", { params: { path } }));
        case "unmake-lead":
          return answer(api.DELETE("/api/v1/teams/{teamId}/leads/{personId}", { params: { path } }));
      }
    },
    onSuccess: (_result, step) => {
      if (step.kind === "add-member") setPicked(null);
      const words = {
        "add-member": `${step.person.name} joined ${team.name}.`,
        "remove-member": `${step.person.name} left ${team.name}.`,
        "make-lead": `${step.person.name} now leads ${team.name}.`,
        "unmake-lead": `${step.person.name} no longer leads ${team.name}.`,
      } as const;
      return done(words[step.kind]);
    },
  });

  const leadIds = new Set(team.leads.map((l) => l.id));
  const memberIds = new Set((members.data?.people ?? []).map((p) => p.id));
  const busy = change.isPending || update.isPending;

  return (
    <UnitPanel
      note={note}
      error={change.error}
      nameForm={
        <UnitNameForm
          key={team.version}
          label="Team name"
          initial={team.name}
          submitLabel="Save name and group"
          busy={update.isPending}
          error={update.error}
          onSubmit={(name, data) => {
            const groupId = String(data.get("groupId") ?? "");
            update.mutate({
              ...(name !== team.name ? { name } : {}),
              ...(groupId !== (team.group?.id ?? "") ? { groupId: groupId || null } : {}),
            });
          }}
        >
          <SelectField
            label="Group"
            name="groupId"
            defaultValue={team.group?.id ?? ""}
            error={fieldError(update.error, "groupId")}
          >
            <option value="">No group</option>
            {groups.map((group) => (
              <option key={group.id} value={group.id}>
                {group.name}
              </option>
            ))}
          </SelectField>
        </UnitNameForm>
      }
      picker={
        <>
          <PersonPicker
            label={`Add someone to ${team.name}`}
            hint="Someone in another team moves here."
            value={picked}
            onChange={setPicked}
            changeLabel="Change the person to add"
            exclude={[...memberIds]}
          />
          <button
            type="button"
            className="btn btn--primary"
            disabled={!picked || busy}
            onClick={() => picked && change.mutate({ kind: "add-member", person: picked })}
          >
            Add to {team.name}
          </button>
        </>
      }
    >
      <h4 className="team-panel__title">Members</h4>
      {members.isPending ? (
        <Loading what="Finding the members" />
      ) : members.error ? (
        <ErrorNotice error={members.error} />
      ) : members.data.people.length === 0 && !cursor ? (
        <p className="meta">Nobody is in {team.name} yet. Add someone above.</p>
      ) : (
        <ul className="list-plain member-list">
          {members.data.people.map((person) => (
            <li key={person.id} className="member-row">
              <span className="member-row__name">
                <Link to={`/admin/people/${person.id}`}>{person.name}</Link>
                {leadIds.has(person.id) && <span className="tag tag--self">Lead</span>}
              </span>
              <span className="row">
                {!leadIds.has(person.id) && (
                  <button
                    type="button"
                    className="btn btn--small"
                    disabled={busy}
                    aria-label={`Make lead: ${person.name}`}
                    onClick={() => change.mutate({ kind: "make-lead", person })}
                  >
                    Make lead
                  </button>
                )}
                <button
                  type="button"
                  className="btn btn--small btn--danger"
                  disabled={busy}
                  onClick={() => change.mutate({ kind: "remove-member", person })}
                >
                  Take out<span className="visually-hidden"> {person.name}</span>
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {(cursor || members.data?.nextCursor) && (
        <div className="row">
          <button
            type="button"
            className="btn btn--small"
            disabled={!cursor}
            onClick={() => setCursors((c) => c.slice(0, -1))}
          >
            Earlier members
          </button>
          <button
            type="button"
            className="btn btn--small"
            disabled={!members.data?.nextCursor}
            onClick={() => {
              const next = members.data?.nextCursor;
              if (next) setCursors((c) => [...c, next]);
            }}
          >
            More members
          </button>
        </div>
      )}
      <UnitLeads
        leads={team.leads}
        busy={busy}
        onStopLeading={(lead) => change.mutate({ kind: "unmake-lead", person: { ...lead, version: 0 } })}
        empty={`Nobody leads ${team.name} yet. A lead sees the positions, plans and nudges of its people (never notes or evidence text); choose one among the members.`}
      />
    </UnitPanel>
  );
}
