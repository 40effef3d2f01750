import { describe, expect, it } from "vitest";
import { forEachEngine } from "../../store/testing/test-engines.js";
import { AppErrorCode } from "../errors/app-error.js";
import { ERASED_NAME, erasePerson } from "../people/erase-person.service.js";
import { getPersonOverview } from "../people/get-person-overview.service.js";
import { testContext } from "../testing/fixed-clock.js";
import { CAST, castActors, seedPrivacyCast } from "../testing/privacy-cast.fixture.js";
import { addFollowUp } from "./add-follow-up.service.js";
import { getMoment } from "./get-moment.service.js";
import { moveMoment } from "./move-moment.service.js";
import { recordMoment } from "./record-moment.service.js";

forEachEngine((engine) => {
  describe("moments name their giver and receiver", () => {
    async function setUp() {
      const database = await engine.create();
      await seedPrivacyCast(database.db);
      const ctx = testContext(database.db);
      const a = castActors();
      // The member gives permission to an unrelated colleague, who may not open the member's page.
      const recorded = await recordMoment(ctx, a.member, { receiverId: CAST.unrelated, variant: "struggling" });
      return { db: database.db, ctx, a, id: recorded.moment.id, recorded };
    }
    const GIVER = `Name of ${CAST.member}`;
    const RECEIVER = `Name of ${CAST.unrelated}`;

    it("on every answer about the moment, to whoever may see it", async () => {
      const { ctx, a, id, recorded } = await setUp();
      expect(recorded.moment).toMatchObject({ giverName: GIVER, receiverName: RECEIVER });
      // Aware: the giver's private note, names and all; the receiver gets the usual not_found.
      await expect(getMoment(ctx, a.unrelated, id)).rejects.toMatchObject({ code: AppErrorCode.NotFound });
      const moved = await moveMoment(ctx, a.member, { momentId: id, version: 1, to: "extended" });
      expect(moved.moment).toMatchObject({ giverName: GIVER, receiverName: RECEIVER });
      const followed = await addFollowUp(ctx, a.member, { momentId: id, version: 2, note: "talked again" });
      expect(followed.moment).toMatchObject({ giverName: GIVER, receiverName: RECEIVER });
      await expect(getPersonOverview(ctx, a.unrelated, CAST.member)).rejects.toMatchObject({
        code: AppErrorCode.NotFound,
      });
      expect((await getMoment(ctx, a.unrelated, id)).moment).toMatchObject({
        giverName: GIVER,
        receiverName: RECEIVER,
      });
      const overview = await getPersonOverview(ctx, a.unrelated, CAST.unrelated);
      expect(overview.moments).toEqual([expect.objectContaining({ id, giverName: GIVER, receiverName: RECEIVER })]);
    });

    it("never by the name an erased person had", async () => {
      const { db, ctx, a, id } = await setUp();
      await moveMoment(ctx, a.member, { momentId: id, version: 1, to: "extended" });
      await erasePerson(ctx, a.admin, { personId: CAST.member, version: 1 });
      const seen = await getMoment(ctx, a.unrelated, id);
      expect(seen.moment).toMatchObject({ giverName: ERASED_NAME, receiverName: RECEIVER });
      const overview = await getPersonOverview(ctx, a.unrelated, CAST.unrelated);
      expect(overview.moments[0]).toMatchObject({ giverName: ERASED_NAME });
      expect(JSON.stringify(overview)).not.toContain(GIVER);
      // Even if an older copy left the name in place, an erased person's status is what counts.
      await db.updateTable("person").set({ name: GIVER }).where("id", "=", CAST.member).execute();
      expect((await getMoment(ctx, a.unrelated, id)).moment.giverName).toBe(ERASED_NAME);
    });
  });
});
