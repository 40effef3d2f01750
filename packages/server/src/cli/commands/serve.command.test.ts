/** `ascent serve` as a user runs it: the real binary, a fresh data folder, a signal to stop. */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt } from "../testing/run-cli.js";

const bin = fileURLToPath(new URL("../../../bin/ascent.js", import.meta.url));

/** Starts `ascent serve` and resolves once it printed where it listens (and, if any, the setup token). */
function startServe(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string; stderr: () => string }> {
  const child = spawn(process.execPath, [bin, "serve"], { env: { ...process.env, NO_COLOR: "1", ...env } });
  let stderr = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${stderr}`)), 20_000);
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(stderr);
      const tokenDone = env.ASCENT_HOST === "127.0.0.1" || /setup token:\n\n\s+\S+\n/.test(stderr);
      if (match?.[1] && tokenDone) {
        clearTimeout(timer);
        resolve({ child, url: match[1].replace("0.0.0.0", "127.0.0.1"), stderr: () => stderr });
      }
    });
    child.on("exit", (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

describe("ascent serve", () => {
  let dataDir: string;
  beforeAll(async () => {
    ensureBuilt();
    dataDir = await mkdtemp(join(tmpdir(), "ascent-serve-"));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it("opens and migrates the database, prints a setup token off loopback, and stops cleanly on SIGTERM", async () => {
    const server = await startServe({ ASCENT_DATA_DIR: dataDir, ASCENT_HOST: "0.0.0.0", ASCENT_PORT: "0" });
    const token = /setup token:\n\n\s+(\S+)\n/.exec(server.stderr())?.[1];
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    const setup = (body: object) =>
      fetch(`${server.url}/api/v1/setup`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name: "Ada", email: "ada@example.test", password: "a long password", ...body }),
      });
    expect((await setup({})).status).toBe(403);
    expect((await setup({ setupToken: token })).status).toBe(201);
    const exited = exitOf(server.child);
    server.child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(server.stderr()).toContain("finishing requests in flight");
  });

  it("prints no token on loopback, and none once setup is done", async () => {
    const local = await startServe({ ASCENT_DATA_DIR: dataDir, ASCENT_HOST: "127.0.0.1", ASCENT_PORT: "0" });
    expect(local.stderr()).not.toContain("setup token");
    const exited = exitOf(local.child);
    local.child.kill("SIGINT");
    expect(await exited).toBe(0);
  });
});
