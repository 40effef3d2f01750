/**
 * A moment's steps are dated when they happened: never in the future beyond a device's clock skew
 * (a step dated 2030 used to block every later step), and never before the previous step.
 */
import { describe, expect, it } from "vitest";
import { forEachEngine } from "../../store/testing/test-engines.js";
import { testContext } from "../testing/fixed-clock.js";
import { CAST, castActors, seedPrivacyCast } from "../testing/privacy-cast.fixture.js";
import { moveMoment } from "./move-moment.service.js";
import { recordMoment } from "./record-moment.service.js";

forEachEngine((engine) => {
  describe("dating a moment's step", () => {
    it("refuses a future date naming the field, and the moment moves on as usual afterwards", async () => {
      const database = await engine.create();
      try {
        await seedPrivacyCast(database.db);
        const ctx = testContext(database.db, "2026-06-01T09:00:00.000Z");
        const mentor = castActors().mentor;
        const recorded = await recordMoment(ctx, mentor, { receiverId: CAST.member, variant: "struggling" });
        const momentId = recorded.moment.id;

        await expect(
          moveMoment(ctx, mentor, {
            momentId,
            version: recorded.version,
            to: "extended",
            at: "2030-01-01T00:00:00.000Z",
          }),
        ).rejects.toMatchObject({
          code: "validation_failed",
          details: [{ field: "at", reason: "cannot be in the future" }],
        });

        // A device a minute or two ahead of the server is not "the future".
        const aheadBySkew = new Date(Date.parse(ctx.now()) + 2 * 60_000).toISOString();
        const extended = await moveMoment(ctx, mentor, {
          momentId,
          version: recorded.version,
          to: "extended",
          at: aheadBySkew,
        });
        expect(extended.moment.state).toBe("extended");
      } finally {
        await database.close();
      }
    });
  });
});
