/**
 * Restoring a backup of either kind (a SQLite file, or a PostgreSQL snapshot) into either engine,
 * all or nothing: one transaction on the target, so a bad or truncated file leaves it untouched.
 */
import type { AscentDatabase } from "../engine/open-database.js";
import { StoreError } from "../errors/store-error.js";
import { migrateToLatest } from "../migrations/migrate-to-latest.js";
import { SchemaTooNewError } from "../migrations/schema-too-new.error.js";
import { openRestoreSource } from "./restore-source.js";
import { describeTables } from "./table-catalog.js";
import { deleteAllRows, holdsNoRows, writeTableRows } from "./write-table-rows.js";

/** Options of `restoreDatabase`. */
export interface RestoreOptions {
  /** Replace whatever the target holds (within the same transaction). Default: refuse a non-empty target. */
  readonly replace?: boolean;
}

/** What a restore wrote. */
export interface RestoreSummary {
  readonly kind: "sqlite" | "snapshot";
  /** Rows written per table. */
  readonly rows: Readonly<Record<string, number>>;
}

/**
 * Restores `backupFile` into `database` (migrated first if needed). Refuses a database holding any
 * row unless `replace` is set; throws StoreError `invalid_import` when the file cannot be restored,
 * SchemaTooNewError when a newer Ascent wrote it.
 */
export async function restoreDatabase(
  database: AscentDatabase,
  backupFile: string,
  options: RestoreOptions = {},
): Promise<RestoreSummary> {
  await migrateToLatest(database);
  const targetTables = await describeTables(database.db, database.dialect);
  const source = await openRestoreSource(backupFile);
  try {
    const rows = await database.db.transaction().execute(async (trx) => {
      if (!(await holdsNoRows(trx, targetTables))) {
        if (!options.replace) {
          throw new StoreError(
            "invalid_import",
            `The database at ${database.location} is not empty: restore into an empty database, or pass { replace: true } to replace its contents`,
            { location: database.location },
          );
        }
        await deleteAllRows(trx, targetTables);
      }
      return writeTableRows(trx, targetTables, source.stream.tables);
    });
    return { kind: source.kind, rows };
  } catch (error) {
    if (error instanceof StoreError || error instanceof SchemaTooNewError) throw error;
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new StoreError("invalid_import", `The restore was refused and nothing was written: ${reason}`, {
      file: backupFile,
      reason,
    });
  } finally {
    await source.dispose();
  }
}
