/**
 * Moments over HTTP, whole bodies: the response schema is also the serialiser, which drops any
 * field it does not declare, so every field the service returns must arrive.
 */
import { randomUUID } from "node:crypto";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor } from "../../../app/access/actor.js";
import type { AppContext } from "../../../app/context/app-context.js";
import { getMoment } from "../../../app/moments/get-moment.service.js";
import { CAST } from "../../../app/testing/privacy-cast.fixture.js";
import { forEachEngine } from "../../../store/testing/test-engines.js";
import { accountIdOf, seedHttpCast, sessionHeaders } from "../../testing/http-cast.js";
import { buildTestApp, type TestApp } from "../../testing/test-app.js";

type Method = "GET" | "POST";

forEachEngine((engine) => {
  describe("moments over HTTP", () => {
    let test: TestApp;
    let ctx: AppContext;

    async function send(as: string, method: Method, url: string, body?: unknown): Promise<LightMyRequestResponse> {
      const auth = await sessionHeaders(test.database.db, ctx.now, as);
      return test.app.inject({ method, url, ...auth, ...(body === undefined ? {} : { payload: body as object }) });
    }

    beforeAll(async () => {
      test = await buildTestApp(await engine.create());
      test.clock.set("2026-06-01T09:00:00.000Z");
      await seedHttpCast(test.database.db);
      ctx = { db: test.database.db, now: () => test.clock().toISOString(), newId: () => randomUUID() };
    });
    afterAll(() => test.app.close());

    it("answers every field of a moment through record, transition, follow-up and read", async () => {
      const evidence = await send(CAST.member, "POST", "/api/v1/evidence", {
        kind: "conversation",
        title: "Ran the incident review",
        occurredOn: "2026-05-20T00:00:00.000Z",
      });
      expect(evidence.statusCode, evidence.body).toBe(201);
      const evidenceId: string = evidence.json().evidence.id;

      const recorded = await send(CAST.mentor, "POST", "/api/v1/moments", {
        receiverId: CAST.member,
        variant: "instinct_of_potential",
        ingredientIds: ["belief-said-out-loud"],
        evidenceIds: [evidenceId],
      });
      expect(recorded.statusCode, recorded.body).toBe(201);
      const momentId: string = recorded.json().moment.id;
      expect(recorded.json()).toEqual({
        moment: {
          id: momentId,
          giverId: CAST.mentor,
          receiverId: CAST.member,
          variant: "instinct_of_potential",
          state: "aware",
          transitions: [{ to: "aware", at: "2026-06-01T09:00:00.000Z" }],
          ingredientIds: ["belief-said-out-loud"],
          followUps: [],
          outcome: "",
          evidenceIds: [evidenceId],
          giverName: `Name of ${CAST.mentor}`,
          receiverName: `Name of ${CAST.member}`,
        },
        version: 1,
      });

      // The giver logs the conversation an hour after it happened.
      test.clock.set("2026-06-01T11:00:00.000Z");
      const moved = await send(CAST.mentor, "POST", `/api/v1/moments/${momentId}/transitions`, {
        version: 1,
        to: "extended",
        at: "2026-06-01T10:00:00.000Z",
        outcome: "Took the lead on the next review",
      });
      expect(moved.statusCode, moved.body).toBe(200);
      expect(moved.json()).toMatchObject({
        moment: { state: "extended", outcome: "Took the lead on the next review" },
        version: 2,
      });
      expect(moved.json().moment.transitions).toEqual([
        { to: "aware", at: "2026-06-01T09:00:00.000Z" },
        { to: "extended", at: "2026-06-01T10:00:00.000Z" },
      ]);

      const followed = await send(CAST.mentor, "POST", `/api/v1/moments/${momentId}/follow-ups`, {
        version: 2,
        note: "Asked how the review went",
      });
      expect(followed.statusCode, followed.body).toBe(200);
      expect(followed.json().moment.followUps).toEqual([
        { at: "2026-06-01T11:00:00.000Z", note: "Asked how the review went" },
      ]);
      expect(followed.json().version).toBe(3);

      // Extended: the receiver reads it too, exactly as the service answers it.
      const read = await send(CAST.member, "GET", `/api/v1/moments/${momentId}`);
      expect(read.statusCode, read.body).toBe(200);
      const service = await getMoment(ctx, actorFor(CAST.member, { accountId: accountIdOf(CAST.member) }), momentId);
      expect(read.json()).toEqual(JSON.parse(JSON.stringify(service)));
      expect(read.json()).toEqual(followed.json());
    });
  });
});
