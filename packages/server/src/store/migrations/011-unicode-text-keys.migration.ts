/**
 * The case-insensitive keys fold every letter on SQLite too (engine/unicode-lower.ts): the people
 * indexes of migration 010 were built with SQLite's A–Z-only lower(), so they are rebuilt with the
 * lower() Ascent now installs. PostgreSQL's lower() already folded every letter: nothing to do there.
 */
import { type Kysely, sql } from "kysely";
import { isPostgres } from "../repositories/text-key.js";

const TEXT_KEY_INDEXES = ["person_name_key_idx", "person_team_key_idx", "person_email_key_idx"];

/** Rebuilds the SQLite text-key indexes. */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) return;
  for (const index of TEXT_KEY_INDEXES) await sql`reindex ${sql.id(index)}`.execute(db);
}

/** Nothing to undo: the indexes stay as they are, valid for the lower() in use. */
export async function down(): Promise<void> {}
