/** The dashboards' read models: current position per person and the log of position changes. */
import type { Kysely } from "kysely";

/** Creates the read-model tables. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("current_position")
    .addColumn("person_id", "text", (c) => c.primaryKey().references("person.id"))
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("progress", "double precision", (c) => c.notNull())
    .addColumn("reached", "integer", (c) => c.notNull())
    .addColumn("working_on_stage_id", "text")
    .addColumn("self_progress", "double precision")
    .addColumn("mentor_progress", "double precision")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("check_in_id", "text", (c) => c.notNull().references("check_in.id"))
    .execute();
  // Pipeline and "who works on stage X" group by the stage being worked on.
  await db.schema
    .createIndex("current_position_stage_idx")
    .on("current_position")
    .column("working_on_stage_id")
    .execute();
  await db.schema
    .createTable("position_change")
    .addColumn("check_in_id", "text", (c) => c.primaryKey().references("check_in.id"))
    .addColumn("person_id", "text", (c) => c.notNull().references("person.id"))
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("from_progress", "double precision")
    .addColumn("to_progress", "double precision", (c) => c.notNull())
    .addColumn("stage_id", "text")
    .execute();
  // The pipeline over time reads changes in a date range; a timeline reads one person's.
  await db.schema.createIndex("position_change_at_idx").on("position_change").column("at").execute();
  await db.schema
    .createIndex("position_change_person_idx")
    .on("position_change")
    .columns(["person_id", "at"])
    .execute();
}

/** Drops the read-model tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("position_change").execute();
  await db.schema.dropTable("current_position").execute();
}
