/** Teams and their leads. */
import type { Team } from "@ascent/core";
import { insertInBatches } from "./insert-in-batches.js";
import type { Db } from "./store.types.js";

/** Inserts teams without leads: leads are people, and people reference teams. */
export async function insertTeamsWithoutLeads(db: Db, teams: readonly Team[]): Promise<void> {
  await insertInBatches(
    db,
    "team",
    teams.map((t) => ({ id: t.id, name: t.name, group_id: t.groupId })),
  );
}

/** Inserts the leads of teams (batched), once the people exist. */
export async function insertTeamLeads(db: Db, teams: readonly Team[]): Promise<void> {
  await insertInBatches(
    db,
    "team_lead",
    teams.flatMap((t) => t.leadIds.map((personId, position) => ({ team_id: t.id, person_id: personId, position }))),
  );
}

/** Every team with its leads, ordered by id. */
export async function listTeams(db: Db): Promise<Team[]> {
  const [teams, leads] = await Promise.all([
    db.selectFrom("team").selectAll().orderBy("id").execute(),
    db.selectFrom("team_lead").selectAll().orderBy("team_id").orderBy("position").execute(),
  ]);
  return teams.map((t) => ({
    id: t.id,
    name: t.name,
    groupId: t.group_id,
    leadIds: leads.filter((l) => l.team_id === t.id).map((l) => l.person_id),
  }));
}
