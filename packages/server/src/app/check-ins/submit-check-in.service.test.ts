import { describe, expect, it } from "vitest";
import { replayPerson } from "../../store/read-models/rebuild-read-models.js";
import { listCheckInsOfPerson } from "../../store/repositories/check-in.repository.js";
import { activeFramework } from "../../store/repositories/framework-version.repository.js";
import { forEachEngine } from "../../store/testing/test-engines.js";
import { AppErrorCode } from "../errors/app-error.js";
import { testContext } from "../testing/fixed-clock.js";
import { CAST, castActors, seedPrivacyCast } from "../testing/privacy-cast.fixture.js";
import { correctCheckIn } from "./correct-check-in.service.js";
import { createCheckInDraft } from "./create-check-in-draft.service.js";
import { submitCheckIn } from "./submit-check-in.service.js";
import { updateCheckInDraft } from "./update-check-in-draft.service.js";

const FIRST_TWO = { "self-awareness": "established", "self-ownership": "emerging" };

forEachEngine((engine) => {
  describe("check-in drafts and submission", () => {
    async function setUp() {
      const database = await engine.create();
      await seedPrivacyCast(database.db);
      return { db: database.db, ctx: testContext(database.db), actors: castActors() };
    }

    it("submits a draft and updates current_position and position_change in the same transaction", async () => {
      const { db, ctx, actors } = await setUp();
      const draft = await createCheckInDraft(ctx, actors.member, {
        personId: CAST.member,
        assessorKind: "self",
        ratings: FIRST_TWO,
        notes: "first",
      });
      const edited = await updateCheckInDraft(ctx, actors.member, {
        checkInId: draft.checkIn.id,
        version: draft.version,
        notes: "first, edited",
      });
      expect(edited.version).toBe(2);
      ctx.tick();
      const submitted = await submitCheckIn(ctx, actors.member, { checkInId: draft.checkIn.id, version: 2 });
      expect(submitted.checkIn.status).toBe("submitted");
      expect(submitted.progress).toBe(1.5);
      const current = await db.selectFrom("current_position").selectAll().execute();
      expect(current).toMatchObject([{ person_id: CAST.member, source: "self", reached: 1 }]);
      expect(Number(current[0]!.progress)).toBe(1.5);
      const changes = await db.selectFrom("position_change").selectAll().execute();
      expect(changes).toMatchObject([
        { check_in_id: draft.checkIn.id, from_progress: null, stage_id: "self-ownership" },
      ]);
    });

    it("refuses an edit on a stale version with conflict, and editing a submitted check-in with forbidden_state", async () => {
      const { ctx, actors } = await setUp();
      const draft = await createCheckInDraft(ctx, actors.member, { personId: CAST.member, assessorKind: "self" });
      await updateCheckInDraft(ctx, actors.member, { checkInId: draft.checkIn.id, version: 1, notes: "a" });
      await expect(
        updateCheckInDraft(ctx, actors.member, { checkInId: draft.checkIn.id, version: 1, notes: "b" }),
      ).rejects.toMatchObject({ code: AppErrorCode.Conflict });
      await submitCheckIn(ctx, actors.member, { checkInId: draft.checkIn.id, version: 2 });
      await expect(
        updateCheckInDraft(ctx, actors.member, { checkInId: draft.checkIn.id, version: 3, notes: "c" }),
      ).rejects.toMatchObject({ code: AppErrorCode.ForbiddenState });
    });

    it("leaves neither the check-in nor the read models changed when a write of the submission fails", async () => {
      const { db, ctx, actors } = await setUp();
      const draft = await createCheckInDraft(ctx, actors.member, {
        personId: CAST.member,
        assessorKind: "self",
        ratings: FIRST_TWO,
      });
      // A row already holding this check-in's position change makes the submission's own insert fail.
      await db
        .insertInto("position_change")
        .values({
          check_in_id: draft.checkIn.id,
          person_id: CAST.member,
          at: ctx.now(),
          from_progress: null,
          to_progress: 0,
          stage_id: null,
        })
        .execute();
      await expect(submitCheckIn(ctx, actors.member, { checkInId: draft.checkIn.id, version: 1 })).rejects.toThrow();
      const row = await db
        .selectFrom("check_in")
        .select(["status", "version"])
        .where("id", "=", draft.checkIn.id)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ status: "draft", version: 1 });
      expect(await db.selectFrom("current_position").selectAll().execute()).toEqual([]);
    });

    it("validates input naming every field, and keeps mentor check-ins for mentors", async () => {
      const { ctx, actors } = await setUp();
      await expect(
        createCheckInDraft(ctx, actors.member, {
          personId: CAST.member,
          assessorKind: "self",
          ratings: { nope: "great" },
        }),
      ).rejects.toMatchObject({
        code: AppErrorCode.ValidationFailed,
        details: expect.arrayContaining([{ field: "ratings.nope", reason: "is not a stage of this framework" }]),
      });
      await expect(
        createCheckInDraft(ctx, actors.member, { personId: CAST.member, assessorKind: "mentor" }),
      ).rejects.toMatchObject({
        code: AppErrorCode.ValidationFailed,
        details: [{ field: "assessorKind", reason: expect.any(String) }],
      });
      await expect(
        createCheckInDraft(ctx, actors.lead, { personId: CAST.member, assessorKind: "mentor" }),
      ).rejects.toMatchObject({
        code: AppErrorCode.NotFound,
      });
      const mentorDraft = await createCheckInDraft(ctx, actors.mentor, {
        personId: CAST.member,
        assessorKind: "mentor",
      });
      expect(mentorDraft.checkIn.authorId).toBe(CAST.mentor);
    });

    it("corrects a submitted check-in with a superseding one that moves the position", async () => {
      const { db, ctx, actors } = await setUp();
      const draft = await createCheckInDraft(ctx, actors.member, {
        personId: CAST.member,
        assessorKind: "self",
        ratings: FIRST_TWO,
      });
      await submitCheckIn(ctx, actors.member, { checkInId: draft.checkIn.id, version: 1 });
      ctx.tick();
      const correction = await correctCheckIn(ctx, actors.member, {
        checkInId: draft.checkIn.id,
        ratings: { "self-awareness": "emerging" },
      });
      expect(correction.checkIn).toMatchObject({ supersedes: draft.checkIn.id, status: "submitted" });
      const current = await db.selectFrom("current_position").selectAll().executeTakeFirstOrThrow();
      expect(Number(current.progress)).toBe(0.5);
      expect(current.check_in_id).toBe(correction.checkIn.id);
      expect(await db.selectFrom("position_change").select("check_in_id").orderBy("at").execute()).toHaveLength(2);
      await expect(correctCheckIn(ctx, actors.unrelated, { checkInId: draft.checkIn.id })).rejects.toMatchObject({
        code: AppErrorCode.NotFound,
      });
    });

    it("keeps the read models what a replay of the check-ins gives when one person's submissions race", async () => {
      const { db, ctx, actors } = await setUp();
      const drafts = [];
      for (let i = 0; i < 8; i += 1) {
        const ratings = i % 2 === 0 ? FIRST_TWO : { "self-awareness": "emerging" };
        drafts.push(
          await createCheckInDraft(ctx, actors.member, { personId: CAST.member, assessorKind: "self", ratings }),
        );
      }
      // A clock that moves on every reading, as a real one does between submissions.
      let ms = Date.parse(ctx.now());
      const racing = { ...ctx, now: () => new Date(++ms).toISOString() };
      await Promise.all(
        drafts.map((d) => submitCheckIn(racing, actors.member, { checkInId: d.checkIn.id, version: 1 })),
      );
      const replay = replayPerson(await activeFramework(db), CAST.member, await listCheckInsOfPerson(db, CAST.member));
      const current = await db
        .selectFrom("current_position")
        .select("check_in_id")
        .where("person_id", "=", CAST.member)
        .executeTakeFirstOrThrow();
      expect(current.check_in_id).toBe(replay.current?.check_in_id);
      const changes = await db
        .selectFrom("position_change")
        .select("check_in_id")
        .where("person_id", "=", CAST.member)
        .orderBy("at")
        .execute();
      expect(changes.map((c) => c.check_in_id)).toEqual(replay.changes.map((c) => c.check_in_id));
    });
  });
});
