/**
 * The `ascent` entry point. It imports commander and the version only: the commands (and with them
 * the store, the HTTP server, the diagram renderer…) are imported once a command is to run, so
 * `ascent --version` starts in about the time Node itself takes.
 */
import { Command, CommanderError } from "commander";
import { ASCENT_VERSION } from "../config/version.js";

/** The program without its commands: name, description, --version and the error conventions. */
function baseProgram(): Command {
  return new Command()
    .name("ascent")
    .description("Ascent — your place on the technical leadership path, your evidence, your next step.")
    .version(ASCENT_VERSION, "-v, --version", "print the version")
    .showHelpAfterError("(run `ascent --help` for usage)")
    .exitOverride();
}

/** Builds the `ascent` program: the command `argv` names, or every command when it names none. */
export async function buildProgram(argv: readonly string[] = []): Promise<Command> {
  const program = baseProgram();
  const { registerCommands } = await import("./commands/register-commands.js");
  await registerCommands(program, argv[2]);
  return program;
}

/** `ascent --version` (or `-v`) alone: answered by commander without loading any command. */
function asksOnlyForVersion(argv: readonly string[]): boolean {
  const args = argv.slice(2);
  return args.length === 1 && (args[0] === "--version" || args[0] === "-v");
}

/** Runs the CLI: exit code 0 ok, 1 failure, 2 usage; a user's mistake gets one line, never a stack trace. */
export async function main(argv: readonly string[]): Promise<void> {
  // `ascent export | head`: the reader left; that is not a failure worth a stack trace.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  try {
    const program = asksOnlyForVersion(argv) ? baseProgram() : await buildProgram(argv);
    await program.parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version "errors" are successful exits.
      const ok = error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.exitCode === 0;
      process.exit(ok ? 0 : 2);
    }
    const [{ describeError }, { errColours }] = await Promise.all([
      import("./support/cli-errors.js"),
      import("./support/terminal.js"),
    ]);
    const described = describeError(error);
    process.stderr.write(`${errColours.red("ascent:")} ${described.message}\n`);
    // The stack is for whoever debugs Ascent, never for a user's mistake (ASCENT_DEBUG=1 shows it).
    if (process.env.ASCENT_DEBUG && process.env.ASCENT_DEBUG !== "0") console.error(error);
    else if (!described.expected) process.stderr.write("(set ASCENT_DEBUG=1 to see where it happened)\n");
    process.exit(described.exitCode);
  }
}

await main(process.argv);
