import { describe, expect, it } from "vitest";
import { CAST } from "../../../app/testing/privacy-cast.fixture.js";
import { forEachEngine } from "../../../store/testing/test-engines.js";
import { type SendAs, withCastApp } from "../../testing/http-cast.js";
import type { TestApp } from "../../testing/test-app.js";

forEachEngine((engine) => {
  describe("check-ins over HTTP", () => {
    let test: TestApp;
    let send: SendAs;
    withCastApp(engine, CAST.member, (made) => ({ test, send } = made));

    it("drafts, edits, submits; stale versions and submitted check-ins are refused with 409", async () => {
      const created = await send("POST", "/api/v1/check-ins", {
        personId: CAST.member,
        assessorKind: "self",
        ratings: { "self-awareness": "established" },
      });
      expect(created.statusCode, created.body).toBe(201);
      const id = created.json().checkIn.id;

      const edited = await send("PATCH", `/api/v1/check-ins/${id}`, { version: 1, notes: "Led the retro" });
      expect(edited.statusCode, edited.body).toBe(200);
      expect(edited.json().version).toBe(2);

      const stale = await send("PATCH", `/api/v1/check-ins/${id}`, { version: 1, notes: "older copy" });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error.code).toBe("conflict");

      const submitted = await send("POST", `/api/v1/check-ins/${id}/submit`, { version: 2 });
      expect(submitted.statusCode, submitted.body).toBe(200);

      const late = await send("PATCH", `/api/v1/check-ins/${id}`, { version: 3, notes: "too late" });
      expect(late.statusCode).toBe(409);
      expect(late.json().error.code).toMatch(/forbidden_state|conflict/);

      const read = await send("GET", `/api/v1/check-ins/${id}`);
      expect(read.json().checkIn.notes).toBe("Led the retro");

      const overview = await send("GET", "/api/v1/me/overview");
      expect(overview.statusCode).toBe(200);
      expect(overview.json().positions.self).not.toBeNull();
    });

    // The response schemas strip what they do not declare: every field must come back, optional ones too.
    it("answers every field of the check-in on create, read, submit and correction", async () => {
      const evidence = await send("POST", "/api/v1/evidence", {
        kind: "note",
        title: "Ran the incident review",
        occurredOn: "2026-05-20T00:00:00.000Z",
      });
      expect(evidence.statusCode, evidence.body).toBe(201);
      const evidenceId = evidence.json().evidence.id;
      const fields = {
        personId: CAST.member,
        assessorKind: "self",
        ratings: { "self-awareness": "established", "self-ownership": "emerging" },
        signalTicks: { "self-awareness": ["self-awareness.asks-for-help"] },
        notes: "Owned the release",
        evidenceIds: [evidenceId],
      };
      const created = await send("POST", "/api/v1/check-ins", fields);
      expect(created.statusCode, created.body).toBe(201);
      const draft = {
        ...fields,
        id: expect.any(String),
        authorId: CAST.member,
        status: "draft",
        frameworkHash: expect.any(String),
        createdAt: "2026-06-01T09:00:00.000Z",
      };
      expect(created.json()).toEqual({ checkIn: draft, version: 1 });
      const id = created.json().checkIn.id;
      expect((await send("GET", `/api/v1/check-ins/${id}`)).json()).toEqual({ checkIn: draft, version: 1 });

      const submitted = await send("POST", `/api/v1/check-ins/${id}/submit`, { version: 1 });
      expect(submitted.statusCode, submitted.body).toBe(200);
      expect(submitted.json()).toEqual({
        checkIn: { ...draft, status: "submitted", submittedAt: "2026-06-01T09:00:00.000Z" },
        version: 2,
        progress: expect.any(Number),
        positionChanged: expect.any(Boolean),
      });

      const corrected = await send("POST", `/api/v1/check-ins/${id}/corrections`, { notes: "Owned two releases" });
      expect(corrected.statusCode, corrected.body).toBe(201);
      expect(corrected.json()).toMatchObject({
        checkIn: { status: "submitted", supersedes: id, submittedAt: expect.any(String), notes: "Owned two releases" },
        progress: expect.any(Number),
        positionChanged: expect.any(Boolean),
      });
      const correctionId = corrected.json().checkIn.id;
      expect((await send("GET", `/api/v1/check-ins/${correctionId}`)).json().checkIn).toMatchObject({
        supersedes: id,
        signalTicks: fields.signalTicks,
        evidenceIds: [evidenceId],
      });

      const pending = await send("POST", `/api/v1/check-ins/${correctionId}/corrections`, { submit: false });
      expect(pending.statusCode, pending.body).toBe(201);
      expect(pending.json()).toEqual({
        checkIn: expect.objectContaining({ status: "draft", supersedes: correctionId }),
        version: 1,
      });
    });

    it("names the fields a service refuses (unknown stage) in the error shape", async () => {
      const response = await send("POST", "/api/v1/check-ins", {
        personId: CAST.member,
        assessorKind: "self",
        ratings: { "no-such-stage": "established" },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe("validation_failed");
      expect(response.json().error.details[0].field).toContain("ratings");
    });

    it("refuses wrong JSON types before the service with every field named", async () => {
      const response = await send("POST", "/api/v1/check-ins", { personId: 7, assessorKind: "boss", ratings: [] });
      expect(response.statusCode).toBe(400);
      expect(
        response
          .json()
          .error.details.map((d: { field: string }) => d.field)
          .sort(),
      ).toEqual(["assessorKind", "personId", "ratings"]);
    });
  });
});
