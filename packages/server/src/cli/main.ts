import { Command, CommanderError } from "commander";
import { registerBackupCommand } from "./commands/backup.command.js";
import { registerDiagramCommand } from "./commands/diagram.command.js";
import { registerExportCommand } from "./commands/export.command.js";
import { registerFrameworkCommand } from "./commands/framework.command.js";
import { registerImportCommand } from "./commands/import.command.js";
import { registerInitCommand } from "./commands/init.command.js";
import { registerReportCommand } from "./commands/report.command.js";
import { registerRestoreCommand } from "./commands/restore.command.js";
import { registerServeCommand } from "./commands/serve.command.js";
import { registerUserCommand } from "./commands/user.command.js";
import { describeError } from "./support/cli-errors.js";
import { errColours } from "./support/terminal.js";
import { ASCENT_VERSION } from "./version.js";

/** Builds the `ascent` program with every command registered. */
export function buildProgram(): Command {
  const program = new Command()
    .name("ascent")
    .description("Ascent — your place on the technical leadership path, your evidence, your next step.")
    .version(ASCENT_VERSION, "-v, --version", "print the version")
    .showHelpAfterError("(run `ascent --help` for usage)")
    .exitOverride();
  registerServeCommand(program);
  registerInitCommand(program);
  registerImportCommand(program);
  registerExportCommand(program);
  registerDiagramCommand(program);
  registerReportCommand(program);
  registerBackupCommand(program);
  registerRestoreCommand(program);
  registerUserCommand(program);
  registerFrameworkCommand(program);
  return program;
}

/** Runs the CLI: exit code 0 ok, 1 failure, 2 usage; a user's mistake gets one line, never a stack trace. */
export async function main(argv: readonly string[]): Promise<void> {
  // `ascent export | head`: the reader left; that is not a failure worth a stack trace.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  try {
    await buildProgram().parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version "errors" are successful exits.
      const ok = error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.exitCode === 0;
      process.exit(ok ? 0 : 2);
    }
    const described = describeError(error);
    process.stderr.write(`${errColours.red("ascent:")} ${described.message}\n`);
    // The stack is for whoever debugs Ascent, never for a user's mistake (ASCENT_DEBUG=1 shows it).
    if (process.env.ASCENT_DEBUG && process.env.ASCENT_DEBUG !== "0") console.error(error);
    else if (!described.expected) process.stderr.write("(set ASCENT_DEBUG=1 to see where it happened)\n");
    process.exit(described.exitCode);
  }
}

await main(process.argv);
