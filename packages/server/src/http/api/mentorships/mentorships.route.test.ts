import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forEachEngine } from "../../../store/testing/test-engines.js";
import { buildTestApp, setUpAdmin, type TestApp } from "../../testing/test-app.js";
import type { TestClient } from "../../testing/test-client.js";

forEachEngine((engine) => {
  describe("mentorships over HTTP", () => {
    let test: TestApp;
    let admin: TestClient;
    const ids: Record<string, string> = {};
    beforeAll(async () => {
      test = await buildTestApp(await engine.create());
      test.clock.set("2026-06-01T09:00:00.000Z");
      admin = await setUpAdmin(test);
      for (const name of ["Ama", "Ben", "Cy"]) {
        const response = await admin.post("/api/v1/people", { name, email: `${name.toLowerCase()}@example.test` });
        ids[name] = response.json().person.id;
      }
    });
    afterAll(() => test.app.close());

    it("starts, re-paces and ends a mentorship, keeping it in the history", async () => {
      const started = await admin.post("/api/v1/mentorships", {
        mentorId: ids.Ama,
        menteeId: ids.Ben,
        cadenceDays: 28,
        startedAt: "2026-05-01T00:00:00.000Z",
      });
      expect(started.statusCode, started.body).toBe(201);
      const mentorship = started.json();
      expect(mentorship).toMatchObject({ mentor: { name: "Ama" }, mentee: { name: "Ben" }, active: true, version: 1 });
      const second = await admin.post("/api/v1/mentorships", { mentorId: ids.Cy, menteeId: ids.Ben, cadenceDays: 28 });
      expect(second.statusCode).toBe(409);
      expect(second.json().error.code).toBe("forbidden_state");

      const paced = await admin.request({
        method: "PATCH",
        url: `/api/v1/mentorships/${mentorship.id}`,
        body: { version: 1, cadenceDays: 14 },
      });
      expect(paced.statusCode, paced.body).toBe(200);
      expect(paced.json()).toMatchObject({ cadenceDays: 14, version: 2 });
      const stale = await admin.post(`/api/v1/mentorships/${mentorship.id}/end`, { version: 1 });
      expect(stale.statusCode).toBe(409);
      const ended = await admin.post(`/api/v1/mentorships/${mentorship.id}/end`, { version: 2 });
      expect(ended.json()).toMatchObject({ endedAt: "2026-06-01T09:00:00.000Z", active: false, version: 3 });

      expect((await admin.get("/api/v1/mentorships")).json().mentorships).toEqual([]);
      const history = (await admin.get(`/api/v1/mentorships?state=all&personId=${ids.Ben}`)).json();
      expect(history).toMatchObject({ mentorships: [{ id: mentorship.id, cadenceDays: 14 }], nextCursor: null });
      const record = (await admin.get(`/api/v1/people/${ids.Ben}`)).json();
      expect(record.mentors).toEqual([]);
    });

    it("refuses a mentor cycle with 400 naming mentorId and the chain", async () => {
      await admin.post("/api/v1/mentorships", { mentorId: ids.Ama, menteeId: ids.Ben, cadenceDays: 28 });
      await admin.post("/api/v1/mentorships", { mentorId: ids.Ben, menteeId: ids.Cy, cadenceDays: 28 });
      const cycle = await admin.post("/api/v1/mentorships", { mentorId: ids.Cy, menteeId: ids.Ama, cadenceDays: 28 });
      expect(cycle.statusCode).toBe(400);
      expect(cycle.json().error.details).toEqual([
        { field: "mentorId", reason: expect.stringContaining("Ama → Cy → Ben → Ama") },
      ]);
    });

    it("refuses bad bodies and queries with 400", async () => {
      const bad = await admin.post("/api/v1/mentorships", { mentorId: ids.Ama, menteeId: ids.Cy, cadenceDays: 0 });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.details[0].field).toBe("cadenceDays");
      const future = await admin.post("/api/v1/mentorships", {
        mentorId: ids.Cy,
        menteeId: ids.Ama,
        cadenceDays: 7,
        startedAt: "2030-01-01T00:00:00.000Z",
      });
      expect(future.statusCode).toBe(400);
      expect((await admin.get("/api/v1/mentorships?state=later")).statusCode).toBe(400);
      expect((await admin.get("/api/v1/mentorships?cursor=zz")).statusCode).toBe(400);
    });
  });
});
