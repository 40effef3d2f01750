/**
 * A moment still in `aware` is its giver's private note (product.md): no dashboard names its
 * people, counts it, or changes because of it — not the leader's, and not its receiver's own.
 */
import { describe, expect, it } from "vitest";
import { forEachEngine } from "../../store/testing/test-engines.js";
import { moveMoment } from "../moments/move-moment.service.js";
import { recordMoment } from "../moments/record-moment.service.js";
import { testContext } from "../testing/fixed-clock.js";
import { CAST, castActors, seedPrivacyCast } from "../testing/privacy-cast.fixture.js";
import { getMomentEffects } from "./get-moment-effects.service.js";
import { getPermissionChain } from "./get-permission-chain.service.js";

forEachEngine((engine) => {
  describe("aware moments on the dashboards", () => {
    it("are neither named, counted nor felt, as the leader, the admin or the receiving lead", async () => {
      const database = await engine.create();
      try {
        await seedPrivacyCast(database.db, { adminMayReadPrivateContent: true });
        const ctx = testContext(database.db, "2026-06-01T09:00:00.000Z");
        const cast = castActors();
        // A fresh actor per read: relationships are loaded once per actor (per request).
        const dashboards = async () => {
          const views = [];
          for (const role of ["leader", "admin", "lead", "groupLead"] as const) {
            views.push({
              chain: await getPermissionChain(ctx, castActors()[role]),
              effects: await getMomentEffects(ctx, castActors()[role]),
            });
          }
          return views;
        };
        const before = await dashboards();
        // The group lead notices something in the lead (whose team they lead), and keeps it to themselves.
        await recordMoment(ctx, cast.groupLead, { receiverId: CAST.lead, variant: "instinct_of_potential" });
        await recordMoment(ctx, cast.lead, { receiverId: CAST.member, variant: "struggling" });
        const after = await dashboards();
        expect(after).toEqual(before);
        for (const view of after) {
          expect(Object.keys(view.chain.names)).toEqual([]);
          expect(view.effects.countsByState).not.toHaveProperty("aware");
        }
        // Once extended, the moment is on the dashboards.
        const extended = await recordMoment(ctx, cast.mentor, { receiverId: CAST.member, variant: "struggling" });
        await moveMoment(ctx, cast.mentor, { momentId: extended.moment.id, version: 1, to: "extended" });
        const leaderView = await getPermissionChain(ctx, castActors().leader);
        expect(Object.keys(leaderView.names).sort()).toEqual([CAST.member, CAST.mentor].sort());
        expect((await getMomentEffects(ctx, castActors().leader)).countsByState).toEqual({ extended: 1 });
      } finally {
        await database.close();
      }
    });
  });
});
