/**
 * Read models for two dashboards at any size. Leadership coverage: per team with active people,
 * its members and leaders (at the coverage stage or beyond), and per group and for the
 * organisation how many such teams have no leader yet — so coverage reads figures and one page
 * of teams, never every team. The pipeline: stage_change_month packed one row per scope and
 * month, so two years are two dozen rows.
 */
import type { Kysely } from "kysely";
import { recountPipelineMonths } from "../read-models/pipeline-month-counts.js";
import { recountTeamCoverage } from "../read-models/team-coverage-counts.js";
import type { Db } from "../repositories/store.types.js";

/** Creates pipeline_month, team_coverage and coverage_count and counts what is there. */
export async function up(db: Kysely<unknown>): Promise<void> {
  // A scope's months in order: the pipeline reads one primary-key range.
  await db.schema
    .createTable("pipeline_month")
    .addColumn("scope", "text", (c) => c.notNull())
    .addColumn("month", "text", (c) => c.notNull())
    .addColumn("deltas", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("pipeline_month_pkey", ["scope", "month"])
    .execute();
  // No foreign keys, like stage_count: a read model never stands in the way of deleting a team.
  await db.schema
    .createTable("team_coverage")
    .addColumn("team_id", "text", (c) => c.primaryKey())
    .addColumn("members", "integer", (c) => c.notNull())
    .addColumn("leaders", "integer", (c) => c.notNull())
    .execute();
  // The page of teams, least covered first: one range of this index from the cursor on (members
  // included, so the page never reads the table rows themselves).
  await db.schema
    .createIndex("team_coverage_least_covered_idx")
    .on("team_coverage")
    .columns(["leaders", "team_id", "members"])
    .execute();
  // Scope "" is the whole organisation, any other a group id.
  await db.schema
    .createTable("coverage_count")
    .addColumn("scope", "text", (c) => c.primaryKey())
    .addColumn("teams", "integer", (c) => c.notNull())
    .addColumn("uncovered", "integer", (c) => c.notNull())
    .execute();
  // The groups with the most uncovered teams first.
  await db.schema
    .createIndex("coverage_count_uncovered_idx")
    .on("coverage_count")
    .columns(["uncovered", "scope"])
    .execute();
  await recountPipelineMonths(db as unknown as Db);
  await recountTeamCoverage(db as unknown as Db);
}

/** Drops the tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("pipeline_month").execute();
  await db.schema.dropTable("coverage_count").execute();
  await db.schema.dropTable("team_coverage").execute();
}
