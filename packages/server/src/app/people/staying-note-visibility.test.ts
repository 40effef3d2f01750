/**
 * The staying-by-choice flag is for everyone who looks at the person; its note is the person's and
 * their mentor's only (product.md) — not their lead's, group lead's, a leader's, nor an admin's, even
 * with the policy "admins may read private content" on.
 */
import { describe, expect, it } from "vitest";
import { forEachEngine } from "../../store/testing/test-engines.js";
import { testContext } from "../testing/fixed-clock.js";
import { CAST, type CastRole, castActors, seedPrivacyCast } from "../testing/privacy-cast.fixture.js";
import { getPersonOverview } from "./get-person-overview.service.js";
import { markStayingByChoice } from "./mark-staying-by-choice.service.js";

const NOTE = "MARKER-STAYING-NOTE-OVERVIEW-5e7a";

forEachEngine((engine) => {
  describe("the staying-by-choice note in a person's overview", () => {
    for (const adminMayReadPrivateContent of [false, true]) {
      it(`is shown to the person and their mentor only (admin policy ${adminMayReadPrivateContent ? "on" : "off"})`, async () => {
        const database = await engine.create();
        try {
          await seedPrivacyCast(database.db, { adminMayReadPrivateContent });
          const ctx = testContext(database.db, "2026-06-01T09:00:00.000Z");
          const cast = castActors();
          await markStayingByChoice(ctx, cast.member, { personId: CAST.member, version: 1, staying: true, note: NOTE });
          const seen: Partial<Record<CastRole, string | null>> = {};
          for (const role of ["member", "mentor", "lead", "groupLead", "leader", "admin"] as const) {
            const overview = await getPersonOverview(ctx, cast[role], CAST.member);
            expect(overview.person.stayingByChoice?.since, role).toBe("2026-06-01T09:00:00.000Z");
            seen[role] = overview.person.stayingByChoice?.note ?? null;
            expect(JSON.stringify(overview).includes(NOTE), role).toBe(role === "member" || role === "mentor");
          }
          expect(seen).toEqual({ member: NOTE, mentor: NOTE, lead: "", groupLead: "", leader: "", admin: "" });
        } finally {
          await database.close();
        }
      });
    }
  });
});
