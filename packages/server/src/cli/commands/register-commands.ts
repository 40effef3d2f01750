/**
 * Every `ascent` command, registered on the program. Kept apart from main.ts, which imports this
 * module only when a command is run: `ascent --version` loads commander and nothing else.
 */
import type { Command } from "commander";
import { registerBackupCommand } from "./backup.command.js";
import { registerDiagramCommand } from "./diagram.command.js";
import { registerExportCommand } from "./export.command.js";
import { registerFrameworkCommand } from "./framework.command.js";
import { registerImportCommand } from "./import.command.js";
import { registerInitCommand } from "./init.command.js";
import { registerMigrateToPostgresCommand } from "./migrate-to-postgres.command.js";
import { registerReportCommand } from "./report.command.js";
import { registerRestoreCommand } from "./restore.command.js";
import { registerServeCommand } from "./serve.command.js";
import { registerUserCommand } from "./user.command.js";

/** Registers every command on `program`, in the order `ascent --help` lists them. */
export function registerCommands(program: Command): void {
  registerServeCommand(program);
  registerInitCommand(program);
  registerImportCommand(program);
  registerExportCommand(program);
  registerDiagramCommand(program);
  registerReportCommand(program);
  registerBackupCommand(program);
  registerRestoreCommand(program);
  registerMigrateToPostgresCommand(program);
  registerUserCommand(program);
  registerFrameworkCommand(program);
}
