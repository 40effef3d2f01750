/**
 * `ascent migrate-to-postgres <url>`: moves the embedded SQLite database into an empty PostgreSQL
 * database. It is a backup of the SQLite file restored into PostgreSQL (the same table-by-table
 * copy as `ascent backup` + `ascent restore`, so accounts with their password hashes, sessions,
 * the audit log and the read models all come along), in one transaction on the target, and then
 * proven: the organisation export read from PostgreSQL must be byte-identical to the one read from
 * SQLite before the move, or the target is emptied again and the command fails.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Command } from "commander";
import { sql } from "kysely";
import { backupDatabase } from "../../store/backup/backup-database.js";
import { restoreDatabase } from "../../store/backup/restore-database.js";
import { describeTables } from "../../store/backup/table-catalog.js";
import { deleteAllRows, holdsNoRows } from "../../store/backup/write-table-rows.js";
import { type AscentDatabase, openDatabase } from "../../store/engine/open-database.js";
import { describePostgresUrl } from "../../store/engine/postgres.engine.js";
import { StoreError } from "../../store/errors/store-error.js";
import { migrateToLatest } from "../../store/migrations/migrate-to-latest.js";
import { exportOrganisation } from "../../store/transfer/export-organisation.js";
import { CLI_RETRY, cliConfig, DATA_DIR_HELP, openCliDatabase } from "../support/database.js";
import { errColours, note, printJson, progressLine } from "../support/terminal.js";
import { UsageError } from "../usage-error.js";

/** Flags of `ascent migrate-to-postgres`. */
interface MigrateFlags {
  readonly dataDir?: string;
  readonly json?: boolean;
}

/** Kysely's own tables: present in a database that was only migrated, which still counts as empty. */
const BOOKKEEPING = ["kysely_migration", "kysely_migration_lock"];

/** The organisation export, or null for a database that holds no organisation yet (accounts only). */
async function exportOrNull(database: AscentDatabase): Promise<string | null> {
  try {
    return await exportOrganisation(database.db);
  } catch (error) {
    if (error instanceof StoreError && error.code === "not_found") return null;
    throw error;
  }
}

/** Tables of the target's current schema that Ascent would not have created. */
async function foreignTables(target: AscentDatabase, ascentTables: ReadonlySet<string>): Promise<string[]> {
  const found = await sql<{ name: string }>`
    select c.relname as name from pg_class c
    where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p', 'v', 'm', 'f')
    order by c.relname`.execute(target.db);
  return found.rows.map((row) => row.name).filter((name) => !ascentTables.has(name) && !BOOKKEEPING.includes(name));
}

/** The one line a non-empty target gets. */
function notEmpty(location: string, what: string): UsageError {
  return new UsageError(
    `the PostgreSQL database ${location} is not empty (${what}): migrate-to-postgres only moves into an empty database`,
    1,
  );
}

/** `ascent migrate-to-postgres <url>`. */
export async function runMigrateToPostgres(url: string, flags: MigrateFlags): Promise<void> {
  if (!/^postgres(ql)?:\/\//.test(url.trim())) {
    throw new UsageError(`the target must be a PostgreSQL URL (postgres://user:password@host:5432/database)`, 2);
  }
  const config = cliConfig(flags);
  const target = url.trim();
  const location = describePostgresUrl(target);
  const progress = progressLine();
  // The source is the embedded database, whatever ASCENT_DATABASE_URL says (it may already name the target).
  const source = await openCliDatabase({ ...config, databaseUrl: null }, "refuse");
  const scratch = mkdtempSync(join(tmpdir(), "ascent-migrate-"));
  try {
    const ascentTables = new Set((await describeTables(source.db, "sqlite")).map((table) => table.name));
    const destination = await openDatabase({ url: target, poolSize: 2, retry: CLI_RETRY });
    try {
      // Refused before anything is written or announced: a target that holds anything is left alone.
      const foreign = await foreignTables(destination, ascentTables);
      if (foreign.length > 0) {
        const listed = foreign.slice(0, 5).join(", ") + (foreign.length > 5 ? ", …" : "");
        throw notEmpty(location, `it has tables Ascent did not create: ${listed}`);
      }
      const existing = await describeTables(destination.db, "postgres");
      if (!(await holdsNoRows(destination.db, existing))) throw notEmpty(location, "it already holds Ascent data");

      progress.update(`Reading ${source.location}…`);
      const before = await exportOrNull(source);
      // A consistent copy to restore from: the SQLite backup API, as `ascent backup` takes it.
      const copy = join(scratch, "ascent.db");
      await backupDatabase(source, copy);
      progress.update(`Migrating ${location}…`);
      await migrateToLatest(destination);
      const targetTables = await describeTables(destination.db, "postgres");

      progress.update(`Copying ${source.location} into ${location}…`);
      const started = Date.now();
      const restored = await restoreDatabase(destination, copy);
      const rows = Object.values(restored.rows).reduce((a, b) => a + b, 0);

      progress.update(`Verifying ${location}…`);
      const after = await exportOrNull(destination);
      progress.done();
      if (after !== before) {
        // All or nothing: a move that cannot be proven is undone, leaving the target as empty as it was.
        await destination.db.transaction().execute((trx) => deleteAllRows(trx, targetTables));
        throw new UsageError(
          `the organisation read back from ${location} differs from the one in ${source.location}: the move was undone and the target left empty (ASCENT_DEBUG=1 for details)`,
          1,
        );
      }
      const digest = before === null ? null : createHash("sha256").update(before).digest("hex");
      const seconds = (Date.now() - started) / 1000;
      if (flags.json) {
        printJson({
          ok: true,
          from: source.location,
          to: location,
          rows,
          tables: Object.keys(restored.rows).length,
          verified: true,
          exportSha256: digest,
          exportBytes: before === null ? 0 : Buffer.byteLength(before),
          seconds,
        });
        return;
      }
      const tick = errColours.green("✓");
      note(
        `${tick} Moved ${source.location} to ${location}: ${rows} rows in ${Object.keys(restored.rows).length} tables (${seconds.toFixed(1)} s)`,
      );
      note(
        before === null
          ? `${tick} Verified: neither database holds an organisation yet; accounts and settings were copied`
          : `${tick} Verified: the organisation export is byte-identical on both (${Buffer.byteLength(before)} bytes, sha256 ${digest?.slice(0, 12)})`,
      );
      note(
        `  next: set ASCENT_DATABASE_URL to this URL and restart \`ascent serve\`; ${source.location} is left as it was`,
      );
    } finally {
      await destination.close();
    }
  } finally {
    progress.done();
    await source.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Registers `ascent migrate-to-postgres`. */
export function registerMigrateToPostgresCommand(program: Command): void {
  program
    .command("migrate-to-postgres")
    .description("move the embedded database into an empty PostgreSQL database, verified; all or nothing")
    .argument("<url>", "the empty target: postgres://user:password@host:5432/database")
    .option("--json", "print the result as JSON")
    .option("--data-dir <dir>", DATA_DIR_HELP)
    .addHelpText(
      "after",
      `
Stop the server first: what it writes during the move would stay behind. Everything moves —
accounts and password hashes, sessions, the audit log — and the organisation export read from
PostgreSQL must match the one from SQLite byte for byte, or nothing is left in PostgreSQL.
A target that holds anything is refused. The SQLite database is not changed.

Examples:
  ascent migrate-to-postgres postgres://ascent:secret@db.internal:5432/ascent
  ascent migrate-to-postgres "$ASCENT_DATABASE_URL" --data-dir /var/lib/ascent`,
    )
    .action(async (url: string, flags: MigrateFlags) => {
      await runMigrateToPostgres(url, flags);
    });
}
