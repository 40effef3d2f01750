/**
 * Online backups of a running installation (see docs/adr/0006-backup.md).
 *
 * SQLite: SQLite's own backup API (better-sqlite3 `backup()`), page by page between which the
 * application keeps working; writes made meanwhile through the same handle are carried into the
 * copy, so the file is the database as of the moment the copy finished.
 *
 * PostgreSQL: every table read in ONE repeatable-read, read-only transaction — one snapshot, so
 * nothing committed after it started appears, and nothing is half there. It is a table-level
 * dump rather than the organisation export: the export is a domain document that deliberately
 * leaves out credentials, the audit log and the read models, and any table a later migration adds
 * would be silently lost until someone extended it. A backup is for the operator restoring the
 * same installation, so it keeps everything, password hashes and token hashes included (hashes
 * only: tokens and passwords were never stored). The file is therefore created with mode 0600.
 */
import { chmod, rename, rm } from "node:fs/promises";
import type { AscentDatabase } from "../engine/open-database.js";
import { appliedMigrations } from "../migrations/migrate-to-latest.js";
import { postgresTableRows } from "./database-table-stream.js";
import { writeSnapshotFile } from "./snapshot-file.js";
import { describeTables } from "./table-catalog.js";

/** Options of `backupDatabase`. */
export interface BackupOptions {
  /** SQLite: pages copied per step (default: better-sqlite3's 100); between steps the app runs. */
  readonly pagesPerStep?: number;
  /** PostgreSQL: called once the snapshot is taken, before rows are read (tests commit writes here). */
  readonly onSnapshot?: () => Promise<void>;
}

/** What a backup wrote. */
export interface BackupSummary {
  readonly kind: "sqlite" | "snapshot";
  readonly file: string;
  /** Rows in the snapshot; undefined for a SQLite copy (pages, not rows). */
  readonly rows?: number;
}

/** Writes a consistent backup of `database` to `targetFile` (replaced if it exists). */
export async function backupDatabase(
  database: AscentDatabase,
  targetFile: string,
  options: BackupOptions = {},
): Promise<BackupSummary> {
  if (database.native.dialect === "sqlite") {
    const partial = `${targetFile}.partial`;
    try {
      const pages = options.pagesPerStep;
      if (pages === undefined) await database.native.sqlite.backup(partial);
      else await database.native.sqlite.backup(partial, { progress: () => pages });
      await chmod(partial, 0o600);
      await rename(partial, targetFile);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
    return { kind: "sqlite", file: targetFile };
  }
  const written = await database.db
    .transaction()
    .setIsolationLevel("repeatable read")
    .setAccessMode("read only")
    .execute(async (trx) => {
      // The first statement fixes the snapshot; everything after reads as of that instant.
      const migrations = await appliedMigrationsIn(database, trx);
      const tables = await describeTables(trx, "postgres");
      await options.onSnapshot?.();
      return writeSnapshotFile(
        targetFile,
        { engine: "postgres", takenAt: new Date().toISOString(), migrations },
        postgresTableRows(trx, tables),
      );
    });
  return { kind: "snapshot", file: targetFile, rows: written.rows };
}

/** The migration list read inside the backup's transaction rather than on another connection. */
function appliedMigrationsIn(database: AscentDatabase, trx: AscentDatabase["db"]): Promise<string[]> {
  return appliedMigrations({ ...database, db: trx });
}
