/**
 * One-time links die with the account's person: a reset link made before deactivation or erasure
 * cannot set a password afterwards, and an invitation to someone since erased cannot be accepted.
 */
import { describe, expect, it } from "vitest";
import { forEachEngine } from "../../../store/testing/test-engines.js";
import { buildTestApp, setUpAdmin } from "../../testing/test-app.js";

const tokenOf = (link: string) => new URL(link).hash.replace(/^#token=/, "");

forEachEngine((engine) => {
  describe("one-time links after offboarding", () => {
    for (const verb of ["deactivate", "erase"] as const) {
      it(`a reset link made before the person was ${verb}d no longer completes`, async () => {
        const test = await buildTestApp(await engine.create());
        try {
          const admin = await setUpAdmin(test);
          const invited = await admin.post("/api/v1/invitations", { email: "mo@example.test", name: "Mo" });
          expect(invited.statusCode, invited.body).toBe(201);
          const accepted = await test.client().post("/api/v1/auth/invitations/accept", {
            token: tokenOf(invited.json().link),
            password: "first long one",
          });
          expect(accepted.statusCode, accepted.body).toBe(201);
          const accountId =
            accepted.json().accountId ??
            (
              await test.database.db
                .selectFrom("account")
                .select("id")
                .where("email", "=", "mo@example.test")
                .executeTakeFirstOrThrow()
            ).id;
          const reset = await admin.post(`/api/v1/accounts/${accountId}/password-reset`);
          expect(reset.statusCode, reset.body).toBe(201);
          const personId =
            invited.json().personId ??
            (
              await test.database.db
                .selectFrom("account")
                .select("person_id")
                .where("id", "=", accountId)
                .executeTakeFirstOrThrow()
            ).person_id;
          const person = await test.database.db
            .selectFrom("person")
            .select("version")
            .where("id", "=", personId)
            .executeTakeFirstOrThrow();
          const off = await admin.post(`/api/v1/people/${personId}/${verb}`, { version: person.version });
          expect(off.statusCode, off.body).toBe(200);
          const before = await test.database.db
            .selectFrom("account")
            .select("password_hash")
            .where("id", "=", accountId)
            .executeTakeFirst();

          const completed = await test.client().post("/api/v1/auth/password-resets/complete", {
            token: tokenOf(reset.json().link),
            password: "a new long password",
          });
          expect(completed.statusCode, completed.body).toBe(404);
          const after = await test.database.db
            .selectFrom("account")
            .select("password_hash")
            .where("id", "=", accountId)
            .executeTakeFirst();
          expect(after).toEqual(before);
        } finally {
          await test.app.close();
        }
      });
    }

    it("an invitation to a person erased before accepting it cannot be accepted", async () => {
      const test = await buildTestApp(await engine.create());
      try {
        const admin = await setUpAdmin(test);
        const invited = await admin.post("/api/v1/invitations", { email: "eve@example.test", name: "Eve" });
        expect(invited.statusCode, invited.body).toBe(201);
        const invitation = await test.database.db
          .selectFrom("invitation")
          .select("person_id")
          .executeTakeFirstOrThrow();
        const person = await test.database.db
          .selectFrom("person")
          .select("version")
          .where("id", "=", invitation.person_id!)
          .executeTakeFirstOrThrow();
        const erased = await admin.post(`/api/v1/people/${invitation.person_id}/erase`, { version: person.version });
        expect(erased.statusCode, erased.body).toBe(200);
        const accepted = await test.client().post("/api/v1/auth/invitations/accept", {
          token: tokenOf(invited.json().link),
          password: "another long one",
        });
        expect(accepted.statusCode, accepted.body).toBe(404);
        expect(
          await test.database.db.selectFrom("account").select("id").where("email", "=", "eve@example.test").execute(),
        ).toEqual([]);
      } finally {
        await test.app.close();
      }
    });
  });
});
