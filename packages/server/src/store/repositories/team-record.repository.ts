/**
 * Teams as administered records: with the version that guards a rename or a move, their group's
 * name, how many active people they have and who leads them. (team.repository.ts keeps the bulk
 * writes of loaders and exports.)
 */
import { sql } from "kysely";
import { ORGANISATION_SCOPE } from "../read-models/dashboard-counts.js";
import { moveTeamCoverageToGroup } from "../read-models/team-coverage-counts.js";
import { inTransaction } from "./in-transaction.js";
import type { Db, Versioned } from "./store.types.js";
import { bumpVersion } from "./versioned-update.js";

/** A team's own columns. */
export interface TeamRecord {
  readonly id: string;
  readonly name: string;
  readonly groupId: string | null;
}

/** A team as lists show it. */
export interface TeamSummaryRow {
  readonly id: string;
  readonly name: string;
  readonly groupId: string | null;
  readonly groupName: string | null;
  readonly version: number;
  /** Active people whose team it is. */
  readonly memberCount: number;
  readonly leads: { readonly id: string; readonly name: string }[];
}

/** The team with its version, or undefined. */
export async function findTeamRecord(db: Db, id: string): Promise<Versioned<TeamRecord> | undefined> {
  const row = await db.selectFrom("team").selectAll().where("id", "=", id).executeTakeFirst();
  return row && { value: { id: row.id, name: row.name, groupId: row.group_id }, version: row.version };
}

/** Inserts a new team (version 1). */
export async function insertTeamRecord(db: Db, team: TeamRecord): Promise<void> {
  await db.insertInto("team").values({ id: team.id, name: team.name, group_id: team.groupId }).execute();
}

/** Saves name and group if nobody changed the team since `expectedVersion`; returns the new version. */
export async function updateTeamRecord(db: Db, team: TeamRecord, expectedVersion: number): Promise<number> {
  return inTransaction(db, async (trx) => {
    const version = await bumpVersion(trx, "team", team.id, expectedVersion);
    const before = await trx.selectFrom("team").select("group_id").where("id", "=", team.id).executeTakeFirstOrThrow();
    // The group coverage figures follow the team to its new group, in the same transaction.
    await moveTeamCoverageToGroup(trx, team.id, before.group_id, team.groupId);
    await trx.updateTable("team").set({ name: team.name, group_id: team.groupId }).where("id", "=", team.id).execute();
    return version;
  });
}

/**
 * Deletes a team nobody belongs to, if nobody changed it since `expectedVersion`. Its leads go
 * with it (cascade), and so do its rows in the dashboard aggregates, which are all zero by then.
 */
export async function deleteTeamRecord(db: Db, id: string, expectedVersion: number): Promise<void> {
  await inTransaction(db, async (trx) => {
    await bumpVersion(trx, "team", id, expectedVersion);
    await trx.deleteFrom("team_lead").where("team_id", "=", id).execute();
    await trx.deleteFrom("stage_count").where("scope", "=", id).execute();
    await trx.deleteFrom("stage_change_month").where("scope", "=", id).execute();
    await trx.deleteFrom("team").where("id", "=", id).execute();
  });
}

/** People of any status whose team it is (a team is empty only when this is 0). */
export async function countPeopleOfTeam(db: Db, teamId: string): Promise<number> {
  const row = await db
    .selectFrom("person")
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .where("team_id", "=", teamId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The id of another team with this name (case-insensitive), if any. */
export async function teamNamed(db: Db, name: string, exceptId?: string): Promise<string | undefined> {
  let query = db.selectFrom("team").select("id").where(sql<string>`lower(name)`, "=", sql<string>`lower(${name})`);
  if (exceptId !== undefined) query = query.where("id", "<>", exceptId);
  return (await query.executeTakeFirst())?.id;
}

/**
 * Summaries of the given teams (all when null), by name. Member counts come from the dashboard
 * aggregates (active people per team, kept with every change), not from counting people.
 */
export async function listTeamSummaries(db: Db, teamIds: readonly string[] | null): Promise<TeamSummaryRow[]> {
  if (teamIds !== null && teamIds.length === 0) return [];
  let teams = db
    .selectFrom("team")
    .leftJoin("group", "group.id", "team.group_id")
    .select([
      "team.id as id",
      "team.name as name",
      "team.group_id as groupId",
      "group.name as groupName",
      "team.version as version",
    ]);
  let counts = db
    .selectFrom("stage_count")
    .select((eb) => ["scope", eb.fn.sum<number | string>("people").as("people")])
    .where("scope", "<>", ORGANISATION_SCOPE)
    .groupBy("scope");
  let leads = db
    .selectFrom("team_lead")
    .innerJoin("person", "person.id", "team_lead.person_id")
    .select(["team_lead.team_id as unitId", "person.id as id", "person.name as name"])
    .orderBy("team_lead.team_id")
    .orderBy("team_lead.position");
  if (teamIds !== null) {
    teams = teams.where("team.id", "in", [...teamIds]);
    counts = counts.where("scope", "in", [...teamIds]);
    leads = leads.where("team_lead.team_id", "in", [...teamIds]);
  }
  const [teamRows, countRows, leadRows] = await Promise.all([teams.execute(), counts.execute(), leads.execute()]);
  const countOf = new Map(countRows.map((r) => [r.scope, Number(r.people)]));
  const leadsOf = groupBy(leadRows, (r) => r.unitId);
  return teamRows
    .map((t) => ({
      ...t,
      memberCount: countOf.get(t.id) ?? 0,
      leads: (leadsOf.get(t.id) ?? []).map((l) => ({ id: l.id, name: l.name })),
    }))
    .sort(byNameThenId);
}

/** Rows grouped by a key, keeping their order. */
export function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** Case-insensitive name order, then id: the same on either engine (sorted here, never by collation). */
export function byNameThenId(a: { name: string; id: string }, b: { name: string; id: string }): number {
  const x = a.name.toLowerCase();
  const y = b.name.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The groups the teams `teamIds` belong to (one per grouped team; teams outside a group add none). */
export async function groupIdsOfTeams(db: Db, teamIds: readonly string[]): Promise<string[]> {
  const rows = await db
    .selectFrom("team")
    .select("group_id")
    .where("id", "in", [...teamIds])
    .where("group_id", "is not", null)
    .execute();
  return rows.flatMap((r) => (r.group_id ? [r.group_id] : []));
}
