/**
 * Use case: the operator backs up the whole installation while it runs (`ascent backup`) — everything,
 * password hashes, sessions and the audit log included, unlike the organisation export.
 */
import { type BackupSummary, backupDatabase } from "../../store/backup/backup-database.js";
import type { AscentDatabase } from "../../store/engine/open-database.js";

export type { BackupSummary } from "../../store/backup/backup-database.js";

/** Writes a consistent backup of `database` to `file` (a SQLite copy, or a PostgreSQL snapshot). */
export async function backUpDatabase(database: AscentDatabase, file: string): Promise<BackupSummary> {
  return backupDatabase(database, file);
}
