import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../../../../", import.meta.url));
const bin = `${root}packages/server/bin/ascent.js`;

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Builds the bundle once if it is missing (npm test builds it first; a lone `vitest` run may not have). */
export function ensureBuilt(): void {
  if (existsSync(`${root}packages/server/dist/ascent.js`)) return;
  const build = spawnSync(process.execPath, [`${root}scripts/build.mjs`], { encoding: "utf8" });
  if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
}

/** Runs the real `ascent` binary with the given arguments and environment, and collects its output. */
export function runCli(args: readonly string[], env: NodeJS.ProcessEnv = {}): CliResult {
  ensureBuilt();
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", ...env },
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
