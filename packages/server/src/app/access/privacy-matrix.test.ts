/**
 * The privacy table of product.md as a matrix: every role × every record kind, with marker strings
 * planted in private text. Where a role must not see a record the answer is `not_found` and the
 * marker appears nowhere in what it gets; where it must, the marker is there.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { AscentDatabase } from "../../store/engine/open-database.js";
import { forEachEngine } from "../../store/testing/test-engines.js";
import { createCheckInDraft } from "../check-ins/create-check-in-draft.service.js";
import { getCheckIn } from "../check-ins/get-check-in.service.js";
import { submitCheckIn } from "../check-ins/submit-check-in.service.js";
import { AppErrorCode } from "../errors/app-error.js";
import { addEvidence } from "../evidence/add-evidence.service.js";
import { getEvidence } from "../evidence/get-evidence.service.js";
import { addFollowUp } from "../moments/add-follow-up.service.js";
import { getMoment } from "../moments/get-moment.service.js";
import { moveMoment } from "../moments/move-moment.service.js";
import { recordMoment } from "../moments/record-moment.service.js";
import { getPrivateNote } from "../notes/get-private-note.service.js";
import { writePrivateNote } from "../notes/write-private-note.service.js";
import { getPersonOverview } from "../people/get-person-overview.service.js";
import { createGrowthPlan } from "../plans/create-growth-plan.service.js";
import { getGrowthPlan } from "../plans/get-growth-plan.service.js";
import { updateGrowthPlan } from "../plans/update-growth-plan.service.js";
import { setSharing } from "../sharing/set-sharing.service.js";
import { testContext } from "../testing/fixed-clock.js";
import { CAST, type CastRole, castActors, seedPrivacyCast } from "../testing/privacy-cast.fixture.js";

const M = {
  checkIn: "MARKER-CHECKIN-NOTE-c41e",
  draft: "MARKER-DRAFT-NOTE-d2b9",
  privateNote: "MARKER-PRIVATE-NOTE-7f3a",
  mentorNote: "MARKER-MENTOR-NOTE-0e4d",
  evidence: "MARKER-EVIDENCE-e8c1",
  plan: "MARKER-PLAN-9a0d",
  momentAware: "MARKER-MOMENT-AWARE-5b21",
  momentExtended: "MARKER-MOMENT-EXTENDED-3c77",
} as const;
type Kind = keyof typeof M;

const ROLES: readonly CastRole[] = ["member", "mentor", "lead", "groupLead", "leader", "admin", "unrelated"];

/** Who sees each record kind (everyone else gets not_found). */
const SEES: Readonly<Record<Kind, readonly CastRole[]>> = {
  checkIn: ["member", "mentor"],
  draft: ["member"],
  privateNote: ["member"],
  mentorNote: ["mentor"],
  evidence: ["member", "mentor"],
  plan: ["member", "mentor", "lead", "groupLead"],
  momentAware: ["mentor"],
  momentExtended: ["member", "mentor"],
};

/** Who may open the member's overview, and which markers it carries for them. */
const OVERVIEW: Readonly<Partial<Record<CastRole, readonly Kind[]>>> = {
  member: ["checkIn", "draft", "privateNote", "evidence", "plan", "momentExtended"],
  mentor: ["checkIn", "mentorNote", "evidence", "plan", "momentAware", "momentExtended"],
  lead: ["plan"],
  groupLead: ["plan"],
  leader: [],
  admin: [],
};

interface Planted {
  readonly ids: Record<Kind, string>;
}

async function plant(database: AscentDatabase, adminPolicy = false): Promise<Planted> {
  await seedPrivacyCast(database.db, { adminMayReadPrivateContent: adminPolicy });
  const ctx = testContext(database.db);
  const a = castActors();
  const stages = { "self-awareness": "established", "self-ownership": "emerging" };
  const checkIn = await createCheckInDraft(ctx, a.member, {
    personId: CAST.member,
    assessorKind: "self",
    ratings: stages,
    notes: M.checkIn,
  });
  await submitCheckIn(ctx, a.member, { checkInId: checkIn.checkIn.id, version: 1 });
  const draft = await createCheckInDraft(ctx, a.member, {
    personId: CAST.member,
    assessorKind: "self",
    notes: M.draft,
  });
  const note = await writePrivateNote(ctx, a.member, { personId: CAST.member, body: M.privateNote });
  const mentorNote = await writePrivateNote(ctx, a.mentor, { personId: CAST.member, body: M.mentorNote });
  const evidence = await addEvidence(ctx, a.member, {
    kind: "design-doc",
    title: "Payments redesign",
    body: M.evidence,
    occurredOn: "2026-05-01T00:00:00.000Z",
    stageIds: ["self-ownership"],
  });
  const plan = await createGrowthPlan(ctx, a.member, { personId: CAST.member });
  const goal = plan.plan.goals[0]!;
  await updateGrowthPlan(ctx, a.member, {
    planId: plan.plan.id,
    version: 1,
    goals: [{ id: goal.id, status: "in_progress", reviewNotes: M.plan }],
  });
  const aware = await recordMoment(ctx, a.mentor, { receiverId: CAST.member, variant: "struggling" });
  await addFollowUp(ctx, a.mentor, { momentId: aware.moment.id, version: 1, note: M.momentAware });
  const extended = await recordMoment(ctx, a.mentor, { receiverId: CAST.member, variant: "instinct_of_potential" });
  ctx.tick();
  await moveMoment(ctx, a.mentor, { momentId: extended.moment.id, version: 1, to: "extended" });
  await addFollowUp(ctx, a.mentor, { momentId: extended.moment.id, version: 2, note: M.momentExtended });
  return {
    ids: {
      checkIn: checkIn.checkIn.id,
      draft: draft.checkIn.id,
      privateNote: note.note.id,
      mentorNote: mentorNote.note.id,
      evidence: evidence.evidence.id,
      plan: plan.plan.id,
      momentAware: aware.moment.id,
      momentExtended: extended.moment.id,
    },
  };
}

const READERS: Readonly<Record<Kind, typeof getCheckIn>> = {
  checkIn: getCheckIn,
  draft: getCheckIn,
  privateNote: getPrivateNote as never,
  mentorNote: getPrivateNote as never,
  evidence: getEvidence as never,
  plan: getGrowthPlan as never,
  momentAware: getMoment as never,
  momentExtended: getMoment as never,
};

forEachEngine((engine) => {
  describe("privacy matrix", () => {
    let database: AscentDatabase;
    let planted: Planted;
    beforeAll(async () => {
      database = await engine.create();
      planted = await plant(database);
    });

    for (const kind of Object.keys(M) as Kind[]) {
      for (const role of ROLES) {
        const sees = SEES[kind].includes(role);
        it(`${role} ${sees ? "sees" : "does not see"} the member's ${kind}`, async () => {
          const ctx = testContext(database.db);
          const read = READERS[kind](ctx, castActors()[role], planted.ids[kind]);
          if (sees) expect(JSON.stringify(await read)).toContain(M[kind]);
          else
            await expect(read).rejects.toMatchObject({
              code: AppErrorCode.NotFound,
              message: expect.not.stringContaining(M[kind]),
            });
        });
      }
    }

    for (const role of ROLES) {
      const expected = OVERVIEW[role];
      it(`${role} ${expected ? "opens" : "cannot open"} the member's overview with exactly the markers they may see`, async () => {
        const read = getPersonOverview(testContext(database.db), castActors()[role], CAST.member);
        if (!expected) {
          await expect(read).rejects.toMatchObject({ code: AppErrorCode.NotFound });
          return;
        }
        const overview = await read;
        const text = JSON.stringify(overview);
        for (const kind of Object.keys(M) as Kind[]) {
          if (expected.includes(kind)) expect(text, kind).toContain(M[kind]);
          else expect(text, kind).not.toContain(M[kind]);
        }
        // Positions are shown to everyone who may look, self and mentor views apart.
        expect(overview.positions.self?.position.progress).toBe(1.5);
        expect(overview.positions.mentor).toBeNull();
      });
    }

    it("lets the owner narrow an item for the mentor and widen one for the lead", async () => {
      const db = await engine.create();
      const { ids } = await plant(db);
      const ctx = testContext(db.db);
      const a = castActors();
      await setSharing(ctx, a.member, {
        itemKind: "evidence",
        itemId: ids.evidence,
        audience: "mentor",
        allowed: false,
      });
      await expect(getEvidence(ctx, castActors().mentor, ids.evidence)).rejects.toMatchObject({
        code: AppErrorCode.NotFound,
      });
      await setSharing(ctx, a.member, { itemKind: "evidence", itemId: ids.evidence, audience: "lead", allowed: true });
      expect(JSON.stringify(await getEvidence(ctx, castActors().lead, ids.evidence))).toContain(M.evidence);
      expect(JSON.stringify(await getPersonOverview(ctx, castActors().lead, CAST.member))).toContain(M.evidence);
      await setSharing(ctx, a.member, { itemKind: "plan", itemId: ids.plan, audience: "lead", allowed: false });
      await expect(getGrowthPlan(ctx, castActors().lead, ids.plan)).rejects.toMatchObject({
        code: AppErrorCode.NotFound,
      });
      // Only the owner decides: the mentor may read the check-in but not re-share it.
      await expect(
        setSharing(ctx, a.mentor, { itemKind: "check_in", itemId: ids.checkIn, audience: "lead", allowed: true }),
      ).rejects.toMatchObject({ code: AppErrorCode.NotFound });
    });

    it("lets an admin read private content only under the policy, auditing every read, never private notes or aware moments", async () => {
      const db = await engine.create();
      const { ids } = await plant(db, true);
      const ctx = testContext(db.db);
      const admin = castActors().admin;
      expect(JSON.stringify(await getCheckIn(ctx, admin, ids.checkIn))).toContain(M.checkIn);
      expect(JSON.stringify(await getEvidence(ctx, admin, ids.evidence))).toContain(M.evidence);
      expect(JSON.stringify(await getMoment(ctx, admin, ids.momentExtended))).toContain(M.momentExtended);
      for (const kind of ["draft", "privateNote", "mentorNote", "momentAware"] as const) {
        await expect(READERS[kind](ctx, admin, ids[kind])).rejects.toMatchObject({ code: AppErrorCode.NotFound });
      }
      const audit = await db.db
        .selectFrom("audit_log")
        .select(["action", "target_id", "actor_id"])
        .where("action", "=", "private_content.read")
        .execute();
      expect(audit.map((r) => r.target_id).sort()).toEqual([ids.checkIn, ids.evidence, ids.momentExtended].sort());
      expect(audit.every((r) => r.actor_id === "a-admin")).toBe(true);
    });
  });
});
