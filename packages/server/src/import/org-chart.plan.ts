/**
 * Decides what an import does — per person create / update / unchanged, which teams, groups,
 * leads and mentorships change — from the cleaned rows and the organisation. The preview shows
 * this plan's summary; the writer executes exactly this plan, so preview and commit never differ.
 */
import type { GrantedRole } from "@ascent/core";
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

/** Plans the import of `rows` (duplicates of an earlier email are ignored: they are errors anyway). */
export function planOrgChartImport(rows: readonly CleanRow[], index: SnapshotIndex): PlannedImport {
  const groups = collectNames(rows.map((row) => row.group));
  const teams = collectNames(rows.map((row) => row.team));
  const groupsToCreate = [...groups]
    .filter(([key]) => !index.groupByKey.has(key))
    .map(([key, name]) => ({ key, name }));
  const groupOfTeam = new Map<string, string>();
  for (const row of rows) {
    if (row.team && row.group && !groupOfTeam.has(matchKey(row.team)))
      groupOfTeam.set(matchKey(row.team), matchKey(row.group));
  }
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
  const reportRows: OrgChartRow[] = rows.map((row) => {
    const duplicate = seen.has(row.email);
    seen.add(row.email);
    const { action, changes, team, role } = duplicate ? planner.describeOnly(row) : planner.plan(row);
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
  });

  const plan: OrgChartPlan = { groupsToCreate, teamsToCreate, teamsToRegroup, ...planner.result() };
  const count = (action: OrgChartAction) => reportRows.filter((row) => row.action === action).length;
  return {
    plan,
    rows: reportRows,
    summary: {
      people: reportRows.length,
      teams: teams.size,
      groups: groups.size,
      creates: count("create"),
      updates: count("update"),
      unchanged: count("unchanged"),
      newTeams: teamsToCreate.length,
      newGroups: groupsToCreate.length,
      teamsRegrouped: teamsToRegroup.length,
      mentorshipsStarted: plan.mentorshipsToStart.length,
      mentorshipsEnded: plan.mentorshipsToEnd.length,
    },
  };
}

/** Distinct names by match key; the first spelling in the file wins. */
function collectNames(names: readonly (string | null | undefined)[]): Map<string, string> {
  const byKey = new Map<string, string>();
  for (const name of names) if (name && !byKey.has(matchKey(name))) byKey.set(matchKey(name), name);
  return byKey;
}

/** Granted roles a row's role stands for; lead and member grant none. */
function grantedRoles(role: OrgChartRole): GrantedRole[] {
  return role === "admin" || role === "leader" ? [role] : [];
}

/** The role column a stored person would have: granted roles first, then leading their own team. */
function roleOf(person: ExistingPerson): OrgChartRole {
  if (person.roles.includes("admin")) return "admin";
  if (person.roles.includes("leader")) return "leader";
  return person.teamId !== null && person.leadsTeamIds.includes(person.teamId) ? "lead" : "member";
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Accumulates person-level writes row by row. */
class PeoplePlanner {
  private readonly creates: PersonCreate[] = [];
  private readonly updates: PersonUpdate[] = [];
  private readonly leadsToRemove: { teamId: string; personId: string }[] = [];
  private readonly leadsToAdd: { team: Exclude<TeamRef, null>; email: string }[] = [];
  private readonly mentorshipsToEnd: string[] = [];
  private readonly mentorshipsToStart: { menteeEmail: string; mentorEmail: string }[] = [];

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
  describeOnly(row: CleanRow) {
    return { action: "unchanged" as const, changes: [], team: row.team ?? null, role: row.role ?? "member" };
  }

  plan(row: CleanRow): { action: OrgChartAction; changes: Change[]; team: string | null; role: OrgChartRole } {
    const existing = this.index.personByEmail.get(row.email);
    const team = this.teamRef(row.team, existing);
    const teamName = this.teamName(team, row.team);
    if (!existing) {
      const role = row.role ?? "member";
      this.creates.push({ email: row.email, name: row.name, team, roles: grantedRoles(role) });
      if (role === "lead" && team) this.leadsToAdd.push({ team, email: row.email });
      if (row.mentorEmail) this.mentorshipsToStart.push({ menteeEmail: row.email, mentorEmail: row.mentorEmail });
      return { action: "create", changes: [], team: teamName, role };
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
    return { action: changes.length > 0 ? "update" : "unchanged", changes, team: teamName, role };
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

  /** `undefined` (no team column) keeps an existing person's team. */
  private teamRef(team: string | null | undefined, existing: ExistingPerson | undefined): TeamRef {
    if (team === undefined) return existing?.teamId ? { id: existing.teamId } : null;
    if (team === null) return null;
    const found = this.index.teamByKey.get(matchKey(team));
    return found ? { id: found.id } : { newKey: matchKey(team) };
  }

  /** A stored team shows its stored name; a new one the file's spelling. */
  private teamName(team: TeamRef, spelled: string | null | undefined): string | null {
    if (team === null) return null;
    return "id" in team ? (this.index.teamById.get(team.id)?.name ?? null) : (spelled ?? team.newKey);
  }
}
