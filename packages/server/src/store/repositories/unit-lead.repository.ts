/**
 * Leads of one team or group, one at a time: adding keeps the order leads were given in (exports
 * round-trip it), removing leaves the others' order alone. (team/group.repository.ts replace all.)
 */
import type { Db } from "./store.types.js";

/** A team or a group: the two things a person can lead. */
export type UnitKind = "team" | "group";

/** Makes `personId` a lead of the unit; false when they already were (nothing changes). */
export async function addUnitLead(db: Db, kind: UnitKind, unitId: string, personId: string): Promise<boolean> {
  if (kind === "team") {
    const rows = await db
      .selectFrom("team_lead")
      .select(["person_id", "position"])
      .where("team_id", "=", unitId)
      .execute();
    if (rows.some((r) => r.person_id === personId)) return false;
    const position = Math.max(-1, ...rows.map((r) => r.position)) + 1;
    // A concurrent add of the same lead is a no-op, not a key violation.
    await db
      .insertInto("team_lead")
      .values({ team_id: unitId, person_id: personId, position })
      .onConflict((oc) => oc.columns(["team_id", "person_id"]).doNothing())
      .execute();
    return true;
  }
  const rows = await db
    .selectFrom("group_lead")
    .select(["person_id", "position"])
    .where("group_id", "=", unitId)
    .execute();
  if (rows.some((r) => r.person_id === personId)) return false;
  const position = Math.max(-1, ...rows.map((r) => r.position)) + 1;
  await db
    .insertInto("group_lead")
    .values({ group_id: unitId, person_id: personId, position })
    .onConflict((oc) => oc.columns(["group_id", "person_id"]).doNothing())
    .execute();
  return true;
}

/** Stops `personId` leading the unit; false when they did not. */
export async function removeUnitLead(db: Db, kind: UnitKind, unitId: string, personId: string): Promise<boolean> {
  const result =
    kind === "team"
      ? await db
          .deleteFrom("team_lead")
          .where("team_id", "=", unitId)
          .where("person_id", "=", personId)
          .executeTakeFirst()
      : await db
          .deleteFrom("group_lead")
          .where("group_id", "=", unitId)
          .where("person_id", "=", personId)
          .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** The teams and groups a person leads, each with its name, by name. */
export async function unitsLedBy(
  db: Db,
  personId: string,
): Promise<{ teams: { id: string; name: string }[]; groups: { id: string; name: string }[] }> {
  const [teams, groups] = await Promise.all([
    db
      .selectFrom("team_lead")
      .innerJoin("team", "team.id", "team_lead.team_id")
      .select(["team.id as id", "team.name as name"])
      .where("team_lead.person_id", "=", personId)
      .execute(),
    db
      .selectFrom("group_lead")
      .innerJoin("group", "group.id", "group_lead.group_id")
      .select(["group.id as id", "group.name as name"])
      .where("group_lead.person_id", "=", personId)
      .execute(),
  ]);
  const byName = (a: { id: string; name: string }, b: { id: string; name: string }) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1;
  return { teams: teams.sort(byName), groups: groups.sort(byName) };
}
