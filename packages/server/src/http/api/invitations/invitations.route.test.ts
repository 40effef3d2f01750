import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { smtpMailer } from "../../../mail/smtp-mailer.js";
import { startTestSmtpServer } from "../../../mail/testing/test-smtp-server.js";
import { forEachEngine } from "../../../store/testing/test-engines.js";
import { buildTestApp, setUpAdmin, type TestApp } from "../../testing/test-app.js";
import type { TestClient } from "../../testing/test-client.js";

/** The token in a one-time link's fragment. */
function tokenOf(link: string): string {
  return new URL(link).hash.replace(/^#token=/, "");
}

forEachEngine((engine) => {
  describe("invitations", () => {
    let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
    let test: TestApp;
    let admin: TestClient;
    beforeAll(async () => {
      smtp = await startTestSmtpServer();
      test = await buildTestApp(await engine.create(), {
        mailer: smtpMailer({ url: smtp.url }),
        publicUrl: "http://ascent.test:4810",
      });
      admin = await setUpAdmin(test);
    });
    afterAll(async () => {
      await test.app.close();
      await smtp.stop();
    });

    it("invites by email (mailed through SMTP and shown to copy); the invitee accepts and is signed in", async () => {
      const created = await admin.post("/api/v1/invitations", { email: "Bo@Example.test", name: "Bo Builder" });
      expect(created.statusCode, created.body).toBe(201);
      const invitation = created.json();
      expect(invitation).toMatchObject({ email: "bo@example.test", mailed: true });
      expect(invitation.link).toMatch(/^http:\/\/ascent\.test:4810\/invitation#token=/);
      const mail = smtp.received.at(-1) ?? "";
      expect(mail).toContain("To: bo@example.test");
      expect(mail.replace(/=\r?\n/g, "")).toContain(tokenOf(invitation.link));

      const pending = await admin.get("/api/v1/invitations");
      expect(pending.json().invitations.map((i: { email: string }) => i.email)).toEqual(["bo@example.test"]);

      // The token is stored hashed.
      const row = await test.database.db.selectFrom("invitation").select("token_hash").executeTakeFirstOrThrow();
      expect(row.token_hash).not.toContain(tokenOf(invitation.link));

      const bo = test.client();
      const accepted = await bo.post("/api/v1/auth/invitations/accept", {
        token: tokenOf(invitation.link),
        password: "bo's long password",
      });
      expect(accepted.statusCode, accepted.body).toBe(201);
      const me = await bo.get("/api/v1/me");
      expect(me.json()).toMatchObject({ email: "bo@example.test", name: "Bo Builder", roles: [] });
      expect(me.json().personId).toBe(invitation.personId);

      // Single use.
      const again = await test.client().post("/api/v1/auth/invitations/accept", {
        token: tokenOf(invitation.link),
        password: "another long password",
      });
      expect(again.statusCode).toBe(404);
      expect((await admin.get("/api/v1/invitations")).json().invitations).toEqual([]);
    });

    it("refuses an expired link", async () => {
      const created = (await admin.post("/api/v1/invitations", { email: "cy@example.test", name: "Cy" })).json();
      test.clock.advance(8 * 24 * 60 * 60 * 1000);
      const late = await test.client().post("/api/v1/auth/invitations/accept", {
        token: tokenOf(created.link),
        password: "cy's long password",
      });
      expect(late.statusCode).toBe(404);
      expect(late.json().error.code).toBe("not_found");
    });

    it("refuses to invite an email that already has an account", async () => {
      const response = await admin.post("/api/v1/invitations", { email: "bo@example.test", name: "Bo again" });
      expect(response.statusCode).toBe(409);
    });

    it("withdraws an invitation so its link stops working", async () => {
      const created = (await admin.post("/api/v1/invitations", { email: "di@example.test", name: "Di" })).json();
      expect((await admin.delete(`/api/v1/invitations/${created.id}`)).statusCode).toBe(204);
      const response = await test.client().post("/api/v1/auth/invitations/accept", {
        token: tokenOf(created.link),
        password: "di's long password",
      });
      expect(response.statusCode).toBe(404);
    });

    it("is an admin's job: a member gets not_found, never a hint", async () => {
      const created = (await admin.post("/api/v1/invitations", { email: "ed@example.test", name: "Ed" })).json();
      const ed = test.client();
      await ed.post("/api/v1/auth/invitations/accept", {
        token: tokenOf(created.link),
        password: "ed's long password",
      });
      const response = await ed.post("/api/v1/invitations", { email: "fi@example.test", name: "Fi" });
      expect(response.statusCode).toBe(404);
      expect((await ed.get("/api/v1/invitations")).statusCode).toBe(404);
    });
  });
});
