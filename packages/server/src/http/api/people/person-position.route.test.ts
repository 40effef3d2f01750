import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor } from "../../../app/access/actor.js";
import { createCheckInDraft } from "../../../app/check-ins/create-check-in-draft.service.js";
import { submitCheckIn } from "../../../app/check-ins/submit-check-in.service.js";
import type { AppContext } from "../../../app/context/app-context.js";
import { CAST } from "../../../app/testing/privacy-cast.fixture.js";
import { forEachEngine } from "../../../store/testing/test-engines.js";
import { accountIdOf, seedHttpCast, sessionHeaders } from "../../testing/http-cast.js";
import { buildTestApp, type TestApp } from "../../testing/test-app.js";

forEachEngine((engine) => {
  describe("GET /api/v1/people/:personId/position", () => {
    let test: TestApp;
    let ctx: AppContext;

    /** A check-in about the member, written and submitted by `author` as `kind`. */
    async function submitted(author: string, kind: "self" | "mentor", ratings: Record<string, string>) {
      const actor = actorFor(author, { accountId: accountIdOf(author) });
      const draft = await createCheckInDraft(ctx, actor, { personId: CAST.member, assessorKind: kind, ratings });
      await submitCheckIn(ctx, actor, { checkInId: draft.checkIn.id, version: 1 });
      test.clock.advance(60_000);
    }

    async function read(as: string | null, personId: string = CAST.member) {
      const auth = as ? await sessionHeaders(test.database.db, ctx.now, as) : { cookies: {}, headers: {} };
      return test.app.inject({ method: "GET", url: `/api/v1/people/${personId}/position`, ...auth });
    }

    beforeAll(async () => {
      test = await buildTestApp(await engine.create());
      test.clock.set("2026-06-01T09:00:00.000Z");
      await seedHttpCast(test.database.db);
      ctx = { db: test.database.db, now: () => test.clock().toISOString(), newId: () => randomUUID() };
    });
    afterAll(() => test.app.close());

    it("answers null views before the first submitted check-in", async () => {
      const response = await read(CAST.member);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        personId: CAST.member,
        relationship: "owner",
        current: null,
        self: null,
        mentor: null,
        updatedAt: null,
      });
    });

    it("keeps the self view and the mentor view apart; the mentor's is the one that counts", async () => {
      await submitted(CAST.member, "self", { "self-awareness": "established", "self-ownership": "established" });
      const selfOnly = (await read(CAST.member)).json();
      expect(selfOnly.current).toMatchObject({ source: "self", reached: 2, progress: 2 });
      expect(selfOnly.self).toEqual({ reached: 2, progress: 2 });
      expect(selfOnly.mentor).toBeNull();

      await submitted(CAST.mentor, "mentor", { "self-awareness": "established", "self-ownership": "emerging" });
      const response = await read(CAST.member);
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body.current).toMatchObject({
        source: "mentor",
        reached: 1,
        progress: 1.5,
        workingOnStageId: "self-ownership",
      });
      expect(typeof body.current.checkInId).toBe("string");
      // Never mixed into one number: the person's own view stays as they rated themselves.
      expect(body.self).toEqual({ reached: 2, progress: 2 });
      expect(body.mentor).toEqual({ reached: 1, progress: 1.5 });
      expect(body.updatedAt).toBe("2026-06-01T09:01:00.000Z");
    });

    it("is read by whoever may read the overview, each told how they relate", async () => {
      const relationships: [string, string][] = [
        [CAST.mentor, "mentor"],
        [CAST.lead, "lead"],
        [CAST.leader, "leader"],
        [CAST.admin, "admin"],
      ];
      for (const [reader, relationship] of relationships) {
        const response = await read(reader);
        expect(response.statusCode, reader).toBe(200);
        expect(response.json()).toMatchObject({ relationship, mentor: { reached: 1, progress: 1.5 } });
      }
    });

    it("answers anyone else exactly as it answers a person who does not exist", async () => {
      const refused = await read(CAST.unrelated);
      const missing = await read(CAST.unrelated, "p-nobody");
      expect(refused.statusCode).toBe(404);
      expect(missing.statusCode).toBe(404);
      expect(refused.json()).toEqual(missing.json());
      expect(refused.body).not.toContain("progress");
    });

    // The position read decides access in its own statement (ADR 0005): it must agree with the
    // overview's check for every reader and person, including after a mentorship has ended.
    it("lets exactly those read a position who may read the overview", async () => {
      const everyone = Object.values(CAST);
      const answers = async () => {
        const seen: string[] = [];
        for (const reader of everyone) {
          for (const person of everyone) {
            const auth = await sessionHeaders(test.database.db, ctx.now, reader);
            const position = await test.app.inject({
              method: "GET",
              url: `/api/v1/people/${person}/position`,
              ...auth,
            });
            const overview = await test.app.inject({
              method: "GET",
              url: `/api/v1/people/${person}/overview`,
              ...auth,
            });
            expect(position.statusCode, `${reader} reading ${person}`).toBe(overview.statusCode);
            if (position.statusCode === 200) seen.push(`${reader}→${person}:${position.json().relationship}`);
          }
        }
        return seen;
      };
      const whileMentoring = await answers();
      expect(whileMentoring).toContain(`${CAST.mentor}→${CAST.member}:mentor`);
      expect(whileMentoring).toContain(`${CAST.groupLead}→${CAST.member}:lead`);
      expect(whileMentoring).not.toContain(`${CAST.unrelated}→${CAST.member}:owner`);

      await test.database.db.updateTable("mentorship").set({ ended_at: ctx.now() }).execute();
      const afterwards = await answers();
      expect(afterwards.some((answer) => answer.startsWith(`${CAST.mentor}→${CAST.member}`))).toBe(false);
    });

    it("refuses anonymous callers and names a bad id", async () => {
      expect((await read(null)).statusCode).toBe(401);
      const tooLong = await read(CAST.member, "x".repeat(65));
      expect(tooLong.statusCode).toBe(400);
      expect(tooLong.json().error.details[0].field).toBe("params.personId");
    });
  });
});
