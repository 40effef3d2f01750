/**
 * The authorization matrix, generated from the route table: every route × every role (anonymous,
 * member, mentor, lead, leader, admin) × (own record, someone else's). Each route declares how to
 * build a request for a cell and what status the cell must get (testing/authorization-expectations.ts);
 * a route without a declaration fails the test, so a new route cannot ship without saying who may call it.
 *
 * "Someone else's" is the member's record (the mentor mentors them, the lead leads their team);
 * for the member it is an unrelated colleague's. Every cell uses a fresh session and fresh records.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor } from "../app/access/actor.js";
import type { AuthContext } from "../app/identity/auth-context.js";
import { argon2idHasher, TEST_COST } from "../app/identity/passwords/password-hasher.js";
import { forEachEngine } from "../store/testing/test-engines.js";
import { routeTableOf } from "./route-table.js";
import { type Cell, cellsOf, type Kit, ownerOf, SPECS } from "./testing/authorization-expectations.js";
import { accountIdOf, seedHttpCast, sessionHeaders } from "./testing/http-cast.js";
import { buildTestApp, type TestApp } from "./testing/test-app.js";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

forEachEngine((engine) => {
  describe("authorization matrix", () => {
    let test: TestApp;
    let kit: Kit;
    beforeAll(async () => {
      test = await buildTestApp(await engine.create());
      test.clock.set("2026-06-01T09:00:00.000Z");
      await seedHttpCast(test.database.db);
      const svc: AuthContext = {
        db: test.database.db,
        now: () => test.clock().toISOString(),
        newId: () => randomUUID(),
        hasher: argon2idHasher(TEST_COST),
        publicUrl: test.config.publicUrl,
      };
      kit = {
        svc,
        async actor(personId) {
          const row = await svc.db
            .selectFrom("person")
            .select("roles")
            .where("id", "=", personId)
            .executeTakeFirstOrThrow();
          return actorFor(personId, { accountId: accountIdOf(personId), roles: JSON.parse(row.roles) });
        },
      };
    });
    afterAll(() => test.app.close());

    it("has an expectation for every route, and none for routes that do not exist", () => {
      const routes = routeTableOf(test.app).map((r) => `${r.method} ${r.url}`);
      expect(routes.filter((r) => !(r in SPECS))).toEqual([]);
      expect(Object.keys(SPECS).filter((s) => !routes.includes(s))).toEqual([]);
    });

    it("gives every route × role × (own, other) the expected status", async () => {
      const failures: string[] = [];
      for (const route of routeTableOf(test.app)) {
        const key = `${route.method} ${route.url}`;
        const spec = SPECS[key];
        if (!spec) {
          failures.push(`${key}: no expectation`);
          continue;
        }
        for (const partial of cellsOf()) {
          const cell: Cell = { ...partial, owner: ownerOf(partial) };
          const built = await spec.request(cell, kit);
          const actingAs = built.actAs ?? cell.actor;
          const auth = actingAs
            ? await sessionHeaders(test.database.db, kit.svc.now, actingAs)
            : { cookies: {}, headers: {} };
          const response = await test.app.inject({
            method: route.method as Method,
            url: built.url || route.url,
            cookies: auth.cookies,
            headers: auth.headers,
            ...(built.body === undefined ? {} : { payload: built.body as object }),
          });
          const expected = spec.expect(cell);
          if (response.statusCode !== expected) {
            failures.push(
              `${key} as ${cell.role} (${cell.target}): expected ${expected}, got ${response.statusCode} ${response.body.slice(0, 160)}`,
            );
          }
          if (response.statusCode === 404 && expected === 404) {
            // Refusals are indistinguishable from missing records.
            expect(response.json().error.code).toBe("not_found");
          }
        }
      }
      expect(failures).toEqual([]);
    }, 240_000);
  });
});
