/**
 * Crash safety: the real server under a steady write load is killed with SIGKILL at random
 * moments, at least 20 times per engine. After each kill the database must open cleanly (SQLite:
 * PRAGMA integrity_check), and after each restart every write the client saw acknowledged must be
 * there, whole (see crash/verify-writes.ts). RELIABILITY_SEED repeats a run's kill schedule.
 */
import { afterAll, describe, expect, it } from "vitest";
import { catchUpPlanVersion, writeUntilServerDies } from "./crash/steady-writer.js";
import { verifyInDatabase, verifyThroughApi } from "./crash/verify-writes.js";
import { WriteLedger } from "./crash/write-ledger.js";
import {
  type AscentServer,
  apiClient,
  ENGINE_KINDS,
  freshDatabase,
  printFigures,
  type ReliabilityDatabase,
  seededRandom,
  setUpAdmin,
  sleep,
  sqliteIntegrity,
  startAscent,
} from "./support/index.js";

const CRASHES = 20;
/** Concurrent check-in writers; the plan editor comes on top. */
const CHECK_IN_WRITERS = 3;
/**
 * A kill lands at a random moment after the round's writes got going (a submission and a plan edit
 * acknowledged), so every round crashes a server that is busy writing, however fast the engine is.
 */
const KILL_WITHIN_MS = 600;
/** A round that acknowledges nothing for this long has found a server that stopped writing. */
const ROUND_STALL_MS = 20_000;

for (const kind of ENGINE_KINDS) {
  describe(`crash safety (${kind})`, () => {
    let database: ReliabilityDatabase | undefined;
    let server: AscentServer | undefined;
    afterAll(async () => {
      await server?.kill();
      await database?.dispose();
    });

    it(`keeps every acknowledged write through ${CRASHES} SIGKILLs under write load`, async () => {
      const started = Date.now();
      const random = seededRandom();
      database = await freshDatabase(kind);
      server = await startAscent({ env: database.env });
      const admin = await setUpAdmin(server.url);
      let api = apiClient(server.url, admin.token);
      const created = await api.post<{ plan: { id: string; goals: { title: string }[] }; version: number }>(
        "/api/v1/plans",
        { personId: admin.personId },
      );
      expect(created.status).toBe(201);
      const { plan, version } = created.body;
      const ledger = new WriteLedger(
        plan.id,
        version,
        plan.goals.map((g) => g.title),
      );

      const problems: string[] = [];
      let crashes = 0;
      let apiVerified = 0;
      let landedUnacknowledged = 0;
      const restartMs: number[] = [];
      for (let round = 1; round <= CRASHES; round += 1) {
        const writing = writeUntilServerDies({
          api,
          personId: admin.personId,
          ledger,
          random,
          round,
          checkInWriters: CHECK_IN_WRITERS,
          maxMs: ROUND_STALL_MS + KILL_WITHIN_MS + 5_000,
        });
        const going = await waitFor(() => ledger.bothKindsAcknowledgedIn(round), ROUND_STALL_MS);
        if (!going)
          problems.push(`round ${round}: no submission and plan edit acknowledged within ${ROUND_STALL_MS} ms`);
        await sleep(random.between(0, KILL_WITHIN_MS));
        await server.kill("SIGKILL");
        const stopped = await writing;
        problems.push(...stopped.unexpected.map((p) => `round ${round}: ${p} while the server was up`));
        crashes += 1;

        if (database.sqliteFile) {
          const integrity = sqliteIntegrity(database.sqliteFile);
          if (integrity !== "ok") problems.push(`round ${round}: integrity_check says ${integrity}`);
        }
        const restarting = Date.now();
        server = await server.restart();
        restartMs.push(Date.now() - restarting);
        api = apiClient(server.url, admin.token);

        const stored = await verifyInDatabase(database, admin.personId, ledger);
        problems.push(...stored.problems.map((p) => `round ${round}: ${p}`));
        landedUnacknowledged = stored.landedUnacknowledged;
        const readBack = await verifyThroughApi(api, ledger, round);
        problems.push(...readBack.problems.map((p) => `round ${round}: ${p}`));
        apiVerified += readBack.verified;
        // Stop at the first broken promise: later rounds would only repeat it.
        if (problems.length > 0) break;
        await catchUpPlanVersion(api, ledger);
      }

      const acknowledged = ledger.acknowledged();
      const final = await verifyInDatabase(database, admin.personId, ledger);
      printFigures(`crash safety — ${database.name}`, {
        "crashes survived": problems.length === 0 ? crashes : `${crashes - 1} (failed at round ${crashes})`,
        "writes acknowledged": acknowledged.total,
        "  check-ins created": acknowledged.creates,
        "  check-ins submitted": acknowledged.submits,
        "  plan edits": acknowledged.planEdits,
        "writes verified": final.verified,
        "check-ins read back via API": apiVerified,
        "landed unacknowledged": landedUnacknowledged,
        "restart to ready": `median ${median(restartMs)} ms, max ${Math.max(0, ...restartMs)} ms`,
        seed: random.seed,
        "wall time": `${((Date.now() - started) / 1000).toFixed(1)} s`,
      });
      expect(problems).toEqual([]);
      expect(final.problems).toEqual([]);
      expect(crashes).toBe(CRASHES);
      expect(final.verified).toBe(acknowledged.total);
      // Every round wrote before its crash (a test that acknowledged nothing would prove nothing).
      expect(acknowledged.submits).toBeGreaterThanOrEqual(CRASHES);
      expect(acknowledged.planEdits).toBeGreaterThanOrEqual(CRASHES);
    });
  });
}

/** Polls `condition` every 10 ms; false when it did not hold within `timeoutMs`. */
async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await sleep(10);
  }
  return true;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
