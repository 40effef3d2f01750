/**
 * Every `ascent` command, registered on the program. Kept apart from main.ts, which imports this
 * module only when a command is run: `ascent --version` loads commander and nothing else.
 */
import type { Command } from "commander";

type Register = (program: Command) => void;

/**
 * Each command's module, loaded on demand, in the order `ascent --help` lists them. A command
 * line that names a command loads that module alone: `ascent import` does not load the HTTP
 * server, the diagram renderer, the mailer or the core's demo data, which other commands need.
 */
const COMMANDS: Readonly<Record<string, () => Promise<Register>>> = {
  serve: async () => (await import("./serve.command.js")).registerServeCommand,
  init: async () => (await import("./init.command.js")).registerInitCommand,
  import: async () => (await import("./import.command.js")).registerImportCommand,
  export: async () => (await import("./export.command.js")).registerExportCommand,
  diagram: async () => (await import("./diagram.command.js")).registerDiagramCommand,
  report: async () => (await import("./report.command.js")).registerReportCommand,
  backup: async () => (await import("./backup.command.js")).registerBackupCommand,
  restore: async () => (await import("./restore.command.js")).registerRestoreCommand,
  "migrate-to-postgres": async () =>
    (await import("./migrate-to-postgres.command.js")).registerMigrateToPostgresCommand,
  user: async () => (await import("./user.command.js")).registerUserCommand,
  framework: async () => (await import("./framework.command.js")).registerFrameworkCommand,
};

/** Registers the command `name` when it is one, else every command (for help and error messages). */
export async function registerCommands(program: Command, name?: string): Promise<void> {
  const loaders = name !== undefined && Object.hasOwn(COMMANDS, name) ? [COMMANDS[name]!] : Object.values(COMMANDS);
  for (const register of await Promise.all(loaders.map((load) => load()))) register(program);
}
