/**
 * Dashboard reads. They touch only the read models (current_position, position_change) and small
 * tables (person, team, mentorship, moment, audit_log) — never the check-in history — so a
 * dashboard costs the same for an organisation with two years of check-ins as for a new one.
 */
import type { Moment, MomentState, MomentVariant } from "@ascent/core";
import type { Kysely } from "kysely";
import type { Database } from "../schema/database.js";

/** People a dashboard covers: everyone, or the people of some teams. */
export type PeopleScope = { readonly teamIds: readonly string[] | null };

/** People in scope with their current position (null columns when never assessed). */
export function peopleWithPositions(db: Kysely<Database>, scope: PeopleScope) {
  let query = db
    .selectFrom("person")
    .leftJoin("current_position", "current_position.person_id", "person.id")
    // The one check-in the position comes from (a primary-key lookup, not the history): who wrote it and when.
    .leftJoin("check_in", "check_in.id", "current_position.check_in_id")
    .select([
      "check_in.author_id as position_author_id",
      "check_in.submitted_at as position_at",
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
