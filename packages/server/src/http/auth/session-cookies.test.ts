import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SESSION_IDLE_MS } from "../../app/identity/sessions/session-lifetime.js";
import { hashToken } from "../../app/identity/tokens/secret-token.js";
import { forEachEngine } from "../../store/testing/test-engines.js";
import { ADMIN, buildTestApp, setUpAdmin, type TestApp } from "../testing/test-app.js";
import type { TestClient } from "../testing/test-client.js";
import { COOKIE_REFRESH_EVERY_MS } from "./session-cookie-refresh.js";
import { CSRF_COOKIE, SESSION_COOKIE } from "./session-cookies.js";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** The cookies an answer sets, by name. */
function cookiesSet(response: { cookies: unknown }): Map<string, { value: string; maxAge?: number }> {
  const list = response.cookies as { name: string; value: string; maxAge?: number }[];
  return new Map(list.map((c) => [c.name, c]));
}

forEachEngine((engine) => {
  describe("sliding session cookies", () => {
    let test: TestApp;
    beforeAll(async () => {
      test = await buildTestApp(await engine.create());
      await setUpAdmin(test);
    });
    afterAll(() => test.app.close());

    async function signedIn(): Promise<TestClient> {
      const browser = test.client();
      const login = await browser.post("/api/v1/auth/login", { email: ADMIN.email, password: ADMIN.password });
      expect(login.statusCode).toBe(200);
      return browser;
    }

    async function sessionRow(browser: TestClient) {
      return test.database.db
        .selectFrom("session")
        .select(["expires_at", "last_seen_at"])
        .where("id", "=", hashToken(browser.cookies.get(SESSION_COOKIE)!))
        .executeTakeFirstOrThrow();
    }

    it("neither resets the cookies nor writes the session on every request", async () => {
      const browser = await signedIn();
      const before = await sessionRow(browser);
      test.clock.advance(MINUTE);
      const response = await browser.get("/api/v1/me");
      expect(response.statusCode).toBe(200);
      expect(response.headers["set-cookie"]).toBeUndefined();
      expect(await sessionRow(browser)).toEqual(before);
    });

    it("slides both cookies' Max-Age and the server-side expiry once a few minutes have passed", async () => {
      const browser = await signedIn();
      test.clock.advance(COOKIE_REFRESH_EVERY_MS + MINUTE);
      const response = await browser.get("/api/v1/me");
      expect(response.statusCode).toBe(200);
      const set = cookiesSet(response);
      expect(set.get(SESSION_COOKIE)).toMatchObject({
        value: browser.cookies.get(SESSION_COOKIE),
        maxAge: SESSION_IDLE_MS / 1000,
      });
      expect(set.get(CSRF_COOKIE)).toMatchObject({ maxAge: SESSION_IDLE_MS / 1000 });
      expect((await sessionRow(browser)).expires_at).toBe(
        new Date(test.clock().getTime() + SESSION_IDLE_MS).toISOString(),
      );
      // Refreshed now: the next request within the interval sets nothing again.
      test.clock.advance(MINUTE);
      expect((await browser.get("/api/v1/me")).headers["set-cookie"]).toBeUndefined();
    });

    it("keeps a session used every ten days alive past the first idle period, and ends it after one unused", async () => {
      const browser = await signedIn();
      for (let use = 1; use <= 3; use++) {
        test.clock.advance(10 * DAY);
        const response = await browser.get("/api/v1/me");
        expect(response.statusCode, `use ${use}`).toBe(200);
        expect(cookiesSet(response).get(SESSION_COOKIE)?.maxAge).toBe(SESSION_IDLE_MS / 1000);
      }
      test.clock.advance(SESSION_IDLE_MS + MINUTE);
      expect((await browser.get("/api/v1/me")).statusCode).toBe(401);
    });

    it("clears the cookies on logout even when a refresh was due", async () => {
      const browser = await signedIn();
      test.clock.advance(COOKIE_REFRESH_EVERY_MS + MINUTE);
      const response = await browser.post("/api/v1/auth/logout");
      expect(response.statusCode).toBe(204);
      expect(cookiesSet(response).get(SESSION_COOKIE)).toMatchObject({ value: "", maxAge: 0 });
      expect(browser.cookies.has(SESSION_COOKIE)).toBe(false);
    });
  });
});
