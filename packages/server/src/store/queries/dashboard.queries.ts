/**
 * Dashboard reads. They touch only the read models (current_position, position_change, and the
 * aggregates stage_count, pipeline_month, team_coverage and coverage_count) and small tables
 * (person, team, mentorship, moment, audit_log) — never the check-in history — so a dashboard
 * costs the same for an organisation with two years of check-ins as for a new one. The
 * distribution, coverage and pipeline read the aggregates: a few rows per team or per month, and
 * for coverage one page of teams, not one row per person, change or team.
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

/** A month's pipeline deltas: people entering (+) or leaving (−) each stage key. */
export interface PipelineMonthDeltas {
  /** "YYYY-MM"; null for a month before the window (the counts it starts from). */
  readonly month: string | null;
  readonly perStage: Readonly<Record<string, number>>;
}

/**
 * Pipeline deltas in scope up to `lastMonth` ("YYYY-MM"), months before `firstMonth` labelled
 * null. A month may come more than once (several teams, several months before the window):
 * callers sum them. One primary-key range of pipeline_month per scope: a row per month.
 */
export async function pipelineDeltas(
  db: Kysely<Database>,
  scope: PeopleScope,
  firstMonth: string,
  lastMonth: string,
): Promise<PipelineMonthDeltas[]> {
  const teamIds = scope.teamIds;
  if (teamIds !== null && teamIds.length === 0) return [];
  const inScope = teamIds === null ? sql`scope = ${ORGANISATION_SCOPE}` : sql`scope in (${sql.join([...teamIds])})`;
  // Plain SQL: on every dashboard view, building and compiling the query would cost as much as running it.
  const { rows } = await sql<{ month: string; deltas: string }>`
    select month, deltas from pipeline_month where ${inScope} and month <= ${lastMonth}`.execute(db);
  return rows.map((row) => ({
    month: row.month < firstMonth ? null : row.month,
    perStage: JSON.parse(row.deltas) as Record<string, number>,
  }));
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

/** Where a page of teams starts: after this (leaders, team id) in least-covered order. */
export interface CoverageCursor {
  readonly leaders: number;
  readonly teamId: string;
}

/** One team with active people, with its coverage figures. */
export interface TeamCoverageRow {
  readonly teamId: string;
  readonly name: string;
  readonly members: number;
  readonly leaders: number;
}

/** Coverage figures of a group (or, with groupId "", of the whole organisation). */
export interface GroupCoverageRow {
  readonly groupId: string;
  readonly name: string;
  /** Teams with active people. */
  readonly teams: number;
  /** Those of them without a leader yet. */
  readonly uncovered: number;
}

/** What the coverage dashboard reads: figures for the scope, the groups most in need, one page of teams. */
export interface CoverageReads {
  /** Every team in scope, with or without people. */
  readonly allTeams: number;
  readonly scope: { readonly teams: number; readonly uncovered: number };
  /** Groups with uncovered teams, most first, at most `groupLimit`. */
  readonly groups: readonly GroupCoverageRow[];
  /** Least covered first (fewest leaders, then team id), from the cursor on; one more than `limit` when there is a next page. */
  readonly page: readonly TeamCoverageRow[];
}

/** Page and group sizes of a coverage read. */
export interface CoverageRequest {
  readonly limit: number;
  readonly groupLimit: number;
  readonly after: CoverageCursor | null;
}

/** A page size safe to write into a statement: a whole number from 1 to 1000. */
function pageSize(limit: number): number {
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > 1000) throw new RangeError(`page size ${limit}`);
  return limit;
}

const toTeamRow = (r: { team_id: string; name: string; members: unknown; leaders: unknown }) => ({
  teamId: r.team_id,
  name: r.name,
  members: Number(r.members),
  leaders: Number(r.leaders),
});

/** The least-covered order of (leaders, team id); code-point order for ids, as SQLite and "C" compare. */
function leastCoveredFirst(a: TeamCoverageRow, b: TeamCoverageRow): number {
  return a.leaders - b.leaders || (a.teamId < b.teamId ? -1 : a.teamId > b.teamId ? 1 : 0);
}

/**
 * The coverage reads for the whole organisation (teamIds null) or some teams. The organisation
 * reads maintained figures (coverage_count: its own row, then the groups with the most uncovered
 * teams when there are any) and one page of team_coverage from its (leaders, team_id, members)
 * index — a few dozen rows however many teams there are. A list of teams (a lead's scope: a handful) reads those teams' rows and is summed here.
 */
export async function coverageReads(
  db: Kysely<Database>,
  teamIds: readonly string[] | null,
  request: CoverageRequest,
): Promise<CoverageReads> {
  if (teamIds !== null) return teamsCoverage(db, teamIds, request);
  const { after, limit, groupLimit } = request;
  // Plain SQL rather than the builder: these run on every dashboard view, and building and
  // compiling the queries cost about as much as running them.
  const figures = sql<{ teams: number | string; uncovered: number | string; all_teams: number | string }>`
    select teams, uncovered, (select count(*) from team) as all_teams
    from coverage_count where scope = ${ORGANISATION_SCOPE}`;
  const from = after === null ? sql`` : sql`where (tc.leaders, tc.team_id) > (${after.leaders}, ${after.teamId})`;
  // The limit written into the statement: SQLite runs `limit 11` measurably faster than `limit ?`.
  const page = sql<{ team_id: string; name: string; members: unknown; leaders: unknown }>`
    select tc.team_id, t.name, tc.members, tc.leaders
    from team_coverage tc join team t on t.id = tc.team_id ${from}
    order by tc.leaders, tc.team_id limit ${sql.lit(pageSize(limit) + 1)}`;
  const [{ rows }, teams] = await Promise.all([figures.execute(db), page.execute(db)]);
  const organisation = {
    teams: Number(rows[0]?.teams ?? 0),
    uncovered: Number(rows[0]?.uncovered ?? 0),
    allTeams: Number(rows[0]?.all_teams ?? 0),
  };
  // With no uncovered team anywhere, no group has one: nothing to ask.
  const groups =
    organisation.uncovered === 0
      ? []
      : (
          await sql<{ group_id: string; name: string; teams: number | string; uncovered: number | string }>`
            select c.scope as group_id, g.name, c.teams, c.uncovered
            from coverage_count c join "group" g on g.id = c.scope
            where c.uncovered > 0 order by c.uncovered desc, c.scope desc limit ${sql.lit(pageSize(groupLimit))}`.execute(
            db,
          )
        ).rows;
  return {
    allTeams: organisation.allTeams,
    scope: { teams: organisation.teams, uncovered: organisation.uncovered },
    groups: groups.map((r) => ({
      groupId: r.group_id,
      name: r.name,
      teams: Number(r.teams),
      uncovered: Number(r.uncovered),
    })),
    page: teams.rows.map(toTeamRow),
  };
}

/** coverageReads over a list of teams: their rows, summed and paged here. */
async function teamsCoverage(
  db: Kysely<Database>,
  teamIds: readonly string[],
  { after, limit, groupLimit }: CoverageRequest,
): Promise<CoverageReads> {
  if (teamIds.length === 0) return { allTeams: 0, scope: { teams: 0, uncovered: 0 }, groups: [], page: [] };
  const rows = await db
    .selectFrom("team as t")
    .leftJoin("team_coverage as tc", "tc.team_id", "t.id")
    .leftJoin("group as g", "g.id", "t.group_id")
    .select([
      "t.id as team_id",
      "t.name as name",
      "t.group_id as group_id",
      "g.name as group_name",
      "tc.members as members",
      "tc.leaders as leaders",
    ])
    .where("t.id", "in", [...teamIds])
    .execute();
  const staffed = rows.filter((r) => r.members !== null && Number(r.members) > 0);
  const groups = new Map<string, { groupId: string; name: string; teams: number; uncovered: number }>();
  for (const r of staffed) {
    if (r.group_id === null) continue;
    const group = groups.get(r.group_id) ?? { groupId: r.group_id, name: r.group_name ?? "", teams: 0, uncovered: 0 };
    group.teams += 1;
    if (Number(r.leaders) === 0) group.uncovered += 1;
    groups.set(r.group_id, group);
  }
  const ordered = staffed.map(toTeamRow).sort(leastCoveredFirst);
  const from = after === null ? 0 : ordered.findIndex((t) => leastCoveredFirst(t, { ...t, ...after }) > 0);
  return {
    allTeams: rows.length,
    scope: { teams: staffed.length, uncovered: staffed.filter((r) => Number(r.leaders) === 0).length },
    groups: [...groups.values()]
      .filter((g) => g.uncovered > 0)
      .sort((a, b) => b.uncovered - a.uncovered || (a.groupId < b.groupId ? 1 : -1))
      .slice(0, groupLimit),
    page: from < 0 ? [] : ordered.slice(from, from + limit + 1),
  };
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
