import { describe, expect, it } from "vitest";
import { listAudit } from "../../store/repositories/audit-log.repository.js";
import { forEachEngine } from "../../store/testing/test-engines.js";
import { actorFor } from "../access/actor.js";
import { AppErrorCode } from "../errors/app-error.js";
import { listMyMentees } from "../people/list-my-mentees.service.js";
import { testContext } from "../testing/fixed-clock.js";
import { CAST, castActors, seedPrivacyCast } from "../testing/privacy-cast.fixture.js";
import { changeMentorshipCadence } from "./change-mentorship-cadence.service.js";
import { endMentorship } from "./end-mentorship.service.js";
import { listMentorships } from "./list-mentorships.service.js";
import { startMentorship } from "./start-mentorship.service.js";

forEachEngine((engine) => {
  describe("mentorships", () => {
    async function setUp() {
      const database = await engine.create();
      await seedPrivacyCast(database.db);
      return { db: database.db, ctx: testContext(database.db), a: castActors() };
    }

    it("starts a mentorship (audited) that gives the mentor their mentee", async () => {
      const { ctx, a, db } = await setUp();
      const started = await startMentorship(ctx, a.admin, {
        mentorId: CAST.lead,
        menteeId: CAST.unrelated,
        cadenceDays: 14,
      });
      expect(started).toMatchObject({
        mentor: { id: CAST.lead, name: `Name of ${CAST.lead}` },
        mentee: { id: CAST.unrelated },
        startedAt: "2026-06-01T09:00:00.000Z",
        endedAt: null,
        cadenceDays: 14,
        active: true,
        version: 1,
      });
      expect((await listMyMentees(ctx, actorFor(CAST.lead))).mentees.map((m) => m.personId)).toEqual([CAST.unrelated]);
      expect((await listAudit(db)).map((e) => e.action)).toEqual(["mentorship.started"]);
    });

    it("keeps one mentor per person: refuses a second unless it replaces the current one, keeping history", async () => {
      const { ctx, a } = await setUp();
      await expect(
        startMentorship(ctx, a.admin, { mentorId: CAST.lead, menteeId: CAST.member, cadenceDays: 28 }),
      ).rejects.toMatchObject({ code: AppErrorCode.ForbiddenState });
      await expect(
        startMentorship(ctx, a.admin, { mentorId: CAST.mentor, menteeId: CAST.member, cadenceDays: 28 }),
      ).rejects.toMatchObject({ code: AppErrorCode.ForbiddenState });
      const replaced = await startMentorship(ctx, a.admin, {
        mentorId: CAST.lead,
        menteeId: CAST.member,
        cadenceDays: 21,
        startedAt: "2026-05-15T00:00:00.000Z",
        replaceCurrent: true,
      });
      expect(replaced).toMatchObject({ mentor: { id: CAST.lead }, startedAt: "2026-05-15T00:00:00.000Z" });
      const history = await listMentorships(ctx, a.admin, { personId: CAST.member, state: "all" });
      expect(history.mentorships.map((m) => [m.mentor.id, m.startedAt, m.endedAt, m.active])).toEqual([
        [CAST.lead, "2026-05-15T00:00:00.000Z", null, true],
        [CAST.mentor, "2025-01-01T09:00:00.000Z", "2026-05-15T00:00:00.000Z", false],
      ]);
      expect((await listMyMentees(ctx, actorFor(CAST.mentor))).mentees).toEqual([]);
      // A replacement cannot start before the mentorship it replaces.
      await expect(
        startMentorship(ctx, a.admin, {
          mentorId: CAST.leader,
          menteeId: CAST.member,
          cadenceDays: 21,
          startedAt: "2026-05-01T00:00:00.000Z",
          replaceCurrent: true,
        }),
      ).rejects.toMatchObject({ code: AppErrorCode.ValidationFailed, details: [{ field: "startedAt" }] });
    });

    it("refuses a mentor cycle, naming the chain, like the org-chart import", async () => {
      const { ctx, a } = await setUp();
      // mentor mentors member; lead mentors mentor. member mentoring lead would close the loop.
      await startMentorship(ctx, a.admin, { mentorId: CAST.lead, menteeId: CAST.mentor, cadenceDays: 28 });
      await expect(
        startMentorship(ctx, a.admin, { mentorId: CAST.member, menteeId: CAST.lead, cadenceDays: 28 }),
      ).rejects.toMatchObject({
        code: AppErrorCode.ValidationFailed,
        details: [
          {
            field: "mentorId",
            reason: expect.stringMatching(
              /Name of p-lead → Name of p-member → Name of p-mentor → Name of p-lead/,
            ) as unknown as string,
          },
        ],
      });
      await expect(
        startMentorship(ctx, a.admin, { mentorId: CAST.member, menteeId: CAST.member, cadenceDays: 28 }),
      ).rejects.toMatchObject({ code: AppErrorCode.ValidationFailed, details: [{ field: "mentorId" }] });
      // A chain that does not come back is fine.
      await startMentorship(ctx, a.admin, { mentorId: CAST.member, menteeId: CAST.unrelated, cadenceDays: 28 });
    });

    it("validates cadence, dates and people", async () => {
      const { ctx, a, db } = await setUp();
      await expect(
        startMentorship(ctx, a.admin, {
          mentorId: "",
          menteeId: CAST.unrelated,
          cadenceDays: 0,
          startedAt: "2027-01-01T00:00:00.000Z",
          replaceCurrent: "yes",
        }),
      ).rejects.toMatchObject({
        code: AppErrorCode.ValidationFailed,
        details: [
          { field: "mentorId" },
          { field: "cadenceDays" },
          { field: "startedAt", reason: "must not be in the future" },
          { field: "replaceCurrent" },
        ],
      });
      await expect(
        startMentorship(ctx, a.admin, { mentorId: "p-404", menteeId: CAST.unrelated, cadenceDays: 7 }),
      ).rejects.toMatchObject({ code: AppErrorCode.NotFound });
      await db.updateTable("person").set({ status: "deactivated" }).where("id", "=", CAST.unrelated).execute();
      await expect(
        startMentorship(ctx, a.admin, { mentorId: CAST.lead, menteeId: CAST.unrelated, cadenceDays: 7 }),
      ).rejects.toMatchObject({ code: AppErrorCode.ForbiddenState });
    });

    it("changes the cadence and ends a mentorship on its current version; an ended one stays as it was", async () => {
      const { ctx, a, db } = await setUp();
      const changed = await changeMentorshipCadence(ctx, a.admin, { mentorshipId: "m-1", version: 1, cadenceDays: 7 });
      expect(changed).toMatchObject({ cadenceDays: 7, version: 2 });
      await expect(
        changeMentorshipCadence(ctx, a.admin, { mentorshipId: "m-1", version: 1, cadenceDays: 14 }),
      ).rejects.toMatchObject({ code: AppErrorCode.Conflict });
      await expect(
        endMentorship(ctx, a.admin, { mentorshipId: "m-1", version: 2, endedAt: "2024-12-31T00:00:00.000Z" }),
      ).rejects.toMatchObject({ code: AppErrorCode.ValidationFailed, details: [{ field: "endedAt" }] });
      const ended = await endMentorship(ctx, a.admin, {
        mentorshipId: "m-1",
        version: 2,
        endedAt: "2026-05-31T00:00:00.000Z",
      });
      expect(ended).toMatchObject({ endedAt: "2026-05-31T00:00:00.000Z", active: false, version: 3 });
      expect((await listMyMentees(ctx, actorFor(CAST.mentor))).mentees).toEqual([]);
      await expect(endMentorship(ctx, a.admin, { mentorshipId: "m-1", version: 3 })).rejects.toMatchObject({
        code: AppErrorCode.ForbiddenState,
      });
      await expect(
        changeMentorshipCadence(ctx, a.admin, { mentorshipId: "m-1", version: 3, cadenceDays: 14 }),
      ).rejects.toMatchObject({ code: AppErrorCode.ForbiddenState });
      const row = await db.selectFrom("mentorship").selectAll().where("id", "=", "m-1").executeTakeFirstOrThrow();
      expect(row).toMatchObject({ cadence_days: 7, ended_at: "2026-05-31T00:00:00.000Z" });
      const actions = (await listAudit(db)).map((e) => e.action).sort();
      expect(actions).toEqual(["mentorship.changed", "mentorship.ended"]);
    });

    it("lists running, ended or all mentorships in pages, newest start first", async () => {
      const { ctx, a } = await setUp();
      const people = [CAST.lead, CAST.groupLead, CAST.leader, CAST.unrelated];
      for (const [i, menteeId] of people.entries()) {
        ctx.tick();
        await startMentorship(ctx, a.admin, { mentorId: CAST.admin, menteeId, cadenceDays: 10 + i });
      }
      ctx.tick();
      const first = await startMentorship(ctx, a.admin, {
        mentorId: CAST.mentor,
        menteeId: CAST.admin,
        cadenceDays: 30,
      });
      await endMentorship(ctx, a.admin, { mentorshipId: first.id, version: 1 });
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await listMentorships(ctx, a.admin, { limit: 2, ...(cursor ? { cursor } : {}) });
        expect(page.mentorships.length).toBeLessThanOrEqual(2);
        seen.push(...page.mentorships.map((m) => m.mentee.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toEqual([CAST.unrelated, CAST.leader, CAST.groupLead, CAST.lead, CAST.member]);
      expect((await listMentorships(ctx, a.admin, { state: "ended" })).mentorships.map((m) => m.id)).toEqual([
        first.id,
      ]);
      expect((await listMentorships(ctx, a.admin, { personId: CAST.admin, state: "all" })).mentorships).toHaveLength(5);
      await expect(listMentorships(ctx, a.admin, { state: "later", limit: 0, cursor: "x!" })).rejects.toMatchObject({
        code: AppErrorCode.ValidationFailed,
        details: [{ field: "state" }, { field: "limit" }, { field: "cursor" }],
      });
      for (const actor of [a.member, a.mentor, a.lead, a.leader]) {
        await expect(listMentorships(ctx, actor, {})).rejects.toMatchObject({ code: AppErrorCode.NotFound });
        await expect(
          startMentorship(ctx, actor, { mentorId: actor.personId, menteeId: CAST.unrelated, cadenceDays: 7 }),
        ).rejects.toMatchObject({ code: AppErrorCode.NotFound });
        await expect(endMentorship(ctx, actor, { mentorshipId: "m-1", version: 1 })).rejects.toMatchObject({
          code: AppErrorCode.NotFound,
        });
      }
    });
  });
});
