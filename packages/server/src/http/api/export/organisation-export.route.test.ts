import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { markersIn, PRIVATE_TEXT, plantPrivateText } from "../../../app/digest/testing/private-text.fixture.js";
import { addEvidence } from "../../../app/evidence/add-evidence.service.js";
import { organisationExportText } from "../../../app/export/export-organisation.service.js";
import { markStayingByChoice } from "../../../app/people/mark-staying-by-choice.service.js";
import { setSharing } from "../../../app/sharing/set-sharing.service.js";
import { testContext } from "../../../app/testing/fixed-clock.js";
import { CAST, castActors } from "../../../app/testing/privacy-cast.fixture.js";
import { forEachEngine } from "../../../store/testing/test-engines.js";
import { seedHttpCast, sessionHeaders } from "../../testing/http-cast.js";
import { buildTestApp, type TestApp } from "../../testing/test-app.js";

const STAYING_NOTE = "MARKER-ORG-EXPORT-STAYING-NOTE-4d1a";
const UNSHARED_EVIDENCE = "MARKER-ORG-EXPORT-UNSHARED-EVIDENCE-8b2c";

forEachEngine((engine) => {
  describe("GET /api/v1/organisation/export", () => {
    let test: TestApp;

    const exportAs = async (personId: string) => {
      const auth = await sessionHeaders(test.database.db, () => test.clock().toISOString(), personId);
      return test.app.inject({ method: "GET", url: "/api/v1/organisation/export", cookies: auth.cookies });
    };
    const auditActions = async () =>
      (
        await test.database.db
          .selectFrom("audit_log")
          .select("action")
          .where("target_kind", "=", "organisation")
          .execute()
      )
        .map((row) => row.action)
        .sort();

    beforeAll(async () => {
      test = await buildTestApp(await engine.create());
      test.clock.set("2026-06-01T09:00:00.000Z");
      await seedHttpCast(test.database.db);
      const ctx = testContext(test.database.db, "2026-06-01T09:00:00.000Z");
      await plantPrivateText(ctx, "2026-01-10T09:00:00.000Z");
      const cast = castActors();
      const version = (
        await test.database.db
          .selectFrom("person")
          .select("version")
          .where("id", "=", CAST.member)
          .executeTakeFirstOrThrow()
      ).version;
      await markStayingByChoice(ctx, cast.member, {
        personId: CAST.member,
        version,
        staying: true,
        note: STAYING_NOTE,
      });
      const unshared = await addEvidence(ctx, cast.member, {
        kind: "design-doc",
        title: "Kept to myself",
        body: UNSHARED_EVIDENCE,
        occurredOn: "2026-05-02T00:00:00.000Z",
        stageIds: ["self-ownership"],
      });
      await setSharing(ctx, cast.member, {
        itemKind: "evidence",
        itemId: unshared.evidence.id,
        audience: "mentor",
        allowed: false,
      });
    });
    afterAll(() => test.app.close());

    it("is refused, saying why and what to do, while admins may not read private content", async () => {
      const response = await exportAs(CAST.admin);
      expect(response.statusCode).toBe(409);
      expect(response.json().error).toMatchObject({ code: "forbidden_state" });
      expect(response.json().error.message).toContain("Settings → Privacy");
      expect(response.json().error.message).toContain("ascent export");
      expect(markersIn(response.body)).toEqual([]);
      expect(await auditActions()).toEqual([]);
    });

    it("answers anyone but an admin as an unknown route", async () => {
      for (const personId of [CAST.member, CAST.leader, CAST.lead]) {
        const response = await exportAs(personId);
        expect(response.statusCode, personId).toBe(404);
        expect(markersIn(response.body)).toEqual([]);
      }
    });

    it("holds only what people shared with someone: no private note, draft, aware moment, staying note or item narrowed to nobody", async () => {
      await test.database.db
        .updateTable("organisation")
        .set({ settings: JSON.stringify({ privacy: { adminMayReadPrivateContent: true } }) })
        .execute();
      const response = await exportAs(CAST.admin);
      expect(response.statusCode, response.body).toBe(200);
      const found = markersIn(response.body).sort();
      // Shared with their mentor by default, so the policy opens them (and the read is audited).
      expect(found).toEqual(
        [
          PRIVATE_TEXT.checkInNotes,
          PRIVATE_TEXT.evidence,
          PRIVATE_TEXT.plan,
          PRIVATE_TEXT.momentExtended,
          PRIVATE_TEXT.momentOutcome,
        ].sort(),
      );
      expect(response.body).not.toContain(STAYING_NOTE);
      expect(response.body).not.toContain(UNSHARED_EVIDENCE);
      const document = response.json();
      expect(document.privateNotes).toEqual([]);
      expect(document.checkIns.filter((c: { status: string }) => c.status === "draft")).toEqual([]);
      expect(document.moments.filter((m: { state: string }) => m.state === "aware")).toEqual([]);
      const member = document.people.find((p: { id: string }) => p.id === CAST.member);
      expect(member.stayingByChoice).toMatchObject({ since: expect.any(String), note: "" });
    });

    it("downloads the very document `ascent export` writes once the policy allows it, audited", async () => {
      await test.database.db
        .updateTable("organisation")
        .set({ settings: JSON.stringify({ privacy: { adminMayReadPrivateContent: true } }) })
        .execute();
      const auditedBefore = await auditActions();
      const response = await exportAs(CAST.admin);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers["content-type"]).toMatch(/^application\/json/);
      expect(response.headers["content-disposition"]).toMatch(
        /^attachment; filename="ascent-organisation-\d{4}-\d{2}-\d{2}\.json"$/,
      );
      expect(response.headers["cache-control"]).toBe("no-store");
      // Byte for byte the CLI's export (the audit rows written since are not part of the document).
      expect(response.body).toBe(await organisationExportText(test.database.db));
      const document = response.json();
      expect(document).toMatchObject({ format: "ascent-organisation", formatVersion: 1 });
      expect(document.people.map((p: { id: string }) => p.id)).toContain(CAST.member);
      // What people shared is in it: that is what the policy allowed, and what the audit records.
      expect(markersIn(response.body)).toContain(PRIVATE_TEXT.evidence);
      expect(response.body).not.toMatch(/password|\$argon2/i);
      expect(await auditActions()).toEqual([...auditedBefore, "export.created", "private_content.read"].sort());
    });
  });
});
