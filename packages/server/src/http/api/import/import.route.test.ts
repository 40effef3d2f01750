import { describe, expect, it } from "vitest";
import { forEachEngine } from "../../../store/testing/test-engines.js";
import { type TestApp, withAdminApp } from "../../testing/test-app.js";
import type { TestClient } from "../../testing/test-client.js";

const GOOD = [
  "name,email,team,group,mentor,role",
  "Grace Lead,grace@example.test,Platform,Engineering,,lead",
  "Linus Member,linus@example.test,Platform,Engineering,grace@example.test,member",
].join("\n");
const BAD = `${GOOD}\nNo Mail,not-an-email,Platform,Engineering,,member\n`;

forEachEngine((engine) => {
  describe("POST /api/v1/import/org-chart(/preview)", () => {
    let test: TestApp;
    let admin: TestClient;
    withAdminApp(engine, (made) => ({ test, admin } = made));

    const people = async () => (await test.database.db.selectFrom("person").select("email").execute()).length;

    it("previews a text/csv body: every error by line and column, nothing written", async () => {
      const before = await people();
      const response = await admin.post("/api/v1/import/org-chart/preview", BAD, {
        headers: { "content-type": "text/csv" },
      });
      expect(response.statusCode, response.body).toBe(200);
      const report = response.json();
      expect(report.ok).toBe(false);
      expect(report.errors).toEqual([expect.objectContaining({ line: 4, column: "email" })]);
      expect(report.summary.people).toBe(3);
      expect(await people()).toBe(before);
    });

    it("refuses to commit a file with an error: 400 naming line and column, nothing written", async () => {
      const before = await people();
      const response = await admin.post("/api/v1/import/org-chart", { csv: BAD });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().error.code).toBe("validation_failed");
      expect(response.json().error.details[0].field).toBe("line 4, column email");
      expect(await people()).toBe(before);
    });

    it("previews a JSON body with a column mapping", async () => {
      const csv = "Full name,Work email\nAda Two,ada2@example.test\n";
      const response = await admin.post("/api/v1/import/org-chart/preview", {
        csv,
        columns: { name: "Full name", email: "Work email" },
      });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toMatchObject({ ok: true, summary: { creates: 1 } });
    });

    it("commits a clean file all at once and invites the people it added", async () => {
      const response = await admin.post("/api/v1/import/org-chart", { csv: GOOD, invite: true });
      expect(response.statusCode, response.body).toBe(200);
      const result = response.json();
      expect(result.written).toMatchObject({ peopleCreated: 2, teamsCreated: 1, groupsCreated: 1, leadsAdded: 1 });
      expect(result.written.mentorshipsStarted).toBe(1);
      expect(result.invitations.map((i: { email: string }) => i.email).sort()).toEqual([
        "grace@example.test",
        "linus@example.test",
      ]);
      expect(result.invitationsSkipped).toBe(0);
      const accepted = await test.client().post("/api/v1/auth/invitations/accept", {
        token: new URL(result.invitations[0].link).hash.slice(1).replace(/^token=/, ""),
        password: "a long enough new password",
      });
      expect(accepted.statusCode, accepted.body).toBe(201);
    });

    it("commits a text/csv body again as unchanged, without invitations unless asked", async () => {
      const response = await admin.post("/api/v1/import/org-chart", GOOD, { headers: { "content-type": "text/csv" } });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toMatchObject({ summary: { unchanged: 2 }, invitations: [], invitationsSkipped: 0 });
    });

    it("keeps text/csv to these routes: elsewhere it is 415", async () => {
      const response = await admin.post("/api/v1/invitations", "a,b", { headers: { "content-type": "text/csv" } });
      expect(response.statusCode).toBe(415);
    });

    it("takes files above the 1 MiB default, up to 16 MiB", async () => {
      const rows = ["name,email"];
      for (let i = 0; i < 30_000; i++) rows.push(`Person ${i},person${i}@big.example.test`);
      const csv = rows.join("\n");
      expect(csv.length).toBeGreaterThan(1024 * 1024);
      const response = await admin.post("/api/v1/import/org-chart/preview", csv, {
        headers: { "content-type": "text/csv" },
      });
      expect(response.statusCode, response.body.slice(0, 200)).toBe(200);
      expect(response.json().summary.creates).toBe(30_000);
    });

    it("is described in the OpenAPI document", async () => {
      const document = (await test.client().get("/api/openapi.json")).json();
      expect(document.paths["/api/v1/import/org-chart"].post.security).toEqual([{ session: [] }, { token: [] }]);
      expect(document.paths["/api/v1/import/org-chart/preview"].post).toBeDefined();
    });
  });
});
