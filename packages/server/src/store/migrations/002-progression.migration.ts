/** Framework versions, check-ins, evidence, share settings and growth plans. */
import { type Kysely, sql } from "kysely";

/** Creates the progression tables. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("framework_version")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("framework_id", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("version", "text", (c) => c.notNull())
    .addColumn("content_hash", "text", (c) => c.notNull().unique())
    .addColumn("source_format", "text", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("activated_at", "text")
    .addColumn("is_active", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable("check_in")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("person_id", "text", (c) => c.notNull().references("person.id"))
    .addColumn("author_id", "text", (c) => c.notNull().references("person.id"))
    .addColumn("assessor_kind", "text", (c) => c.notNull().check(sql`assessor_kind in ('self', 'mentor', 'joint')`))
    .addColumn("status", "text", (c) => c.notNull().check(sql`status in ('draft', 'submitted')`))
    .addColumn("framework_hash", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("submitted_at", "text")
    .addColumn("supersedes", "text", (c) => c.references("check_in.id"))
    .addColumn("ratings", "text", (c) => c.notNull())
    .addColumn("signal_ticks", "text")
    .addColumn("notes", "text")
    .addColumn("evidence_ids", "text")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  // A person's history, oldest first, feeds carry-forward and the timeline.
  await db.schema.createIndex("check_in_person_idx").on("check_in").columns(["person_id", "submitted_at"]).execute();
  await db.schema
    .createTable("evidence")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("person_id", "text", (c) => c.notNull().references("person.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("url", "text")
    .addColumn("occurred_on", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex("evidence_person_idx").on("evidence").column("person_id").execute();
  await db.schema
    .createTable("evidence_stage")
    .addColumn("evidence_id", "text", (c) => c.notNull().references("evidence.id").onDelete("cascade"))
    .addColumn("stage_id", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("evidence_stage_pk", ["evidence_id", "stage_id"])
    .execute();
  await db.schema.createIndex("evidence_stage_stage_idx").on("evidence_stage").column("stage_id").execute();
  await db.schema
    .createTable("share_setting")
    .addColumn("person_id", "text", (c) => c.notNull().references("person.id"))
    .addColumn("item_kind", "text", (c) => c.notNull())
    .addColumn("item_id", "text", (c) => c.notNull())
    .addColumn("audience", "text", (c) => c.notNull().check(sql`audience in ('mentor', 'lead')`))
    .addColumn("allowed", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("share_setting_pk", ["item_kind", "item_id", "audience"])
    .execute();
  await db.schema.createIndex("share_setting_person_idx").on("share_setting").column("person_id").execute();
  await db.schema
    .createTable("growth_plan")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("person_id", "text", (c) => c.notNull().references("person.id"))
    .addColumn("target_stage_id", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex("growth_plan_person_idx").on("growth_plan").column("person_id").execute();
  await db.schema
    .createTable("goal")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("plan_id", "text", (c) => c.notNull().references("growth_plan.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("from_action", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("due_on", "text")
    .addColumn("review_notes", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex("goal_plan_idx").on("goal").columns(["plan_id", "position"]).execute();
}

/** Drops the progression tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["goal", "growth_plan", "share_setting", "evidence_stage", "evidence", "check_in"]) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.dropTable("framework_version").execute();
}
