/** `PUT /api/v1/sharing` over HTTP: the whole answer, for a choice and for a return to the default. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CAST } from "../../../app/testing/privacy-cast.fixture.js";
import { forEachEngine } from "../../../store/testing/test-engines.js";
import { seedHttpCast, sessionHeaders } from "../../testing/http-cast.js";
import { buildTestApp, type TestApp } from "../../testing/test-app.js";

forEachEngine((engine) => {
  describe("sharing over HTTP", () => {
    let test: TestApp;

    async function send(method: "POST" | "PUT", url: string, body: unknown) {
      const auth = await sessionHeaders(test.database.db, () => test.clock().toISOString(), CAST.member);
      return test.app.inject({ method, url, ...auth, payload: body as object });
    }

    beforeAll(async () => {
      test = await buildTestApp(await engine.create());
      test.clock.set("2026-06-01T09:00:00.000Z");
      await seedHttpCast(test.database.db);
    });
    afterAll(() => test.app.close());

    it("answers the sharing now in force, null when back to the default", async () => {
      const evidence = await send("POST", "/api/v1/evidence", {
        kind: "talk",
        title: "Spoke at the guild",
        occurredOn: "2026-05-20T00:00:00.000Z",
      });
      expect(evidence.statusCode, evidence.body).toBe(201);
      const itemId: string = evidence.json().evidence.id;

      const shared = await send("PUT", "/api/v1/sharing", {
        itemKind: "evidence",
        itemId,
        audience: "lead",
        allowed: true,
      });
      expect(shared.statusCode, shared.body).toBe(200);
      expect(shared.json()).toEqual({ itemKind: "evidence", itemId, audience: "lead", allowed: true });

      const reset = await send("PUT", "/api/v1/sharing", {
        itemKind: "evidence",
        itemId,
        audience: "lead",
        allowed: null,
      });
      expect(reset.statusCode, reset.body).toBe(200);
      expect(reset.json()).toEqual({ itemKind: "evidence", itemId, audience: "lead", allowed: null });
    });
  });
});
