/**
 * Dashboard reads. They touch only the read models (current_position, position_change, and the
 * aggregates stage_count and stage_change_month) and small tables (person, team, mentorship,
 * moment, audit_log) — never the check-in history — so a dashboard costs the same for an
 * organisation with two years of check-ins as for a new one. The distribution, coverage and
 * pipeline read the aggregates: a few rows per team or per month, not one per person or change.
 */
import type { Moment, MomentState, MomentVariant } from "@ascent/core";
import { type Kysely, sql } from "kysely";
import { ORGANISATION_SCOPE } from "../read-models/dashboard-counts.js";
import type { Database } from "../schema/database.js";

/** People a dashboard covers: everyone, or the people of some teams. */
export type PeopleScope = { readonly teamIds: readonly string[] | null };

/** People in scope with their current position (null columns when never assessed). */
export function peopleWithPositions(db: Kysely<Database>, scope: PeopleScope) {
  let query = db.selectFrom("person").leftJoin("current_position", "current_position.person_id", "person.id").select([
    // Who wrote the check-in the position comes from, and when (kept in the read model).
    "current_position.source_author_id as position_author_id",
    "current_position.source_at as position_at",
    "person.id as id",
    "person.name as name",
    "person.team_id as team_id",
    "person.status as status",
    "person.staying_by_choice as staying_by_choice",
    "current_position.progress as progress",
    "current_position.reached as reached",
    "current_position.working_on_stage_id as working_on_stage_id",
    "current_position.self_progress as self_progress",
    "current_position.mentor_progress as mentor_progress",
    "current_position.updated_at as updated_at",
  ]);
  if (scope.teamIds !== null) {
    if (scope.teamIds.length === 0) return Promise.resolve([]);
    query = query.where("person.team_id", "in", scope.teamIds);
  }
  return query.orderBy("person.id").execute();
}

/**
 * Active people per stage key in scope (see StageCountTable: a stage id, REACHED_ALL_KEY or
 * NOT_ASSESSED_KEY): the organisation's own rows, or the listed teams' rows summed.
 */
export function stageCounts(db: Kysely<Database>, scope: PeopleScope) {
  if (scope.teamIds === null) {
    return db.selectFrom("stage_count").select(["stage", "people"]).where("scope", "=", ORGANISATION_SCOPE).execute();
  }
  if (scope.teamIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("stage_count")
    .select((eb) => ["stage", eb.fn.sum<number>("people").as("people")])
    .where("scope", "in", scope.teamIds)
    .groupBy("stage")
    .execute();
}

/** Active members per team (all teams, or those listed), from stage_count. */
export function teamMemberCounts(db: Kysely<Database>, teamIds: readonly string[] | null) {
  let query = db
    .selectFrom("stage_count")
    .select((eb) => ["scope as team_id", eb.fn.sum<number>("people").as("members")]);
  if (teamIds === null) query = query.where("scope", ">", ORGANISATION_SCOPE);
  else {
    if (teamIds.length === 0) return Promise.resolve([]);
    query = query.where("scope", "in", teamIds);
  }
  return query.groupBy("scope").execute();
}

/** Active people at stage `stageNumber` or beyond (in the listed teams, or in any team), by id. */
export function coverageLeaders(db: Kysely<Database>, teamIds: readonly string[] | null, stageNumber: number) {
  let query = db
    .selectFrom("current_position")
    .innerJoin("person", "person.id", "current_position.person_id")
    .select(["person.id as id", "person.team_id as team_id"])
    .where("current_position.reached", ">=", stageNumber)
    .where("person.status", "=", "active");
  if (teamIds === null) query = query.where("person.team_id", "is not", null);
  else {
    if (teamIds.length === 0) return Promise.resolve([]);
    query = query.where("person.team_id", "in", teamIds);
  }
  return query.orderBy("person.id").execute();
}

/**
 * Pipeline deltas in scope up to `lastMonth` ("YYYY-MM"): one row per stage key for all months
 * before `firstMonth` together (month null: the counts the window starts from), then per month.
 */
export function pipelineDeltas(db: Kysely<Database>, scope: PeopleScope, firstMonth: string, lastMonth: string) {
  if (scope.teamIds !== null && scope.teamIds.length === 0) return Promise.resolve([]);
  const teamIds = scope.teamIds;
  return (
    db
      .selectFrom("stage_change_month")
      .select((eb) => [
        eb.case().when("month", "<", firstMonth).then(null).else(eb.ref("month")).end().as("month"),
        "stage",
        eb.fn.sum<number>("delta").as("delta"),
      ])
      .where((eb) => (teamIds === null ? eb("scope", "=", ORGANISATION_SCOPE) : eb("scope", "in", teamIds)))
      .where("month", "<=", lastMonth)
      // By position: PostgreSQL cannot match the CASE's bound parameters in the select and the group by.
      .groupBy([sql`1`, sql`2`])
      .execute()
  );
}

/** Position changes of people in scope, oldest first (the pipeline and effects replay them). */
export function positionChanges(db: Kysely<Database>, scope: PeopleScope) {
  let query = db
    .selectFrom("position_change")
    .innerJoin("person", "person.id", "position_change.person_id")
    .select([
      "position_change.person_id as person_id",
      "position_change.at as at",
      "position_change.from_progress as from_progress",
      "position_change.to_progress as to_progress",
      "position_change.stage_id as stage_id",
      "position_change.check_in_id as check_in_id",
    ]);
  if (scope.teamIds !== null) {
    if (scope.teamIds.length === 0) return Promise.resolve([]);
    query = query.where("person.team_id", "in", scope.teamIds);
  }
  return query.orderBy("position_change.at").orderBy("position_change.check_in_id").execute();
}

/** Teams (all, or those listed), in id order. */
export function teamsIn(db: Kysely<Database>, teamIds: readonly string[] | null) {
  let query = db.selectFrom("team").select(["id", "name", "group_id"]);
  if (teamIds !== null) {
    if (teamIds.length === 0) return Promise.resolve([]);
    query = query.where("id", "in", teamIds);
  }
  return query.orderBy("id").execute();
}

/** Mentorships running at `now`. */
export function runningMentorships(db: Kysely<Database>, now: string) {
  return db
    .selectFrom("mentorship")
    .select(["id", "mentor_id", "mentee_id", "started_at", "cadence_days"])
    .where("started_at", "<=", now)
    .where((eb) => eb.or([eb("ended_at", "is", null), eb("ended_at", ">", now)]))
    .orderBy("id")
    .execute();
}

/** Audit entries of one action since `since`, oldest first. */
export function auditEntriesSince(db: Kysely<Database>, action: string, since: string) {
  return db
    .selectFrom("audit_log")
    .select(["at", "target_id", "details"])
    .where("action", "=", action)
    .where("at", ">=", since)
    .orderBy("at")
    .execute();
}

/**
 * Moments whose receiver is in scope, with their dated transitions but none of their text
 * (outcome, follow-ups, evidence): dashboards show names and links, never what a moment says.
 */
export async function momentSkeletons(db: Kysely<Database>, scope: PeopleScope): Promise<Moment[]> {
  let query = db
    .selectFrom("moment")
    .innerJoin("person", "person.id", "moment.receiver_id")
    .select(["moment.id as id", "giver_id", "receiver_id", "variant", "state"]);
  if (scope.teamIds !== null) {
    if (scope.teamIds.length === 0) return [];
    query = query.where("person.team_id", "in", scope.teamIds);
  }
  const rows = await query.orderBy("moment.id").execute();
  if (rows.length === 0) return [];
  const transitions = await db
    .selectFrom("moment_transition")
    .select(["moment_id", "to_state", "at"])
    .where(
      "moment_id",
      "in",
      rows.map((r) => r.id),
    )
    .orderBy("moment_id")
    .orderBy("seq")
    .execute();
  const byMoment = new Map<string, typeof transitions>();
  for (const t of transitions) byMoment.set(t.moment_id, [...(byMoment.get(t.moment_id) ?? []), t]);
  return rows.map((row) => ({
    id: row.id,
    giverId: row.giver_id,
    receiverId: row.receiver_id,
    variant: row.variant as MomentVariant,
    state: row.state as MomentState,
    transitions: (byMoment.get(row.id) ?? []).map((t) => ({ to: t.to_state as MomentState, at: t.at })),
    ingredientIds: [],
    followUps: [],
    outcome: "",
    evidenceIds: [],
  }));
}
