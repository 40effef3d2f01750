import { afterAll, describe, expect, it } from "vitest";
import { forEachEngine } from "../../../store/testing/test-engines.js";
import { ADMIN, buildTestApp, type TestApp } from "../../testing/test-app.js";

forEachEngine((engine) => {
  describe("first-run setup", () => {
    const apps: TestApp[] = [];
    const fresh = async (options: Parameters<typeof buildTestApp>[1] = {}) => {
      const test = await buildTestApp(await engine.create(), options);
      apps.push(test);
      return test;
    };
    afterAll(() => Promise.all(apps.map((t) => t.app.close())));

    it("creates the admin, signs them in, and the session works until logout", async () => {
      const test = await fresh();
      const browser = test.client();
      expect((await browser.get("/api/v1/setup")).json()).toEqual({ setupDone: false, setupTokenRequired: false });

      const setup = await browser.post("/api/v1/setup", { ...ADMIN, organisationName: "Acme" });
      expect(setup.statusCode).toBe(201);
      const session = setup.cookies.find((c) => c.name === "ascent_session");
      expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
      expect(session?.secure).toBeFalsy();
      expect(setup.cookies.find((c) => c.name === "ascent_csrf")?.httpOnly).toBeFalsy();
      expect(setup.json().csrfToken).toBe(browser.cookies.get("ascent_csrf"));

      const me = await browser.get("/api/v1/me");
      expect(me.statusCode).toBe(200);
      expect(me.json()).toMatchObject({
        email: ADMIN.email,
        name: ADMIN.name,
        roles: ["admin"],
        may: { administer: true, oversee: true },
        via: "session",
      });

      expect((await browser.post("/api/v1/auth/logout")).statusCode).toBe(204);
      expect(browser.cookies.has("ascent_session")).toBe(false);
      expect((await browser.get("/api/v1/me")).statusCode).toBe(401);

      const login = await browser.post("/api/v1/auth/login", { email: "ADA@example.test ", password: ADMIN.password });
      expect(login.statusCode, login.body).toBe(400); // the email field is validated as typed: no stray spaces
      const login2 = await browser.post("/api/v1/auth/login", { email: "ADA@Example.test", password: ADMIN.password });
      expect(login2.statusCode).toBe(200);
      expect((await browser.get("/api/v1/me")).json().personId).toBe(me.json().personId);

      const audit = await test.database.db.selectFrom("audit_log").select("action").orderBy("at").execute();
      expect(audit.map((a) => a.action)).toEqual(
        expect.arrayContaining(["setup.completed", "logout", "login.succeeded"]),
      );
      // The session table holds hashes, never the cookie's token.
      const rows = await test.database.db.selectFrom("session").select("id").execute();
      expect(rows.map((r) => r.id)).not.toContain(browser.cookies.get("ascent_session"));
    });

    it("is refused with 409 setup_done once an admin exists", async () => {
      const test = await fresh();
      expect((await test.client().post("/api/v1/setup", ADMIN)).statusCode).toBe(201);
      const again = await test.client().post("/api/v1/setup", { ...ADMIN, email: "eve@example.test" });
      expect(again.statusCode).toBe(409);
      expect(again.json().error.code).toBe("setup_done");
      expect((await test.client().get("/api/v1/setup")).json().setupDone).toBe(true);
    });

    it("lets only one of two racing setups win", async () => {
      const test = await fresh();
      const results = await Promise.all([
        test.client().post("/api/v1/setup", ADMIN),
        test.client().post("/api/v1/setup", { ...ADMIN, email: "eve@example.test" }),
      ]);
      expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
      const admins = await test.database.db.selectFrom("account").select("id").execute();
      expect(admins).toHaveLength(1);
    });

    it("refuses a weak password naming the field", async () => {
      const test = await fresh();
      const response = await test.client().post("/api/v1/setup", { ...ADMIN, password: "short" });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.details).toEqual([{ field: "password", reason: expect.stringContaining("10") }]);
    });

    it("needs the printed one-time token when not bound to loopback", async () => {
      const test = await fresh({ host: "0.0.0.0", setupToken: "printed-token-123" });
      const browser = test.client();
      expect((await browser.get("/api/v1/setup")).json().setupTokenRequired).toBe(true);
      const without = await browser.post("/api/v1/setup", ADMIN);
      expect(without.statusCode).toBe(403);
      expect(without.json().error.code).toBe("setup_token_invalid");
      const wrong = await browser.post("/api/v1/setup", { ...ADMIN, setupToken: "guess" });
      expect(wrong.statusCode).toBe(403);
      const right = await browser.post("/api/v1/setup", { ...ADMIN, setupToken: "printed-token-123" });
      expect(right.statusCode).toBe(201);
    });

    it("accepts the token as the x-setup-token header too", async () => {
      const test = await fresh({ host: "10.0.0.5", setupToken: "printed-token-456" });
      const response = await test
        .client()
        .post("/api/v1/setup", ADMIN, { headers: { "x-setup-token": "printed-token-456" } });
      expect(response.statusCode).toBe(201);
    });

    it("refuses setup off loopback when the server has no token to compare with", async () => {
      const test = await fresh({ host: "0.0.0.0" });
      const response = await test.client().post("/api/v1/setup", { ...ADMIN, setupToken: "anything" });
      expect(response.statusCode).toBe(403);
    });

    it("marks cookies Secure when the public URL is https", async () => {
      const test = await fresh({ publicUrl: "https://ascent.example.test" });
      const response = await test
        .client()
        .post("/api/v1/setup", ADMIN, { headers: { origin: "https://ascent.example.test" } });
      expect(response.statusCode).toBe(201);
      expect(response.cookies.every((c) => c.secure === true)).toBe(true);
      expect(response.headers["strict-transport-security"]).toContain("max-age=");
    });

    it("refuses a setup posted from another site's origin", async () => {
      const test = await fresh();
      const response = await test.client().post("/api/v1/setup", ADMIN, { headers: { origin: "https://evil.test" } });
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe("csrf_failed");
    });
  });
});
