import { describe, expect, it } from "vitest";
import { forEachEngine } from "../../../store/testing/test-engines.js";
import { ADMIN, type TestApp, withAdminApp } from "../../testing/test-app.js";
import type { TestClient } from "../../testing/test-client.js";

forEachEngine((engine) => {
  describe("POST /api/v1/demo-organisation", () => {
    let test: TestApp;
    let admin: TestClient;
    withAdminApp(engine, (made) => ({ test, admin } = made));

    it("loads the demo beside the admin, dated to the server clock, with dashboards filled at once", async () => {
      const response = await admin.post("/api/v1/demo-organisation", {});
      expect(response.statusCode, response.body).toBe(201);
      expect(response.json()).toMatchObject({ people: 60 });
      const people = await test.database.db.selectFrom("person").select("name").execute();
      expect(people).toHaveLength(61);
      expect(people.map((p) => p.name)).toContain(ADMIN.name);
      // The newest demo history is from the server's "now", not the demo's fixed date.
      const latest = await test.database.db
        .selectFrom("check_in")
        .select((eb) => eb.fn.max("created_at").as("at"))
        .executeTakeFirstOrThrow();
      expect(String(latest.at) <= test.clock().toISOString()).toBe(true);
      expect(String(latest.at) >= "2026-01-01").toBe(true);
      const distribution = await admin.get("/api/v1/dashboards/stage-distribution");
      expect(distribution.statusCode, distribution.body).toBe(200);
      expect(distribution.json().total).toBeGreaterThan(30);
      expect(Object.values(distribution.json().perStage as Record<string, number>).some((n) => n > 0)).toBe(true);
      const audit = await test.database.db
        .selectFrom("audit_log")
        .select("action")
        .where("action", "=", "demo.loaded")
        .execute();
      expect(audit).toHaveLength(1);
    });

    it("refuses a second load with 409 forbidden_state, writing nothing", async () => {
      const response = await admin.post("/api/v1/demo-organisation", {});
      expect(response.statusCode, response.body).toBe(409);
      expect(response.json().error.code).toBe("forbidden_state");
      expect(await test.database.db.selectFrom("person").select("id").execute()).toHaveLength(61);
    });

    it("is described in the OpenAPI document, with its session and token security", async () => {
      const document = (await test.client().get("/api/openapi.json")).json();
      expect(document.paths["/api/v1/demo-organisation"].post.security).toEqual([{ session: [] }, { token: [] }]);
      expect(document.paths["/api/v1/me/mentees"].get).toBeDefined();
    });

    it("refuses bodies with unknown fields", async () => {
      const response = await admin.post("/api/v1/demo-organisation", { seed: 7 });
      expect(response.statusCode).toBe(400);
    });

    it("answers the admin's overview with the person's version, so staying by choice can be set", async () => {
      const overview = await admin.get("/api/v1/me/overview");
      expect(overview.statusCode, overview.body).toBe(200);
      const { person } = overview.json();
      expect(person.version).toBe(1);
      const marked = await admin.put(`/api/v1/people/${person.id}/staying-by-choice`, {
        version: person.version,
        staying: true,
      });
      expect(marked.statusCode, marked.body).toBe(200);
      expect(marked.json().version).toBe(2);
    });
  });
});
