import { describe, expect, it } from "vitest";
import { forEachEngine } from "../../store/testing/test-engines.js";
import { createCheckInDraft } from "../check-ins/create-check-in-draft.service.js";
import { submitCheckIn } from "../check-ins/submit-check-in.service.js";
import { testContext } from "../testing/fixed-clock.js";
import { CAST, castActors, seedPrivacyCast } from "../testing/privacy-cast.fixture.js";
import { listMyMentees } from "./list-my-mentees.service.js";

forEachEngine((engine) => {
  describe("listMyMentees", () => {
    it("lists the actor's running mentees with their current position from the read model", async () => {
      const database = await engine.create();
      await seedPrivacyCast(database.db);
      const ctx = testContext(database.db);
      const a = castActors();
      expect(await listMyMentees(ctx, a.mentor)).toEqual({
        mentees: [{ personId: CAST.member, name: "Name of p-member", position: null }],
      });
      const draft = await createCheckInDraft(ctx, a.mentor, {
        personId: CAST.member,
        assessorKind: "mentor",
        ratings: { "self-awareness": "established", "self-ownership": "emerging" },
      });
      await submitCheckIn(ctx, a.mentor, { checkInId: draft.checkIn.id, version: 1 });
      const [mentee] = (await listMyMentees(ctx, castActors().mentor)).mentees;
      expect(mentee?.position).toMatchObject({
        source: "mentor",
        position: { reached: 1, reachedStageId: "self-awareness", workingOnStageId: "self-ownership", progress: 1.5 },
      });
      // Nobody else's mentees, and an empty list for someone who mentors nobody.
      expect(await listMyMentees(ctx, a.lead)).toEqual({ mentees: [] });
      expect(await listMyMentees(ctx, a.member)).toEqual({ mentees: [] });
    });
  });
});
