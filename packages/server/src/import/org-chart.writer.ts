/**
 * Executes an import plan with the store's bulk statements (store/bulk): rows are built as value
 * arrays and written a table at a time, so a 100,000-row file costs about what the driver's own
 * bulk insert of those rows costs, on either engine. Call inside one transaction.
 */
import {
  type BulkRow,
  bulkDelete,
  bulkInsert,
  bulkUpdate,
  withIndexesBuiltAfter,
} from "../store/bulk/bulk-statements.js";
import type { BulkTable } from "../store/bulk/bulk-table.js";
import { withDashboardCounts } from "../store/read-models/dashboard-counts.js";
import type { Db } from "../store/repositories/store.types.js";
import type { OrgChartPlan, TeamRef } from "./org-chart.plan.js";
import type { SnapshotIndex } from "./organisation.snapshot.js";

/** What the writer needs besides the plan: the instant, an id source, the cadence of new mentorships. */
export interface OrgChartWriteContext {
  readonly now: string;
  readonly newId: () => string;
  readonly mentorCadenceDays: number;
  /** Told after each statement how many of the plan's rows are written so far. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Rows written, per kind. */
export interface OrgChartWriteCounts {
  readonly groupsCreated: number;
  readonly teamsCreated: number;
  readonly teamsRegrouped: number;
  readonly peopleCreated: number;
  readonly peopleUpdated: number;
  readonly leadsRemoved: number;
  readonly leadsAdded: number;
  readonly mentorshipsEnded: number;
  readonly mentorshipsStarted: number;
}

const GROUP: BulkTable = {
  name: "group",
  columns: [
    ["id", "text"],
    ["name", "text"],
  ],
};
const TEAM: BulkTable = {
  name: "team",
  columns: [
    ["id", "text"],
    ["name", "text"],
    ["group_id", "text"],
  ],
};
/** New people: title, staying-by-choice and version take their column defaults. */
const PERSON: BulkTable = {
  name: "person",
  columns: [
    ["id", "text"],
    ["name", "text"],
    ["email", "text"],
    ["team_id", "text"],
    ["status", "text"],
    ["roles", "text"],
    ["joined_at", "text"],
  ],
};
const TEAM_LEAD: BulkTable = {
  name: "team_lead",
  columns: [
    ["team_id", "text"],
    ["person_id", "text"],
    ["position", "integer"],
  ],
};
const MENTORSHIP: BulkTable = {
  name: "mentorship",
  columns: [
    ["id", "text"],
    ["mentor_id", "text"],
    ["mentee_id", "text"],
    ["started_at", "text"],
    ["cadence_days", "integer"],
  ],
};
const ID: readonly ["id", "text"] = ["id", "text"];

/** The roles column of a person: almost everyone has none, so skip JSON for them. */
const rolesJson = (roles: readonly string[]) => (roles.length === 0 ? "[]" : JSON.stringify(roles));

/** Writes `plan` (checked against `index`, read in the same transaction). */
export async function writeOrgChartPlan(
  db: Db,
  plan: OrgChartPlan,
  index: SnapshotIndex,
  context: OrgChartWriteContext,
): Promise<OrgChartWriteCounts> {
  // A first import of a whole organisation fills the people and mentorship tables.
  const adding = { person: plan.peopleToCreate.length, mentorship: plan.mentorshipsToStart.length };
  return withIndexesBuiltAfter(db, adding, () => writeRows(db, plan, index, context));
}

async function writeRows(
  db: Db,
  plan: OrgChartPlan,
  index: SnapshotIndex,
  context: OrgChartWriteContext,
): Promise<OrgChartWriteCounts> {
  const total =
    plan.groupsToCreate.length +
    plan.teamsToCreate.length +
    plan.teamsToRegroup.length +
    plan.peopleToCreate.length +
    plan.peopleToUpdate.length +
    plan.leadsToRemove.length +
    plan.leadsToAdd.length +
    plan.mentorshipsToEnd.length +
    plan.mentorshipsToStart.length;
  let done = 0;
  const progress = (rows: number) => {
    done += rows;
    // An import that changes nothing has nothing to show.
    if (total > 0) context.onProgress?.(done, total);
  };

  const groupIds = new Map([...index.groupByKey].map(([key, group]) => [key, group.id]));
  const newGroups = plan.groupsToCreate.map((group) => {
    const id = context.newId();
    groupIds.set(group.key, id);
    return [id, group.name];
  });
  await bulkInsert(db, GROUP, newGroups, progress);

  const groupId = (key: string | null) => (key === null ? null : (groupIds.get(key) ?? null));
  const teamIds = new Map([...index.teamByKey].map(([key, team]) => [key, team.id]));
  const newTeams = plan.teamsToCreate.map((team) => {
    const id = context.newId();
    teamIds.set(team.key, id);
    return [id, team.name, groupId(team.groupKey)];
  });
  await bulkInsert(db, TEAM, newTeams, progress);
  await bulkUpdate(
    db,
    { table: "team", key: [ID], set: [["group_id", "text"]] },
    plan.teamsToRegroup.map((move) => [move.teamId, groupId(move.groupKey)]),
  );
  progress(plan.teamsToRegroup.length);

  const teamId = (ref: TeamRef) => (ref === null ? null : "id" in ref ? ref.id : (teamIds.get(ref.newKey) ?? null));
  const personIds = new Map([...index.personByEmail].map(([email, person]) => [email, person.id]));
  const newPeople: BulkRow[] = new Array(plan.peopleToCreate.length);
  // New people and team moves are counted in the dashboard aggregates (same transaction).
  const counted: string[] = plan.peopleToUpdate.map((person) => person.id);
  for (let i = 0; i < plan.peopleToCreate.length; i++) {
    const person = plan.peopleToCreate[i]!;
    const id = context.newId();
    personIds.set(person.email, id); // the email is already the matching key
    counted.push(id);
    newPeople[i] = [id, person.name, person.email, teamId(person.team), "active", rolesJson(person.roles), context.now];
  }
  await withDashboardCounts(db, counted, async () => {
    await bulkInsert(db, PERSON, newPeople, progress);
    // The version is bumped so an edit made on a copy loaded before the import is refused as stale.
    await bulkUpdate(
      db,
      {
        table: "person",
        key: [ID],
        set: [
          ["name", "text"],
          ["team_id", "text"],
          ["roles", "text"],
        ],
        alsoSet: "version = version + 1",
      },
      plan.peopleToUpdate.map((person) => [person.id, person.name, teamId(person.team), rolesJson(person.roles)]),
    );
    progress(plan.peopleToUpdate.length);
  });

  await bulkDelete(
    db,
    {
      table: "team_lead",
      key: [
        ["team_id", "text"],
        ["person_id", "text"],
      ],
    },
    plan.leadsToRemove.map((lead) => [lead.teamId, lead.personId]),
  );
  progress(plan.leadsToRemove.length);
  const nextPosition = new Map([...index.teamById].map(([id, team]) => [id, team.nextLeadPosition]));
  const newLeads = plan.leadsToAdd.flatMap((lead) => {
    const team = teamId(lead.team);
    const person = personIds.get(lead.email);
    if (team === null || person === undefined) return [];
    const position = nextPosition.get(team) ?? 0;
    nextPosition.set(team, position + 1);
    return [[team, person, position]];
  });
  await bulkInsert(db, TEAM_LEAD, newLeads, progress);

  await bulkUpdate(
    db,
    { table: "mentorship", key: [ID], set: [["ended_at", "text"]] },
    plan.mentorshipsToEnd.map((id) => [id, context.now]),
  );
  progress(plan.mentorshipsToEnd.length);
  const newMentorships: BulkRow[] = [];
  for (const m of plan.mentorshipsToStart) {
    const mentor = personIds.get(m.mentorEmail);
    const mentee = personIds.get(m.menteeEmail);
    if (mentor !== undefined && mentee !== undefined)
      newMentorships.push([context.newId(), mentor, mentee, context.now, context.mentorCadenceDays]);
  }
  await bulkInsert(db, MENTORSHIP, newMentorships, progress);

  return {
    groupsCreated: newGroups.length,
    teamsCreated: newTeams.length,
    teamsRegrouped: plan.teamsToRegroup.length,
    peopleCreated: newPeople.length,
    peopleUpdated: plan.peopleToUpdate.length,
    leadsRemoved: plan.leadsToRemove.length,
    leadsAdded: newLeads.length,
    mentorshipsEnded: plan.mentorshipsToEnd.length,
    mentorshipsStarted: newMentorships.length,
  };
}
