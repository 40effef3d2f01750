import { describe, expect, it } from "vitest";
import { forEachEngine } from "../../../store/testing/test-engines.js";
import { ADMIN, type TestApp, withAdminApp } from "../../testing/test-app.js";
import type { TestClient } from "../../testing/test-client.js";

forEachEngine((engine) => {
  describe("login, logout and CSRF", () => {
    let test: TestApp;
    let admin: TestClient;
    withAdminApp(engine, (made) => ({ test, admin } = made));

    it("answers a wrong password with 401, then 429 with Retry-After after repeated failures, with backoff", async () => {
      const browser = test.client();
      const wrong = { email: ADMIN.email, password: "not the password" };
      for (let attempt = 1; attempt <= 5; attempt++) {
        const response = await browser.post("/api/v1/auth/login", wrong);
        expect(response.statusCode, `attempt ${attempt}`).toBe(401);
        expect(response.json().error.code).toBe("unauthenticated");
      }
      // Blocked now: even the right password is refused until the block ends.
      const blocked = await browser.post("/api/v1/auth/login", { ...wrong, password: ADMIN.password });
      expect(blocked.statusCode).toBe(429);
      expect(blocked.json().error.code).toBe("rate_limited");
      expect(Number(blocked.headers["retry-after"])).toBe(30);

      test.clock.advance(31_000);
      expect((await browser.post("/api/v1/auth/login", wrong)).statusCode).toBe(401);
      // The 6th failure doubles the block.
      const longer = await browser.post("/api/v1/auth/login", wrong);
      expect(longer.statusCode).toBe(429);
      expect(Number(longer.headers["retry-after"])).toBe(60);

      test.clock.advance(61_000);
      expect((await browser.post("/api/v1/auth/login", { ...wrong, password: ADMIN.password })).statusCode).toBe(200);
      // Success clears the email's counter.
      expect((await browser.post("/api/v1/auth/login", wrong)).statusCode).toBe(401);
      const failures = await test.database.db
        .selectFrom("audit_log")
        .select("action")
        .where("action", "=", "login.failed")
        .execute();
      expect(failures.length).toBeGreaterThanOrEqual(7);
    });

    it("answers an unknown email exactly like a wrong password", async () => {
      const response = await test
        .client()
        .post("/api/v1/auth/login", { email: "nobody@example.test", password: "whatever1" });
      expect(response.statusCode).toBe(401);
      expect(response.json().error.message).toBe("Wrong email or password");
    });

    it("refuses a cookie-authenticated write without the x-csrf-token header", async () => {
      const response = await admin.post("/api/v1/me/api-tokens", { name: "ci", scopes: ["read"] }, { csrf: false });
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe("csrf_failed");
      const forged = await admin.post(
        "/api/v1/me/api-tokens",
        { name: "ci", scopes: ["read"] },
        { csrf: false, headers: { "x-csrf-token": "forged" } },
      );
      expect(forged.statusCode).toBe(403);
      const fine = await admin.post("/api/v1/me/api-tokens", { name: "ci", scopes: ["read"] });
      expect(fine.statusCode).toBe(201);
    });

    it("refuses a cookie-authenticated write from another origin even with the header", async () => {
      const response = await admin.post(
        "/api/v1/me/api-tokens",
        { name: "x", scopes: ["read"] },
        { headers: { origin: "https://evil.test" } },
      );
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe("csrf_failed");
    });

    it("does not need the CSRF header for reads", async () => {
      expect((await admin.request({ method: "GET", url: "/api/v1/me", csrf: false })).statusCode).toBe(200);
    });

    it("ends the session on logout, server-side (a replayed cookie is dead)", async () => {
      const browser = test.client();
      await browser.post("/api/v1/auth/login", { email: ADMIN.email, password: ADMIN.password });
      const stolen = browser.cookies.get("ascent_session")!;
      expect((await browser.post("/api/v1/auth/logout")).statusCode).toBe(204);
      const replay = await test.app.inject({ method: "GET", url: "/api/v1/me", cookies: { ascent_session: stolen } });
      expect(replay.statusCode).toBe(401);
    });

    it("expires an idle session", async () => {
      const browser = test.client();
      await browser.post("/api/v1/auth/login", { email: ADMIN.email, password: ADMIN.password });
      test.clock.advance(15 * 24 * 60 * 60 * 1000);
      expect((await browser.get("/api/v1/me")).statusCode).toBe(401);
      admin = test.client();
      await admin.post("/api/v1/auth/login", { email: ADMIN.email, password: ADMIN.password });
    });

    it("changes the password: the current one is checked, other sessions end", async () => {
      const other = test.client();
      await other.post("/api/v1/auth/login", { email: ADMIN.email, password: ADMIN.password });
      const wrong = await admin.put("/api/v1/me/password", {
        currentPassword: "nope",
        newPassword: "a new long password",
      });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().error.details[0].field).toBe("currentPassword");
      const ok = await admin.put("/api/v1/me/password", {
        currentPassword: ADMIN.password,
        newPassword: "a new long password",
      });
      expect(ok.statusCode).toBe(204);
      expect((await admin.get("/api/v1/me")).statusCode).toBe(200);
      expect((await other.get("/api/v1/me")).statusCode).toBe(401);
      const relogin = await test
        .client()
        .post("/api/v1/auth/login", { email: ADMIN.email, password: "a new long password" });
      expect(relogin.statusCode).toBe(200);
    });
  });
});
