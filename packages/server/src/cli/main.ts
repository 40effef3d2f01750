import { Command, CommanderError } from "commander";
import { ConfigError } from "../config/config.js";
import { registerDiagramCommand } from "./commands/diagram.command.js";
import { registerFrameworkCommand } from "./commands/framework.command.js";
import { registerServeCommand } from "./commands/serve.command.js";
import { UsageError } from "./usage-error.js";
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
  registerFrameworkCommand(program);
  registerDiagramCommand(program);
  return program;
}

/** Runs the CLI: exit code 0 ok, 1 failure, 2 usage; a user's mistake gets one line, never a stack trace. */
export async function main(argv: readonly string[]): Promise<void> {
  try {
    await buildProgram().parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version "errors" are successful exits.
      const ok = error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.exitCode === 0;
      process.exit(ok ? 0 : 2);
    }
    if (error instanceof UsageError) {
      process.stderr.write(`ascent: ${error.message}\n`);
      process.exit(error.exitCode);
    }
    if (error instanceof ConfigError) {
      process.stderr.write(`ascent: ${error.message}\n`);
      process.exit(1);
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`ascent: ${message}\n`);
    if (process.env.ASCENT_DEBUG) console.error(error);
    process.exit(1);
  }
}

await main(process.argv);
