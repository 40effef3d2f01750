import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../../../../", import.meta.url));
const bin = `${root}packages/server/bin/ascent.js`;
const bundle = `${root}packages/server/dist/ascent.js`;

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of a run: extra environment, and text fed to stdin. */
export interface CliRunOptions {
  readonly env?: NodeJS.ProcessEnv;
  readonly input?: string;
  readonly timeoutMs?: number;
}

/** The newest modification time of any file under `dir` (a cheap walk: sources are a few hundred files). */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** True when any source under packages/<name>/src changed after the bundle was built. */
function bundleIsStale(): boolean {
  if (!existsSync(bundle)) return true;
  const built = statSync(bundle).mtimeMs;
  const packages = join(root, "packages");
  return readdirSync(packages).some((name) => {
    const src = join(packages, name, "src");
    return existsSync(src) && newestMtime(src) > built;
  });
}

let builtChecked = false;

/**
 * Builds the bundle when it is missing or older than any source, so a test never spawns a stale
 * binary (npm test builds first; a lone `vitest` run after an edit may not have).
 */
export function ensureBuilt(): void {
  // Once per test process: the sources do not change while a test file runs.
  if (builtChecked) return;
  builtChecked = true;
  if (!bundleIsStale()) return;
  // Test files run in parallel workers: one builds while the others wait, so nobody spawns a
  // half-written bundle.
  const lock = `${root}packages/server/dist/.build.lock`;
  mkdirSync(dirname(lock), { recursive: true });
  for (;;) {
    try {
      closeSync(openSync(lock, "wx"));
      break;
    } catch {
      // A lock older than two minutes belongs to a build that died.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 120_000) rmSync(lock, { force: true });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
  try {
    if (!bundleIsStale()) return;
    const started = Date.now();
    const build = spawnSync(process.execPath, [`${root}scripts/build.mjs`], { encoding: "utf8" });
    // build.mjs bundles the CLI first, then the web app: a web app that does not build (someone
    // else's change in progress) leaves a fresh CLI bundle, which is all these tests run.
    const cliBuilt = existsSync(bundle) && statSync(bundle).mtimeMs >= started - 1000;
    if (build.status !== 0 && !cliBuilt) throw new Error(`build failed: ${build.stderr}`);
  } finally {
    rmSync(lock, { force: true });
  }
}

/** Runs the real `ascent` binary with the given arguments and environment, and collects its output. */
export function runCli(args: readonly string[], env: NodeJS.ProcessEnv = {}, input?: string): CliResult {
  ensureBuilt();
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", ...env },
    timeout: 30_000,
    ...(input !== undefined ? { input } : {}),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * As runCli, without blocking this process: needed when the database server (PGlite) runs in the
 * test process itself and must keep answering while the binary talks to it.
 */
export function runCliAsync(args: readonly string[], options: CliRunOptions = {}): Promise<CliResult> {
  ensureBuilt();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      env: { ...process.env, NO_COLOR: "1", ...options.env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 60_000);
    child.on("error", reject);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
    child.stdin.end(options.input ?? "");
  });
}

/** `ascent init` with the demo organisation and Ada Lovelace as admin, her password read from standard input. */
export const INIT_DEMO_ARGS = [
  "init",
  "--yes",
  "--demo",
  "--admin-email",
  "ada@example.com",
  "--admin-name",
  "Ada Lovelace",
  "--admin-password-stdin",
] as const;
