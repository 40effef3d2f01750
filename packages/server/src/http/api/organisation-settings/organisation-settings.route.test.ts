import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forEachEngine } from "../../../store/testing/test-engines.js";
import { buildTestApp, setUpAdmin, type TestApp } from "../../testing/test-app.js";
import type { TestClient } from "../../testing/test-client.js";

forEachEngine((engine) => {
  describe("organisation settings over HTTP", () => {
    let test: TestApp;
    let admin: TestClient;
    let member: TestClient;
    beforeAll(async () => {
      test = await buildTestApp(await engine.create());
      admin = await setUpAdmin(test);
      const created = (
        await admin.post("/api/v1/people", { name: "Mo", email: "mo@example.test", invite: true })
      ).json();
      member = test.client();
      await member.post("/api/v1/auth/invitations/accept", {
        token: new URL(created.invitation.link).hash.replace(/^#token=/, ""),
        password: "mo's long password",
      });
    });
    afterAll(() => test.app.close());

    it("lets the admin write the privacy policy and everyone signed in read it", async () => {
      const before = (await member.get("/api/v1/organisation/settings")).json();
      expect(before).toMatchObject({ privacyPolicy: { text: "", adminMayReadPrivateContent: false }, version: 1 });
      const saved = await admin.put("/api/v1/organisation/settings", {
        version: 1,
        name: "Acme",
        privacyPolicy: { text: "Private notes are yours alone.", adminMayReadPrivateContent: false },
      });
      expect(saved.statusCode, saved.body).toBe(200);
      const read = await member.get("/api/v1/organisation/settings");
      expect(read.json()).toEqual({
        name: "Acme",
        privacyPolicy: { text: "Private notes are yours alone.", adminMayReadPrivateContent: false },
        version: 2,
      });
      const stale = await admin.put("/api/v1/organisation/settings", { version: 1, name: "Late" });
      expect(stale.statusCode).toBe(409);
      expect((await test.client().get("/api/v1/organisation/settings")).statusCode).toBe(401);
    });

    it("hides the change from members and refuses bad bodies", async () => {
      const response = await member.put("/api/v1/organisation/settings", { version: 2, name: "Mine" });
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe("not_found");
      const bad = await admin.put("/api/v1/organisation/settings", { version: 2, privacyPolicy: { text: 7 } });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.details[0].field).toBe("privacyPolicy.text");
    });
  });
});
