/** Private notes: text visible to its author alone (own jottings, or a mentor's notes about a mentee). */
import type { Kysely } from "kysely";

/** Creates the private_note table. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("private_note")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("author_id", "text", (c) => c.notNull().references("person.id"))
    .addColumn("person_id", "text", (c) => c.notNull().references("person.id"))
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  // A person's notes are listed by author; erasure finds them by author or subject.
  await db.schema.createIndex("private_note_author_idx").on("private_note").column("author_id").execute();
  await db.schema.createIndex("private_note_person_idx").on("private_note").column("person_id").execute();
}

/** Drops the private_note table. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("private_note").execute();
}
