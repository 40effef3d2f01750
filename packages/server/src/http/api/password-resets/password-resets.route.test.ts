import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forEachEngine } from "../../../store/testing/test-engines.js";
import { ADMIN, buildTestApp, setUpAdmin, type TestApp } from "../../testing/test-app.js";
import type { TestClient } from "../../testing/test-client.js";

function tokenOf(link: string): string {
  return new URL(link).hash.replace(/^#token=/, "");
}

forEachEngine((engine) => {
  describe("password resets", () => {
    let test: TestApp;
    let admin: TestClient;
    let adminAccountId: string;
    beforeAll(async () => {
      test = await buildTestApp(await engine.create());
      admin = await setUpAdmin(test);
      adminAccountId = (await admin.get("/api/v1/me")).json().accountId;
    });
    afterAll(() => test.app.close());

    it("mails a link on request; the link sets a new password once and ends every session", async () => {
      const response = await test.client().post("/api/v1/auth/password-resets", { email: ADMIN.email });
      expect(response.statusCode).toBe(202);
      const mail = test.sent.at(-1);
      expect(mail?.to).toBe(ADMIN.email);
      const link = /http\S+/.exec(mail?.text ?? "")?.[0] ?? "";
      expect(link).toContain("/reset-password#token=");

      const done = await test.client().post("/api/v1/auth/password-resets/complete", {
        token: tokenOf(link),
        password: "a brand new password",
      });
      expect(done.statusCode).toBe(204);
      expect((await admin.get("/api/v1/me")).statusCode).toBe(401);
      const reused = await test.client().post("/api/v1/auth/password-resets/complete", {
        token: tokenOf(link),
        password: "yet another password",
      });
      expect(reused.statusCode).toBe(404);
      const login = await admin.post("/api/v1/auth/login", { email: ADMIN.email, password: "a brand new password" });
      expect(login.statusCode).toBe(200);
    });

    it("answers 202 for an unknown address too, and sends nothing", async () => {
      const before = test.sent.length;
      const response = await test.client().post("/api/v1/auth/password-resets", { email: "nobody@example.test" });
      expect(response.statusCode).toBe(202);
      expect(test.sent.length).toBe(before);
    });

    it("lets an admin create a link to copy; it expires", async () => {
      const created = await admin.post(`/api/v1/accounts/${adminAccountId}/password-reset`);
      expect(created.statusCode, created.body).toBe(201);
      const { link } = created.json();
      test.clock.advance(3 * 60 * 60 * 1000);
      const late = await test.client().post("/api/v1/auth/password-resets/complete", {
        token: tokenOf(link),
        password: "too late password",
      });
      expect(late.statusCode).toBe(404);
    });

    it("limits requests per address", async () => {
      const browser = test.client();
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) {
        codes.push((await browser.post("/api/v1/auth/password-resets", { email: "flood@example.test" })).statusCode);
      }
      expect(codes).toEqual([202, 202, 202, 429, 429]);
    });
  });
});
