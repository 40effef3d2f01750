import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forEachEngine } from "../../../store/testing/test-engines.js";
import { buildTestApp, setUpAdmin, type TestApp } from "../../testing/test-app.js";
import type { TestClient } from "../../testing/test-client.js";

forEachEngine((engine) => {
  describe("teams, groups, members and leads over HTTP", () => {
    let test: TestApp;
    let admin: TestClient;
    let person: { id: string; version: number };
    beforeAll(async () => {
      test = await buildTestApp(await engine.create());
      admin = await setUpAdmin(test);
      person = (await admin.post("/api/v1/people", { name: "Lee Lead", email: "lee@example.test" })).json().person;
    });
    afterAll(() => test.app.close());
    const patch = (url: string, body: unknown) => admin.request({ method: "PATCH", url, body });

    it("creates a group and a team in it, renames and moves the team, and lists both with counts", async () => {
      const group = await admin.post("/api/v1/groups", { name: "Platform" });
      expect(group.statusCode, group.body).toBe(201);
      const team = await admin.post("/api/v1/teams", { name: "Payments", groupId: group.json().id });
      expect(team.statusCode, team.body).toBe(201);
      expect(team.json()).toMatchObject({ name: "Payments", group: { name: "Platform" }, memberCount: 0, version: 1 });
      const teamId = team.json().id;

      const joined = await admin.put(`/api/v1/teams/${teamId}/members/${person.id}`, { version: person.version });
      expect(joined.statusCode, joined.body).toBe(200);
      expect(joined.json()).toMatchObject({ team: { id: teamId }, version: 2 });
      const led = await admin.put(`/api/v1/teams/${teamId}/leads/${person.id}`);
      expect(led.json()).toMatchObject({ memberCount: 1, leadCount: 1, leads: [{ id: person.id, name: "Lee Lead" }] });
      const groupLed = await admin.put(`/api/v1/groups/${group.json().id}/leads/${person.id}`);
      expect(groupLed.json()).toMatchObject({ teamCount: 1, memberCount: 1, leadCount: 1 });

      const renamed = await patch(`/api/v1/teams/${teamId}`, { version: 1, name: "Billing", groupId: null });
      expect(renamed.statusCode, renamed.body).toBe(200);
      expect(renamed.json()).toMatchObject({ name: "Billing", group: null, version: 2 });
      const stale = await patch(`/api/v1/teams/${teamId}`, { version: 1, name: "Late" });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error.code).toBe("conflict");

      const teams = (await admin.get("/api/v1/teams")).json().teams;
      expect(teams).toEqual([expect.objectContaining({ id: teamId, name: "Billing", memberCount: 1 })]);
      const groups = (await admin.get("/api/v1/groups")).json().groups;
      expect(groups).toEqual([expect.objectContaining({ name: "Platform", teamCount: 0, leadCount: 1 })]);
    });

    it("deletes a team only once it is empty, quoting its version in the query", async () => {
      const teamId = (await admin.get("/api/v1/teams")).json().teams[0].id;
      const refused = await admin.delete(`/api/v1/teams/${teamId}?version=2`);
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.code).toBe("forbidden_state");
      const left = await admin.delete(`/api/v1/teams/${teamId}/members/${person.id}?version=2`);
      expect(left.statusCode, left.body).toBe(200);
      expect(left.json()).toMatchObject({ team: null, version: 3 });
      expect((await admin.delete(`/api/v1/teams/${teamId}?version=1`)).statusCode).toBe(409);
      expect((await admin.delete(`/api/v1/teams/${teamId}`)).statusCode).toBe(400);
      expect((await admin.delete(`/api/v1/teams/${teamId}?version=2`)).statusCode).toBe(204);
      expect((await admin.get("/api/v1/teams")).json().teams).toEqual([]);
      const record = (await admin.get(`/api/v1/people/${person.id}`)).json();
      expect(record.leads.teams).toEqual([]);
    });

    it("answers bad input with 400 and unknown records with 404", async () => {
      const bad = await admin.post("/api/v1/teams", { name: "", groupId: 5 });
      expect(bad.statusCode).toBe(400);
      expect(
        bad
          .json()
          .error.details.map((d: { field: string }) => d.field)
          .sort(),
      ).toEqual(["groupId", "name"]);
      expect((await admin.post("/api/v1/teams", { name: "X", groupId: "nope" })).statusCode).toBe(400);
      expect((await patch("/api/v1/teams/nope", { version: 1, name: "X" })).statusCode).toBe(404);
      expect((await admin.delete(`/api/v1/groups/nope/leads/${person.id}`)).statusCode).toBe(404);
      const twice = await admin.post("/api/v1/groups", { name: "platform" });
      expect(twice.statusCode).toBe(409);
    });
  });
});
