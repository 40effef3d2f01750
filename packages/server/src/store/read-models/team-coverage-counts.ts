/**
 * The coverage read model: `team_coverage` (per team with active people: members, and leaders —
 * members at the coverage stage or beyond) and `coverage_count` (per group and for the whole
 * organisation: teams with active people, and how many of them have no leader yet). The
 * leadership-coverage dashboard reads a few of these rows instead of every team and person.
 *
 * Upkeep follows the rule of dashboard-counts.ts: a person's contribution to `team_coverage` is a
 * function of their person row and current position; `withDashboardCounts` adds the difference.
 * The team-level figures (covered or not, staffed or not) are moved from what the team_coverage
 * upsert RETURNS: the row as it is after this transaction's change, read under the row's lock,
 * so two writers in one team each see the other's effect and never count a transition twice.
 */
import { type RawBuilder, sql } from "kysely";
import type { Db } from "../repositories/store.types.js";
import { isPostgres } from "../repositories/text-key.js";
import { batches, inKeyOrder, personFilter } from "./count-upkeep.helpers.js";
import { activeCoverageStageNumber } from "./coverage-stage.js";

/** The scope of organisation-wide rows (group rows carry the group id); as in stage_count. */
const ORGANISATION = "";

/** A team's counts, or a difference of them. */
export interface TeamFigures {
  readonly members: number;
  readonly leaders: number;
}

interface TeamRow {
  team_id: string;
  members: number | string;
  leaders: number | string;
}

/** Active members and leaders per team (all people, or those listed). */
function teamContribution(personIds: readonly string[] | null, stageNumber: number): RawBuilder<TeamRow> {
  return sql<TeamRow>`
    select p.team_id as team_id, cast(count(*) as integer) as members,
      cast(sum(case when cp.reached >= ${stageNumber} then 1 else 0 end) as integer) as leaders
    from person p left join current_position cp on cp.person_id = p.id
    where p.status = 'active' and p.team_id is not null ${personFilter("p.id", personIds)}
    group by p.team_id`;
}

/** The listed people's contribution, by team id. */
export async function teamContributionOf(
  db: Db,
  personIds: readonly string[],
  stageNumber: number,
): Promise<Map<string, TeamFigures>> {
  const teams = new Map<string, TeamFigures>();
  for (const batch of batches(personIds)) {
    for (const r of (await teamContribution(batch, stageNumber).execute(db)).rows) {
      const had = teams.get(r.team_id) ?? { members: 0, leaders: 0 };
      teams.set(r.team_id, { members: had.members + Number(r.members), leaders: had.leaders + Number(r.leaders) });
    }
  }
  return teams;
}

/** after − before, per team, without the teams that did not move. */
export function teamDifference(
  before: ReadonlyMap<string, TeamFigures>,
  after: ReadonlyMap<string, TeamFigures>,
): Map<string, TeamFigures> {
  const diff = new Map<string, TeamFigures>();
  for (const teamId of new Set([...before.keys(), ...after.keys()])) {
    const b = before.get(teamId) ?? { members: 0, leaders: 0 };
    const a = after.get(teamId) ?? { members: 0, leaders: 0 };
    if (a.members !== b.members || a.leaders !== b.leaders)
      diff.set(teamId, { members: a.members - b.members, leaders: a.leaders - b.leaders });
  }
  return diff;
}

/** Teams with people, and those of them without a leader: what coverage_count holds per scope. */
function standing({ members, leaders }: TeamFigures) {
  return { teams: members > 0 ? 1 : 0, uncovered: members > 0 && leaders === 0 ? 1 : 0 };
}

/** Adds per-team differences to team_coverage and moves coverage_count by the teams' transitions. */
export async function addTeamDifference(db: Db, diff: ReadonlyMap<string, TeamFigures>): Promise<void> {
  const rows = inKeyOrder(
    [...diff].map(([team_id, d]) => ({ team_id, ...d })),
    (r) => r.team_id,
  );
  if (rows.length === 0) return;
  const scopes = new Map<string, { teams: number; uncovered: number }>();
  const move = (scope: string, teams: number, uncovered: number) => {
    const had = scopes.get(scope) ?? { teams: 0, uncovered: 0 };
    scopes.set(scope, { teams: had.teams + teams, uncovered: had.uncovered + uncovered });
  };
  for (const batch of batches(rows)) {
    const after = await db
      .insertInto("team_coverage")
      .values(batch)
      .onConflict((oc) =>
        oc.column("team_id").doUpdateSet((eb) => ({
          members: eb("team_coverage.members", "+", eb.ref("excluded.members")),
          leaders: eb("team_coverage.leaders", "+", eb.ref("excluded.leaders")),
        })),
      )
      .returning(["team_id", "members", "leaders"])
      .execute();
    const groups = await db
      .selectFrom("team")
      .select(["id", "group_id"])
      .where(
        "id",
        "in",
        batch.map((r) => r.team_id),
      )
      .execute();
    const groupOf = new Map(groups.map((g) => [g.id, g.group_id]));
    for (const row of after) {
      const d = diff.get(row.team_id)!;
      const now = standing({ members: Number(row.members), leaders: Number(row.leaders) });
      const was = standing({ members: Number(row.members) - d.members, leaders: Number(row.leaders) - d.leaders });
      const teams = now.teams - was.teams;
      const uncovered = now.uncovered - was.uncovered;
      if (teams === 0 && uncovered === 0) continue;
      move(ORGANISATION, teams, uncovered);
      const group = groupOf.get(row.team_id);
      if (group) move(group, teams, uncovered);
    }
    // A team without active people has no coverage row (the dashboard counts teams with people).
    await db
      .deleteFrom("team_coverage")
      .where(
        "team_id",
        "in",
        batch.map((r) => r.team_id),
      )
      .where("members", "<=", 0)
      .execute();
  }
  const counts = inKeyOrder(
    [...scopes].filter(([, c]) => c.teams !== 0 || c.uncovered !== 0).map(([scope, c]) => ({ scope, ...c })),
    (r) => r.scope,
  );
  for (const batch of batches(counts)) {
    await db
      .insertInto("coverage_count")
      .values(batch)
      .onConflict((oc) =>
        oc.column("scope").doUpdateSet((eb) => ({
          teams: eb("coverage_count.teams", "+", eb.ref("excluded.teams")),
          uncovered: eb("coverage_count.uncovered", "+", eb.ref("excluded.uncovered")),
        })),
      )
      .execute();
  }
}

/**
 * Moves a team's standing (staffed, uncovered) from one group's coverage figures to another's:
 * call it in the transaction that changes the team's group (from and to may be null). The team's
 * coverage row is locked first, so a check-in in the team waits and counts in the new group.
 */
export async function moveTeamCoverageToGroup(
  db: Db,
  teamId: string,
  fromGroupId: string | null,
  toGroupId: string | null,
): Promise<void> {
  if (fromGroupId === toGroupId) return;
  let query = db.selectFrom("team_coverage").select(["members", "leaders"]).where("team_id", "=", teamId);
  if (isPostgres(db)) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) return;
  const { teams, uncovered } = standing({ members: Number(row.members), leaders: Number(row.leaders) });
  const moves = inKeyOrder(
    [
      ...(fromGroupId === null ? [] : [{ scope: fromGroupId, teams: -teams, uncovered: -uncovered }]),
      ...(toGroupId === null ? [] : [{ scope: toGroupId, teams, uncovered }]),
    ],
    (r) => r.scope,
  );
  for (const move of moves) {
    await db
      .insertInto("coverage_count")
      .values(move)
      .onConflict((oc) =>
        oc.column("scope").doUpdateSet((eb) => ({
          teams: eb("coverage_count.teams", "+", eb.ref("excluded.teams")),
          uncovered: eb("coverage_count.uncovered", "+", eb.ref("excluded.uncovered")),
        })),
      )
      .execute();
  }
}

/** The coverage figures per scope, counted from team_coverage (and team for the groups). */
function coverageFromTeams(): RawBuilder<{ scope: string; teams: number | string; uncovered: number | string }> {
  return sql`
    select cast(${ORGANISATION} as text) as scope, cast(count(*) as integer) as teams,
      cast(coalesce(sum(case when tc.leaders = 0 then 1 else 0 end), 0) as integer) as uncovered
    from team_coverage tc
    having count(*) > 0
    union all
    select t.group_id as scope, cast(count(*) as integer) as teams,
      cast(sum(case when tc.leaders = 0 then 1 else 0 end) as integer) as uncovered
    from team_coverage tc join team t on t.id = tc.team_id
    where t.group_id is not null group by t.group_id`;
}

/** Replaces team_coverage and coverage_count with a count from person and current_position. */
export async function recountTeamCoverage(db: Db): Promise<void> {
  const stageNumber = await activeCoverageStageNumber(db);
  await db.deleteFrom("coverage_count").execute();
  await db.deleteFrom("team_coverage").execute();
  await sql`insert into team_coverage (team_id, members, leaders) ${teamContribution(null, stageNumber)}`.execute(db);
  await sql`insert into coverage_count (scope, teams, uncovered) ${coverageFromTeams()}`.execute(db);
}

/** What a recount would give, without writing: rows sorted (for consistency checks). */
export async function teamCoverageFromScratch(db: Db) {
  const stageNumber = await activeCoverageStageNumber(db);
  const teams = (await teamContribution(null, stageNumber).execute(db)).rows;
  const byScope = new Map<string, { teams: number; uncovered: number }>();
  const groups = await db.selectFrom("team").select(["id", "group_id"]).execute();
  const groupOf = new Map(groups.map((g) => [g.id, g.group_id]));
  const add = (scope: string, uncovered: boolean) => {
    const had = byScope.get(scope) ?? { teams: 0, uncovered: 0 };
    byScope.set(scope, { teams: had.teams + 1, uncovered: had.uncovered + (uncovered ? 1 : 0) });
  };
  for (const t of teams) {
    add(ORGANISATION, Number(t.leaders) === 0);
    const group = groupOf.get(t.team_id);
    if (group) add(group, Number(t.leaders) === 0);
  }
  return normaliseCoverage(
    teams,
    [...byScope].map(([scope, c]) => ({ scope, ...c })),
  );
}

/** team_coverage and coverage_count as stored, sorted. */
export async function storedTeamCoverage(db: Db) {
  return normaliseCoverage(
    await db.selectFrom("team_coverage").selectAll().execute(),
    await db.selectFrom("coverage_count").selectAll().execute(),
  );
}

function normaliseCoverage(
  teams: readonly TeamRow[],
  counts: readonly { scope: string; teams: number | string; uncovered: number | string }[],
) {
  return {
    teams: inKeyOrder(
      teams.map((t) => ({ team_id: t.team_id, members: Number(t.members), leaders: Number(t.leaders) })),
      (t) => t.team_id,
    ),
    // A scope whose teams all lost their people keeps a row of zeros; a recount has none (an empty
    // database stays empty: restoring a backup checks for that).
    coverage: inKeyOrder(
      counts
        .map((c) => ({ scope: c.scope, teams: Number(c.teams), uncovered: Number(c.uncovered) }))
        .filter((c) => c.teams !== 0 || c.uncovered !== 0),
      (c) => c.scope,
    ),
  };
}
