/**
 * `ascent migrate-to-postgres <url>`: moves the embedded SQLite database into an empty PostgreSQL
 * database. It is a backup of the SQLite file restored into PostgreSQL (the same table-by-table
 * copy as `ascent backup` + `ascent restore`, so accounts with their password hashes, sessions,
 * the audit log and the read models all come along), in one transaction on the target, and then
 * proven: the organisation export read from PostgreSQL must be byte-identical to the one read from
 * SQLite before the move, or the target is emptied again and the command fails.
 */
import { createHash } from "node:crypto";
import type { Command } from "commander";
import {
  describePostgresUrl,
  type MigrationStep,
  migrateToPostgres,
} from "../../app/operations/migrate-to-postgres.service.js";
import { CLI_RETRY, cliConfig, DATA_DIR_HELP, openCliDatabase } from "../support/database.js";
import { errColours, note, printJson, progressLine } from "../support/terminal.js";
import { UsageError } from "../usage-error.js";

/** Flags of `ascent migrate-to-postgres`. */
interface MigrateFlags {
  readonly dataDir?: string;
  readonly json?: boolean;
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
  try {
    const stepLine: Record<MigrationStep, string> = {
      reading: `Reading ${source.location}…`,
      migrating: `Migrating ${location}…`,
      copying: `Copying ${source.location} into ${location}…`,
      verifying: `Verifying ${location}…`,
    };
    const moved = await migrateToPostgres(source, {
      url: target,
      retry: CLI_RETRY,
      onStep: (step) => progress.update(stepLine[step]),
    });
    progress.done();
    const before = moved.organisationExport;
    const digest = before === null ? null : createHash("sha256").update(before).digest("hex");
    if (flags.json) {
      printJson({
        ok: true,
        from: source.location,
        to: location,
        rows: moved.rows,
        tables: moved.tables,
        verified: true,
        exportSha256: digest,
        exportBytes: before === null ? 0 : Buffer.byteLength(before),
        seconds: moved.seconds,
      });
      return;
    }
    const tick = errColours.green("✓");
    note(
      `${tick} Moved ${source.location} to ${location}: ${moved.rows} rows in ${moved.tables} tables (${moved.seconds.toFixed(1)} s)`,
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
    progress.done();
    await source.close();
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
