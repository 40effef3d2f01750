/**
 * Faults an operator meets, against the built server (docs/operations.md, "When something goes
 * wrong"):
 *   - the database cannot be reached at start: bounded retry, one clear line, non-zero exit;
 *   - the disk fills during writes: 503 storage_full in the error shape, the server stays up, the
 *     database stays sound, and writes work again once space returns — without a restart;
 *   - the data folder is read-only at start: one clear line, non-zero exit;
 *   - the database turns read-only while the server runs: writes get 503 storage_read_only,
 *     reads keep working, and writes resume when it is writable again.
 * Disk faults are real mounts (tmpfs, read-only bind mounts), so those tests need root; every
 * mount is undone in `finally`, whatever happened.
 */
import { once } from "node:events";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { linesOf, runAscent } from "./support/ascent-cli.js";
import { withSession } from "./support/browser-session.js";
import {
  apiClient,
  freshDatabase,
  hasRealPostgres,
  printFigures,
  setUpAdmin,
  sqliteIntegrity,
  startAscent,
} from "./support/index.js";
import { bindMount, freeBytes, MiB, mountTmpfs, mountUnavailableReason } from "./support/mounts.js";

const noMounts = await mountUnavailableReason();

interface ErrorAnswer {
  readonly error: { readonly code: string; readonly message: string; readonly details: unknown[] };
}

/** A port on loopback where nothing listens: taken from the OS, then let go. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, "127.0.0.1");
  await once(probe, "listening");
  const address = probe.address();
  const port = typeof address === "object" && address ? address.port : 0;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** PRAGMA integrity_check through a read-only handle, for a file a running server still holds. */
function integrityWhileOpen(file: string): string {
  const sqlite = new BetterSqlite3(file, { readonly: true });
  try {
    return (sqlite.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check).join("\n");
  } finally {
    sqlite.close();
  }
}

/** A piece of evidence of about 18 kB: a few of these fill a small disk quickly. */
function evidence(n: number) {
  return {
    kind: "note",
    title: `Filling the disk ${n}`,
    body: `${n} `.padEnd(18_000, "lorem ipsum "),
    occurredOn: "2026-03-01T00:00:00.000Z",
  };
}

describe("faults", () => {
  it("stops with one clear line and a non-zero exit when the database cannot be reached at start", async () => {
    const port = await closedPort();
    const run = await runAscent(["serve"], {
      env: { ASCENT_DATABASE_URL: `postgres://ascent:not-shown@127.0.0.1:${port}/ascent`, ASCENT_PORT: "0" },
      timeoutMs: 40_000,
    });
    expect(run.timedOut).toBe(false);
    expect(run.code).toBe(1);
    const lines = linesOf(run.stderr);
    expect(lines, run.stderr).toHaveLength(1);
    const line = lines[0] ?? "";
    expect(line).toMatch(
      new RegExp(
        `^ascent: Cannot reach the database at PostgreSQL 127\\.0\\.0\\.1:${port}/ascent \\((\\d+) attempts over ([\\d.]+) s\\): .*ECONNREFUSED`,
      ),
    );
    expect(line).not.toContain("not-shown");
    const [, attempts, seconds] = /\((\d+) attempts over ([\d.]+) s\)/.exec(line) ?? [];
    // Bounded: the default policy (8 attempts, about 18 s of backoff), then out.
    expect(Number(attempts)).toBe(8);
    expect(run.ms).toBeLessThan(30_000);
    printFigures("faults — database unreachable at start", {
      "exit code": run.code ?? "signal",
      "stderr lines": lines.length,
      attempts: Number(attempts),
      "backoff reported": `${seconds} s`,
      "wall time": `${(run.ms / 1000).toFixed(1)} s`,
      line,
    });
  });

  // A running server's SQLite folder cannot be made read-only under it: the kernel refuses to remount
  // read-only while a file is open for writing ("mount point is busy"). A database that turns
  // read-only under a running server is PostgreSQL's case — a failover to a standby, or an
  // operator's default_transaction_read_only — made here on the real server (PGlite has no
  // per-database settings and no other sessions to end).
  it.skipIf(!hasRealPostgres())(
    "keeps reading and answers writes 503 storage_read_only while PostgreSQL is read-only, then resumes",
    async () => {
      const database = await freshDatabase("postgres");
      const server = await startAscent({ env: database.env });
      const operator = new pg.Client({ connectionString: database.databaseUrl! });
      await operator.connect();
      const name = decodeURIComponent(new URL(database.databaseUrl!).pathname.slice(1));
      // Ends the server's connections so its pool reconnects under the new default.
      const reconnect = async () => {
        await operator.query(
          "select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and application_name = 'ascent'",
        );
        await new Promise((resolve) => setTimeout(resolve, 300));
      };
      try {
        const admin = await setUpAdmin(server.url);
        const api = apiClient(server.url, admin.token);
        const saved = await api.post<{ evidence: { id: string } }>("/api/v1/evidence", evidence(1));
        expect(saved.status).toBe(201);
        // A token never used yet: its first use writes "last used", which must not fail the read.
        const fresh = await withSession(server.url, admin).post<{ token: string }>("/api/v1/me/api-tokens", {
          name: "fresh",
          scopes: ["read"],
        });
        expect(fresh.status).toBe(201);
        const freshToken = fresh.body.token;

        await operator.query(`alter database "${name}" set default_transaction_read_only = on`);
        await reconnect();
        const answers: Record<string, number> = {};
        const note = (what: string, status: number) => (answers[what] = status);
        // A request may meet a connection ended a moment ago: that one answers 503 database_unavailable.
        let write = await api.post<ErrorAnswer>("/api/v1/evidence", evidence(2));
        for (let i = 0; i < 10 && write.body.error?.code === "database_unavailable"; i += 1) {
          write = await api.post<ErrorAnswer>("/api/v1/evidence", evidence(2));
        }
        note("write while read-only", write.status);
        expect(write.status).toBe(503);
        expect(write.body.error.code).toBe("storage_read_only");
        expect(write.body.error.message).toMatch(/read-only/);
        const read = await api.get(`/api/v1/evidence/${saved.body.evidence.id}`);
        note("read while read-only", read.status);
        expect(read.status).toBe(200);
        note("GET /readyz while read-only", (await fetch(`${server.url}/readyz`)).status);
        expect(answers["GET /readyz while read-only"]).toBe(200);
        const firstUse = await apiClient(server.url, freshToken).get("/api/v1/me");
        note("first use of a new token while read-only", firstUse.status);
        expect(firstUse.status).toBe(200);

        await operator.query(`alter database "${name}" reset default_transaction_read_only`);
        await reconnect();
        let again = await api.post("/api/v1/evidence", evidence(3));
        for (let i = 0; i < 10 && again.status === 503; i += 1) again = await api.post("/api/v1/evidence", evidence(3));
        note("write once writable again", again.status);
        expect(again.status).toBe(201);
        printFigures(`faults — PostgreSQL turns read-only under a running server (${database.name})`, {
          ...answers,
          "same process throughout": `pid ${server.pid}`,
        });
      } finally {
        await operator.query(`alter database "${name}" reset default_transaction_read_only`).catch(() => {});
        await operator.end();
        await server.kill();
        await database.dispose();
      }
    },
  );

  describe.skipIf(noMounts !== null)(`on real mounts${noMounts ? ` (skipped: ${noMounts})` : ""}`, () => {
    it("answers 503 storage_full when the disk fills, stays sound, and resumes once space returns", async () => {
      const dataDir = await mkdtemp(join(tmpdir(), "ascent-full-"));
      const disk = await mountTmpfs(dataDir, 48 * MiB);
      let server: Awaited<ReturnType<typeof startAscent>> | undefined;
      try {
        server = await startAscent({ env: { ASCENT_DATA_DIR: dataDir } });
        const admin = await setUpAdmin(server.url);
        const api = apiClient(server.url, admin.token);
        // A filler file takes all but ~1 MiB, so the database meets the limit after a few writes;
        // deleting it later is "the operator freed space".
        const filler = join(dataDir, "filler");
        await writeFile(filler, Buffer.alloc(Math.max(0, freeBytes(dataDir) - 1 * MiB)));
        const saved: string[] = [];
        const refusals: ErrorAnswer[] = [];
        const otherStatuses: number[] = [];
        for (let n = 1; n <= 400 && refusals.length < 5; n += 1) {
          const answer = await api.post<{ evidence: { id: string } } | ErrorAnswer>("/api/v1/evidence", evidence(n));
          if (answer.status === 201) saved.push((answer.body as { evidence: { id: string } }).evidence.id);
          else if (answer.status === 503) refusals.push(answer.body as ErrorAnswer);
          else otherStatuses.push(answer.status);
        }
        expect(otherStatuses, "no other status than 201 or 503 while filling").toEqual([]);
        expect(refusals.length, "the disk filled up").toBe(5);
        for (const refusal of refusals) {
          expect(Object.keys(refusal.error).sort()).toEqual(["code", "details", "message"]);
          expect(refusal.error.code).toBe("storage_full");
          expect(refusal.error.message).toMatch(/disk is full/);
        }
        // Still up, still reading: every acknowledged write is there, whole.
        expect(server.output()).not.toMatch(/FATAL|Unhandled|uncaught/i);
        expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
        for (const id of saved) {
          const read = await api.get<{ evidence: { body: string } }>(`/api/v1/evidence/${id}`);
          expect(read.status).toBe(200);
          expect(read.body.evidence.body).toHaveLength(18_000);
        }
        expect(integrityWhileOpen(join(dataDir, "ascent.db"))).toBe("ok");

        // Space returns: the very next write succeeds on the same process.
        await rm(filler);
        const resumed = await api.post<{ evidence: { id: string } }>("/api/v1/evidence", evidence(0));
        expect(resumed.status).toBe(201);
        const pid = server.pid;
        await server.stop();
        expect(sqliteIntegrity(join(dataDir, "ascent.db"))).toBe("ok");
        printFigures("faults — disk full (sqlite on a 48 MiB tmpfs)", {
          "writes acknowledged": saved.length,
          "refused with 503 storage_full": refusals.length,
          "other statuses": otherStatuses.length,
          "acknowledged and readable": saved.length,
          "integrity while full": "ok",
          "after space returned": `201 from the same process (pid ${pid})`,
          "integrity after stop": "ok",
        });
      } finally {
        await server?.kill();
        await disk.unmount();
        await rm(dataDir, { recursive: true, force: true });
      }
    });

    it("refuses to start on a read-only data folder with one clear line", async () => {
      // A real installation whose folder went read-only: the database exists, set up.
      const database = await freshDatabase("sqlite");
      const first = await startAscent({ env: database.env });
      await setUpAdmin(first.url);
      await first.stop();
      const mountPoint = await mkdtemp(join(tmpdir(), "ascent-ro-"));
      const readOnly = await bindMount(database.dataDir, mountPoint);
      try {
        await readOnly.readOnly();
        const run = await runAscent(["serve"], {
          env: { ASCENT_DATA_DIR: mountPoint, ASCENT_PORT: "0" },
          timeoutMs: 30_000,
        });
        expect(run.timedOut).toBe(false);
        expect(run.code).not.toBe(0);
        const lines = linesOf(run.stderr);
        expect(lines, run.stderr).toHaveLength(1);
        expect(lines[0]).toContain(join(mountPoint, "ascent.db"));
        expect(lines[0]).toMatch(/read-only/);
        printFigures("faults — read-only data folder at start", {
          "exit code": run.code ?? "signal",
          "stderr lines": lines.length,
          "wall time": `${(run.ms / 1000).toFixed(1)} s`,
          line: lines[0] ?? "",
        });
      } finally {
        await readOnly.unmount();
        await rm(mountPoint, { recursive: true, force: true });
        await database.dispose();
      }
    });
  });
});
