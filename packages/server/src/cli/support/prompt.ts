/**
 * Questions at a terminal (node:readline/promises). Only used when stdin and stderr are a TTY;
 * otherwise every value comes from a flag, and a missing required one is a usage error.
 */
import { createInterface } from "node:readline/promises";
import { Writable } from "node:stream";
import { UsageError } from "../usage-error.js";
import { isInteractive } from "./terminal.js";

/** How one value is obtained: its flag, a prompt, an optional default. */
export interface AskSpec {
  /** The flag that supplies the value, e.g. "--admin-email" (named in usage errors). */
  readonly flag: string;
  readonly question: string;
  readonly defaultValue?: string;
  /** Do not echo what is typed (passwords). */
  readonly secret?: boolean;
  /** Returns a reason when the answer is not acceptable (asked again on a terminal). */
  readonly check?: (value: string) => string | null;
}

/** Asks one question on stderr; `secret` answers are not echoed. */
export async function ask(question: string, secret = false): Promise<string> {
  let muted = false;
  // Prompts go to stderr so stdout stays the command's result; a muted writer hides a password.
  const output = new Writable({
    write(chunk, _encoding, callback) {
      if (!muted) process.stderr.write(chunk);
      callback();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  try {
    const answer = rl.question(question);
    muted = secret;
    const value = await answer;
    if (secret) process.stderr.write("\n");
    return value;
  } finally {
    rl.close();
  }
}

/** Asks yes/no; the default answer is no. */
export async function confirm(question: string): Promise<boolean> {
  const answer = (await ask(`${question} [y/N] `)).trim().toLowerCase();
  return answer === "y" || answer === "yes";
}

/**
 * The value of a setting: the flag's value when given; else, with `--yes`, the default (a missing
 * required value is then a usage error naming the flag); else a prompt on a terminal; else a usage
 * error, since nobody could answer.
 */
export async function resolveValue(given: string | undefined, spec: AskSpec, yes: boolean): Promise<string> {
  const checked = (value: string) => {
    const reason = spec.check?.(value) ?? null;
    if (reason) throw new UsageError(`${spec.flag}: ${reason}`, 2);
    return value;
  };
  if (given !== undefined) return checked(given);
  if (yes || !isInteractive()) {
    if (spec.defaultValue !== undefined) return checked(spec.defaultValue);
    throw new UsageError(`missing ${spec.flag} (required${yes ? " with --yes" : " when not at a terminal"})`, 2);
  }
  for (;;) {
    const suffix = spec.defaultValue ? ` [${spec.defaultValue}]` : "";
    const answer = (await ask(`${spec.question}${suffix}: `, spec.secret)).trim();
    const value = answer === "" ? (spec.defaultValue ?? "") : answer;
    const reason = value === "" ? "is required" : (spec.check?.(value) ?? null);
    if (!reason) return value;
    process.stderr.write(`  ${reason}\n`);
  }
}

/** Reads all of stdin as text, for `--…-stdin` flags (the trailing newline is dropped). */
export async function readStdinLine(flag: string): Promise<string> {
  if (process.stdin.isTTY) throw new UsageError(`${flag} reads from a pipe, not a terminal`, 2);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
  if (text === "") throw new UsageError(`${flag}: nothing was read from stdin`, 2);
  return text;
}
