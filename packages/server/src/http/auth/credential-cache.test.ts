import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "../../app/identity/accounts/principal.js";
import { CAST } from "../../app/testing/privacy-cast.fixture.js";
import { forEachEngine } from "../../store/testing/test-engines.js";
import { addCastPerson, seedHttpCast, sessionHeaders } from "../testing/http-cast.js";
import { buildTestApp, type TestApp } from "../testing/test-app.js";
import { CREDENTIAL_CACHE_TTL_MS, CredentialCache } from "./credential-cache.js";

const START = "2026-06-01T09:00:00.000Z";

forEachEngine((engine) => {
  describe("verified credentials are cached, and changes still count", () => {
    let test: TestApp;
    /** A second instance over the same database, as behind a load balancer. */
    let other: TestApp;

    beforeAll(async () => {
      const database = await engine.create();
      test = await buildTestApp(database);
      other = await buildTestApp(database);
      test.clock.set(START);
      other.clock.set(START);
      await seedHttpCast(database.db);
    });
    afterAll(async () => {
      await other.app.close();
      await test.app.close();
    });

    const as = (app: TestApp, auth: { cookies: Record<string, string>; headers: Record<string, string> }) => ({
      get: (url: string) => app.app.inject({ method: "GET", url, ...auth }),
      send: (method: "POST" | "PUT" | "DELETE", url: string, body?: object) =>
        app.app.inject({ method, url, ...auth, ...(body ? { payload: body } : {}) }),
    });
    const signIn = async (personId: string) =>
      sessionHeaders(test.database.db, () => test.clock().toISOString(), personId);

    it("takes a role away at once: the former admin's next request no longer finds admin routes", async () => {
      const formerAdmin = await addCastPerson(test.database.db, { roles: ["admin"] });
      const session = as(test, await signIn(formerAdmin));
      expect((await session.get("/api/v1/invitations")).statusCode).toBe(200);
      const admin = as(test, await signIn(CAST.admin));
      expect((await admin.send("PUT", `/api/v1/people/${formerAdmin}/roles`, { roles: [] })).statusCode).toBe(200);
      expect((await session.get("/api/v1/invitations")).statusCode).toBe(404);
    });

    it("locks a deactivated person out at once, though their session was verified a moment ago", async () => {
      const leaving = await addCastPerson(test.database.db);
      const session = as(test, await signIn(leaving));
      expect((await session.get("/api/v1/me")).statusCode).toBe(200);
      const admin = as(test, await signIn(CAST.admin));
      expect((await admin.send("POST", `/api/v1/people/${leaving}/deactivate`, { version: 1 })).statusCode).toBe(200);
      expect((await session.get("/api/v1/me")).statusCode).toBe(401);
    });

    it("ends a session on logout at once, even for a cookie copied before", async () => {
      const auth = await signIn(CAST.member);
      const browser = as(test, auth);
      expect((await browser.get("/api/v1/me")).statusCode).toBe(200);
      expect((await browser.send("POST", "/api/v1/auth/logout")).statusCode).toBe(204);
      expect((await browser.get("/api/v1/me")).statusCode).toBe(401);
    });

    it("lets another instance see a revoked token within the cache's few seconds, and never later", async () => {
      const owner = as(test, await signIn(CAST.member));
      const created = await owner.send("POST", "/api/v1/me/api-tokens", { name: "script", scopes: ["read"] });
      const { token, id } = created.json();
      const script = { cookies: {}, headers: { authorization: `Bearer ${token}` } };
      expect((await as(other, script).get("/api/v1/me")).statusCode).toBe(200);

      expect((await owner.send("DELETE", `/api/v1/me/api-tokens/${id}`)).statusCode).toBe(204);
      // This instance flushed its cache with the revocation; the other one had verified the token
      // moments ago and may trust it until its entry expires.
      expect((await as(test, script).get("/api/v1/me")).statusCode).toBe(401);
      other.clock.advance(CREDENTIAL_CACHE_TTL_MS);
      expect((await as(other, script).get("/api/v1/me")).statusCode).toBe(401);
    });
  });
});

describe("CredentialCache", () => {
  const principal: Principal = {
    accountId: "a",
    personId: "p",
    email: "p@example.test",
    name: "P",
    roles: [],
    via: "token",
    scopes: ["read"],
    credentialId: "t",
  };

  it("trusts an entry for the TTL by the app clock, then asks again", () => {
    let now = Date.parse(START);
    const cache = new CredentialCache({ now: () => now, ttlMs: 1_000 });
    const key = cache.keyOf("token", "asc_secret");
    cache.store(cache.begin(key), principal);
    expect(cache.get(key)).toBe(principal);
    now += 999;
    expect(cache.get(key)).toBe(principal);
    now += 1;
    expect(cache.get(key)).toBeUndefined();
  });

  it("never keeps the answer of a lookup that started before a write finished", () => {
    const cache = new CredentialCache({ now: () => Date.parse(START) });
    const key = cache.keyOf("session", "secret");
    const lookup = cache.begin(key);
    cache.flush();
    cache.store(lookup, principal);
    expect(cache.get(key)).toBeUndefined();
  });

  it("keys sessions and tokens apart, by hash, and holds at most maxEntries", () => {
    const cache = new CredentialCache({ now: () => Date.parse(START), maxEntries: 2 });
    expect(cache.keyOf("session", "x")).not.toBe(cache.keyOf("token", "x"));
    expect(cache.keyOf("token", "asc_secret")).not.toContain("asc_secret");
    for (const secret of ["one", "two", "three"]) {
      const key = cache.keyOf("token", secret);
      cache.store(cache.begin(key), principal);
    }
    expect(cache.size).toBe(2);
    expect(cache.get(cache.keyOf("token", "one"))).toBeUndefined();
    expect(cache.get(cache.keyOf("token", "three"))).toBe(principal);
  });

  it("caches nothing with a TTL of 0", () => {
    const cache = new CredentialCache({ now: () => Date.parse(START), ttlMs: 0 });
    const key = cache.keyOf("token", "asc_secret");
    cache.store(cache.begin(key), principal);
    expect(cache.get(key)).toBeUndefined();
  });
});
