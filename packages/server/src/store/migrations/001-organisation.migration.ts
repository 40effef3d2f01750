/** The organisation, its people, teams, groups, leads and mentorships. */
import { type Kysely, sql } from "kysely";

/** Creates the organisation tables. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("organisation")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("settings", "text", (c) => c.notNull().defaultTo("{}"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createTable("group")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("team")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("group_id", "text", (c) => c.references("group.id"))
    .execute();
  await db.schema
    .createTable("person")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("team_id", "text", (c) => c.references("team.id"))
    .addColumn("title", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("status", "text", (c) => c.notNull().check(sql`status in ('active', 'deactivated', 'erased')`))
    .addColumn("roles", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("joined_at", "text", (c) => c.notNull())
    .addColumn("staying_by_choice", "text")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  // Dashboards list a team's people.
  await db.schema.createIndex("person_team_idx").on("person").column("team_id").execute();
  for (const [table, owner] of [
    ["team_lead", "team"],
    ["group_lead", "group"],
  ] as const) {
    await db.schema
      .createTable(table)
      .addColumn(`${owner}_id`, "text", (c) => c.notNull().references(`${owner}.id`).onDelete("cascade"))
      .addColumn("person_id", "text", (c) => c.notNull().references("person.id"))
      .addColumn("position", "integer", (c) => c.notNull())
      .addPrimaryKeyConstraint(`${table}_pk`, [`${owner}_id`, "person_id"])
      .execute();
    // "Which teams/groups does this person lead?" decides the lead role on every request.
    await db.schema.createIndex(`${table}_person_idx`).on(table).column("person_id").execute();
  }
  await db.schema
    .createTable("mentorship")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("mentor_id", "text", (c) => c.notNull().references("person.id"))
    .addColumn("mentee_id", "text", (c) => c.notNull().references("person.id"))
    .addColumn("started_at", "text", (c) => c.notNull())
    .addColumn("ended_at", "text")
    .addColumn("cadence_days", "integer", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("mentorship_mentor_idx").on("mentorship").column("mentor_id").execute();
  await db.schema.createIndex("mentorship_mentee_idx").on("mentorship").column("mentee_id").execute();
}

/** Drops the organisation tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["mentorship", "group_lead", "team_lead", "person", "team", "group", "organisation"]) {
    await db.schema.dropTable(table).execute();
  }
}
