/**
 * A backup taken while the server keeps writing (`ascent backup` beside a running `ascent serve`
 * and a writer submitting check-ins through the API) restores into a fresh data folder
 * consistently: the file is sound (`PRAGMA integrity_check`), every check-in is whole with its
 * ratings, it holds every check-in acknowledged before the backup began and none that was not yet
 * sent when it ended, and the read models agree with the check-ins they were computed from —
 * nothing of a transaction is in the backup without the rest of it. On both engines: SQLite's
 * online backup API, and PostgreSQL's one-snapshot export.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../packages/server/src/store/engine/open-database.js";
import {
  countedFromScratch,
  storedDashboardCounts,
} from "../packages/server/src/store/read-models/dashboard-counts.js";
import {
  listCurrentPositions,
  listPositionChanges,
} from "../packages/server/src/store/read-models/position.repository.js";
import { rebuildReadModels } from "../packages/server/src/store/read-models/rebuild-read-models.js";
import { activeFramework } from "../packages/server/src/store/repositories/framework-version.repository.js";
import { runAscent } from "./support/ascent-cli.js";
import {
  apiClient,
  ENGINE_KINDS,
  freshDatabase,
  printFigures,
  setUpAdmin,
  sqliteIntegrity,
  startAscent,
} from "./support/index.js";

/** Backups taken one after the other while the writer runs. */
const BACKUPS = 3;
const RATINGS = ["not_yet", "emerging", "established"] as const;

const scratch: string[] = [];
afterAll(async () => {
  await Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe.each(ENGINE_KINDS)("a backup taken during writes (%s)", (kind) => {
  it("restores into a fresh folder whole, complete and consistent with its read models", async () => {
    const database = await freshDatabase(kind);
    const server = await startAscent({ env: database.env });
    const work = await mkdtemp(join(tmpdir(), "ascent-backup-during-writes-"));
    scratch.push(work);
    try {
      // The demo organisation gives the backup two years of check-ins and read models to copy.
      const admin = await setUpAdmin(server.url, { demo: true });
      const api = apiClient(server.url, admin.token);
      const framework = await api.get<{ framework: { levels: { stages: { id: string }[] }[] } }>("/api/v1/framework");
      const stageIds = framework.body.framework.levels.flatMap((level) => level.stages.map((stage) => stage.id));

      // The writer: self check-ins, each created then submitted (the submit writes the read models).
      let submitted = 0;
      let failures = 0;
      let stop = false;
      const writer = (async () => {
        for (let n = 0; !stop; n += 1) {
          const ratings = Object.fromEntries(stageIds.map((id, i) => [id, RATINGS[(n + i * 7) % 3]]));
          const draft = await api.post<{ checkIn: { id: string }; version: number }>("/api/v1/check-ins", {
            personId: admin.personId,
            assessorKind: "self",
            ratings,
          });
          if (draft.status !== 201) {
            failures += 1;
            continue;
          }
          const done = await api.post(`/api/v1/check-ins/${draft.body.checkIn.id}/submit`, {
            version: draft.body.version,
          });
          if (done.status === 200) submitted += 1;
          else failures += 1;
        }
      })();

      const backups: { file: string; before: number; after: number; ms: number }[] = [];
      try {
        // Let the writer get going, then back up while it runs.
        while (submitted < 5) await new Promise((resolve) => setTimeout(resolve, 20));
        for (let i = 1; i <= BACKUPS; i += 1) {
          const file = join(work, `backup-${i}.${kind === "sqlite" ? "db" : "jsonl"}`);
          const before = submitted;
          const run = await runAscent(["backup", "--out", file, "--json"], { env: database.env, timeoutMs: 60_000 });
          const after = submitted;
          expect(run.code, run.stderr).toBe(0);
          backups.push({ file, before, after, ms: run.ms });
        }
      } finally {
        stop = true;
        await writer;
      }
      expect(failures).toBe(0);
      // The writer really wrote while the backups ran.
      expect(backups.some((b) => b.after > b.before)).toBe(true);

      const figures: Record<string, string | number> = { "check-ins submitted during the run": submitted };
      for (const [index, backup] of backups.entries()) {
        const target = join(work, `restored-${index + 1}`);
        const restore = await runAscent(["restore", backup.file, "--data-dir", target, "--json"], {
          // Into a fresh SQLite folder, whichever engine the backup came from.
          env: { ASCENT_DATABASE_URL: "" },
          timeoutMs: 60_000,
        });
        expect(restore.code, restore.stderr).toBe(0);
        expect(sqliteIntegrity(join(target, "ascent.db"))).toBe("ok");

        const restored = await openDatabase({ dataDir: target });
        try {
          const checkIns = await restored.db.selectFrom("check_in").selectAll().execute();
          for (const checkIn of checkIns) {
            const ratings = JSON.parse(checkIn.ratings) as Record<string, string>;
            expect(Object.keys(ratings).length, `check-in ${checkIn.id} has ratings`).toBeGreaterThan(0);
            for (const [stage, rating] of Object.entries(ratings)) {
              expect(stageIds).toContain(stage);
              expect(RATINGS).toContain(rating);
            }
            expect(checkIn.status === "submitted", `check-in ${checkIn.id}: submitted iff dated`).toBe(
              checkIn.submitted_at !== null,
            );
          }
          // The writer's check-ins rate every stage: none came back partly written.
          const written = checkIns.filter((c) => c.author_id === admin.personId);
          for (const checkIn of written)
            expect(Object.keys(JSON.parse(checkIn.ratings)).sort()).toEqual([...stageIds].sort());
          const writtenSubmitted = written.filter((c) => c.status === "submitted").length;
          // Everything acknowledged before the backup began is in it; at most the one in flight
          // when it ended is there beyond what was acknowledged by then.
          expect(writtenSubmitted).toBeGreaterThanOrEqual(backup.before);
          expect(writtenSubmitted).toBeLessThanOrEqual(backup.after + 1);
          expect(written.filter((c) => c.status === "draft").length).toBeLessThanOrEqual(1);

          // The read models as restored are exactly what the restored check-ins give.
          expect(await storedDashboardCounts(restored.db)).toEqual(await countedFromScratch(restored.db));
          const positions = await listCurrentPositions(restored.db);
          const changes = await listPositionChanges(restored.db);
          await rebuildReadModels(restored.db, await activeFramework(restored.db));
          expect(await listCurrentPositions(restored.db)).toEqual(positions);
          expect(await listPositionChanges(restored.db)).toEqual(changes);
          const adminPosition = positions.find((p) => p.personId === admin.personId);
          expect(adminPosition, "the admin's position came with their check-ins").toBeDefined();

          figures[`backup ${index + 1}`] =
            `${(backup.ms / 1000).toFixed(1)} s, ${backup.before}→${backup.after} acknowledged meanwhile, ${writtenSubmitted} restored, ${checkIns.length} check-ins in all, integrity ok, read models consistent`;
        } finally {
          await restored.close();
        }
      }
      printFigures(`backup during writes (${database.name})`, figures);
    } finally {
      await server.stop();
      await database.dispose();
    }
  });
});
