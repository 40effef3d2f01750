import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, type RunningServer, startAscent } from "./server.js";

/**
 * The server the web app's browser tests drive: the real `ascent serve` binary when it serves the
 * app; otherwise (while the web-app plugin is not yet registered in the server) the stand-in
 * packages/web/scripts/serve-with-app.ts, which is the same createServer plus registerWebApp.
 * `demo` needs the stand-in until the API can load the demo organisation.
 */
export async function startWebApp(options: { demo?: boolean } = {}): Promise<RunningServer & { via: string }> {
  if (!options.demo) {
    const real = await startAscent();
    const page = await fetch(`${real.url}/sign-in`).catch(() => null);
    if (page?.ok && (await page.text()).includes('id="root"')) return { ...real, via: "ascent serve" };
    await real.stop();
  }
  return startStandIn(options.demo === true);
}

async function startStandIn(demo: boolean): Promise<RunningServer & { via: string }> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "ascent-web-e2e-"));
  const child: ChildProcess = spawn(
    process.execPath,
    ["--conditions=source", "--import", "tsx", "packages/web/scripts/serve-with-app.ts"],
    {
      env: {
        ...process.env,
        ASCENT_HOST: "127.0.0.1",
        ASCENT_PORT: String(port),
        ASCENT_DATA_DIR: dataDir,
        ASCENT_WEB_DEMO: demo ? "1" : "0",
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the web app server exited with ${child.exitCode}:\n${output}`);
    if (Date.now() > deadline) throw new Error(`the web app server did not start:\n${output}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    url,
    dataDir,
    via: "stand-in (serve-with-app.ts)",
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
