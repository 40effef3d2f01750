import { buildDemoOrganisation } from "@ascent/core";
import type { Kysely } from "kysely";
import { describe, expect, it } from "vitest";
import { listShareSettings } from "../../store/repositories/share-setting.repository.js";
import type { Database } from "../../store/schema/database.js";
import { forEachEngine } from "../../store/testing/test-engines.js";
import { exportOrganisation } from "../../store/transfer/export-organisation.js";
import { importOrganisation } from "../../store/transfer/import-organisation.js";
import { loadDemoOrganisation } from "../../store/transfer/load-demo-organisation.js";
import { actorFor } from "../access/actor.js";
import { correctCheckIn } from "../check-ins/correct-check-in.service.js";
import { createCheckInDraft } from "../check-ins/create-check-in-draft.service.js";
import { getCheckIn } from "../check-ins/get-check-in.service.js";
import { submitCheckIn } from "../check-ins/submit-check-in.service.js";
import { updateCheckInDraft } from "../check-ins/update-check-in-draft.service.js";
import { AppErrorCode } from "../errors/app-error.js";
import { getMoment } from "../moments/get-moment.service.js";
import { moveMoment } from "../moments/move-moment.service.js";
import { recordMoment } from "../moments/record-moment.service.js";
import { getPersonOverview } from "../people/get-person-overview.service.js";
import { setSharing } from "../sharing/set-sharing.service.js";
import { testContext } from "../testing/fixed-clock.js";
import { CAST, castActors, seedPrivacyCast } from "../testing/privacy-cast.fixture.js";
import { addEvidence } from "./add-evidence.service.js";
import { deleteEvidence } from "./delete-evidence.service.js";
import { editEvidence } from "./edit-evidence.service.js";
import { getEvidence } from "./get-evidence.service.js";

async function rowsOf(db: Kysely<Database>, evidenceId: string) {
  const [evidence, stages, shares] = await Promise.all([
    db.selectFrom("evidence").select("id").where("id", "=", evidenceId).execute(),
    db.selectFrom("evidence_stage").select("stage_id").where("evidence_id", "=", evidenceId).execute(),
    db.selectFrom("share_setting").select("audience").where("item_id", "=", evidenceId).execute(),
  ]);
  return { evidence: evidence.length, stages: stages.length, shares: shares.length };
}

forEachEngine((engine) => {
  describe("deleting evidence", () => {
    async function setUp() {
      const database = await engine.create();
      await seedPrivacyCast(database.db);
      const ctx = testContext(database.db);
      const a = castActors();
      const added = await addEvidence(ctx, a.member, {
        kind: "incident-review",
        title: "Led the outage review",
        occurredOn: "2026-05-01T00:00:00.000Z",
        stageIds: ["self-awareness", "self-ownership"],
      });
      // Shared with the lead too, so someone besides the owner can read it — and still not delete it.
      await setSharing(ctx, a.member, {
        itemKind: "evidence",
        itemId: added.evidence.id,
        audience: "lead",
        allowed: true,
      });
      return { db: database.db, ctx, a, id: added.evidence.id };
    }

    it("removes the item, its stage links and its sharing together, for the owner", async () => {
      const { db, ctx, a, id } = await setUp();
      expect(await rowsOf(db, id)).toEqual({ evidence: 1, stages: 2, shares: 1 });
      await deleteEvidence(ctx, a.member, { evidenceId: id, version: 1 });
      expect(await rowsOf(db, id)).toEqual({ evidence: 0, stages: 0, shares: 0 });
      await expect(getEvidence(ctx, a.member, id)).rejects.toMatchObject({ code: AppErrorCode.NotFound });
      await expect(getEvidence(ctx, a.lead, id)).rejects.toMatchObject({ code: AppErrorCode.NotFound });
      expect((await getPersonOverview(ctx, a.member, CAST.member)).evidence).toEqual([]);
      expect(await listShareSettings(db, { personId: CAST.member })).toEqual([]);
      // Deleting twice finds nothing the second time.
      await expect(deleteEvidence(ctx, a.member, { evidenceId: id, version: 1 })).rejects.toMatchObject({
        code: AppErrorCode.NotFound,
      });
    });

    it("answers not_found to everyone else, exactly as for a missing item, and keeps the item", async () => {
      const { db, ctx, a, id } = await setUp();
      for (const actor of [a.mentor, a.lead, a.groupLead, a.leader, a.admin, a.unrelated]) {
        await expect(deleteEvidence(ctx, actor, { evidenceId: id, version: 1 })).rejects.toMatchObject({
          code: AppErrorCode.NotFound,
          message: expect.stringContaining("evidence"),
        });
      }
      const missing = await deleteEvidence(ctx, a.member, { evidenceId: "no-such-evidence", version: 1 }).catch(
        (e: unknown) => e,
      );
      const refused = await deleteEvidence(ctx, a.lead, { evidenceId: id, version: 1 }).catch((e: unknown) => e);
      expect(refused).toMatchObject({ code: (missing as { code: string }).code });
      expect((refused as Error).message).toBe((missing as Error).message);
      expect(await rowsOf(db, id)).toEqual({ evidence: 1, stages: 2, shares: 1 });
    });

    it("refuses a stale version with conflict and keeps the edited item", async () => {
      const { db, ctx, a, id } = await setUp();
      await editEvidence(ctx, a.member, { evidenceId: id, version: 1, title: "Led the outage review (v2)" });
      await expect(deleteEvidence(ctx, a.member, { evidenceId: id, version: 1 })).rejects.toMatchObject({
        code: AppErrorCode.Conflict,
      });
      expect((await getEvidence(ctx, a.member, id)).evidence.title).toBe("Led the outage review (v2)");
      await deleteEvidence(ctx, a.member, { evidenceId: id, version: 2 });
      expect(await rowsOf(db, id)).toEqual({ evidence: 0, stages: 0, shares: 0 });
    });

    it("names a missing or malformed version", async () => {
      const { ctx, a, id } = await setUp();
      for (const version of [undefined, 0, -1, 1.5, "1"]) {
        await expect(deleteEvidence(ctx, a.member, { evidenceId: id, version })).rejects.toMatchObject({
          code: AppErrorCode.ValidationFailed,
          details: [{ field: "version", reason: expect.any(String) }],
        });
      }
    });

    it("leaves check-ins and moments that linked it readable and workable, their links now resolving to nothing", async () => {
      const { ctx, a, id } = await setUp();
      const kept = await addEvidence(ctx, a.member, {
        kind: "note",
        title: "Still here",
        occurredOn: "2026-05-02T00:00:00.000Z",
      });
      const links = [id, kept.evidence.id];
      const draft = await createCheckInDraft(ctx, a.member, {
        personId: CAST.member,
        assessorKind: "self",
        ratings: { "self-awareness": "established" },
        evidenceIds: links,
      });
      const earlier = await createCheckInDraft(ctx, a.member, {
        personId: CAST.member,
        assessorKind: "self",
        ratings: { "self-awareness": "emerging" },
        evidenceIds: links,
      });
      const submitted = await submitCheckIn(ctx, a.member, { checkInId: earlier.checkIn.id, version: 1 });
      const moment = await recordMoment(ctx, a.member, {
        receiverId: CAST.unrelated,
        variant: "struggling",
        evidenceIds: links,
      });

      await deleteEvidence(ctx, a.member, { evidenceId: id, version: 1 });

      // Readers keep the records as written and resolve only what still exists.
      expect((await getCheckIn(ctx, a.member, submitted.checkIn.id)).checkIn.evidenceIds).toEqual(links);
      expect((await getMoment(ctx, a.member, moment.moment.id)).moment.evidenceIds).toEqual(links);
      const overview = await getPersonOverview(ctx, a.member, CAST.member);
      expect(overview.evidence.map((e) => e.id)).toEqual([kept.evidence.id]);
      expect(overview.moments.map((m) => m.id)).toEqual([moment.moment.id]);
      // A draft that linked it can still be edited and submitted; a correction carries the link on.
      const edited = await updateCheckInDraft(ctx, a.member, { checkInId: draft.checkIn.id, version: 1, notes: "ok" });
      expect(edited.checkIn.evidenceIds).toEqual(links);
      const done = await submitCheckIn(ctx, a.member, { checkInId: draft.checkIn.id, version: 2 });
      expect(done.checkIn.status).toBe("submitted");
      const corrected = await correctCheckIn(ctx, a.member, { checkInId: submitted.checkIn.id, notes: "fixed" });
      expect(corrected.checkIn.evidenceIds).toEqual(links);
      // The giver can still move the moment on.
      const moved = await moveMoment(ctx, a.member, { momentId: moment.moment.id, version: 1, to: "extended" });
      expect(moved.moment.state).toBe("extended");
      // Linking the deleted item anew is refused, naming the field, like any id that is not the person's.
      await expect(
        createCheckInDraft(ctx, a.member, {
          personId: CAST.member,
          assessorKind: "self",
          ratings: { "self-awareness": "established" },
          evidenceIds: [id],
        }),
      ).rejects.toMatchObject({ code: AppErrorCode.ValidationFailed, details: [{ field: "evidenceIds[0]" }] });
      await expect(
        recordMoment(ctx, a.member, { receiverId: CAST.unrelated, variant: "struggling", evidenceIds: [id] }),
      ).rejects.toMatchObject({ code: AppErrorCode.ValidationFailed, details: [{ field: "evidenceIds[0]" }] });
    });

    it("exports and imports byte-identically after evidence linked from check-ins and moments is deleted", async () => {
      const source = await engine.create();
      const demo = buildDemoOrganisation({ seed: 7 });
      await loadDemoOrganisation(source.db, demo);
      const fromCheckIn = demo.checkIns.find((c) => (c.evidenceIds ?? []).length > 0)?.evidenceIds?.[0];
      const fromMoment = demo.moments.find((m) => m.evidenceIds.length > 0)?.evidenceIds[0];
      expect(fromCheckIn).toBeDefined();
      expect(fromMoment).toBeDefined();
      const ctx = testContext(source.db);
      for (const evidenceId of new Set([fromCheckIn!, fromMoment!])) {
        const owner = demo.evidence.find((e) => e.id === evidenceId)!.personId;
        await deleteEvidence(ctx, actorFor(owner), { evidenceId, version: 1 });
      }
      const exported = await exportOrganisation(source.db);
      expect(exported).toContain(fromCheckIn!);
      const target = await engine.create();
      await importOrganisation(target.db, exported);
      expect(await exportOrganisation(target.db)).toBe(exported);
      // The overview of the owner reads fine on the imported copy.
      const owner = demo.evidence.find((e) => e.id === fromMoment)!.personId;
      const overview = await getPersonOverview(testContext(target.db), actorFor(owner), owner);
      expect(overview.evidence.map((e) => e.id)).not.toContain(fromMoment);
    });
  });
});
