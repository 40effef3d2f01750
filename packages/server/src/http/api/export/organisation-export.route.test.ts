import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { markersIn, PRIVATE_TEXT, plantPrivateText } from "../../../app/digest/testing/private-text.fixture.js";
import { testContext } from "../../../app/testing/fixed-clock.js";
import { CAST } from "../../../app/testing/privacy-cast.fixture.js";
import { forEachEngine } from "../../../store/testing/test-engines.js";
import { exportOrganisation } from "../../../store/transfer/export-organisation.js";
import { seedHttpCast, sessionHeaders } from "../../testing/http-cast.js";
import { buildTestApp, type TestApp } from "../../testing/test-app.js";

forEachEngine((engine) => {
  describe("GET /api/v1/organisation/export", () => {
    let test: TestApp;

    const exportAs = async (personId: string) => {
      const auth = await sessionHeaders(test.database.db, () => test.clock().toISOString(), personId);
      return test.app.inject({ method: "GET", url: "/api/v1/organisation/export", cookies: auth.cookies });
    };
    const auditActions = async () =>
      (
        await test.database.db
          .selectFrom("audit_log")
          .select("action")
          .where("target_kind", "=", "organisation")
          .execute()
      )
        .map((row) => row.action)
        .sort();

    beforeAll(async () => {
      test = await buildTestApp(await engine.create());
      test.clock.set("2026-06-01T09:00:00.000Z");
      await seedHttpCast(test.database.db);
      await plantPrivateText(testContext(test.database.db, "2026-06-01T09:00:00.000Z"), "2026-01-10T09:00:00.000Z");
    });
    afterAll(() => test.app.close());

    it("is refused, saying why and what to do, while admins may not read private content", async () => {
      const response = await exportAs(CAST.admin);
      expect(response.statusCode).toBe(409);
      expect(response.json().error).toMatchObject({ code: "forbidden_state" });
      expect(response.json().error.message).toContain("Settings → Privacy");
      expect(response.json().error.message).toContain("ascent export");
      expect(markersIn(response.body)).toEqual([]);
      expect(await auditActions()).toEqual([]);
    });

    it("answers anyone but an admin as an unknown route", async () => {
      for (const personId of [CAST.member, CAST.leader, CAST.lead]) {
        const response = await exportAs(personId);
        expect(response.statusCode, personId).toBe(404);
        expect(markersIn(response.body)).toEqual([]);
      }
    });

    it("downloads the very document `ascent export` writes once the policy allows it, audited", async () => {
      await test.database.db
        .updateTable("organisation")
        .set({ settings: JSON.stringify({ privacy: { adminMayReadPrivateContent: true } }) })
        .execute();
      const response = await exportAs(CAST.admin);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers["content-type"]).toMatch(/^application\/json/);
      expect(response.headers["content-disposition"]).toMatch(
        /^attachment; filename="ascent-organisation-\d{4}-\d{2}-\d{2}\.json"$/,
      );
      expect(response.headers["cache-control"]).toBe("no-store");
      // Byte for byte the CLI's export (the audit rows written since are not part of the document).
      expect(response.body).toBe(await exportOrganisation(test.database.db));
      const document = response.json();
      expect(document).toMatchObject({ format: "ascent-organisation", formatVersion: 1 });
      expect(document.people.map((p: { id: string }) => p.id)).toContain(CAST.member);
      // Everyone's private content is in it: that is what the policy allowed, and what the audit records.
      expect(markersIn(response.body)).toContain(PRIVATE_TEXT.ownNote);
      expect(response.body).not.toMatch(/password|\$argon2/i);
      expect(await auditActions()).toEqual(["export.created", "private_content.read"]);
    });
  });
});
