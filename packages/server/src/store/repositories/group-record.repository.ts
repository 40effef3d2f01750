/**
 * Groups as administered records: with the version that guards a rename, their teams, how many
 * active people their teams have and who leads them. (group.repository.ts keeps the bulk writes.)
 */
import { sql } from "kysely";
import { inTransaction } from "./in-transaction.js";
import type { Db, Versioned } from "./store.types.js";
import { byNameThenId, groupBy } from "./team-record.repository.js";
import { bumpVersion } from "./versioned-update.js";

/** A group's own columns. */
export interface GroupRecord {
  readonly id: string;
  readonly name: string;
}

/** A group as lists show it. */
export interface GroupSummaryRow {
  readonly id: string;
  readonly name: string;
  readonly version: number;
  readonly teamCount: number;
  /** Active people of its teams. */
  readonly memberCount: number;
  readonly leads: { readonly id: string; readonly name: string }[];
}

/** The group with its version, or undefined. */
export async function findGroupRecord(db: Db, id: string): Promise<Versioned<GroupRecord> | undefined> {
  const row = await db.selectFrom("group").selectAll().where("id", "=", id).executeTakeFirst();
  return row && { value: { id: row.id, name: row.name }, version: row.version };
}

/** Inserts a new group (version 1). */
export async function insertGroupRecord(db: Db, group: GroupRecord): Promise<void> {
  await db.insertInto("group").values({ id: group.id, name: group.name }).execute();
}

/** Saves the name if nobody changed the group since `expectedVersion`; returns the new version. */
export async function updateGroupRecord(db: Db, group: GroupRecord, expectedVersion: number): Promise<number> {
  return inTransaction(db, async (trx) => {
    const version = await bumpVersion(trx, "group", group.id, expectedVersion);
    await trx.updateTable("group").set({ name: group.name }).where("id", "=", group.id).execute();
    return version;
  });
}

/** Deletes a group without teams, if nobody changed it since `expectedVersion`; its leads go with it. */
export async function deleteGroupRecord(db: Db, id: string, expectedVersion: number): Promise<void> {
  await inTransaction(db, async (trx) => {
    await bumpVersion(trx, "group", id, expectedVersion);
    await trx.deleteFrom("group_lead").where("group_id", "=", id).execute();
    await trx.deleteFrom("group").where("id", "=", id).execute();
  });
}

/** Teams in the group. */
export async function countTeamsOfGroup(db: Db, groupId: string): Promise<number> {
  const row = await db
    .selectFrom("team")
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .where("group_id", "=", groupId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The id of another group with this name (case-insensitive), if any. */
export async function groupNamed(db: Db, name: string, exceptId?: string): Promise<string | undefined> {
  let query = db.selectFrom("group").select("id").where(sql<string>`lower(name)`, "=", sql<string>`lower(${name})`);
  if (exceptId !== undefined) query = query.where("id", "<>", exceptId);
  return (await query.executeTakeFirst())?.id;
}

/** Summaries of the given groups (all when null), by name; counts from the dashboard aggregates. */
export async function listGroupSummaries(db: Db, groupIds: readonly string[] | null): Promise<GroupSummaryRow[]> {
  if (groupIds !== null && groupIds.length === 0) return [];
  let groups = db.selectFrom("group").select(["id", "name", "version"]);
  let teams = db
    .selectFrom("team")
    .leftJoin("stage_count", "stage_count.scope", "team.id")
    .select((eb) => [
      "team.group_id as groupId",
      eb.fn.count<number | string>("team.id").distinct().as("teams"),
      eb.fn.sum<number | string | null>("stage_count.people").as("people"),
    ])
    .where("team.group_id", "is not", null)
    .groupBy("team.group_id");
  let leads = db
    .selectFrom("group_lead")
    .innerJoin("person", "person.id", "group_lead.person_id")
    .select(["group_lead.group_id as unitId", "person.id as id", "person.name as name"])
    .orderBy("group_lead.group_id")
    .orderBy("group_lead.position");
  if (groupIds !== null) {
    groups = groups.where("id", "in", [...groupIds]);
    teams = teams.where("team.group_id", "in", [...groupIds]);
    leads = leads.where("group_lead.group_id", "in", [...groupIds]);
  }
  const [groupRows, teamRows, leadRows] = await Promise.all([groups.execute(), teams.execute(), leads.execute()]);
  const teamsOf = new Map(teamRows.map((r) => [r.groupId ?? "", r]));
  const leadsOf = groupBy(leadRows, (r) => r.unitId);
  return groupRows
    .map((g) => ({
      id: g.id,
      name: g.name,
      version: g.version,
      teamCount: Number(teamsOf.get(g.id)?.teams ?? 0),
      memberCount: Number(teamsOf.get(g.id)?.people ?? 0),
      leads: (leadsOf.get(g.id) ?? []).map((l) => ({ id: l.id, name: l.name })),
    }))
    .sort(byNameThenId);
}
