/**
 * Decides what an import does — per person create / update / unchanged, which teams, groups,
 * leads and mentorships change — from the cleaned rows and the organisation. The preview shows
 * this plan's summary; the writer executes exactly this plan, so preview and commit never differ.
 */
import type { GrantedRole } from "@ascent/core";
import { hasRole } from "../app/access/granted-role.js";
import type { OrgChartAction, OrgChartRole, OrgChartRow, OrgChartSummary } from "./org-chart.types.js";
import type { CleanRow } from "./org-chart-row.validation.js";
import { type ExistingPerson, matchKey, type SnapshotIndex } from "./organisation.snapshot.js";

/** A team that exists (`id`), one the import creates (`newKey`), or no team. */
export type TeamRef = { readonly id: string } | { readonly newKey: string } | null;

/** A person the import creates. */
export interface PersonCreate {
  readonly email: string;
  readonly name: string;
  readonly team: TeamRef;
  readonly roles: readonly GrantedRole[];
}

/** New values for an existing person (unchanged aspects carry their current value). */
export interface PersonUpdate {
  readonly id: string;
  readonly name: string;
  readonly team: TeamRef;
  readonly roles: readonly GrantedRole[];
}

/** Everything a commit writes. */
export interface OrgChartPlan {
  readonly groupsToCreate: readonly { readonly key: string; readonly name: string }[];
  readonly teamsToCreate: readonly { readonly key: string; readonly name: string; readonly groupKey: string | null }[];
  /** Existing teams moved to another group (by key: existing or new). */
  readonly teamsToRegroup: readonly { readonly teamId: string; readonly groupKey: string }[];
  readonly peopleToCreate: readonly PersonCreate[];
  readonly peopleToUpdate: readonly PersonUpdate[];
  /** team_lead rows to delete. */
  readonly leadsToRemove: readonly { readonly teamId: string; readonly personId: string }[];
  /** team_lead rows to add, people by email (new people have no id yet). */
  readonly leadsToAdd: readonly { readonly team: Exclude<TeamRef, null>; readonly email: string }[];
  readonly mentorshipsToEnd: readonly string[];
  readonly mentorshipsToStart: readonly { readonly menteeEmail: string; readonly mentorEmail: string }[];
}

/** The plan, the report's rows and its summary. */
export interface PlannedImport {
  readonly plan: OrgChartPlan;
  readonly rows: OrgChartRow[];
  readonly summary: OrgChartSummary;
}

type Change = OrgChartRow["changes"][number];

/**
 * Plans the import of `rows` (duplicates of an earlier email are ignored: they are errors anyway).
 * One pass over the rows, sharing what repeats (team references, role lists), since a file may
 * hold 100,000 people.
 */
export function planOrgChartImport(rows: readonly CleanRow[], index: SnapshotIndex): PlannedImport {
  // Distinct names by match key (the first spelling in the file wins), and each team's group.
  const groups = new Map<string, string>();
  const teams = new Map<string, string>();
  const groupOfTeam = new Map<string, string>();
  for (const row of rows) {
    if (row.group && row.groupKey !== null && !groups.has(row.groupKey)) groups.set(row.groupKey, row.group);
    if (!row.team || row.teamKey === null) continue;
    if (!teams.has(row.teamKey)) teams.set(row.teamKey, row.team);
    if (row.groupKey !== null && !groupOfTeam.has(row.teamKey)) groupOfTeam.set(row.teamKey, row.groupKey);
  }
  const groupsToCreate = [...groups]
    .filter(([key]) => !index.groupByKey.has(key))
    .map(([key, name]) => ({ key, name }));
  const teamsToCreate: { key: string; name: string; groupKey: string | null }[] = [];
  const teamsToRegroup: { teamId: string; groupKey: string }[] = [];
  for (const [key, name] of teams) {
    const existing = index.teamByKey.get(key);
    const groupKey = groupOfTeam.get(key) ?? null;
    if (!existing) teamsToCreate.push({ key, name, groupKey });
    else if (groupKey !== null) {
      const current = existing.groupId === null ? undefined : index.groupById.get(existing.groupId);
      if (!current || matchKey(current.name) !== groupKey) teamsToRegroup.push({ teamId: existing.id, groupKey });
    }
  }

  const planner = new PeoplePlanner(index);
  const seen = new Set<string>();
  const counts: Record<OrgChartAction, number> = { create: 0, update: 0, unchanged: 0 };
  const reportRows: OrgChartRow[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const duplicate = seen.has(row.email);
    seen.add(row.email);
    const planned = duplicate ? planner.describeOnly(row) : planner.plan(row);
    counts[planned.action] += 1;
    reportRows[i] = planned;
  }

  const plan: OrgChartPlan = { groupsToCreate, teamsToCreate, teamsToRegroup, ...planner.result() };
  return {
    plan,
    rows: reportRows,
    summary: {
      people: reportRows.length,
      teams: teams.size,
      groups: groups.size,
      creates: counts.create,
      updates: counts.update,
      unchanged: counts.unchanged,
      newTeams: teamsToCreate.length,
      newGroups: groupsToCreate.length,
      teamsRegrouped: teamsToRegroup.length,
      mentorshipsStarted: plan.mentorshipsToStart.length,
      mentorshipsEnded: plan.mentorshipsToEnd.length,
    },
  };
}

const NO_ROLES: readonly GrantedRole[] = Object.freeze([]);
const ADMIN: readonly GrantedRole[] = Object.freeze(["admin"]);
const LEADER: readonly GrantedRole[] = Object.freeze(["leader"]);

/** Granted roles a row's role stands for; lead and member grant none. Shared, never changed. */
function grantedRoles(role: OrgChartRole): readonly GrantedRole[] {
  return role === "admin" ? ADMIN : role === "leader" ? LEADER : NO_ROLES;
}

/** The role column a stored person would have: granted roles first, then leading their own team. */
function roleOf(person: ExistingPerson): OrgChartRole {
  if (hasRole(person.roles, "admin")) return "admin";
  if (hasRole(person.roles, "leader")) return "leader";
  return person.teamId !== null && person.leadsTeamIds.includes(person.teamId) ? "lead" : "member";
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

const NO_CHANGES: readonly Change[] = Object.freeze([]);

/** A row of the preview report. */
function reportRow(
  row: CleanRow,
  action: OrgChartAction,
  changes: readonly Change[],
  team: string | null,
  role: OrgChartRole,
): OrgChartRow {
  return {
    line: row.line,
    name: row.name,
    email: row.email,
    team,
    group: row.team ? (row.group ?? null) : null,
    mentorEmail: row.mentorEmail ?? null,
    role,
    action,
    changes,
  };
}

/** Accumulates person-level writes row by row. */
class PeoplePlanner {
  private readonly creates: PersonCreate[] = [];
  private readonly updates: PersonUpdate[] = [];
  private readonly leadsToRemove: { teamId: string; personId: string }[] = [];
  private readonly leadsToAdd: { team: Exclude<TeamRef, null>; email: string }[] = [];
  private readonly mentorshipsToEnd: string[] = [];
  private readonly mentorshipsToStart: { menteeEmail: string; mentorEmail: string }[] = [];
  private readonly teamRefs = new Map<string, Exclude<TeamRef, null>>();

  constructor(private readonly index: SnapshotIndex) {}

  result() {
    const { creates, updates, leadsToRemove, leadsToAdd, mentorshipsToEnd, mentorshipsToStart } = this;
    return {
      peopleToCreate: creates,
      peopleToUpdate: updates,
      leadsToRemove,
      leadsToAdd,
      mentorshipsToEnd,
      mentorshipsToStart,
    };
  }

  /** How a row would read, without planning writes (for a duplicate row, which blocks the import anyway). */
  describeOnly(row: CleanRow): OrgChartRow {
    return reportRow(row, "unchanged", NO_CHANGES, row.team ?? null, row.role ?? "member");
  }

  /** Plans the writes of one row and says how it reads in the report. */
  plan(row: CleanRow): OrgChartRow {
    const existing = this.index.personByEmail.get(row.email);
    const team = this.teamRef(row, existing);
    const teamName = this.teamName(team, row.team);
    if (!existing) {
      const role = row.role ?? "member";
      this.creates.push({ email: row.email, name: row.name, team, roles: grantedRoles(role) });
      if (role === "lead" && team) this.leadsToAdd.push({ team, email: row.email });
      if (row.mentorEmail) this.mentorshipsToStart.push({ menteeEmail: row.email, mentorEmail: row.mentorEmail });
      return reportRow(row, "create", NO_CHANGES, teamName, role);
    }
    const changes: Change[] = [];
    if (existing.name !== row.name) changes.push("name");
    const teamId = team && "id" in team ? team.id : null;
    if (team === null ? existing.teamId !== null : teamId !== existing.teamId) changes.push("team");
    const role = row.role ?? roleOf(existing);
    const roles = row.role === undefined ? existing.roles : grantedRoles(row.role);
    if (this.planLeads(row, existing, team) || !sameList(roles, existing.roles)) changes.push("role");
    if (this.planMentor(row, existing)) changes.push("mentor");
    if (changes.some((change) => change !== "mentor" && change !== "role") || !sameList(roles, existing.roles)) {
      this.updates.push({ id: existing.id, name: row.name, team, roles });
    }
    return reportRow(row, changes.length > 0 ? "update" : "unchanged", changes, teamName, role);
  }

  /** member: leads no team; lead: leads exactly their own team; leader/admin or no role column: leads unchanged. */
  private planLeads(row: CleanRow, existing: ExistingPerson, team: TeamRef): boolean {
    if (row.role !== "member" && row.role !== "lead") return false;
    const keep = row.role === "lead" && team && "id" in team ? team.id : null;
    let changed = false;
    for (const teamId of existing.leadsTeamIds) {
      if (teamId === keep) continue;
      this.leadsToRemove.push({ teamId, personId: existing.id });
      changed = true;
    }
    if (row.role === "lead" && team && (keep === null || !existing.leadsTeamIds.includes(keep))) {
      this.leadsToAdd.push({ team, email: row.email });
      changed = true;
    }
    return changed;
  }

  /** Ends every open mentorship with someone other than the file's mentor; starts one when it is new. */
  private planMentor(row: CleanRow, existing: ExistingPerson): boolean {
    if (row.mentorEmail === undefined) return false;
    const mentorId = row.mentorEmail === null ? null : (this.index.personByEmail.get(row.mentorEmail)?.id ?? null);
    let changed = false;
    for (const mentorship of existing.activeMentorships) {
      if (mentorship.mentorId === mentorId) continue;
      this.mentorshipsToEnd.push(mentorship.id);
      changed = true;
    }
    const continues = mentorId !== null && existing.activeMentorships.some((m) => m.mentorId === mentorId);
    if (row.mentorEmail !== null && !continues) {
      this.mentorshipsToStart.push({ menteeEmail: row.email, mentorEmail: row.mentorEmail });
      changed = true;
    }
    return changed;
  }

  /** `undefined` (no team column) keeps an existing person's team. One reference per team, shared by its rows. */
  private teamRef(row: CleanRow, existing: ExistingPerson | undefined): TeamRef {
    if (row.team === undefined) return existing?.teamId ? { id: existing.teamId } : null;
    if (row.team === null || row.teamKey === null) return null;
    let ref = this.teamRefs.get(row.teamKey);
    if (ref === undefined) {
      const found = this.index.teamByKey.get(row.teamKey);
      ref = found ? { id: found.id } : { newKey: row.teamKey };
      this.teamRefs.set(row.teamKey, ref);
    }
    return ref;
  }

  /** A stored team shows its stored name; a new one the file's spelling. */
  private teamName(team: TeamRef, spelled: string | null | undefined): string | null {
    if (team === null) return null;
    return "id" in team ? (this.index.teamById.get(team.id)?.name ?? null) : (spelled ?? team.newKey);
  }
}
