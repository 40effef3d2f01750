/**
 * Private notes: text visible to its author alone (a person's own jottings, or a mentor's notes
 * about a mentee). Interim home: the storage helper owns schema/ and migrations/, so this table
 * is declared here and reached through `withPrivateNotes`; once `006-private-notes` is registered
 * in migration-provider.ts and PrivateNoteTable added to `Database`, this file shrinks to nothing.
 */
import type { Kysely } from "kysely";
import type { Database } from "../schema/database.js";

/** One private note. */
export interface PrivateNoteTable {
  id: string;
  /** The only person who may ever read it. */
  author_id: string;
  /** Whom it is about: the author, or someone they mentor. */
  person_id: string;
  body: string;
  created_at: string;
  updated_at: string;
  version: number;
}

/** The database with the private_note table known to the type system. */
export type DatabaseWithNotes = Database & { private_note: PrivateNoteTable };

/** `db` typed to include private_note. */
export function withPrivateNotes(db: Kysely<Database>): Kysely<DatabaseWithNotes> {
  return db.withTables<{ private_note: PrivateNoteTable }>();
}
