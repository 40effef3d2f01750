/**
 * Admin · Teams and groups: every team and group with its counts and leads; create them; open one
 * to rename it, move a team to a group, put people in or take them out, choose leads; delete one
 * once it is empty. The model's scope levels: people → teams → groups → the enterprise.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { answer, api } from "../../api/client.js";
import { refreshOrganisation, useGroups, useTeams } from "../../api/organisation.js";
import { ConfirmDialog } from "../../components/confirm-dialog.js";
import { SelectField } from "../../components/field.js";
import { EmptyState, ErrorNotice, Loading } from "../../components/status.js";
import { fieldError } from "./parts/form-errors.js";
import { GroupPanel } from "./parts/group-panel.js";
import { TeamPanel } from "./parts/team-panel.js";
import { UnitNameForm } from "./parts/unit-name-form.js";
import { UnitRow } from "./parts/unit-row.js";

interface Removal {
  readonly kind: "team" | "group";
  readonly id: string;
  readonly name: string;
  readonly version: number;
}

function people(n: number): string {
  return `${n.toLocaleString("en-GB")} ${n === 1 ? "person" : "people"}`;
}
function leadsWords(leads: readonly { name: string }[]): string {
  return leads.length === 0 ? "no lead" : `led by ${leads.map((l) => l.name).join(", ")}`;
}

/** The page. */
export default function TeamsAdminPage() {
  const client = useQueryClient();
  const teams = useTeams();
  const groups = useGroups();
  // The open team or group is in the URL, so a reload keeps it open.
  const [params, setParams] = useSearchParams();
  const openId = params.get("open");
  const toggle = (id: string) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (next.get("open") === id) next.delete("open");
        else next.set("open", id);
        return next;
      },
      { replace: true },
    );
  const [removal, setRemoval] = useState<Removal | null>(null);
  const remove = useMutation({
    mutationFn: (r: Removal) => {
      const query = { version: r.version };
      return answer(
        r.kind === "team"
          ? api.DELETE("/api/v1/teams/{teamId}", { params: { path: { teamId: r.id }, query } })
          : api.DELETE("/api/v1/groups/{groupId}", { params: { path: { groupId: r.id }, query } }),
      );
    },
    onSuccess: async () => {
      setRemoval(null);
      await refreshOrganisation(client);
    },
  });
  const createTeam = useMutation({
    mutationFn: (body: { name: string; groupId: string | null }) => answer(api.POST("/api/v1/teams", { body })),
    onSuccess: async (team) => {
      await refreshOrganisation(client);
      setParams({ open: team.id }, { replace: true });
    },
  });
  const createGroup = useMutation({
    mutationFn: (name: string) => answer(api.POST("/api/v1/groups", { body: { name } })),
    onSuccess: () => refreshOrganisation(client),
  });

  if (teams.isPending || groups.isPending) return <Loading what="Gathering teams and groups" />;
  if (teams.error || groups.error)
    return (
      <div className="page">
        <ErrorNotice error={teams.error ?? groups.error} />
      </div>
    );

  return (
    <div className="page">
      <header className="page-head">
        <span className="eyebrow">Admin · Teams and groups</span>
        <h1>Teams and groups</h1>
        <p>
          People belong to one team; teams may belong to a group. A team's or group's leads see its people's positions,
          plans and nudges — never their notes.
        </p>
      </header>
      {remove.error !== null && <ErrorNotice error={remove.error} />}
      <div className="grid-halves admin-create">
        <section className="card" aria-labelledby="new-team-title">
          <h2 id="new-team-title">New team</h2>
          <UnitNameForm
            key={`team-${teams.data.length}`}
            label="Team name"
            submitLabel="Create team"
            busy={createTeam.isPending}
            error={createTeam.error}
            onSubmit={(name, data) => createTeam.mutate({ name, groupId: String(data.get("groupId") ?? "") || null })}
          >
            <SelectField
              label="In group"
              name="groupId"
              defaultValue=""
              error={fieldError(createTeam.error, "groupId")}
            >
              <option value="">No group</option>
              {groups.data.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </SelectField>
          </UnitNameForm>
        </section>
        <section className="card" aria-labelledby="new-group-title">
          <h2 id="new-group-title">New group</h2>
          <p className="meta">A group gathers several teams, e.g. a department or a product area.</p>
          <UnitNameForm
            key={`group-${groups.data.length}`}
            label="Group name"
            submitLabel="Create group"
            busy={createGroup.isPending}
            error={createGroup.error}
            onSubmit={(name) => createGroup.mutate(name)}
          />
        </section>
      </div>

      <section className="admin-section" aria-labelledby="teams-title">
        <h2 id="teams-title">Teams ({teams.data.length.toLocaleString("en-GB")})</h2>
        {teams.data.length === 0 ? (
          <EmptyState title="No teams yet">
            <p>Create the first one above, or import the org chart: its team column creates teams as it goes.</p>
          </EmptyState>
        ) : (
          <ul className="list-boxed">
            {teams.data.map((team) => (
              <UnitRow
                key={team.id}
                id={team.id}
                name={team.name}
                summary={
                  <>
                    {team.group ? `${team.group.name} · ` : ""}
                    {people(team.memberCount)} · {leadsWords(team.leads)}
                  </>
                }
                open={openId === team.id}
                onToggle={() => toggle(team.id)}
                deleteBlockedBecause={team.memberCount > 0 ? "Only an empty team can be deleted" : undefined}
                onDelete={() => setRemoval({ kind: "team", id: team.id, name: team.name, version: team.version })}
              >
                <TeamPanel team={team} groups={groups.data} />
              </UnitRow>
            ))}
          </ul>
        )}
      </section>

      <section className="admin-section" aria-labelledby="groups-title">
        <h2 id="groups-title">Groups ({groups.data.length.toLocaleString("en-GB")})</h2>
        {groups.data.length === 0 ? (
          <p className="meta">No groups yet. Teams work without one.</p>
        ) : (
          <ul className="list-boxed">
            {groups.data.map((group) => (
              <UnitRow
                key={group.id}
                id={group.id}
                name={group.name}
                summary={
                  <>
                    {group.teamCount} {group.teamCount === 1 ? "team" : "teams"} · {people(group.memberCount)} ·{" "}
                    {leadsWords(group.leads)}
                  </>
                }
                open={openId === group.id}
                onToggle={() => toggle(group.id)}
                deleteBlockedBecause={group.teamCount > 0 ? "Only a group without teams can be deleted" : undefined}
                onDelete={() => setRemoval({ kind: "group", id: group.id, name: group.name, version: group.version })}
              >
                <GroupPanel group={group} />
              </UnitRow>
            ))}
          </ul>
        )}
      </section>

      <ConfirmDialog
        open={removal !== null}
        title={`Delete ${removal?.name ?? ""}?`}
        confirmLabel="Delete"
        busy={remove.isPending}
        onConfirm={() => removal && remove.mutate(removal)}
        onCancel={() => setRemoval(null)}
      >
        <p>
          {removal?.kind === "team"
            ? "Nobody is in this team. Its leads stop leading it, and it no longer appears in lists and dashboards."
            : "This group has no teams. Its leads stop leading it, and it no longer appears in lists."}
        </p>
      </ConfirmDialog>
    </div>
  );
}
