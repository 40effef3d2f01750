/**
 * Executes an import plan with set-based statements: inserts in batches of BATCH_SIZE rows, updates
 * of many people in one CASE statement per batch, so a 100,000-row file makes a few hundred
 * statements rather than hundreds of thousands of round trips. Call inside one transaction.
 */
import { type Kysely, sql } from "kysely";
import { withDashboardCounts } from "../store/read-models/dashboard-counts.js";
import type { Database } from "../store/schema/database.js";
import type { OrgChartPlan, PersonUpdate, TeamRef } from "./org-chart.plan.js";
import { matchKey, type SnapshotIndex } from "./organisation.snapshot.js";

/** Rows per statement: 500 × 10 columns stays far below SQLite's 32,766 and PostgreSQL's 65,535 parameters. */
export const BATCH_SIZE = 500;

/** What the writer needs besides the plan: the instant, an id source, the cadence of new mentorships. */
export interface OrgChartWriteContext {
  readonly now: string;
  readonly newId: () => string;
  readonly mentorCadenceDays: number;
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

/** Writes `plan` (checked against `index`, read in the same transaction). */
export async function writeOrgChartPlan(
  db: Kysely<Database>,
  plan: OrgChartPlan,
  index: SnapshotIndex,
  context: OrgChartWriteContext,
): Promise<OrgChartWriteCounts> {
  const groupIds = new Map([...index.groupByKey].map(([key, group]) => [key, group.id]));
  const newGroups = plan.groupsToCreate.map((group) => ({ id: context.newId(), name: group.name, key: group.key }));
  for (const group of newGroups) groupIds.set(group.key, group.id);
  await inBatches(newGroups, (rows) =>
    db
      .insertInto("group")
      .values(rows.map(({ id, name }) => ({ id, name })))
      .execute(),
  );

  const teamIds = new Map([...index.teamByKey].map(([key, team]) => [key, team.id]));
  const newTeams = plan.teamsToCreate.map((team) => ({
    id: context.newId(),
    name: team.name,
    key: team.key,
    group_id: team.groupKey === null ? null : (groupIds.get(team.groupKey) ?? null),
  }));
  for (const team of newTeams) teamIds.set(team.key, team.id);
  await inBatches(newTeams, (rows) =>
    db
      .insertInto("team")
      .values(rows.map(({ id, name, group_id }) => ({ id, name, group_id })))
      .execute(),
  );
  for (const [groupKey, moves] of groupBy(plan.teamsToRegroup, (move) => move.groupKey)) {
    await inBatches(moves, (batch) =>
      db
        .updateTable("team")
        .set({ group_id: groupIds.get(groupKey) ?? null })
        .where(
          "id",
          "in",
          batch.map((move) => move.teamId),
        )
        .execute(),
    );
  }

  const teamId = (ref: TeamRef) => (ref === null ? null : "id" in ref ? ref.id : (teamIds.get(ref.newKey) ?? null));
  const personIds = new Map([...index.personByEmail].map(([email, person]) => [email, person.id]));
  const newPeople = plan.peopleToCreate.map((person) => ({
    id: context.newId(),
    name: person.name,
    email: person.email,
    team_id: teamId(person.team),
    title: "",
    status: "active",
    roles: JSON.stringify(person.roles),
    joined_at: context.now,
    staying_by_choice: null,
    version: 1,
  }));
  for (const person of newPeople) personIds.set(matchKey(person.email), person.id);
  // New people and team moves are counted in the dashboard aggregates (same transaction).
  const counted = [...newPeople.map((p) => p.id), ...plan.peopleToUpdate.map((p) => p.id)];
  await withDashboardCounts(db, counted, async () => {
    await inBatches(newPeople, (rows) => db.insertInto("person").values(rows).execute());
    await inBatches(plan.peopleToUpdate, (batch) => updatePeople(db, batch, teamId));
  });

  await inBatches(plan.leadsToRemove, (batch) =>
    db
      .deleteFrom("team_lead")
      .where(({ eb, refTuple, tuple }) =>
        eb(
          refTuple("team_id", "person_id"),
          "in",
          batch.map((lead) => tuple(lead.teamId, lead.personId)),
        ),
      )
      .execute(),
  );
  const nextPosition = new Map([...index.teamById].map(([id, team]) => [id, team.nextLeadPosition]));
  const newLeads = plan.leadsToAdd.flatMap((lead) => {
    const team = teamId(lead.team);
    const person = personIds.get(lead.email);
    if (team === null || person === undefined) return [];
    const position = nextPosition.get(team) ?? 0;
    nextPosition.set(team, position + 1);
    return [{ team_id: team, person_id: person, position }];
  });
  await inBatches(newLeads, (rows) => db.insertInto("team_lead").values(rows).execute());

  await inBatches(plan.mentorshipsToEnd, (ids) =>
    db.updateTable("mentorship").set({ ended_at: context.now }).where("id", "in", ids).execute(),
  );
  const newMentorships = plan.mentorshipsToStart.flatMap((m) => {
    const mentor = personIds.get(m.mentorEmail);
    const mentee = personIds.get(m.menteeEmail);
    if (mentor === undefined || mentee === undefined) return [];
    return [
      {
        id: context.newId(),
        mentor_id: mentor,
        mentee_id: mentee,
        started_at: context.now,
        ended_at: null,
        cadence_days: context.mentorCadenceDays,
      },
    ];
  });
  await inBatches(newMentorships, (rows) => db.insertInto("mentorship").values(rows).execute());

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

/**
 * One UPDATE for a batch of people: `set name = case id when … then … end, …`. CASE is portable
 * (SQLite and PostgreSQL alike), unlike UPDATE … FROM (VALUES …), whose typing of NULLs differs.
 * The version is bumped so an edit made on a copy loaded before the import is refused as stale.
 */
async function updatePeople(
  db: Kysely<Database>,
  batch: readonly PersonUpdate[],
  teamId: (ref: TeamRef) => string | null,
): Promise<void> {
  const byId = (value: (person: PersonUpdate) => string | null) =>
    sql<string>`case id ${sql.join(
      batch.map((person) => sql`when ${person.id} then ${value(person)}`),
      sql` `,
    )} end`;
  await db
    .updateTable("person")
    .set({
      name: byId((person) => person.name),
      team_id: byId((person) => teamId(person.team)),
      roles: byId((person) => JSON.stringify(person.roles)),
      version: sql<number>`version + 1`,
    })
    .where(
      "id",
      "in",
      batch.map((person) => person.id),
    )
    .execute();
}

/** Runs `run` on consecutive slices of at most BATCH_SIZE items, one after the other (one connection). */
async function inBatches<T>(items: readonly T[], run: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < items.length; start += BATCH_SIZE) await run(items.slice(start, start + BATCH_SIZE));
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(key(item));
    if (list) list.push(item);
    else map.set(key(item), [item]);
  }
  return map;
}
