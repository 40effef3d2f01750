import { buildDemoOrganisation, defaultFramework } from "@ascent/core";
import { describe, expect, it } from "vitest";
import { isStoreError } from "../errors/store-error.js";
import { findCheckIn, insertCheckIns } from "../repositories/check-in.repository.js";
import { recordCheckInWithPosition } from "../testing/record-check-in.fixture.js";
import { buildStoredCheckIn, seedPeople } from "../testing/store-fixtures.js";
import { forEachEngine } from "../testing/test-engines.js";
import { loadDemoOrganisation } from "../transfer/load-demo-organisation.js";
import { findCurrentPosition, listCurrentPositions, listPositionChanges } from "./position.repository.js";
import { rebuildReadModels } from "./rebuild-read-models.js";

const framework = defaultFramework();
const established = { "self-awareness": "established", "self-ownership": "established" } as const;

forEachEngine((engine) => {
  describe("recordSubmittedCheckIn", () => {
    it("stores the check-in and moves the read models in the same transaction", async () => {
      const { db } = await engine.create();
      await seedPeople(db);
      await recordCheckInWithPosition(
        db,
        framework,
        buildStoredCheckIn({ id: "c1", ratings: { "self-awareness": "emerging" } }),
      );
      expect(await findCurrentPosition(db, "p1")).toMatchObject({
        source: "self",
        progress: 0.5,
        reached: 0,
        workingOnStageId: "self-awareness",
        selfProgress: 0.5,
        mentorProgress: null,
        checkInId: "c1",
      });
      // A mentor check-in becomes the position that counts; the self view stays beside it.
      const moved = await recordCheckInWithPosition(
        db,
        framework,
        buildStoredCheckIn({
          id: "c2",
          assessorKind: "mentor",
          authorId: "m1",
          submittedAt: "2024-04-01T00:00:00.000Z",
          ratings: established,
        }),
      );
      expect(await findCurrentPosition(db, "p1")).toMatchObject({
        source: "mentor",
        progress: 2,
        selfProgress: 0.5,
        mentorProgress: 2,
        workingOnStageId: "team-awareness",
      });
      expect(moved).toMatchObject({ progressBefore: 0.5, progress: 2, positionChanged: true });
      expect(moved.checkIn).toMatchObject({ id: "c2", status: "submitted" });
      // A self check-in that does not move the primary position logs no change.
      const unmoved = await recordCheckInWithPosition(
        db,
        framework,
        buildStoredCheckIn({ id: "c3", submittedAt: "2024-05-01T00:00:00.000Z", ratings: established }),
      );
      expect(unmoved).toMatchObject({ progressBefore: 2, progress: 2, positionChanged: false });
      expect(await listPositionChanges(db, { personId: "p1" })).toEqual([
        {
          checkInId: "c1",
          personId: "p1",
          at: "2024-03-01T00:00:00.000Z",
          fromProgress: null,
          toProgress: 0.5,
          stageId: "self-awareness",
        },
        {
          checkInId: "c2",
          personId: "p1",
          at: "2024-04-01T00:00:00.000Z",
          fromProgress: 0.5,
          toProgress: 2,
          stageId: "team-awareness",
        },
      ]);
      expect((await findCurrentPosition(db, "p1"))?.selfProgress).toBe(2);
    });

    it("submits a stored draft under its version, and writes nothing when the version is stale", async () => {
      const { db } = await engine.create();
      await seedPeople(db);
      const draft = buildStoredCheckIn({ id: "c1", status: "draft", submittedAt: undefined, ratings: established });
      await insertCheckIns(db, [draft]);
      const submitted = { ...draft, status: "submitted" as const, submittedAt: "2024-03-05T00:00:00.000Z" };
      const stale = await recordCheckInWithPosition(db, framework, submitted, 7).catch((e: unknown) => e);
      expect(isStoreError(stale, "conflict")).toBe(true);
      expect(await findCurrentPosition(db, "p1")).toBeUndefined();
      expect((await findCheckIn(db, "c1"))?.value.status).toBe("draft");
      await recordCheckInWithPosition(db, framework, submitted, 1);
      expect((await findCurrentPosition(db, "p1"))?.progress).toBe(2);
    });

    it("leaves the read models as a rebuild from all check-ins would", async () => {
      const { db } = await engine.create();
      const demo = buildDemoOrganisation({ seed: 3 });
      await loadDemoOrganisation(db, demo);
      const person = demo.people.find((p) => p.status === "active")!;
      await recordCheckInWithPosition(
        db,
        demo.framework,
        buildStoredCheckIn({
          id: "late-check-in",
          personId: person.id,
          authorId: person.id,
          frameworkHash: demo.framework.contentHash,
          createdAt: "2026-11-02T00:00:00.000Z",
          submittedAt: "2026-11-02T00:00:00.000Z",
          ratings: Object.fromEntries(demo.framework.levels.flatMap((l) => l.stages).map((s) => [s.id, "established"])),
        }),
      );
      const positions = await listCurrentPositions(db);
      const changes = await listPositionChanges(db);
      await rebuildReadModels(db, demo.framework);
      expect(await listCurrentPositions(db)).toEqual(positions);
      expect(await listPositionChanges(db)).toEqual(changes);
    });
  });
});
