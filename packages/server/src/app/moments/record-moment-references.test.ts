/**
 * Recording a moment is no evidence oracle: an evidence id the giver may not read gets exactly the
 * answer a missing one gets, so it cannot confirm who owns it.
 */
import { describe, expect, it } from "vitest";
import { forEachEngine } from "../../store/testing/test-engines.js";
import { addEvidence } from "../evidence/add-evidence.service.js";
import { testContext } from "../testing/fixed-clock.js";
import { CAST, castActors, seedPrivacyCast } from "../testing/privacy-cast.fixture.js";
import { recordMoment } from "./record-moment.service.js";

async function failureOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "succeeded";
  } catch (error) {
    const { code, message, details } = error as { code?: string; message: string; details?: unknown };
    return JSON.stringify({ code, message, details });
  }
}

forEachEngine((engine) => {
  describe("references in a new moment", () => {
    it("evidence the giver may not read is answered like a missing id", async () => {
      const database = await engine.create();
      try {
        await seedPrivacyCast(database.db);
        const ctx = testContext(database.db, "2026-06-01T09:00:00.000Z");
        const cast = castActors();
        const evidence = await addEvidence(ctx, cast.member, {
          kind: "design-doc",
          title: "Mine",
          body: "text",
          occurredOn: "2026-05-01T00:00:00.000Z",
          stageIds: ["self-ownership"],
        });
        // The lead may look at the member, but not read their evidence (not shared with leads).
        const hidden = await failureOf(
          recordMoment(ctx, cast.lead, {
            receiverId: CAST.member,
            variant: "struggling",
            evidenceIds: [evidence.evidence.id],
          }),
        );
        const missing = await failureOf(
          recordMoment(ctx, cast.lead, { receiverId: CAST.member, variant: "struggling", evidenceIds: ["e-nobody"] }),
        );
        expect(hidden).not.toBe("succeeded");
        expect(hidden).toBe(missing);
      } finally {
        await database.close();
      }
    });
  });
});
