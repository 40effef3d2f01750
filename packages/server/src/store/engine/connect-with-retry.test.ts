import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { connectWithRetry } from "./connect-with-retry.js";
import { DatabaseUnreachableError } from "./database-unreachable.error.js";
import { openDatabase } from "./open-database.js";

const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" });

/** A fake clock: sleeping advances it, so the elapsed time in messages is exact. */
function fakeClock() {
  let now = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      now += ms;
    },
  };
}

describe("connectWithRetry", () => {
  it("backs off exponentially up to the cap, then fails with one line naming target, attempts and time", async () => {
    const clock = fakeClock();
    let calls = 0;
    const attempt = connectWithRetry(
      "PostgreSQL db.example:5432/ascent",
      async () => {
        calls += 1;
        throw refused;
      },
      { attempts: 5, initialDelayMs: 100, maxDelayMs: 300, ...clock },
    );
    await expect(attempt).rejects.toThrow(
      "Cannot reach the database at PostgreSQL db.example:5432/ascent (5 attempts over 0.9 s): connect ECONNREFUSED 127.0.0.1:1",
    );
    expect(calls).toBe(5);
    expect(clock.sleeps).toEqual([100, 200, 300, 300]);
    const error = await attempt.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseUnreachableError);
    expect((error as Error).stack).not.toContain("\n");
  });

  it("succeeds once the database answers", async () => {
    const clock = fakeClock();
    let calls = 0;
    const result = await connectWithRetry(
      "x",
      async () => {
        calls += 1;
        if (calls < 3) throw refused;
        return "ok";
      },
      clock,
    );
    expect(result).toBe("ok");
    expect(clock.sleeps).toHaveLength(2);
  });

  it("does not retry an error that will not go away", async () => {
    const clock = fakeClock();
    const denied = Object.assign(new Error('password authentication failed for user "x"'), { code: "28P01" });
    await expect(
      connectWithRetry(
        "x",
        async () => {
          throw denied;
        },
        clock,
      ),
    ).rejects.toThrow("(1 attempt over 0.0 s): password authentication failed");
    expect(clock.sleeps).toEqual([]);
  });
});

describe("openDatabase", () => {
  it("reports an unreachable PostgreSQL server after bounded retries", async () => {
    const clock = fakeClock();
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    const opening = openDatabase({
      url: "postgres://ascent:secret@127.0.0.1:1/ascent",
      retry: { attempts: 3, ...clock },
    });
    const error = await opening.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseUnreachableError);
    expect((error as Error).message).toMatch(
      /^Cannot reach the database at PostgreSQL 127\.0\.0\.1:1\/ascent \(3 attempts over 0\.8 s\): .*ECONNREFUSED/,
    );
    expect((error as Error).message).not.toContain("secret");
  });

  it("reports a SQLite file that cannot be created", async () => {
    // A data folder inside a regular file cannot exist.
    const dir = await mkdtemp(join(tmpdir(), "ascent-test-"));
    const file = join(dir, "not-a-folder");
    await writeFile(file, "");
    await expect(openDatabase({ dataDir: join(file, "data") })).rejects.toThrow(
      `Cannot open the database file ${join(file, "data", "ascent.db")}: `,
    );
    await rm(dir, { recursive: true });
  });
});
