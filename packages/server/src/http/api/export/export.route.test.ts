import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forEachEngine } from "../../../store/testing/test-engines.js";
import { ADMIN, buildTestApp, setUpAdmin, type TestApp } from "../../testing/test-app.js";
import type { TestClient } from "../../testing/test-client.js";

forEachEngine((engine) => {
  describe("personal export", () => {
    let test: TestApp;
    let admin: TestClient;
    beforeAll(async () => {
      test = await buildTestApp(await engine.create());
      admin = await setUpAdmin(test);
    });
    afterAll(() => test.app.close());

    it("downloads my own records as JSON, uncached, and audits the export", async () => {
      const response = await admin.get("/api/v1/me/export");
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers["content-disposition"]).toMatch(
        /^attachment; filename="ascent-export-\d{4}-\d{2}-\d{2}\.json"$/,
      );
      expect(response.headers["cache-control"]).toBe("no-store");
      const body = response.json();
      expect(body).toMatchObject({ format: "ascent.personal-export", formatVersion: 1 });
      expect(body.person).toMatchObject({ name: ADMIN.name });
      const audit = await test.database.db
        .selectFrom("audit_log")
        .selectAll()
        .where("action", "=", "export.created")
        .execute();
      expect(audit).toHaveLength(1);
    });
  });
});
