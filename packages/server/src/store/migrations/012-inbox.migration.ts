/**
 * The inbox (issue 14): what a person dismissed or snoozed, keyed by person and item key (items
 * themselves are computed from the records they are about, never stored). Plus the indexes the
 * inbox read needs to stay a handful of index look-ups for one person: check-in requests addressed
 * to a person (audit_log by target and action) and the drafts a person left (check_in by author).
 */
import type { Kysely } from "kysely";

/** Creates inbox_dismissal and the inbox read's indexes. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("inbox_dismissal")
    .addColumn("person_id", "text", (c) => c.notNull().references("person.id").onDelete("cascade"))
    .addColumn("item_key", "text", (c) => c.notNull())
    // null: dismissed for good; an instant: snoozed until then.
    .addColumn("until", "text")
    .addColumn("at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("inbox_dismissal_pkey", ["person_id", "item_key"])
    .execute();
  await db.schema
    .createIndex("audit_log_target_action_idx")
    .on("audit_log")
    .columns(["target_id", "action", "at"])
    .execute();
  await db.schema.createIndex("check_in_author_status_idx").on("check_in").columns(["author_id", "status"]).execute();
}

/** Drops them. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("check_in_author_status_idx").execute();
  await db.schema.dropIndex("audit_log_target_action_idx").execute();
  await db.schema.dropTable("inbox_dismissal").execute();
}
