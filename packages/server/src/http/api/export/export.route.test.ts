import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor } from "../../../app/access/actor.js";
import { markersIn, PRIVATE_TEXT } from "../../../app/digest/testing/private-text.fixture.js";
import { getPersonalExport } from "../../../app/export/get-personal-export.service.js";
import { testContext } from "../../../app/testing/fixed-clock.js";
import { CAST } from "../../../app/testing/privacy-cast.fixture.js";
import { forEachEngine } from "../../../store/testing/test-engines.js";
import { accountIdOf, buildCastAppWithPrivateText, sessionHeaders } from "../../testing/http-cast.js";
import { ADMIN, type TestApp, withAdminApp } from "../../testing/test-app.js";
import type { TestClient } from "../../testing/test-client.js";

/** What the member may see of what was planted about them (their own text, and the moment once extended). */
const MEMBER_SEES = [
  PRIVATE_TEXT.checkInNotes,
  PRIVATE_TEXT.ownNote,
  PRIVATE_TEXT.evidence,
  PRIVATE_TEXT.plan,
  PRIVATE_TEXT.momentExtended,
  PRIVATE_TEXT.momentOutcome,
].sort();

forEachEngine((engine) => {
  describe("personal export", () => {
    let test: TestApp;
    let admin: TestClient;
    withAdminApp(engine, (made) => ({ test, admin } = made));

    it("downloads my own records as JSON, uncached, and audits the export", async () => {
      const response = await admin.get("/api/v1/me/export");
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers["content-disposition"]).toMatch(
        /^attachment; filename="ascent-record-ada-admin-\d{4}-\d{2}-\d{2}\.json"$/,
      );
      expect(response.headers["cache-control"]).toBe("no-store");
      const body = response.json();
      expect(body).toMatchObject({ format: "ascent.personal-export", formatVersion: 1 });
      expect(body.person).toMatchObject({ name: ADMIN.name });
      expect(body.account).toMatchObject({ email: ADMIN.email, weeklyDigest: true });
      const audit = await test.database.db
        .selectFrom("audit_log")
        .selectAll()
        .where("action", "=", "export.created")
        .execute();
      expect(audit).toHaveLength(1);
    });

    it("refuses unknown formats in the error shape", async () => {
      const response = await admin.get("/api/v1/me/export?format=pdf");
      expect(response.statusCode).toBe(400);
      expect(response.json().error.details[0].field).toBe("query.format");
    });
  });

  describe("personal export of a person with a history", () => {
    let test: TestApp;
    const exportAs = async (person: string, query: string) => {
      const auth = await sessionHeaders(test.database.db, () => test.clock().toISOString(), person);
      return test.app.inject({ method: "GET", url: `/api/v1/me/export${query}`, cookies: auth.cookies });
    };
    beforeAll(async () => {
      test = await buildCastAppWithPrivateText(engine);
    });
    afterAll(() => test.app.close());

    it("holds everything I may see about myself, and nothing about me that I may not", async () => {
      const response = await exportAs(CAST.member, "");
      expect(response.statusCode, response.body).toBe(200);
      const record = response.json();
      expect(markersIn(response.body).sort()).toEqual(MEMBER_SEES);
      expect(record.team).toEqual({ id: "t-1", name: "Payments" });
      expect(record.group).toEqual({ id: "g-1", name: "Platform" });
      expect(record.mentorships).toEqual([
        expect.objectContaining({ role: "mentee", personId: CAST.mentor, name: "Name of p-mentor", cadenceDays: 28 }),
      ]);
      expect(record.positionHistory.current).toEqual([
        expect.objectContaining({ at: "2026-01-10T09:00:00.000Z", progress: 1 }),
      ]);
      expect(record.positionHistory.mentor).toEqual([]);
      expect(record.sharing.map((s: { itemKind: string }) => s.itemKind).sort()).toEqual([
        "check_in",
        "evidence",
        "plan",
      ]);
      expect(record.sharing.find((s: { itemKind: string }) => s.itemKind === "plan")).toMatchObject({
        mentor: true,
        lead: true,
        chosen: false,
      });
      expect(record.framework.stages).toHaveLength(8);
      expect(record.people[CAST.mentor]).toBe("Name of p-mentor");
      // The lead's moment about me is still only their note.
      expect(record.moments).toHaveLength(1);
    });

    it("answers the whole record, field for field, as the service builds it", async () => {
      const response = await exportAs(CAST.member, "");
      expect(response.statusCode, response.body).toBe(200);
      // The response schema is the serialiser too: a field it forgot would be missing here.
      const ctx = testContext(test.database.db, test.clock().toISOString());
      const expected = await getPersonalExport(ctx, actorFor(CAST.member, { accountId: accountIdOf(CAST.member) }));
      expect(response.json()).toEqual(JSON.parse(JSON.stringify(expected)));
      expect(expected.checkIns.length * expected.evidence.length * expected.plans.length).toBeGreaterThan(0);
    });

    it("is also a readable, self-contained page with my zig-zag inline", async () => {
      const response = await exportAs(CAST.member, "?format=html");
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers["content-type"]).toBe("text/html; charset=utf-8");
      expect(response.headers["content-disposition"]).toMatch(
        /^attachment; filename="ascent-record-name-of-p-member-2026-06-01\.html"$/,
      );
      // Shown in a browser, the page may use its own style block and nothing else.
      expect(response.headers["content-security-policy"]).toMatch(/^default-src 'none'; style-src 'sha256-/);
      const html = response.body;
      expect(html).toMatch(/^<!doctype html>/);
      expect(html).toContain("<title>Name of p-member — my record in Ascent</title>");
      expect(html).toContain("Technical Leadership Progression: the path through 8 stages");
      expect(html.match(/<svg/g)).toHaveLength(3);
      expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
      expect(markersIn(html).sort()).toEqual(MEMBER_SEES);
      expect((await exportAs(CAST.member, "?format=html&download=0")).headers["content-disposition"]).toMatch(
        /^inline; /,
      );
    });

    it("gives the mentor their own record, without the member's private text", async () => {
      for (const format of ["json", "html"]) {
        const response = await exportAs(CAST.mentor, `?format=${format}`);
        expect(response.statusCode).toBe(200);
        // The mentor wrote a note about the member and gave the moment: neither is about the mentor.
        const found = markersIn(response.body);
        expect(found).not.toContain(PRIVATE_TEXT.ownNote);
        expect(found).not.toContain(PRIVATE_TEXT.checkInNotes);
        expect(found).not.toContain(PRIVATE_TEXT.evidence);
        expect(found).not.toContain(PRIVATE_TEXT.mentorNote);
      }
    });
  });
});
