import { describe, expect, it } from "vitest";
import { forEachEngine } from "../../../store/testing/test-engines.js";
import { buildTestApp, setUpAdmin, type TestApp, withAdminApp } from "../../testing/test-app.js";
import type { TestClient } from "../../testing/test-client.js";

forEachEngine((engine) => {
  describe("my weekly digest setting", () => {
    let test: TestApp;
    let admin: TestClient;
    withAdminApp(engine, (made) => ({ test, admin } = made));

    it("is on until I turn it off, and stays as I set it", async () => {
      expect((await admin.get("/api/v1/me/digest")).json()).toEqual({ weeklyDigest: true, mailConfigured: true });
      const off = await admin.put("/api/v1/me/digest", { weeklyDigest: false });
      expect(off.statusCode, off.body).toBe(200);
      expect(off.json()).toEqual({ weeklyDigest: false, mailConfigured: true });
      expect((await admin.get("/api/v1/me/digest")).json().weeklyDigest).toBe(false);
      expect((await admin.put("/api/v1/me/digest", { weeklyDigest: true })).json().weeklyDigest).toBe(true);
    });

    it("refuses anything but true or false, naming the field", async () => {
      const response = await admin.put("/api/v1/me/digest", { weeklyDigest: "yes" });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.details[0].field).toBe("weeklyDigest");
    });
  });

  describe("the digest setting without mail", () => {
    it("says mail is not configured", async () => {
      const test = await buildTestApp(await engine.create(), { mailer: null });
      try {
        const admin = await setUpAdmin(test);
        expect((await admin.get("/api/v1/me/digest")).json()).toEqual({ weeklyDigest: true, mailConfigured: false });
      } finally {
        await test.app.close();
      }
    });
  });
});
