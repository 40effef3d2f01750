/**
 * `pipeline_month`: stage_change_month packed, one row per scope and month holding its non-zero
 * deltas as a JSON object (stage key → delta). The pipeline reads one row per month — about two
 * dozen for two years — instead of one per month and stage: a couple of hundred rows passed one
 * by one cost the driver several times what reading them does.
 *
 * It is derived, never added to: after stage_change_month moves, each touched (scope, month) row
 * is locked and then rewritten from that month's stage_change_month rows, read by a statement
 * that starts after the lock is held. Two writers of the same month therefore take turns, and the
 * second one packs what the first one committed — no increment is lost to a stale read.
 */
import { sql } from "kysely";
import type { Db } from "../repositories/store.types.js";
import { isPostgres } from "../repositories/text-key.js";
import { batches, inKeyOrder } from "./count-upkeep.helpers.js";

/** One (scope, month) of the pipeline. */
export interface PipelineMonthKey {
  readonly scope: string;
  readonly month: string;
}

/** The engine's JSON object of `stage → delta` over the rows in context, as text ("{}" when none). */
function packedDeltas(db: Db) {
  return isPostgres(db)
    ? sql<string>`coalesce(json_object_agg(stage, delta)::text, '{}')`
    : sql<string>`json_group_object(stage, delta)`;
}

/** Repacks the given (scope, month) rows from stage_change_month, in the caller's transaction. */
export async function repackPipelineMonths(db: Db, keys: readonly PipelineMonthKey[]): Promise<void> {
  const unique = new Map(keys.map((k) => [`${k.scope}\u0000${k.month}`, k]));
  const sorted = inKeyOrder([...unique], ([key]) => key).map(([, k]) => k);
  for (const batch of batches(sorted)) {
    await db
      .insertInto("pipeline_month")
      .values(batch.map((k) => ({ scope: k.scope, month: k.month, deltas: "{}" })))
      .onConflict((oc) => oc.columns(["scope", "month"]).doNothing())
      .execute();
    if (isPostgres(db)) {
      // Lock first: the repacking statements below then read what any earlier writer committed.
      const rows = sql.join(batch.map((k) => sql`(${k.scope}, ${k.month})`));
      await sql`select scope from pipeline_month where (scope, month) in (values ${rows})
        order by scope, month for update`.execute(db);
    }
  }
  for (const { scope, month } of sorted) {
    await sql`update pipeline_month set deltas = (
        select ${packedDeltas(db)} from stage_change_month
        where scope = ${scope} and month = ${month} and delta <> 0)
      where scope = ${scope} and month = ${month}`.execute(db);
  }
}

/** Replaces pipeline_month with stage_change_month packed. */
export async function recountPipelineMonths(db: Db): Promise<void> {
  await db.deleteFrom("pipeline_month").execute();
  await sql`insert into pipeline_month (scope, month, deltas)
    select scope, month, ${packedDeltas(db)} from stage_change_month where delta <> 0 group by scope, month`.execute(
    db,
  );
}

/** pipeline_month as stored, unpacked to non-zero (scope, month, stage, delta) rows, sorted. */
export async function storedPipelineMonths(db: Db) {
  const rows = await db.selectFrom("pipeline_month").selectAll().execute();
  const unpacked = rows.flatMap((r) =>
    Object.entries(JSON.parse(r.deltas) as Record<string, number>)
      .filter(([, delta]) => Number(delta) !== 0)
      .map(([stage, delta]) => ({ scope: r.scope, month: r.month, stage, delta: Number(delta) })),
  );
  return inKeyOrder(unpacked, (r) => [r.scope, r.month, r.stage].join("\u0000"));
}
