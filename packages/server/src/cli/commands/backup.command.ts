import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Command } from "commander";
import { backUpDatabase } from "../../app/operations/back-up-database.service.js";
import { DATA_DIR_HELP, withDatabase } from "../support/database.js";
import { note, printJson, progressLine } from "../support/terminal.js";

/** Flags of `ascent backup`. */
interface BackupFlags {
  readonly dataDir?: string;
  readonly out?: string;
  readonly json?: boolean;
}

/** `backups/ascent-2026-03-01T09-30-00Z.db` in the data folder: sortable, and no colons for Windows shares. */
export function defaultBackupFile(dataDir: string, dialect: "sqlite" | "postgres", now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replaceAll(":", "-");
  return join(dataDir, "backups", `ascent-${stamp}.${dialect === "sqlite" ? "db" : "jsonl"}`);
}

/** `ascent backup`: a consistent online copy while the server keeps running. */
export async function runBackup(flags: BackupFlags): Promise<void> {
  await withDatabase(flags, async (database, config) => {
    const file = flags.out ?? defaultBackupFile(config.dataDir, database.dialect);
    mkdirSync(dirname(file), { recursive: true });
    const progress = progressLine();
    progress.update(`Backing up ${database.location}…`);
    const started = Date.now();
    const summary = await backUpDatabase(database, file);
    progress.done();
    if (flags.json) printJson({ ok: true, ...summary, seconds: (Date.now() - started) / 1000 });
    else {
      process.stdout.write(`${summary.file}\n`);
      note(
        `Backed up ${database.location} (${summary.kind === "sqlite" ? "SQLite copy" : `snapshot, ${summary.rows} rows`}); it holds password hashes: keep it safe`,
      );
    }
  });
}

/** Registers `ascent backup`. */
export function registerBackupCommand(program: Command): void {
  program
    .command("backup")
    .description("write a consistent backup while Ascent runs (SQLite copy, or a PostgreSQL snapshot)")
    .option("-o, --out <file>", "the backup file (default: <data dir>/backups/ascent-<time>.db|.jsonl)")
    .option("--json", "print the result as JSON")
    .option("--data-dir <dir>", DATA_DIR_HELP)
    .addHelpText(
      "after",
      `
Unlike an export, a backup keeps everything (password hashes, sessions, the audit log) to bring
the same installation back with \`ascent restore\`. The file is readable by you only.

Examples:
  ascent backup
  ascent backup --out /mnt/backups/ascent-nightly.db
  ASCENT_DATABASE_URL=postgres://… ascent backup --out ascent.jsonl`,
    )
    .action(async (flags: BackupFlags) => {
      await runBackup(flags);
    });
}
