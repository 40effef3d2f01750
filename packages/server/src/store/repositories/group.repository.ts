/** Groups (several teams) and their leads. */
import type { Group } from "@ascent/core";
import { insertInBatches } from "./insert-in-batches.js";
import type { Db } from "./store.types.js";

/** Inserts groups without leads: leads are people, who come after teams and groups. */
export async function insertGroupsWithoutLeads(db: Db, groups: readonly Group[]): Promise<void> {
  await insertInBatches(
    db,
    "group",
    groups.map((g) => ({ id: g.id, name: g.name })),
  );
}

/** Inserts the leads of groups (batched). */
export async function insertGroupLeads(db: Db, groups: readonly Group[]): Promise<void> {
  await insertInBatches(
    db,
    "group_lead",
    groups.flatMap((g) => g.leadIds.map((personId, position) => ({ group_id: g.id, person_id: personId, position }))),
  );
}

/** Every group with its leads, ordered by id. */
export async function listGroups(db: Db): Promise<Group[]> {
  const [groups, leads] = await Promise.all([
    db.selectFrom("group").selectAll().orderBy("id").execute(),
    db.selectFrom("group_lead").selectAll().orderBy("group_id").orderBy("position").execute(),
  ]);
  return groups.map((g) => ({
    id: g.id,
    name: g.name,
    leadIds: leads.filter((l) => l.group_id === g.id).map((l) => l.person_id),
  }));
}
