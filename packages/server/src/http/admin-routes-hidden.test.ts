/**
 * Admin-only routes give everyone else the answer an unknown route gives — whatever the body — so
 * a malformed request cannot reveal that an admin route exists (product.md: "never a hint").
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forEachEngine } from "../store/testing/test-engines.js";
import { routeTableOf } from "./route-table.js";
import { cellsOf, ownerOf, SPECS } from "./testing/authorization-expectations.js";
import { buildTestApp, setUpAdmin, type TestApp } from "./testing/test-app.js";
import type { TestClient } from "./testing/test-client.js";

/** Every admin-only route of the app, read from its route table (so a new one cannot escape). */
function adminRoutesOf(test: TestApp): [string, string][] {
  return routeTableOf(test.app)
    .filter((route) => route.adminOnly)
    .map((route) => [route.method, route.url.replace(/:(\w+)/g, "some-$1")]);
}

forEachEngine((engine) => {
  describe("admin-only routes, to a member", () => {
    let test: TestApp;
    let member: TestClient;

    beforeAll(async () => {
      test = await buildTestApp(await engine.create());
      const admin = await setUpAdmin(test);
      const invitation = await admin.post("/api/v1/invitations", { email: "mo@example.test", name: "Mo" });
      expect(invitation.statusCode, invitation.body).toBe(201);
      const token = new URL(invitation.json().link).hash.replace(/^#token=/, "");
      member = test.client();
      const accepted = await member.post("/api/v1/auth/invitations/accept", { token, password: "another long one" });
      expect(accepted.statusCode, accepted.body).toBe(201);
    });
    afterAll(() => test.app.close());

    it("the route table marks the known admin-only routes", () => {
      const routes = adminRoutesOf(test).map(([method, url]) => `${method} ${url}`);
      expect(routes).toContain("POST /api/v1/invitations");
      expect(routes).toContain("PUT /api/v1/people/some-personId/roles");
      expect(routes).toContain("POST /api/v1/framework");
    });

    it("every route the authorization matrix refuses to everyone but admins is marked admin-only", () => {
      const refusedToAllButAdmins = routeTableOf(test.app)
        .filter((route) => {
          const spec = SPECS[`${route.method} ${route.url}`];
          // Public routes (accepting an invitation…) refuse a bad token, not a role.
          if (!spec || route.access === "public") return false;
          return cellsOf()
            .filter((cell) => cell.role !== "admin" && cell.role !== "anonymous")
            .every((cell) => spec.expect({ ...cell, owner: ownerOf(cell) }) === 404);
        })
        .map((route) => `${route.method} ${route.url}`);
      const notMarked = refusedToAllButAdmins.filter(
        (key) => !adminRoutesOf(test).some(([method, url]) => `${method} ${url}` === key.replace(/:(\w+)/g, "some-$1")),
      );
      expect(refusedToAllButAdmins).toContain("POST /api/v1/people/:personId/erase");
      expect(notMarked).toEqual([]);
    });

    it("deactivating or erasing someone, as a member, answers like an unknown route before reading the body", async () => {
      for (const verb of ["deactivate", "erase"]) {
        const url = `/api/v1/people/some-person/${verb}`;
        const response = await member.post(url, {});
        expect(response.statusCode, url).toBe(404);
        expect(response.json().error).toEqual({ code: "not_found", message: `No route POST ${url}`, details: [] });
      }
    });

    it("every admin-only route answers exactly like an unknown route, even with a malformed body", async () => {
      for (const [method, url] of adminRoutesOf(test)) {
        for (const payload of [undefined, "{not json", "name,email\n"]) {
          const response = await test.app.inject({
            method: method as "GET",
            url,
            headers: {
              cookie: [...member.cookies].map(([k, v]) => `${k}=${v}`).join("; "),
              "x-csrf-token": member.cookies.get("ascent_csrf") ?? "",
              ...(payload === undefined
                ? {}
                : { "content-type": payload.startsWith("{") ? "application/json" : "text/csv" }),
            },
            ...(payload === undefined || method === "GET" ? {} : { payload }),
          });
          const where = `${method} ${url} with ${payload === undefined ? "no body" : JSON.stringify(payload)}`;
          expect(response.statusCode, where).toBe(404);
          expect(response.json(), where).toEqual({
            error: { code: "not_found", message: `No route ${method} ${url}`, details: [] },
          });
        }
      }
    });
  });
});
