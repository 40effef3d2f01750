/**
 * Dashboard aggregates: small counts maintained with every check-in and every change of a
 * person's team or status, so the distribution, coverage and pipeline dashboards read a few
 * rows per team or month instead of one row per person or per change. Also the author and date
 * of the check-in a current position comes from, so no dashboard joins the check-in history.
 */
import { type Kysely, sql } from "kysely";
import { recountStageCounts } from "../read-models/dashboard-counts.js";
import type { Db } from "../repositories/store.types.js";

/** Creates stage_count and stage_change_month, widens current_position, and counts what is there. */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Active people per stage key (the stage worked on, "+all" or "-none"), per scope: a team id,
  // or "" for the whole organisation.
  await db.schema
    .createTable("stage_count")
    .addColumn("scope", "text", (c) => c.notNull())
    .addColumn("stage", "text", (c) => c.notNull())
    .addColumn("people", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("stage_count_pkey", ["scope", "stage"])
    .execute();
  // The pipeline as monthly deltas: people entering (+) and leaving (−) a stage key in a month,
  // per scope; the running sum up to a month is the month-end count.
  await db.schema
    .createTable("stage_change_month")
    .addColumn("scope", "text", (c) => c.notNull())
    .addColumn("month", "text", (c) => c.notNull())
    .addColumn("stage", "text", (c) => c.notNull())
    .addColumn("delta", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("stage_change_month_pkey", ["scope", "month", "stage"])
    .execute();
  // Coverage lists the people at the coverage stage or beyond.
  await db.schema.createIndex("current_position_reached_idx").on("current_position").column("reached").execute();
  await db.schema.alterTable("current_position").addColumn("source_author_id", "text").execute();
  await db.schema.alterTable("current_position").addColumn("source_at", "text").execute();
  await sql`
    update current_position set
      source_author_id = (select author_id from check_in where check_in.id = current_position.check_in_id),
      source_at = (select submitted_at from check_in where check_in.id = current_position.check_in_id)`.execute(db);
  await recountStageCounts(db as unknown as Db);
}

/** Drops the aggregates and the added columns. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("stage_change_month").execute();
  await db.schema.dropTable("stage_count").execute();
  await db.schema.dropIndex("current_position_reached_idx").execute();
  await db.schema.alterTable("current_position").dropColumn("source_at").execute();
  await db.schema.alterTable("current_position").dropColumn("source_author_id").execute();
}
