/**
 * The built `ascent` binary run to its end — a CLI command (`backup`, `restore`), or a `serve`
 * that is expected to fail at start — with its output, exit code and duration:
 *
 *   const run = await runAscent(["backup", "--out", file], { env: database.env });
 *   run.code, run.stdout, run.stderr, run.ms
 *
 * A run that outlives `timeoutMs` is killed (SIGKILL) and reported with `timedOut: true`, so a
 * hanging start fails its test instead of hanging the suite.
 */
import { spawn } from "node:child_process";
import { REPO_ROOT } from "./ascent-server.js";

/** How one run ended. */
export interface AscentRun {
  /** The exit code; null when it was ended by a signal (the timeout's SIGKILL). */
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Wall time from spawn to exit. */
  readonly ms: number;
  readonly timedOut: boolean;
}

/** Runs `node packages/server/bin/ascent.js ...args` from the repository root. */
export async function runAscent(
  args: readonly string[],
  options: { readonly env?: Readonly<Record<string, string>>; readonly timeoutMs?: number } = {},
): Promise<AscentRun> {
  const started = Date.now();
  const child = spawn(process.execPath, ["packages/server/bin/ascent.js", ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, NO_COLOR: "1", ASCENT_LOG_LEVEL: "warn", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill("SIGKILL");
  }, options.timeoutMs ?? 60_000);
  const code = await new Promise<number | null>((resolve) => child.once("exit", (exitCode) => resolve(exitCode)));
  clearTimeout(timer);
  return { code, stdout, stderr, ms: Date.now() - started, timedOut };
}

/** The non-empty lines of a text (what "exactly one line on stderr" counts). */
export function linesOf(text: string): string[] {
  return text.split("\n").filter((line) => line.trim() !== "");
}
