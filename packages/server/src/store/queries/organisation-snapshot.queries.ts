/**
 * The organisation as an import reads it, in five queries whatever its size (no per-row lookups):
 * people, teams, groups, team leads and open mentorships. Raw rows; the import shapes them.
 */
import type { Db } from "../repositories/store.types.js";

/** Every row the org-chart import checks a file against. Call inside the import's transaction. */
export async function organisationSnapshotRows(db: Db) {
  const people = await db.selectFrom("person").select(["id", "name", "email", "status", "team_id", "roles"]).execute();
  const teams = await db.selectFrom("team").select(["id", "name", "group_id"]).execute();
  const groups = await db.selectFrom("group").select(["id", "name"]).execute();
  const leads = await db.selectFrom("team_lead").select(["team_id", "person_id", "position"]).execute();
  const mentorships = await db
    .selectFrom("mentorship")
    .select(["id", "mentor_id", "mentee_id"])
    .where("ended_at", "is", null)
    .orderBy("id")
    .execute();
  return { people, teams, groups, leads, mentorships };
}
