import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forEachEngine } from "../../../store/testing/test-engines.js";
import { buildTestApp, setUpAdmin, type TestApp } from "../../testing/test-app.js";
import type { TestClient } from "../../testing/test-client.js";

/** The token in a one-time link's fragment. */
function tokenOf(link: string): string {
  return new URL(link).hash.replace(/^#token=/, "");
}

forEachEngine((engine) => {
  describe("people list and people administration over HTTP", () => {
    let test: TestApp;
    let admin: TestClient;
    let member: TestClient;
    let memberId: string;
    beforeAll(async () => {
      test = await buildTestApp(await engine.create());
      admin = await setUpAdmin(test);
      // A member added with an invitation, who accepts it and signs in.
      const created = await admin.post("/api/v1/people", {
        name: "Mo Member",
        email: "Mo@Example.test",
        title: "Engineer",
        invite: true,
      });
      expect(created.statusCode, created.body).toBe(201);
      const body = created.json();
      memberId = body.person.id;
      expect(body.person).toMatchObject({ name: "Mo Member", email: "mo@example.test", status: "active", version: 1 });
      expect(body.invitation).toMatchObject({ mailed: true, link: expect.stringContaining("/invitation#token=") });
      expect(test.sent.at(-1)?.to).toBe("mo@example.test");
      member = test.client();
      const accepted = await member.post("/api/v1/auth/invitations/accept", {
        token: tokenOf(body.invitation.link),
        password: "mo's long password",
      });
      expect(accepted.statusCode, accepted.body).toBe(201);
      for (let i = 0; i < 12; i++) {
        const response = await admin.post("/api/v1/people", {
          name: `Person ${String(i).padStart(2, "0")}`,
          email: `p${i}@example.test`,
        });
        expect(response.statusCode, response.body).toBe(201);
        expect(response.json().invitation).toBeNull();
      }
    });
    afterAll(() => test.app.close());

    it("pages the admin through everyone with a cursor, with emails and roles", async () => {
      const first = await admin.get("/api/v1/people?limit=5");
      expect(first.statusCode, first.body).toBe(200);
      const page = first.json();
      expect(page).toMatchObject({ scope: "organisation", total: { count: 14, exact: true } });
      expect(page.people.map((p: { name: string }) => p.name)).toEqual([
        "Ada Admin",
        "Mo Member",
        "Person 00",
        "Person 01",
        "Person 02",
      ]);
      expect(page.people[0]).toMatchObject({
        email: "ada@example.test",
        roles: ["admin"],
        team: null,
        positions: { self: null, mentor: null },
      });
      const names: string[] = [];
      let url = "/api/v1/people?limit=5";
      for (;;) {
        const response = (await admin.get(url)).json();
        names.push(...response.people.map((p: { name: string }) => p.name));
        if (!response.nextCursor) break;
        url = `/api/v1/people?limit=5&cursor=${encodeURIComponent(response.nextCursor)}`;
      }
      expect(names).toHaveLength(14);
      expect(new Set(names).size).toBe(14);
      const search = (await admin.get("/api/v1/people?q=person%201")).json();
      expect(search.people.map((p: { name: string }) => p.name)).toEqual(["Person 10", "Person 11"]);
      expect((await admin.get("/api/v1/people?q=mo%40")).json().people).toHaveLength(1);
    });

    it("shows a member only themselves, without anyone else's email", async () => {
      const response = await member.get("/api/v1/people?q=p");
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ scope: "self", people: [] });
      const own = (await member.get("/api/v1/people")).json();
      expect(own.people).toEqual([expect.objectContaining({ id: memberId, email: "mo@example.test", roles: null })]);
    });

    it("refuses bad query strings with 400 naming the parameter", async () => {
      for (const query of ["limit=0", "limit=101", "status=erased", "cursor=%25%25", "stage=nowhere"]) {
        const response = await admin.get(`/api/v1/people?${query}`);
        expect(response.statusCode, query).toBe(400);
        expect(response.json().error.code).toBe("validation_failed");
        expect(response.json().error.details[0].field).toMatch(/limit|status|cursor|stage/);
      }
    });

    it("opens and edits a person on their current version; a stale edit gets 409", async () => {
      const record = await admin.get(`/api/v1/people/${memberId}`);
      expect(record.statusCode).toBe(200);
      expect(record.json()).toMatchObject({ id: memberId, account: { exists: true }, version: 1 });
      const edited = await admin.request({
        method: "PATCH",
        url: `/api/v1/people/${memberId}`,
        body: { version: 1, name: "Mo Maker", email: "mo.maker@example.test" },
      });
      expect(edited.statusCode, edited.body).toBe(200);
      expect(edited.json()).toMatchObject({ name: "Mo Maker", email: "mo.maker@example.test", version: 2 });
      const stale = await admin.request({
        method: "PATCH",
        url: `/api/v1/people/${memberId}`,
        body: { version: 1, title: "Late" },
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error.code).toBe("conflict");
      // The member now signs in with the new address.
      const login = await test.client().post("/api/v1/auth/login", {
        email: "mo.maker@example.test",
        password: "mo's long password",
      });
      expect(login.statusCode, login.body).toBe(200);
    });

    it("refuses a duplicate email with 409 naming the field, and bad bodies with 400", async () => {
      const duplicate = await admin.post("/api/v1/people", { name: "Ada Again", email: "ADA@example.test" });
      expect(duplicate.statusCode).toBe(409);
      expect(duplicate.json().error.details).toEqual([{ field: "email", reason: expect.any(String) }]);
      const bad = await admin.post("/api/v1/people", { name: "", email: "nope", roles: ["owner"] });
      expect(bad.statusCode).toBe(400);
      expect(
        bad
          .json()
          .error.details.map((d: { field: string }) => d.field)
          .sort(),
      ).toEqual(["email", "name", "roles.0"].sort());
    });

    it("hides the admin routes from a member exactly like unknown ones", async () => {
      const unknown = await member.post("/api/v1/no-such-route", { name: "x" });
      for (const [method, url] of [
        ["POST", "/api/v1/people"],
        ["GET", `/api/v1/people/${memberId}`],
        ["PATCH", `/api/v1/people/${memberId}`],
      ] as const) {
        const response = await member.request({ method, url, body: { name: 42 } });
        expect(response.statusCode).toBe(404);
        expect(response.json().error).toEqual({
          ...unknown.json().error,
          message: `No route ${method} ${url}`,
        });
      }
    });

    it("tells each person what the access gate grants them over the organisation, and follows a role change", async () => {
      expect((await member.get("/api/v1/me")).json().may).toEqual({ administer: false, oversee: false });
      expect((await admin.get("/api/v1/me")).json().may).toEqual({ administer: true, oversee: true });
      const leader = await admin.put(`/api/v1/people/${memberId}/roles`, { roles: ["leader"] });
      expect(leader.statusCode, leader.body).toBe(200);
      expect((await member.get("/api/v1/me")).json().may).toEqual({ administer: false, oversee: true });
      const back = await admin.put(`/api/v1/people/${memberId}/roles`, { roles: [] });
      expect(back.statusCode, back.body).toBe(200);
      expect((await member.get("/api/v1/me")).json().may).toEqual({ administer: false, oversee: false });
    });
  });
});
