/**
 * Administering the organisation: teams, groups and mentorships get a `version` (a rename or a
 * cadence change made on a stale screen is refused), and people get the indexes the people list
 * needs at 100,000 people — a case-insensitive name key per status and per team (keyset pages
 * and prefix search are range scans) and an email key (prefix search, uniqueness checks);
 * mentorships get an index for the admin's newest-first list.
 */
import { type Kysely, sql } from "kysely";
import { isPostgres } from "../repositories/text-key.js";

/** `lower(column)` in code-point order on either engine (see repositories/text-key.ts). */
function keyOf(db: Kysely<unknown>, column: string) {
  return isPostgres(db) ? sql`(lower(${sql.ref(column)}) collate "C")` : sql`lower(${sql.ref(column)})`;
}

/** Adds the version columns and the people-list indexes. */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ["team", "group", "mentorship"]) {
    await db.schema
      .alterTable(table)
      .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
      .execute();
  }
  // The people list: `status = ? order by key, id`, pages continuing after (key, id), and
  // name-prefix search as a key range — all one index range scan; the same within one team.
  const name = keyOf(db, "name");
  await sql`create index person_name_key_idx on person (status, ${name}, id)`.execute(db);
  await sql`create index person_team_key_idx on person (team_id, status, ${name}, id)`.execute(db);
  // Email-prefix search (admins) and "who uses this address": covering, so no row is read.
  await sql`create index person_email_key_idx on person (status, ${keyOf(db, "email")}, ${name}, id)`.execute(db);
  // Teams of a group (group filter, group summaries, deleting an empty group).
  await db.schema.createIndex("team_group_idx").on("team").column("group_id").execute();
  // The admin's mentorship list pages through them newest start first.
  await db.schema.createIndex("mentorship_started_idx").on("mentorship").columns(["started_at", "id"]).execute();
}

/** Drops the indexes and the version columns. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("mentorship_started_idx").execute();
  await db.schema.dropIndex("team_group_idx").execute();
  await db.schema.dropIndex("person_email_key_idx").execute();
  await db.schema.dropIndex("person_team_key_idx").execute();
  await db.schema.dropIndex("person_name_key_idx").execute();
  for (const table of ["mentorship", "group", "team"]) {
    await db.schema.alterTable(table).dropColumn("version").execute();
  }
}
