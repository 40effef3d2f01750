/**
 * The inbox, on both engines: what each kind of item shows, when it leaves, and dismiss/snooze.
 * The cast's mentor mentors the member (cadence 28 days, since 2025-01-01) and leads no team.
 */
import { describe, expect, it } from "vitest";
import { forEachEngine } from "../../store/testing/test-engines.js";
import { createCheckInDraft } from "../check-ins/create-check-in-draft.service.js";
import { submitCheckIn } from "../check-ins/submit-check-in.service.js";
import { AppErrorCode } from "../errors/app-error.js";
import { moveMoment } from "../moments/move-moment.service.js";
import { recordMoment } from "../moments/record-moment.service.js";
import { askMentorForCheckIn } from "../people/ask-mentor-for-check-in.service.js";
import { testContext } from "../testing/fixed-clock.js";
import { CAST, castActors, seedPrivacyCast } from "../testing/privacy-cast.fixture.js";
import { dismissInboxItem } from "./dismiss-inbox-item.service.js";
import { getInbox } from "./get-inbox.service.js";
import { snoozeInboxItem } from "./snooze-inbox-item.service.js";

const RATINGS = { "self-awareness": "established", "self-ownership": "emerging" };

forEachEngine((engine) => {
  describe("inbox", () => {
    async function setUp() {
      const database = await engine.create();
      await seedPrivacyCast(database.db);
      return { db: database.db, ctx: testContext(database.db), a: castActors() };
    }

    it("shows a mentor who leads nothing their mentee's request and the overdue check-in, until a check-in answers both", async () => {
      const { ctx, a } = await setUp();
      await askMentorForCheckIn(ctx, a.member, { message: "before my review" });
      ctx.tick();
      await askMentorForCheckIn(ctx, a.member);
      const inbox = await getInbox(ctx, a.mentor);
      expect(inbox.count).toBe(2);
      expect(inbox.items).toEqual([
        {
          key: expect.stringMatching(/^check_in_request:/),
          kind: "check_in_request",
          personId: CAST.member,
          personName: `Name of ${CAST.member}`,
          at: "2026-06-02T09:00:00.000Z",
          summary: `Name of ${CAST.member} asked you for a check-in on 2026-06-02.`,
          path: `/check-in?person=${CAST.member}&kind=mentor`,
        },
        {
          key: "overdue_check_in:m-1:2025-01-29",
          kind: "overdue_check_in",
          personId: CAST.member,
          personName: `Name of ${CAST.member}`,
          at: "2025-01-29T09:00:00.000Z",
          summary: `Name of ${CAST.member}: a check-in is 489 days overdue (due 2025-01-29).`,
          path: `/check-in?person=${CAST.member}&kind=mentor`,
        },
      ]);
      // Nobody else sees the mentor's items; the member's own inbox does not hold their request.
      expect((await getInbox(ctx, a.member)).items).toEqual([]);
      expect((await getInbox(ctx, a.lead)).items).toEqual([]);

      ctx.tick();
      const draft = await createCheckInDraft(ctx, a.mentor, {
        personId: CAST.member,
        assessorKind: "mentor",
        ratings: RATINGS,
      });
      expect((await getInbox(ctx, a.mentor)).items.map((i) => i.kind)).toEqual([
        "check_in_request",
        "overdue_check_in",
        "draft",
      ]);
      ctx.tick();
      await submitCheckIn(ctx, a.mentor, { checkInId: draft.checkIn.id, version: 1 });
      expect(await getInbox(ctx, a.mentor)).toEqual({ items: [], count: 0 });
      // The next cycle comes due 28 days after the check-in.
      ctx.tick(29);
      expect((await getInbox(ctx, a.mentor)).items.map((i) => i.key)).toEqual(["overdue_check_in:m-1:2026-07-02"]);
    });

    it("never shows someone staying by choice as overdue, but still shows what they ask for", async () => {
      const { db, ctx, a } = await setUp();
      await db
        .updateTable("person")
        .set({ staying_by_choice: JSON.stringify({ since: "2025-06-01T00:00:00.000Z" }) })
        .where("id", "=", CAST.member)
        .execute();
      expect((await getInbox(ctx, a.mentor)).items).toEqual([]);
      await askMentorForCheckIn(ctx, a.member);
      expect((await getInbox(ctx, a.mentor)).items.map((i) => i.kind)).toEqual(["check_in_request"]);
    });

    it("shows a moment extended to its receiver, then to its giver once accepted, until its result", async () => {
      const { db, ctx, a } = await setUp();
      await db.updateTable("mentorship").set({ cadence_days: 1000 }).execute();
      const recorded = await recordMoment(ctx, a.mentor, { receiverId: CAST.member, variant: "struggling" });
      const id = recorded.moment.id;
      expect((await getInbox(ctx, a.member)).items).toEqual([]);
      ctx.tick();
      const extended = await moveMoment(ctx, a.mentor, { momentId: id, version: recorded.version, to: "extended" });
      expect((await getInbox(ctx, a.member)).items).toEqual([
        {
          key: `moment_extended:${id}`,
          kind: "moment_extended",
          personId: CAST.mentor,
          personName: `Name of ${CAST.mentor}`,
          at: "2026-06-02T09:00:00.000Z",
          summary: `Name of ${CAST.mentor} extended a moment to you on 2026-06-02: it awaits your answer.`,
          path: `/moments/${id}`,
        },
      ]);
      expect((await getInbox(ctx, a.mentor)).items).toEqual([]);
      ctx.tick();
      const accepted = await moveMoment(ctx, a.mentor, { momentId: id, version: extended.version, to: "accepted" });
      expect((await getInbox(ctx, a.member)).items).toEqual([]);
      expect((await getInbox(ctx, a.mentor)).items).toMatchObject([
        {
          key: `moment_follow_up:${id}`,
          personId: CAST.member,
          at: "2026-06-03T09:00:00.000Z",
          path: `/moments/${id}`,
        },
      ]);
      await moveMoment(ctx, a.mentor, { momentId: id, version: accepted.version, to: "result", outcome: "Led it" });
      expect((await getInbox(ctx, a.mentor)).items).toEqual([]);
    });

    it("shows my open goals due within two weeks or past due, and my drafts", async () => {
      const { db, ctx, a } = await setUp();
      await db
        .insertInto("growth_plan")
        .values({
          id: "plan-1",
          person_id: CAST.member,
          target_stage_id: "self-ownership",
          created_at: "2026-05-01T00:00:00.000Z",
          version: 1,
        })
        .execute();
      const goal = (id: string, position: number, status: string, due: string | null) => ({
        id,
        plan_id: "plan-1",
        position,
        title: `Goal ${id}`,
        from_action: null,
        status,
        due_on: due,
        review_notes: "",
        version: 1,
      });
      await db
        .insertInto("goal")
        .values([
          goal("g-soon", 0, "in_progress", "2026-06-10T00:00:00.000Z"),
          goal("g-late", 1, "planned", "2026-05-20T00:00:00.000Z"),
          goal("g-later", 2, "planned", "2026-07-20T00:00:00.000Z"),
          goal("g-done", 3, "done", "2026-06-05T00:00:00.000Z"),
          goal("g-undated", 4, "planned", null),
        ])
        .execute();
      const draft = await createCheckInDraft(ctx, a.member, { personId: CAST.member, assessorKind: "self" });
      const items = (await getInbox(ctx, a.member)).items;
      expect(items.map((i) => [i.key, i.summary, i.path])).toEqual([
        ["goal_due:g-late:2026-05-20", "A goal of your growth plan is past due (2026-05-20).", "/me"],
        ["goal_due:g-soon:2026-06-10", "A goal of your growth plan is due (2026-06-10).", "/me"],
        [`draft:${draft.checkIn.id}`, "Your self check-in of 2026-06-01 is a draft.", `/check-in/${draft.checkIn.id}`],
      ]);
      // The mentor may see the plan's facts elsewhere, but the goals are the owner's to act on.
      expect((await getInbox(ctx, a.mentor)).items.map((i) => i.kind)).toEqual(["overdue_check_in"]);
    });

    it("dismisses an item for good, snoozes one until its days pass, and refuses items not in my inbox", async () => {
      const { ctx, a } = await setUp();
      await askMentorForCheckIn(ctx, a.member);
      const [request, overdue] = (await getInbox(ctx, a.mentor)).items;
      expect((await dismissInboxItem(ctx, a.mentor, request!.key)).items.map((i) => i.key)).toEqual([overdue!.key]);
      expect((await snoozeInboxItem(ctx, a.mentor, overdue!.key, { days: 3 })).count).toBe(0);
      ctx.tick(2);
      expect((await getInbox(ctx, a.mentor)).count).toBe(0);
      ctx.tick(2);
      expect((await getInbox(ctx, a.mentor)).items.map((i) => i.key)).toEqual([overdue!.key]);
      // Hidden already, someone else's, or made up: "not found", as for any record one may not see.
      await expect(dismissInboxItem(ctx, a.mentor, request!.key)).rejects.toMatchObject({
        code: AppErrorCode.NotFound,
      });
      await expect(dismissInboxItem(ctx, a.lead, overdue!.key)).rejects.toMatchObject({ code: AppErrorCode.NotFound });
      await expect(snoozeInboxItem(ctx, a.mentor, overdue!.key, { days: 0 })).rejects.toMatchObject({
        code: AppErrorCode.ValidationFailed,
        details: [{ field: "days" }],
      });
      await expect(snoozeInboxItem(ctx, a.mentor, overdue!.key, { days: 91 })).rejects.toMatchObject({
        details: [{ field: "days", reason: "must be at most 90" }],
      });
      // A new request after the dismissed one is a new item.
      await askMentorForCheckIn(ctx, a.member);
      expect((await getInbox(ctx, a.mentor)).items.map((i) => i.kind)).toEqual([
        "check_in_request",
        "overdue_check_in",
      ]);
    });
  });
});
