/**
 * The CLI's terminal conventions in one place: colours only on a TTY (and never with NO_COLOR),
 * errors and progress on stderr, results on stdout.
 */
import { createColors } from "picocolors";

/** The colour functions for a stream: plain strings unless it is a terminal and NO_COLOR is unset. */
export function coloursFor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env) {
  // https://no-color.org: any non-empty NO_COLOR disables colour; FORCE_COLOR is for CI logs.
  const noColour = env.NO_COLOR !== undefined && env.NO_COLOR !== "";
  const enabled = !noColour && (stream.isTTY === true || (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0"));
  return createColors(enabled);
}

/** Colours for stderr, where messages and progress go. */
export const errColours = coloursFor(process.stderr);

/** Writes a line to stdout (the command's result). */
export function printLine(line = ""): void {
  process.stdout.write(`${line}\n`);
}

/** Writes a line to stderr (a message for the person at the terminal, never part of the result). */
export function note(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** True when both ends are a terminal: only then may the CLI ask questions. */
export function isInteractive(): boolean {
  return process.stdin.isTTY === true && process.stderr.isTTY === true;
}

/**
 * A progress line on stderr: rewritten in place on a terminal, one line per step elsewhere (so a
 * log keeps every step but is not flooded with carriage returns).
 */
export function progressLine(): { update(text: string): void; done(text?: string): void } {
  const tty = process.stderr.isTTY === true;
  let last = "";
  return {
    update(text) {
      if (text === last) return;
      last = text;
      process.stderr.write(tty ? `\r\x1b[2K${text}` : `${text}\n`);
    },
    done(text) {
      if (tty && last !== "") process.stderr.write("\r\x1b[2K");
      if (text) process.stderr.write(`${text}\n`);
      last = "";
    },
  };
}

/** The JSON a `--json` flag prints: two-space indented, one trailing newline. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
