/** Private notes: text visible to its author alone; edits are version-checked like every record. */
import type { Selectable } from "kysely";
import type { PrivateNoteTable } from "../schema/private-note.tables.js";
import { toIsoText } from "./column-codec.js";
import { inTransaction } from "./in-transaction.js";
import { insertInBatches } from "./insert-in-batches.js";
import type { Db, Versioned } from "./store.types.js";
import { bumpVersion } from "./versioned-update.js";

/** A private note as plain data. */
export interface PrivateNoteRecord {
  readonly id: string;
  /** The only person who may ever read it. */
  readonly authorId: string;
  /** Whom it is about: the author, or someone they mentor. */
  readonly personId: string;
  readonly body: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

function toRow(note: PrivateNoteRecord): PrivateNoteTable {
  return {
    id: note.id,
    author_id: note.authorId,
    person_id: note.personId,
    body: note.body,
    created_at: toIsoText(note.createdAt),
    updated_at: toIsoText(note.updatedAt),
    version: 1,
  };
}

function fromRow(row: Selectable<PrivateNoteTable>): PrivateNoteRecord {
  return {
    id: row.id,
    authorId: row.author_id,
    personId: row.person_id,
    body: row.body,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Inserts notes at version 1 (batched). */
export async function insertPrivateNotes(db: Db, notes: readonly PrivateNoteRecord[]): Promise<void> {
  await insertInBatches(db, "private_note", notes.map(toRow));
}

/** A note with its version, or undefined. */
export async function findPrivateNote(db: Db, id: string): Promise<Versioned<PrivateNoteRecord> | undefined> {
  const row = await db.selectFrom("private_note").selectAll().where("id", "=", id).executeTakeFirst();
  return row && { value: fromRow(row), version: row.version };
}

/** Every note (for export), in id order. */
export async function listPrivateNotes(db: Db): Promise<PrivateNoteRecord[]> {
  return (await db.selectFrom("private_note").selectAll().orderBy("id").execute()).map(fromRow);
}

/** The notes `authorId` wrote, optionally only those about `personId`, most recently edited first. */
export async function listPrivateNotesByAuthor(
  db: Db,
  authorId: string,
  personId?: string,
): Promise<Versioned<PrivateNoteRecord>[]> {
  let query = db.selectFrom("private_note").selectAll().where("author_id", "=", authorId);
  if (personId !== undefined) query = query.where("person_id", "=", personId);
  const rows = await query.orderBy("updated_at", "desc").orderBy("id").execute();
  return rows.map((row) => ({ value: fromRow(row), version: row.version }));
}

/** Rewrites a note's body at `at` if still at `expectedVersion` (else ConflictError); returns the new version. */
export async function updatePrivateNote(
  db: Db,
  id: string,
  body: string,
  at: string,
  expectedVersion: number,
): Promise<number> {
  return inTransaction(db, async (trx) => {
    const version = await bumpVersion(trx, "private_note", id, expectedVersion);
    await trx
      .updateTable("private_note")
      .set({ body, updated_at: toIsoText(at) })
      .where("id", "=", id)
      .execute();
    return version;
  });
}
