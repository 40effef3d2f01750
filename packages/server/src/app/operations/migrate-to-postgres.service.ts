/**
 * Use case: the operator moves the embedded SQLite database into an empty PostgreSQL database
 * (`ascent migrate-to-postgres`). It is a backup of the SQLite file restored into PostgreSQL (the same
 * table-by-table copy as backup + restore, so accounts with their password hashes, sessions, the audit
 * log and the read models all come along), in one transaction on the target, and then proven: the
 * organisation export read from PostgreSQL must be byte-identical to the one read from SQLite before
 * the move, or the target is emptied again and the move fails.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { backupDatabase } from "../../store/backup/backup-database.js";
import { restoreDatabase } from "../../store/backup/restore-database.js";
import { describeTables, postgresSchemaTableNames } from "../../store/backup/table-catalog.js";
import { emptyTables, holdsNoRows } from "../../store/backup/write-table-rows.js";
import type { DatabaseConfig } from "../../store/engine/database-config.js";
import { type AscentDatabase, openDatabase } from "../../store/engine/open-database.js";
import { describePostgresUrl } from "../../store/engine/postgres.engine.js";
import { StoreError } from "../../store/errors/store-error.js";
import { migrateToLatest } from "../../store/migrations/migrate-to-latest.js";
import { exportOrganisation } from "../../store/transfer/export-organisation.js";
import { AppError, AppErrorCode } from "../errors/app-error.js";

export { describePostgresUrl } from "../../store/engine/postgres.engine.js";

/** The steps of a move, in order, for a caller that shows progress. */
export type MigrationStep = "reading" | "migrating" | "copying" | "verifying";

/** What a move did. */
export interface MigrationToPostgres {
  /** Rows copied in all. */
  readonly rows: number;
  /** Tables copied. */
  readonly tables: number;
  /** The organisation export both databases answer, byte for byte; null when neither holds an organisation. */
  readonly organisationExport: string | null;
  /** How long the copy and its verification took. */
  readonly seconds: number;
}

/** Options of a move. */
export interface MigrateToPostgresOptions {
  /** The target's address and connection retry (`describePostgresUrl(url)` names it in messages). */
  readonly url: string;
  readonly retry: DatabaseConfig["retry"];
  /** Called as each step starts. */
  readonly onStep?: (step: MigrationStep) => void;
}

/** Kysely's own tables: present in a database that was only migrated, which still counts as empty. */
const BOOKKEEPING = ["kysely_migration", "kysely_migration_lock"];

/**
 * Moves `source` (the embedded database, open and migrated) into the empty PostgreSQL database at
 * `options.url`. Fails with `forbidden_state`, writing nothing, when the target holds anything; fails
 * with `forbidden_state`, leaving the target empty, when the export read back differs.
 */
export async function migrateToPostgres(
  source: AscentDatabase,
  options: MigrateToPostgresOptions,
): Promise<MigrationToPostgres> {
  const step = options.onStep ?? (() => {});
  const location = describePostgresUrl(options.url);
  const scratch = mkdtempSync(join(tmpdir(), "ascent-migrate-"));
  try {
    const ascentTables = new Set((await describeTables(source.db, "sqlite")).map((table) => table.name));
    const destination = await openDatabase({ url: options.url, poolSize: 2, retry: options.retry });
    try {
      // Refused before anything is written or announced: a target that holds anything is left alone.
      const foreign = (await postgresSchemaTableNames(destination.db)).filter(
        (name) => !ascentTables.has(name) && !BOOKKEEPING.includes(name),
      );
      if (foreign.length > 0) {
        const listed = foreign.slice(0, 5).join(", ") + (foreign.length > 5 ? ", …" : "");
        throw notEmpty(location, `it has tables Ascent did not create: ${listed}`);
      }
      const existing = await describeTables(destination.db, "postgres");
      if (!(await holdsNoRows(destination.db, existing))) throw notEmpty(location, "it already holds Ascent data");

      step("reading");
      const before = await exportOrNull(source);
      // A consistent copy to restore from: the SQLite backup API, as `ascent backup` takes it.
      const copy = join(scratch, "ascent.db");
      await backupDatabase(source, copy);
      step("migrating");
      await migrateToLatest(destination);
      const targetTables = await describeTables(destination.db, "postgres");

      step("copying");
      const started = Date.now();
      const restored = await restoreDatabase(destination, copy);
      const rows = Object.values(restored.rows).reduce((a, b) => a + b, 0);

      step("verifying");
      const after = await exportOrNull(destination);
      if (after !== before) {
        // All or nothing: a move that cannot be proven is undone, leaving the target as empty as it was.
        await emptyTables(destination.db, targetTables);
        throw new AppError(
          AppErrorCode.ForbiddenState,
          `the organisation read back from ${location} differs from the one in ${source.location}: the move was undone and the target left empty (ASCENT_DEBUG=1 for details)`,
        );
      }
      return {
        rows,
        tables: Object.keys(restored.rows).length,
        organisationExport: before,
        seconds: (Date.now() - started) / 1000,
      };
    } finally {
      await destination.close();
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The organisation export, or null for a database that holds no organisation yet (accounts only). */
async function exportOrNull(database: AscentDatabase): Promise<string | null> {
  try {
    return await exportOrganisation(database.db);
  } catch (error) {
    if (error instanceof StoreError && error.code === "not_found") return null;
    throw error;
  }
}

/** The one line a non-empty target gets. */
function notEmpty(location: string, what: string): AppError {
  return new AppError(
    AppErrorCode.ForbiddenState,
    `the PostgreSQL database ${location} is not empty (${what}): migrate-to-postgres only moves into an empty database`,
  );
}
