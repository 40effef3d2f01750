import { describe, expect, it } from "vitest";
import { forEachEngine } from "../../store/testing/test-engines.js";
import { createCheckInDraft } from "../check-ins/create-check-in-draft.service.js";
import { submitCheckIn } from "../check-ins/submit-check-in.service.js";
import { getNudges } from "../dashboards/get-nudges.service.js";
import { AppErrorCode } from "../errors/app-error.js";
import { addEvidence } from "../evidence/add-evidence.service.js";
import { addFollowUp } from "../moments/add-follow-up.service.js";
import { moveMoment } from "../moments/move-moment.service.js";
import { recordMoment } from "../moments/record-moment.service.js";
import { writePrivateNote } from "../notes/write-private-note.service.js";
import { createGrowthPlan } from "../plans/create-growth-plan.service.js";
import { updateGrowthPlan } from "../plans/update-growth-plan.service.js";
import { testContext } from "../testing/fixed-clock.js";
import { CAST, castActors, seedPrivacyCast } from "../testing/privacy-cast.fixture.js";
import { askMentorForCheckIn } from "./ask-mentor-for-check-in.service.js";
import { deactivatePerson } from "./deactivate-person.service.js";
import { ERASED_NAME, erasePerson } from "./erase-person.service.js";
import { markStayingByChoice } from "./mark-staying-by-choice.service.js";

const SECRET = "MARKER-ERASE-ME-41aa";

forEachEngine((engine) => {
  describe("people, plans and moments", () => {
    async function setUp() {
      const database = await engine.create();
      await seedPrivacyCast(database.db);
      return { db: database.db, ctx: testContext(database.db), a: castActors() };
    }

    it("seeds a plan from the framework's actions and refuses a stale update with conflict", async () => {
      const { ctx, a } = await setUp();
      const plan = await createGrowthPlan(ctx, a.mentor, { personId: CAST.member });
      expect(plan.plan.targetStageId).toBe("self-awareness");
      expect(plan.plan.goals.length).toBeGreaterThanOrEqual(3);
      expect(plan.plan.goals.every((g) => g.fromAction === g.title && g.status === "planned")).toBe(true);
      const updated = await updateGrowthPlan(ctx, a.member, {
        planId: plan.plan.id,
        version: 1,
        goals: [{ title: "My own goal" }],
      });
      expect(updated).toMatchObject({ version: 2, plan: { goals: [{ title: "My own goal", fromAction: null }] } });
      await expect(
        updateGrowthPlan(ctx, a.mentor, { planId: plan.plan.id, version: 1, goals: [] }),
      ).rejects.toMatchObject({
        code: AppErrorCode.Conflict,
      });
      await expect(
        updateGrowthPlan(ctx, a.lead, { planId: plan.plan.id, version: 2, goals: [] }),
      ).rejects.toMatchObject({
        code: AppErrorCode.NotFound,
      });
      await expect(
        updateGrowthPlan(ctx, a.member, {
          planId: plan.plan.id,
          version: 2,
          goals: [{ title: "", status: "sideways" }],
        }),
      ).rejects.toMatchObject({
        code: AppErrorCode.ValidationFailed,
        details: [
          { field: "goals[0].title", reason: "is required" },
          { field: "goals[0].status", reason: expect.any(String) },
        ],
      });
    });

    it("moves a moment through its states, refusing skips with forbidden_state and stale versions with conflict", async () => {
      const { ctx, a } = await setUp();
      const moment = await recordMoment(ctx, a.mentor, {
        receiverId: CAST.member,
        variant: "struggling",
        ingredientIds: [],
      });
      await expect(
        moveMoment(ctx, a.mentor, { momentId: moment.moment.id, version: 1, to: "result" }),
      ).rejects.toMatchObject({
        code: AppErrorCode.ForbiddenState,
      });
      await expect(
        moveMoment(ctx, a.member, { momentId: moment.moment.id, version: 1, to: "extended" }),
      ).rejects.toMatchObject({
        code: AppErrorCode.NotFound,
      });
      ctx.tick();
      const extended = await moveMoment(ctx, a.mentor, { momentId: moment.moment.id, version: 1, to: "extended" });
      await expect(
        moveMoment(ctx, a.mentor, { momentId: moment.moment.id, version: 1, to: "accepted" }),
      ).rejects.toMatchObject({
        code: AppErrorCode.Conflict,
      });
      ctx.tick();
      const accepted = await moveMoment(ctx, a.mentor, {
        momentId: moment.moment.id,
        version: extended.version,
        to: "accepted",
      });
      expect(accepted.moment.transitions.map((t) => t.to)).toEqual(["aware", "extended", "accepted"]);
      await expect(
        recordMoment(ctx, a.mentor, { receiverId: CAST.mentor, variant: "struggling" }),
      ).rejects.toMatchObject({
        code: AppErrorCode.ValidationFailed,
      });
    });

    it("records a request to the mentor that shows as a nudge until a check-in follows", async () => {
      const { ctx, a } = await setUp();
      const request = await askMentorForCheckIn(ctx, a.member, { message: "before my review" });
      expect(request.mentorIds).toEqual([CAST.mentor]);
      expect((await getNudges(ctx, castActors().leader)).checkInRequests).toEqual([
        {
          mentorId: CAST.mentor,
          mentorName: "Name of p-mentor",
          menteeId: CAST.member,
          menteeName: "Name of p-member",
          at: request.at,
        },
      ]);
      // The member's team lead may look at the member but not at their mentor (another team): no name.
      expect((await getNudges(ctx, castActors().lead)).checkInRequests).toEqual([
        expect.objectContaining({ mentorName: null, menteeName: "Name of p-member" }),
      ]);
      await expect(askMentorForCheckIn(ctx, a.unrelated)).rejects.toMatchObject({ code: AppErrorCode.ForbiddenState });
      ctx.tick();
      const draft = await createCheckInDraft(ctx, a.mentor, {
        personId: CAST.member,
        assessorKind: "mentor",
        ratings: { "self-awareness": "emerging" },
      });
      await submitCheckIn(ctx, a.mentor, { checkInId: draft.checkIn.id, version: 1 });
      expect((await getNudges(ctx, castActors().leader)).checkInRequests).toEqual([]);
    });

    it("marks staying by choice (the person or their mentor) and keeps them out of every nudge", async () => {
      const { ctx, a } = await setUp();
      const draft = await createCheckInDraft(ctx, a.member, {
        personId: CAST.member,
        assessorKind: "self",
        ratings: { "self-awareness": "established" },
      });
      await submitCheckIn(ctx, a.member, { checkInId: draft.checkIn.id, version: 1 });
      ctx.tick(400);
      const before = await getNudges(ctx, castActors().leader);
      expect(before.candidates.map((c) => c.personId)).toContain(CAST.member);
      expect(before.stuck.map((c) => c.personId)).toContain(CAST.member);
      expect(before.overdueCheckIns.map((c) => c.menteeId)).toContain(CAST.member);
      await expect(
        markStayingByChoice(ctx, a.lead, { personId: CAST.member, version: 1, staying: true }),
      ).rejects.toMatchObject({
        code: AppErrorCode.NotFound,
      });
      const marked = await markStayingByChoice(ctx, a.mentor, {
        personId: CAST.member,
        version: 1,
        staying: true,
        note: "Loves the craft",
      });
      expect(marked.person.stayingByChoice?.note).toBe("Loves the craft");
      const after = await getNudges(ctx, castActors().leader);
      expect([...after.candidates, ...after.stuck].map((c) => c.personId)).not.toContain(CAST.member);
      expect(after.overdueCheckIns.map((c) => c.menteeId)).not.toContain(CAST.member);
    });

    it("deactivates a person: mentorships end, the record stays", async () => {
      const { db, ctx, a } = await setUp();
      await expect(deactivatePerson(ctx, a.lead, { personId: CAST.member, version: 1 })).rejects.toMatchObject({
        code: AppErrorCode.NotFound,
      });
      const result = await deactivatePerson(ctx, a.admin, { personId: CAST.member, version: 1 });
      expect(result.person.status).toBe("deactivated");
      const mentorship = await db
        .selectFrom("mentorship")
        .select("ended_at")
        .where("id", "=", "m-1")
        .executeTakeFirstOrThrow();
      expect(mentorship.ended_at).toBe(ctx.now());
      await expect(deactivatePerson(ctx, a.admin, { personId: CAST.member, version: 2 })).rejects.toMatchObject({
        code: AppErrorCode.ForbiddenState,
      });
    });

    it("erases a person's personal text everywhere while their place in aggregates stays", async () => {
      const { db, ctx, a } = await setUp();
      await db
        .insertInto("account")
        .values({
          id: "a-member",
          person_id: CAST.member,
          email: "member@example.test",
          password_hash: "x",
          created_at: ctx.now(),
          last_login_at: null,
        })
        .execute();
      const draft = await createCheckInDraft(ctx, a.member, {
        personId: CAST.member,
        assessorKind: "self",
        ratings: { "self-awareness": "established" },
        notes: SECRET,
      });
      await submitCheckIn(ctx, a.member, { checkInId: draft.checkIn.id, version: 1 });
      await addEvidence(ctx, a.member, {
        kind: "note",
        title: SECRET,
        body: SECRET,
        url: "https://example.test/x",
        occurredOn: ctx.now(),
        stageIds: [],
      });
      await writePrivateNote(ctx, a.member, { personId: CAST.member, body: SECRET });
      await writePrivateNote(ctx, a.mentor, { personId: CAST.member, body: SECRET });
      const plan = await createGrowthPlan(ctx, a.member, { personId: CAST.member });
      await updateGrowthPlan(ctx, a.member, {
        planId: plan.plan.id,
        version: 1,
        goals: [{ title: SECRET, reviewNotes: SECRET }],
      });
      const moment = await recordMoment(ctx, a.mentor, { receiverId: CAST.member, variant: "struggling" });
      await addFollowUp(ctx, a.mentor, { momentId: moment.moment.id, version: 1, note: SECRET });

      const erased = await erasePerson(ctx, a.admin, { personId: CAST.member, version: 1 });
      expect(erased.person).toMatchObject({ name: ERASED_NAME, status: "erased" });
      for (const table of [
        "person",
        "account",
        "check_in",
        "evidence",
        "goal",
        "moment_follow_up",
        "private_note",
      ] as const) {
        const rows = await db
          .selectFrom(table as "person")
          .selectAll()
          .execute();
        const text = JSON.stringify(rows);
        expect(text, table).not.toContain(SECRET);
        expect(text, table).not.toContain("member@example.test");
      }
      // The place in aggregates: position, change log, ratings and the moment stay.
      expect(await db.selectFrom("current_position").select("person_id").execute()).toEqual([
        { person_id: CAST.member },
      ]);
      expect(await db.selectFrom("position_change").select("person_id").execute()).toHaveLength(1);
      expect(await db.selectFrom("moment").select("receiver_id").execute()).toEqual([{ receiver_id: CAST.member }]);
    });
  });
});
