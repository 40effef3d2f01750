/** Private notes: reads and version-checked writes. */
import type { Kysely, Selectable } from "kysely";
import type { Database } from "../schema/database.js";
import { type PrivateNoteTable, withPrivateNotes } from "./private-note.table.js";

/** One private note row, or undefined. */
export function findPrivateNoteRow(
  db: Kysely<Database>,
  id: string,
): Promise<Selectable<PrivateNoteTable> | undefined> {
  return withPrivateNotes(db).selectFrom("private_note").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Ids of the notes `authorId` wrote, optionally only those about `personId`, newest first. */
export async function privateNoteIdsByAuthor(
  db: Kysely<Database>,
  authorId: string,
  personId?: string,
): Promise<string[]> {
  let query = withPrivateNotes(db).selectFrom("private_note").select("id").where("author_id", "=", authorId);
  if (personId !== undefined) query = query.where("person_id", "=", personId);
  const rows = await query.orderBy("updated_at", "desc").orderBy("id").execute();
  return rows.map((r) => r.id);
}

/** Inserts a note at version 1. */
export async function insertPrivateNote(db: Kysely<Database>, row: Selectable<PrivateNoteTable>): Promise<void> {
  await withPrivateNotes(db).insertInto("private_note").values(row).execute();
}

/** Rewrites a note's body if still at `expectedVersion`; false when it moved on. */
export async function updatePrivateNoteIfVersion(
  db: Kysely<Database>,
  id: string,
  body: string,
  at: string,
  expectedVersion: number,
): Promise<boolean> {
  const result = await withPrivateNotes(db)
    .updateTable("private_note")
    .set({ body, updated_at: at, version: expectedVersion + 1 })
    .where("id", "=", id)
    .where("version", "=", expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
