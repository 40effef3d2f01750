import { existsSync } from "node:fs";
import type { Command } from "commander";
import { restoreDatabaseFromBackup } from "../../app/operations/restore-database.service.js";
import { DATA_DIR_HELP, withDatabase } from "../support/database.js";
import { confirm } from "../support/prompt.js";
import { isInteractive, note, printJson, progressLine } from "../support/terminal.js";
import { UsageError } from "../usage-error.js";

/** Flags of `ascent restore`. */
interface RestoreFlags {
  readonly dataDir?: string;
  readonly replace?: boolean;
  readonly yes?: boolean;
  readonly json?: boolean;
}

/** `ascent restore <file>`: a backup of either kind into either engine, all or nothing. */
export async function runRestore(file: string, flags: RestoreFlags): Promise<void> {
  if (!existsSync(file)) throw new UsageError(`cannot read ${file}: ENOENT`, 1);
  if (flags.replace && !flags.yes) {
    if (!isInteractive()) throw new UsageError("--replace deletes what the database holds: pass --yes to confirm", 2);
    if (!(await confirm("Replace everything the database holds with the backup?"))) {
      note("Nothing was restored.");
      process.exitCode = 1;
      return;
    }
  }
  await withDatabase(
    flags,
    async (database) => {
      const progress = progressLine();
      progress.update(`Restoring ${file} into ${database.location}…`);
      const summary = await restoreDatabaseFromBackup(database, file, { replace: flags.replace === true });
      progress.done();
      const rows = Object.values(summary.rows).reduce((a, b) => a + b, 0);
      if (flags.json) printJson({ ok: true, kind: summary.kind, rows: summary.rows });
      else
        note(`Restored ${file} into ${database.location}: ${rows} rows in ${Object.keys(summary.rows).length} tables`);
    },
    // A fresh data folder is the usual target of a restore.
    "create",
  );
}

/** Registers `ascent restore`. */
export function registerRestoreCommand(program: Command): void {
  program
    .command("restore")
    .description("restore a backup (either kind, into either engine); all or nothing")
    .argument("<file>", "a backup written by `ascent backup`")
    .option("--replace", "replace what the database holds (default: refuse a database that is not empty)")
    .option("-y, --yes", "do not ask before replacing")
    .option("--json", "print the result as JSON")
    .option("--data-dir <dir>", DATA_DIR_HELP)
    .addHelpText(
      "after",
      `
Stop the server first. A bad or truncated file is refused and leaves the database as it was.

Examples:
  ascent restore backups/ascent-2026-03-01T09-30-00Z.db --data-dir ./restored
  ascent restore ascent.jsonl --replace --yes`,
    )
    .action(async (file: string, flags: RestoreFlags) => {
      await runRestore(file, flags);
    });
}
