/**
 * Aggregating forms of the distribution, pipeline and coverage dashboard reads, measured by the
 * storage benchmark beside the current queries (which return one row per person or per change
 * and count in JavaScript). Not used by the app: they show what a rewrite would cost.
 */
import { sql } from "kysely";
import type { Db } from "../repositories/store.types.js";

/** Active people per stage worked on (null: not assessed or every stage reached, split by `assessed`). */
export function stageDistributionCounts(db: Db) {
  return db
    .selectFrom("person")
    .leftJoin("current_position", "current_position.person_id", "person.id")
    .select((eb) => [
      "current_position.working_on_stage_id as stage_id",
      eb.fn.count<number>("current_position.person_id").as("assessed"),
      eb.fn.countAll<number>().as("people"),
    ])
    .where("person.status", "=", "active")
    .groupBy("current_position.working_on_stage_id")
    .execute();
}

/** Active members and members at `stageNumber` or beyond, per team. */
export function coverageCounts(db: Db, stageNumber: number) {
  return db
    .selectFrom("person")
    .leftJoin("current_position", "current_position.person_id", "person.id")
    .select((eb) => [
      "person.team_id as team_id",
      eb.fn.countAll<number>().as("members"),
      eb.fn
        .sum<number>(eb.case().when("current_position.reached", ">=", stageNumber).then(1).else(0).end())
        .as("leaders"),
    ])
    .where("person.status", "=", "active")
    .groupBy("person.team_id")
    .execute();
}

/**
 * People per stage at each month end: a change counts for every month end from its date until the
 * person's next change (a window over the change log, counted per month in SQL).
 */
export function pipelineCounts(db: Db, monthEnds: readonly string[]) {
  const ends = sql.join(monthEnds.map((end) => sql`(cast(${end} as text))`));
  return sql<{ month_end: string; stage_id: string | null; people: number }>`
    with months(month_end) as (values ${ends}),
    spans as (
      select stage_id, at, lead(at) over (partition by person_id order by at, check_in_id) as next_at
      from position_change
    )
    select months.month_end, spans.stage_id, count(*) as people
    from months join spans on spans.at <= months.month_end
      and (spans.next_at is null or spans.next_at > months.month_end)
    group by months.month_end, spans.stage_id`.execute(db);
}
