/**
 * The private_note table, written as a migration for the storage helper to register as
 * `006-private-notes` (see private-note.table.ts). Until then tests call `ensurePrivateNoteTable`.
 */
import { type Kysely, sql } from "kysely";

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

/** Creates the table when the registered migrations did not (interim, until 006 is registered). */
export async function ensurePrivateNoteTable(db: Kysely<unknown>): Promise<void> {
  // Probe the table through the connection's own search path: introspection lists every schema,
  // and on PGlite each test database is a schema of one instance.
  const exists = await sql`select 1 from private_note where 1 = 0`.execute(db).then(
    () => true,
    () => false,
  );
  if (!exists) await up(db);
}
