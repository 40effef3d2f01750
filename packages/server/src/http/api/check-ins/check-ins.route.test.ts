import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CAST } from "../../../app/testing/privacy-cast.fixture.js";
import { forEachEngine } from "../../../store/testing/test-engines.js";
import { seedHttpCast, sessionHeaders } from "../../testing/http-cast.js";
import { buildTestApp, type TestApp } from "../../testing/test-app.js";

forEachEngine((engine) => {
  describe("check-ins over HTTP", () => {
    let test: TestApp;
    let send: (method: "GET" | "POST" | "PATCH", url: string, body?: unknown) => Promise<LightMyRequestResponse>;
    beforeAll(async () => {
      test = await buildTestApp(await engine.create());
      test.clock.set("2026-06-01T09:00:00.000Z");
      await seedHttpCast(test.database.db);
      const auth = await sessionHeaders(test.database.db, () => test.clock().toISOString(), CAST.member);
      send = (method, url, body) =>
        test.app.inject({
          method,
          url,
          cookies: auth.cookies,
          headers: auth.headers,
          ...(body === undefined ? {} : { payload: body as object }),
        });
    });
    afterAll(() => test.app.close());

    it("drafts, edits, submits; stale versions and submitted check-ins are refused with 409", async () => {
      const created = await send("POST", "/api/v1/check-ins", {
        personId: CAST.member,
        assessorKind: "self",
        ratings: { "self-awareness": "established" },
      });
      expect(created.statusCode, created.body).toBe(201);
      const id = created.json().checkIn.id;

      const edited = await send("PATCH", `/api/v1/check-ins/${id}`, { version: 1, notes: "Led the retro" });
      expect(edited.statusCode, edited.body).toBe(200);
      expect(edited.json().version).toBe(2);

      const stale = await send("PATCH", `/api/v1/check-ins/${id}`, { version: 1, notes: "older copy" });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error.code).toBe("conflict");

      const submitted = await send("POST", `/api/v1/check-ins/${id}/submit`, { version: 2 });
      expect(submitted.statusCode, submitted.body).toBe(200);

      const late = await send("PATCH", `/api/v1/check-ins/${id}`, { version: 3, notes: "too late" });
      expect(late.statusCode).toBe(409);
      expect(late.json().error.code).toMatch(/forbidden_state|conflict/);

      const read = await send("GET", `/api/v1/check-ins/${id}`);
      expect(read.json().checkIn.notes).toBe("Led the retro");

      const overview = await send("GET", "/api/v1/me/overview");
      expect(overview.statusCode).toBe(200);
      expect(overview.json().positions.self).not.toBeNull();
    });

    it("names the fields a service refuses (unknown stage) in the error shape", async () => {
      const response = await send("POST", "/api/v1/check-ins", {
        personId: CAST.member,
        assessorKind: "self",
        ratings: { "no-such-stage": "established" },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe("validation_failed");
      expect(response.json().error.details[0].field).toContain("ratings");
    });

    it("refuses wrong JSON types before the service with every field named", async () => {
      const response = await send("POST", "/api/v1/check-ins", { personId: 7, assessorKind: "boss", ratings: [] });
      expect(response.statusCode).toBe(400);
      expect(
        response
          .json()
          .error.details.map((d: { field: string }) => d.field)
          .sort(),
      ).toEqual(["assessorKind", "personId", "ratings"]);
    });
  });
});
