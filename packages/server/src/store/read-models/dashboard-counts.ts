/**
 * The dashboard aggregates (`stage_count`, `stage_change_month` and its packed form
 * `pipeline_month`, and the coverage read model of team-coverage-counts.ts): what the distribution, coverage and pipeline dashboards read instead
 * of one row per person or per change.
 *
 * Upkeep is one rule for every writer: a person's *contribution* to the aggregates is a pure
 * function of their person row (team, status), their current position and their position
 * changes. A change to any of those is wrapped in `withDashboardCounts(db, personIds, change)`,
 * which locks those people, takes their contribution before and after the change and adds the
 * difference as increments (`n = n + d`, never a value computed outside the row's lock) — in the
 * caller's transaction. Bulk writers (rebuild, loaders) recount instead.
 */
import { type RawBuilder, sql } from "kysely";
import type { Db } from "../repositories/store.types.js";
import { BATCH, batches, inKeyOrder, personFilter } from "./count-upkeep.helpers.js";
import { activeCoverageStageNumber } from "./coverage-stage.js";
import { lockPeople } from "./lock-people.js";
import { recountPipelineMonths, repackPipelineMonths, storedPipelineMonths } from "./pipeline-month-counts.js";
import {
  addTeamDifference,
  recountTeamCoverage,
  storedTeamCoverage,
  type TeamFigures,
  teamContributionOf,
  teamCoverageFromScratch,
  teamDifference,
} from "./team-coverage-counts.js";

/** The scope of organisation-wide rows (team rows carry the team id). */
export const ORGANISATION_SCOPE = "";
/** Stage key of people who reached every stage (working on none). */
export const REACHED_ALL_KEY = "+all";
/** Stage key of active people without a submitted check-in. */
export const NOT_ASSESSED_KEY = "-none";

/** Above this many people, a change is followed by a full recount rather than a per-person difference. */
const RECOUNT_ABOVE = 5000;

interface StageRow {
  scope: string;
  stage: string;
  people: number | string;
}

interface MonthRow {
  scope: string;
  month: string;
  stage: string;
  delta: number | string;
}

/** Active people per scope and stage key (all people, or those listed). */
function stageContribution(personIds: readonly string[] | null): RawBuilder<StageRow> {
  return sql<StageRow>`
    with counted as (
      select p.team_id as team_id,
        case when cp.person_id is null then ${NOT_ASSESSED_KEY}
          when cp.working_on_stage_id is null then ${REACHED_ALL_KEY}
          else cp.working_on_stage_id end as stage
      from person p left join current_position cp on cp.person_id = p.id
      where p.status = 'active' ${personFilter("p.id", personIds)}
    )
    select cast(${ORGANISATION_SCOPE} as text) as scope, stage, cast(count(*) as integer) as people
    from counted group by stage
    union all
    select team_id as scope, stage, cast(count(*) as integer) as people
    from counted where team_id is not null group by team_id, stage`;
}

/**
 * Monthly pipeline deltas per scope and stage key (all people, or those listed): each change adds
 * its person to the stage moved to and removes them from the stage of their previous change.
 */
function monthContribution(personIds: readonly string[] | null): RawBuilder<MonthRow> {
  return sql<MonthRow>`
    with changes as (
      select p.team_id as team_id, substr(c.at, 1, 7) as month,
        coalesce(c.stage_id, ${REACHED_ALL_KEY}) as stage,
        lag(coalesce(c.stage_id, ${REACHED_ALL_KEY})) over (partition by c.person_id order by c.at, c.check_in_id) as left_stage
      from position_change c join person p on p.id = c.person_id
      where 1 = 1 ${personFilter("c.person_id", personIds)}
    ),
    deltas as (
      select team_id, month, stage, 1 as d from changes
      union all
      select team_id, month, left_stage as stage, -1 as d from changes where left_stage is not null
    )
    select cast(${ORGANISATION_SCOPE} as text) as scope, month, stage, cast(sum(d) as integer) as delta
    from deltas group by month, stage having sum(d) <> 0
    union all
    select team_id as scope, month, stage, cast(sum(d) as integer) as delta
    from deltas where team_id is not null group by team_id, month, stage having sum(d) <> 0`;
}

/**
 * Replaces stage_count and stage_change_month with a count from person, current_position and
 * position_change (migration 007 calls this alone: the coverage tables come with 008).
 */
export async function recountStageCounts(db: Db): Promise<void> {
  await db.deleteFrom("stage_count").execute();
  await db.deleteFrom("stage_change_month").execute();
  await sql`insert into stage_count (scope, stage, people) ${stageContribution(null)}`.execute(db);
  await sql`insert into stage_change_month (scope, month, stage, delta) ${monthContribution(null)}`.execute(db);
}

/** Replaces every dashboard aggregate with a count from the rows they summarise. */
export async function recountDashboardCounts(db: Db): Promise<void> {
  await recountStageCounts(db);
  await recountPipelineMonths(db);
  await recountTeamCoverage(db);
}

/** What a recount would give, without writing: non-zero rows, sorted (for consistency checks). */
export async function countedFromScratch(db: Db) {
  const stages = (await stageContribution(null).execute(db)).rows;
  const months = (await monthContribution(null).execute(db)).rows;
  const counted = normalise(stages, months);
  return { ...counted, pipeline: counted.months, ...(await teamCoverageFromScratch(db)) };
}

/** The aggregates as stored: non-zero rows, sorted. */
export async function storedDashboardCounts(db: Db) {
  const stages = await db.selectFrom("stage_count").selectAll().execute();
  const months = await db.selectFrom("stage_change_month").selectAll().execute();
  return {
    ...normalise(stages, months),
    pipeline: await storedPipelineMonths(db),
    ...(await storedTeamCoverage(db)),
  };
}

function normalise(stages: readonly StageRow[], months: readonly MonthRow[]) {
  const key = (...parts: string[]) => parts.join("\u0000");
  return {
    stages: stages
      .map((r) => ({ scope: r.scope, stage: r.stage, people: Number(r.people) }))
      .filter((r) => r.people !== 0)
      .sort((a, b) => (key(a.scope, a.stage) < key(b.scope, b.stage) ? -1 : 1)),
    months: months
      .map((r) => ({ scope: r.scope, month: r.month, stage: r.stage, delta: Number(r.delta) }))
      .filter((r) => r.delta !== 0)
      .sort((a, b) => (key(a.scope, a.month, a.stage) < key(b.scope, b.month, b.stage) ? -1 : 1)),
  };
}

interface Contribution {
  readonly stages: Map<string, number>;
  readonly months: Map<string, number>;
  readonly teams: Map<string, TeamFigures>;
}

const SEP = "\u0000";

async function contributionOf(db: Db, personIds: readonly string[], coverageStage: number): Promise<Contribution> {
  const stages = new Map<string, number>();
  const months = new Map<string, number>();
  for (const batch of batches(personIds)) {
    for (const r of (await stageContribution(batch).execute(db)).rows) {
      const k = [r.scope, r.stage].join(SEP);
      stages.set(k, (stages.get(k) ?? 0) + Number(r.people));
    }
    for (const r of (await monthContribution(batch).execute(db)).rows) {
      const k = [r.scope, r.month, r.stage].join(SEP);
      months.set(k, (months.get(k) ?? 0) + Number(r.delta));
    }
  }
  return { stages, months, teams: await teamContributionOf(db, personIds, coverageStage) };
}

/** after − before per key, without zeros, in key order (the order rows are locked in). */
function difference(before: Map<string, number>, after: Map<string, number>): [string[], number][] {
  const diff = new Map(after);
  for (const [k, v] of before) diff.set(k, (diff.get(k) ?? 0) - v);
  return inKeyOrder(
    [...diff].filter(([, v]) => v !== 0),
    ([k]) => k,
  ).map(([k, v]) => [k.split(SEP), v]);
}

async function addDifference(db: Db, before: Contribution, after: Contribution): Promise<void> {
  const stages = difference(before.stages, after.stages).map(([[scope, stage], people]) => ({
    scope: scope!,
    stage: stage!,
    people,
  }));
  for (let start = 0; start < stages.length; start += BATCH) {
    await db
      .insertInto("stage_count")
      .values(stages.slice(start, start + BATCH))
      .onConflict((oc) =>
        oc
          .columns(["scope", "stage"])
          .doUpdateSet((eb) => ({ people: eb("stage_count.people", "+", eb.ref("excluded.people")) })),
      )
      .execute();
  }
  const months = difference(before.months, after.months).map(([[scope, month, stage], delta]) => ({
    scope: scope!,
    month: month!,
    stage: stage!,
    delta,
  }));
  for (let start = 0; start < months.length; start += BATCH) {
    await db
      .insertInto("stage_change_month")
      .values(months.slice(start, start + BATCH))
      .onConflict((oc) =>
        oc
          .columns(["scope", "month", "stage"])
          .doUpdateSet((eb) => ({ delta: eb("stage_change_month.delta", "+", eb.ref("excluded.delta")) })),
      )
      .execute();
  }
  await repackPipelineMonths(db, months);
  await addTeamDifference(db, teamDifference(before.teams, after.teams));
}

/**
 * Runs `change` — which may move the listed people's team, status, current position or position
 * changes, or create them — and brings the aggregates along, on the same `db` (call it inside the
 * change's transaction so both commit together). Locks the listed people first (see lockPeople):
 * a caller that reads their state to compute the change should lock them itself, earlier.
 */
export async function withDashboardCounts<T>(
  db: Db,
  personIds: readonly string[],
  change: () => Promise<T>,
): Promise<T> {
  const ids = [...new Set(personIds)];
  if (ids.length === 0) return change();
  if (ids.length > RECOUNT_ABOVE) {
    const result = await change();
    await recountDashboardCounts(db);
    return result;
  }
  await lockPeople(db, ids);
  const coverageStage = await activeCoverageStageNumber(db);
  const before = await contributionOf(db, ids, coverageStage);
  const result = await change();
  await addDifference(db, before, await contributionOf(db, ids, coverageStage));
  return result;
}
