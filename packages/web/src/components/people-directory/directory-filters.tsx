/**
 * The list's filters — team, group, the stage people work on, and whether they are still here —
 * as plain labelled selects that apply on change (each change is a step Back can undo).
 */
import { type Framework, frameworkPath } from "@ascent/core";
import { type ReactNode, useId } from "react";
import type { GroupSummary, PeopleQuery, TeamSummary } from "../../api/contract.js";
import { stageTitle } from "../../lib/path-helpers.js";
import type { DirectoryFilterName } from "./use-directory-params.js";

function Select({
  label,
  value,
  onChange,
  children,
}: {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly children: ReactNode;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        {children}
      </select>
    </div>
  );
}

/** The filter row. */
export function DirectoryFilters({
  framework,
  teams,
  groups,
  query,
  onFilter,
}: {
  readonly framework: Framework;
  readonly teams: readonly TeamSummary[];
  readonly groups: readonly GroupSummary[];
  readonly query: PeopleQuery;
  readonly onFilter: (name: DirectoryFilterName, value: string) => void;
}) {
  const path = frameworkPath(framework);
  return (
    <div className="directory-filters">
      <Select label="Team" value={query.teamId ?? ""} onChange={(v) => onFilter("teamId", v)}>
        <option value="">All teams</option>
        {teams.map((team) => (
          <option key={team.id} value={team.id}>
            {team.name}
          </option>
        ))}
      </Select>
      {groups.length > 0 && (
        <Select label="Group" value={query.groupId ?? ""} onChange={(v) => onFilter("groupId", v)}>
          <option value="">All groups</option>
          {groups.map((group) => (
            <option key={group.id} value={group.id}>
              {group.name}
            </option>
          ))}
        </Select>
      )}
      <Select label="Working on" value={query.stage ?? ""} onChange={(v) => onFilter("stage", v)}>
        <option value="">Any stage</option>
        {path.map((s) => (
          <option key={s.stage.id} value={s.stage.id}>
            {s.number}. {stageTitle(s)}
          </option>
        ))}
      </Select>
      <Select
        label="Status"
        value={query.status ?? "active"}
        onChange={(v) => onFilter("status", v === "active" ? "" : v)}
      >
        <option value="active">Active</option>
        <option value="deactivated">Deactivated</option>
      </Select>
    </div>
  );
}
