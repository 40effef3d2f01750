/**
 * The people routes over HTTP, whole bodies: the response schema is also the serialiser, which
 * drops any field it does not declare, so the overview (check-ins, evidence, plans, moments,
 * notes) and every person result must arrive exactly as the services return them.
 */
import { randomUUID } from "node:crypto";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor } from "../../../app/access/actor.js";
import type { AppContext } from "../../../app/context/app-context.js";
import { getPersonOverview } from "../../../app/people/get-person-overview.service.js";
import { CAST } from "../../../app/testing/privacy-cast.fixture.js";
import { forEachEngine } from "../../../store/testing/test-engines.js";
import { accountIdOf, addCastPerson, seedHttpCast, sessionHeaders } from "../../testing/http-cast.js";
import { buildTestApp, type TestApp } from "../../testing/test-app.js";

type Method = "GET" | "POST" | "PUT" | "PATCH";

forEachEngine((engine) => {
  describe("people over HTTP", () => {
    let test: TestApp;
    let ctx: AppContext;

    async function send(as: string, method: Method, url: string, body?: unknown): Promise<LightMyRequestResponse> {
      const auth = await sessionHeaders(test.database.db, ctx.now, as);
      return test.app.inject({ method, url, ...auth, ...(body === undefined ? {} : { payload: body as object }) });
    }

    async function ok(as: string, method: Method, url: string, body?: unknown) {
      const response = await send(as, method, url, body);
      expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(300);
      return response.json();
    }

    /** What the overview service itself answers, as JSON. */
    async function serviceOverview(as: string, personId: string) {
      const actor = actorFor(as, { accountId: accountIdOf(as) });
      return JSON.parse(JSON.stringify(await getPersonOverview(ctx, actor, personId)));
    }

    beforeAll(async () => {
      test = await buildTestApp(await engine.create());
      test.clock.set("2026-06-01T09:00:00.000Z");
      await seedHttpCast(test.database.db);
      ctx = { db: test.database.db, now: () => test.clock().toISOString(), newId: () => randomUUID() };

      // One of each kind of record about the member.
      const checkIn = await ok(CAST.member, "POST", "/api/v1/check-ins", {
        personId: CAST.member,
        assessorKind: "self",
        ratings: { "self-awareness": "established", "self-ownership": "emerging" },
        notes: "Owned the release",
      });
      await ok(CAST.member, "POST", `/api/v1/check-ins/${checkIn.checkIn.id}/submit`, { version: 1 });
      await ok(CAST.member, "POST", "/api/v1/evidence", {
        kind: "design-doc",
        title: "Payments redesign",
        body: "Wrote and defended it",
        occurredOn: "2026-05-01T00:00:00.000Z",
        stageIds: ["self-ownership"],
      });
      await ok(CAST.member, "POST", "/api/v1/plans", { personId: CAST.member });
      const moment = await ok(CAST.mentor, "POST", "/api/v1/moments", {
        receiverId: CAST.member,
        variant: "struggling",
      });
      await ok(CAST.mentor, "POST", `/api/v1/moments/${moment.moment.id}/transitions`, { version: 1, to: "extended" });
      await ok(CAST.member, "POST", "/api/v1/notes", { personId: CAST.member, body: "Ask for the on-call rota" });
      await ok(CAST.mentor, "POST", "/api/v1/notes", { personId: CAST.member, body: "Ready for more" });
    });
    afterAll(() => test.app.close());

    it("answers my overview whole: check-ins with their ratings, evidence, plans, moments, my notes", async () => {
      const response = await send(CAST.member, "GET", "/api/v1/me/overview");
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json();
      expect(body).toEqual(await serviceOverview(CAST.member, CAST.member));

      expect(body.person).toMatchObject({ id: CAST.member, email: `${CAST.member}@example.test`, version: 1 });
      expect(body.relationship).toBe("owner");
      expect(body.positions.self).toMatchObject({
        source: "self",
        position: { reached: 1, progress: 1.5, workingOnStageId: "self-ownership", foundationGaps: [] },
      });
      expect(body.checkIns).toHaveLength(1);
      expect(body.checkIns[0]).toMatchObject({
        status: "submitted",
        ratings: { "self-awareness": "established", "self-ownership": "emerging" },
        notes: "Owned the release",
        submittedAt: "2026-06-01T09:00:00.000Z",
      });
      expect(body.evidence[0]).toMatchObject({ title: "Payments redesign", stageIds: ["self-ownership"], url: null });
      expect(body.plans).toHaveLength(1);
      expect(body.plans[0].goals.length).toBeGreaterThan(0);
      expect(body.plans[0].goals[0]).toHaveProperty("reviewNotes");
      expect(body.moments[0]).toMatchObject({ state: "extended", giverName: `Name of ${CAST.mentor}` });
      expect(body.privateNotes.map((n: { body: string }) => n.body)).toEqual(["Ask for the on-call rota"]);
    });

    it("answers a mentee's overview as the mentor may see it", async () => {
      const response = await send(CAST.mentor, "GET", `/api/v1/people/${CAST.member}/overview`);
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json();
      expect(body).toEqual(await serviceOverview(CAST.mentor, CAST.member));
      expect(body.relationship).toBe("mentor");
      expect(body.person.email).toBeNull();
      expect(body.privateNotes.map((n: { body: string }) => n.body)).toEqual(["Ready for more"]);
    });

    it("lists my mentees with their whole current position", async () => {
      const body = await ok(CAST.mentor, "GET", "/api/v1/me/mentees");
      expect(body).toEqual({
        mentees: [
          {
            personId: CAST.member,
            name: `Name of ${CAST.member}`,
            position: {
              at: "2026-06-01T09:00:00.000Z",
              source: "self",
              position: {
                reached: 1,
                reachedStageId: "self-awareness",
                workingOnStageId: "self-ownership",
                progress: 1.5,
                foundationGaps: [],
              },
            },
          },
        ],
      });
    });

    it("answers a check-in request with the mentors asked", async () => {
      const response = await send(CAST.member, "POST", "/api/v1/me/check-in-requests", { message: "before my review" });
      expect(response.statusCode, response.body).toBe(201);
      expect(response.json()).toEqual({ mentorIds: [CAST.mentor], at: "2026-06-01T09:00:00.000Z" });
    });

    it("answers the whole person when marking staying by choice, deactivating and erasing", async () => {
      const person = (id: string) => ({
        id,
        name: `Name of ${id}`,
        email: `${id}@example.test`,
        teamId: "t-1",
        title: "Engineer",
        status: "active",
        roles: [],
        joinedAt: "2025-01-01T09:00:00.000Z",
        stayingByChoice: null,
      });
      const staying = await addCastPerson(test.database.db);
      const marked = await send(staying, "PUT", `/api/v1/people/${staying}/staying-by-choice`, {
        version: 1,
        staying: true,
        note: "Happy where I am",
      });
      expect(marked.statusCode, marked.body).toBe(200);
      const since = "2026-06-01T09:00:00.000Z";
      expect(marked.json()).toEqual({
        person: { ...person(staying), stayingByChoice: { since, note: "Happy where I am" } },
        version: 2,
      });

      const leaving = await addCastPerson(test.database.db);
      const deactivated = await send(CAST.admin, "POST", `/api/v1/people/${leaving}/deactivate`, { version: 1 });
      expect(deactivated.statusCode, deactivated.body).toBe(200);
      expect(deactivated.json()).toEqual({ person: { ...person(leaving), status: "deactivated" }, version: 2 });

      const erased = await send(CAST.admin, "POST", `/api/v1/people/${staying}/erase`, { version: 2 });
      expect(erased.statusCode, erased.body).toBe(200);
      expect(erased.json()).toEqual({
        person: {
          ...person(staying),
          name: "Erased person",
          email: `erased-${staying}@erased.invalid`,
          title: "",
          status: "erased",
          stayingByChoice: { since, note: "" },
        },
        version: 3,
      });
    });
  });
});
