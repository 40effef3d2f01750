/**
 * The few facts the access module needs, loaded in bulk: who owns or wrote each record, and the
 * relationships that make someone a mentor or a lead. Nothing here decides anything.
 */
import type { Kysely } from "kysely";
import type { Database } from "../schema/database.js";

/** Rows behind an actor's relationships. */
export interface RelationshipRows {
  readonly menteeIds: readonly string[];
  readonly ledTeamIds: readonly string[];
  readonly ledGroupIds: readonly string[];
  readonly teamIdsOfLedGroups: readonly string[];
}

/** Mentees (running mentorships at `now`), teams and groups led by `personId`, and the teams of those groups. */
export async function loadRelationshipRows(
  db: Kysely<Database>,
  personId: string,
  now: string,
): Promise<RelationshipRows> {
  const [mentees, teams, groups] = await Promise.all([
    db
      .selectFrom("mentorship")
      .select("mentee_id")
      .where("mentor_id", "=", personId)
      .where("started_at", "<=", now)
      .where((eb) => eb.or([eb("ended_at", "is", null), eb("ended_at", ">", now)]))
      .execute(),
    db.selectFrom("team_lead").select("team_id").where("person_id", "=", personId).execute(),
    db.selectFrom("group_lead").select("group_id").where("person_id", "=", personId).execute(),
  ]);
  const ledGroupIds = groups.map((g) => g.group_id);
  const teamsOfGroups =
    ledGroupIds.length === 0
      ? []
      : await db.selectFrom("team").select("id").where("group_id", "in", ledGroupIds).execute();
  return {
    menteeIds: mentees.map((m) => m.mentee_id),
    ledTeamIds: teams.map((t) => t.team_id),
    ledGroupIds,
    teamIdsOfLedGroups: teamsOfGroups.map((t) => t.id),
  };
}

/** Team and status of each person id that exists. */
export function personFacts(db: Kysely<Database>, ids: readonly string[]) {
  return db.selectFrom("person").select(["id", "team_id", "status"]).where("id", "in", ids).execute();
}

/** Owner, author and status of each check-in id that exists. */
export function checkInFacts(db: Kysely<Database>, ids: readonly string[]) {
  return db
    .selectFrom("check_in")
    .innerJoin("person", "person.id", "check_in.person_id")
    .select([
      "check_in.id as id",
      "check_in.person_id as owner_id",
      "check_in.author_id as author_id",
      "check_in.status as status",
      "check_in.assessor_kind as assessor_kind",
      "person.team_id as team_id",
    ])
    .where("check_in.id", "in", ids)
    .execute();
}

/** Owner (and the owner's team) of each evidence id that exists. */
export function evidenceFacts(db: Kysely<Database>, ids: readonly string[]) {
  return db
    .selectFrom("evidence")
    .innerJoin("person", "person.id", "evidence.person_id")
    .select(["evidence.id as id", "evidence.person_id as owner_id", "person.team_id as team_id"])
    .where("evidence.id", "in", ids)
    .execute();
}

/** Owner (and the owner's team) of each growth plan id that exists. */
export function planFacts(db: Kysely<Database>, ids: readonly string[]) {
  return db
    .selectFrom("growth_plan")
    .innerJoin("person", "person.id", "growth_plan.person_id")
    .select(["growth_plan.id as id", "growth_plan.person_id as owner_id", "person.team_id as team_id"])
    .where("growth_plan.id", "in", ids)
    .execute();
}

/** Giver, receiver and whether it was ever extended, for each moment id that exists. */
export async function momentFacts(db: Kysely<Database>, ids: readonly string[]) {
  const [moments, extended] = await Promise.all([
    db.selectFrom("moment").select(["id", "giver_id", "receiver_id"]).where("id", "in", ids).execute(),
    db
      .selectFrom("moment_transition")
      .select("moment_id")
      .where("moment_id", "in", ids)
      .where("to_state", "=", "extended")
      .execute(),
  ]);
  const wasExtended = new Set(extended.map((t) => t.moment_id));
  return moments.map((m) => ({ ...m, extended: wasExtended.has(m.id) }));
}

/** The explicit share settings of the given items for one audience. */
export function shareSettingsOf(
  db: Kysely<Database>,
  itemKind: string,
  itemIds: readonly string[],
  audience: "mentor" | "lead",
) {
  return db
    .selectFrom("share_setting")
    .select(["item_id", "allowed"])
    .where("item_kind", "=", itemKind)
    .where("audience", "=", audience)
    .where("item_id", "in", itemIds)
    .execute();
}

/** The organisation's settings JSON (the one organisation row), or "{}" before setup. */
export async function organisationSettingsText(db: Kysely<Database>): Promise<string> {
  const row = await db.selectFrom("organisation").select("settings").orderBy("id").limit(1).executeTakeFirst();
  return row?.settings ?? "{}";
}

/** Author of each private note id that exists. */
export function privateNoteFacts(db: Kysely<Database>, ids: readonly string[]) {
  return db.selectFrom("private_note").select(["id", "author_id"]).where("id", "in", ids).execute();
}
