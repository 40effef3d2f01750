/**
 * The real `ascent serve` binary as a child process, for tests that kill, restart and measure it.
 *
 *   const server = await startAscent({ env: database.env });   // resolves once /readyz answers 200
 *   server.url, server.pid, server.rssKiB()
 *   await server.kill();                                       // SIGKILL by default; resolves on exit
 *   const again = await server.restart();                      // same env, same port
 *
 * With `inspect: true` the server also listens for the Node inspector on loopback, and
 * `server.collectGarbage()` runs full garbage collections in it: memory read right after is the
 * live data, not wherever the collector's sawtooth happened to be.
 *
 * Needs the build (`node scripts/build.mjs`): the suite runs what users run.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The repository's root folder (the binary is started from there). */
export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = "packages/server/bin/ascent.js";
const BUNDLE = fileURLToPath(new URL("../../packages/server/dist/ascent.js", import.meta.url));
/** Output kept per process: the tail is what explains a failure. */
const OUTPUT_LIMIT = 200_000;

/** How to start a server. */
export interface AscentServerOptions {
  /** Extra environment: the database (`ReliabilityDatabase.env`) and anything else (e.g. ASCENT_LOG_LEVEL). */
  readonly env?: Readonly<Record<string, string>>;
  /** Port to listen on; 0 (the default) lets the OS choose. */
  readonly port?: number;
  /** How long to wait for /readyz; 30 s by default (migrations on a fresh PGlite can take a while). */
  readonly readyTimeoutMs?: number;
  /** Start with the Node inspector on 127.0.0.1 (an OS-chosen port), for collectGarbage(). */
  readonly inspect?: boolean;
}

/** A running `ascent serve`. */
export interface AscentServer {
  /** `http://127.0.0.1:PORT` */
  readonly url: string;
  readonly port: number;
  readonly pid: number;
  /** The options it was started with (restart reuses them, with this port). */
  readonly options: AscentServerOptions;
  /** Resolves with the exit code (null when ended by a signal) once the process is gone. */
  readonly exited: Promise<number | null>;
  /** Its stdout and stderr so far (the last 200 kB), for failure messages. */
  output(): string;
  /** Resident memory in KiB (VmRSS of /proc/PID/status). */
  rssKiB(): number;
  /** Sends `signal` (SIGKILL by default: a crash) and waits until the process is gone. */
  kill(signal?: NodeJS.Signals): Promise<number | null>;
  /** Graceful stop (SIGTERM: finishes requests in flight); resolves with the exit code. */
  stop(): Promise<number | null>;
  /** Starts a new process with the same options on the same port (call after kill or stop). */
  restart(): Promise<AscentServer>;
  /** Two full garbage collections in the server (needs `inspect: true`). */
  collectGarbage(): Promise<void>;
}

const running = new Set<ChildProcess>();
// A failed test must not leave servers behind: whatever is still running goes with this process.
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

/** Starts `ascent serve` on 127.0.0.1 and resolves once it is ready (GET /readyz → 200). */
export async function startAscent(options: AscentServerOptions = {}): Promise<AscentServer> {
  if (!existsSync(BUNDLE)) throw new Error("ascent is not built: run `node scripts/build.mjs` first");
  const nodeArgs = options.inspect ? ["--inspect=127.0.0.1:0"] : [];
  const child = spawn(process.execPath, [...nodeArgs, BIN, "serve"], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      NO_COLOR: "1",
      ASCENT_LOG_LEVEL: "warn",
      ...options.env,
      ASCENT_HOST: "127.0.0.1",
      ASCENT_PORT: String(options.port ?? 0),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (child.pid === undefined) throw new Error("could not start ascent");
  running.add(child);
  let output = "";
  const keep = (chunk: Buffer) => {
    output += chunk.toString();
    if (output.length > OUTPUT_LIMIT) output = output.slice(-OUTPUT_LIMIT);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => {
      running.delete(child);
      resolve(code);
    }),
  );
  const pid = child.pid;
  try {
    const port = await waitForPort(() => output, exited, options.readyTimeoutMs ?? 30_000);
    const url = `http://127.0.0.1:${port}`;
    await waitForReady(url, exited, () => output, options.readyTimeoutMs ?? 30_000);
    // Read now: the output kept is only its tail.
    const inspectorUrl = /Debugger listening on (ws:\/\/\S+)/.exec(output)?.[1];
    const kill = async (signal: NodeJS.Signals = "SIGKILL") => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    };
    return {
      url,
      port,
      pid,
      options,
      exited,
      output: () => output,
      rssKiB: () => rssKiBOf(pid),
      kill,
      stop: () => kill("SIGTERM"),
      async restart() {
        await kill("SIGKILL");
        return startAscent({ ...options, port });
      },
      async collectGarbage() {
        if (!inspectorUrl) throw new Error("collectGarbage needs a server started with inspect: true");
        await collectGarbageVia(inspectorUrl);
        await collectGarbageVia(inspectorUrl);
      },
    };
  } catch (error) {
    child.kill("SIGKILL");
    await exited;
    throw error;
  }
}

/** The port from the "running at http://host:PORT" line serve prints once it listens. */
async function waitForPort(output: () => string, exited: Promise<number | null>, timeoutMs: number): Promise<number> {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = /running at http:\/\/[^:\s]+:(\d+)/.exec(output());
    if (match?.[1]) return Number(match[1]);
    if (gone) throw new Error(`ascent exited before listening:\n${output().slice(-4000)}`);
    await sleep(25);
  }
  throw new Error(`ascent did not listen within ${timeoutMs} ms:\n${output().slice(-4000)}`);
}

/** Polls /readyz (the database answers) until 200. */
async function waitForReady(
  url: string,
  exited: Promise<number | null>,
  output: () => string,
  timeoutMs: number,
): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (gone) throw new Error(`ascent exited before it was ready:\n${output().slice(-4000)}`);
    try {
      if ((await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2000) })).status === 200) return;
    } catch {
      // not answering yet
    }
    await sleep(50);
  }
  throw new Error(`ascent was not ready within ${timeoutMs} ms:\n${output().slice(-4000)}`);
}

/**
 * Sends HeapProfiler.collectGarbage over the inspector's WebSocket. Node 20 has WebSocket only
 * behind a flag, so a small child process (with the flag) speaks it when this one has none.
 */
async function collectGarbageVia(inspectorUrl: string): Promise<void> {
  const script = `
    const ws = new WebSocket(process.argv[1]);
    const fail = (why) => { console.error(why); process.exit(1); };
    setTimeout(() => fail("inspector did not answer"), 20000);
    ws.onerror = () => fail("inspector connection failed");
    ws.onopen = () => ws.send(JSON.stringify({ id: 1, method: "HeapProfiler.collectGarbage" }));
    ws.onmessage = (event) => {
      const message = JSON.parse(String(event.data));
      if (message.id !== 1) return;
      if (message.error) fail(JSON.stringify(message.error));
      ws.close();
      process.exit(0);
    };`;
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ["--experimental-websocket", "-e", script, inspectorUrl], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`collectGarbage failed: ${stderr}`))));
  });
}

/** VmRSS of a process in KiB (Linux). */
export function rssKiBOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  if (!match?.[1]) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
