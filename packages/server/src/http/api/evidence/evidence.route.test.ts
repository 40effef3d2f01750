import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CAST } from "../../../app/testing/privacy-cast.fixture.js";
import { forEachEngine } from "../../../store/testing/test-engines.js";
import { buildCastApp, type SendAs, seedHttpCast, sendAs } from "../../testing/http-cast.js";
import { buildTestApp, type TestApp } from "../../testing/test-app.js";

forEachEngine((engine) => {
  describe("deleting evidence over HTTP", () => {
    let test: TestApp;
    let asMember: SendAs;
    let asMentor: SendAs;
    beforeAll(async () => {
      test = await buildCastApp(engine);
      asMember = await sendAs(test, CAST.member);
      asMentor = await sendAs(test, CAST.mentor);
    });
    afterAll(() => test.app.close());

    async function added(): Promise<string> {
      const response = await asMember("POST", "/api/v1/evidence", {
        kind: "talk",
        title: "Guild talk on on-call health",
        occurredOn: "2026-01-20T00:00:00.000Z",
        stageIds: ["self-ownership"],
      });
      expect(response.statusCode, response.body).toBe(201);
      return response.json().evidence.id;
    }

    // The response schema strips what it does not declare: every field must come back.
    it("answers every field of the evidence on add, read and edit", async () => {
      const fields = {
        kind: "design-doc",
        title: "Queue redesign",
        body: "Why we moved to one queue per tenant",
        url: "https://example.com/queue-redesign",
        occurredOn: "2026-02-03T00:00:00.000Z",
        stageIds: ["self-ownership", "team-awareness"],
      };
      const created = await asMember("POST", "/api/v1/evidence", fields);
      expect(created.statusCode, created.body).toBe(201);
      const evidence = { ...fields, id: expect.any(String), personId: CAST.member };
      expect(created.json()).toEqual({ evidence, version: 1 });
      const id = created.json().evidence.id;
      expect((await asMentor("GET", `/api/v1/evidence/${id}`)).json()).toEqual({ evidence, version: 1 });
      const edited = await asMember("PATCH", `/api/v1/evidence/${id}`, { version: 1, url: null });
      expect(edited.statusCode, edited.body).toBe(200);
      expect(edited.json()).toEqual({ evidence: { ...evidence, url: null }, version: 2 });
    });

    it("deletes the owner's evidence with 204 and an empty body; it is then gone for everyone", async () => {
      const id = await added();
      expect((await asMentor("GET", `/api/v1/evidence/${id}`)).statusCode).toBe(200);
      const deleted = await asMember("DELETE", `/api/v1/evidence/${id}?version=1`);
      expect(deleted.statusCode, deleted.body).toBe(204);
      expect(deleted.body).toBe("");
      for (const send of [asMember, asMentor]) {
        const read = await send("GET", `/api/v1/evidence/${id}`);
        expect(read.statusCode).toBe(404);
        expect(read.json().error.code).toBe("not_found");
      }
      const overview = await asMember("GET", "/api/v1/me/overview");
      expect(overview.json().evidence.map((e: { id: string }) => e.id)).not.toContain(id);
    });

    it("answers someone else, and a missing item, with the same not_found", async () => {
      const id = await added();
      const refused = await asMentor("DELETE", `/api/v1/evidence/${id}?version=1`);
      const missing = await asMember("DELETE", "/api/v1/evidence/no-such-evidence?version=1");
      expect(refused.statusCode).toBe(404);
      expect(missing.statusCode).toBe(404);
      expect(refused.json()).toEqual(missing.json());
      expect(refused.json().error.code).toBe("not_found");
      expect((await asMember("GET", `/api/v1/evidence/${id}`)).statusCode).toBe(200);
    });

    it("refuses a stale version with 409 conflict", async () => {
      const id = await added();
      const edited = await asMember("PATCH", `/api/v1/evidence/${id}`, { version: 1, title: "Renamed" });
      expect(edited.statusCode, edited.body).toBe(200);
      const stale = await asMember("DELETE", `/api/v1/evidence/${id}?version=1`);
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error.code).toBe("conflict");
      expect((await asMember("GET", `/api/v1/evidence/${id}`)).json().evidence.title).toBe("Renamed");
      expect((await asMember("DELETE", `/api/v1/evidence/${id}?version=2`)).statusCode).toBe(204);
    });

    it("names the version when it is missing or not a whole number above 0", async () => {
      const id = await added();
      for (const query of ["", "?version=0", "?version=abc", "?version=1.5"]) {
        const response = await asMember("DELETE", `/api/v1/evidence/${id}${query}`);
        expect(response.statusCode, query).toBe(400);
        expect(response.json().error.code).toBe("validation_failed");
        expect(response.json().error.details.map((d: { field: string }) => d.field)).toEqual(["query.version"]);
      }
      expect((await asMember("GET", `/api/v1/evidence/${id}`)).statusCode).toBe(200);
    });
  });

  describe("moments over HTTP carry their giver's and receiver's names", () => {
    let test: TestApp;
    beforeAll(async () => {
      test = await buildTestApp(await engine.create());
      test.clock.set("2026-06-01T09:00:00.000Z");
      await seedHttpCast(test.database.db);
    });
    afterAll(() => test.app.close());

    it("names both people to the receiver, on the moment and in their overview", async () => {
      const send = async (personId: string, ...request: Parameters<SendAs>) =>
        (await sendAs(test, personId))(...request);
      const names = await test.database.db.selectFrom("person").select(["id", "name"]).execute();
      const nameOf = new Map(names.map((p) => [p.id, p.name]));
      // The mentor gives permission to their mentee, who may not open the mentor's page.
      const recorded = await send(CAST.mentor, "POST", "/api/v1/moments", {
        receiverId: CAST.member,
        variant: "instinct_of_potential",
      });
      expect(recorded.statusCode, recorded.body).toBe(201);
      const id = recorded.json().moment.id;
      expect((await send(CAST.member, "GET", `/api/v1/people/${CAST.mentor}/overview`)).statusCode).toBe(404);
      await send(CAST.mentor, "POST", `/api/v1/moments/${id}/transitions`, { version: 1, to: "extended" });
      const seen = await send(CAST.member, "GET", `/api/v1/moments/${id}`);
      expect(seen.statusCode, seen.body).toBe(200);
      expect(seen.json().moment).toMatchObject({
        giverName: nameOf.get(CAST.mentor),
        receiverName: nameOf.get(CAST.member),
      });
      const overview = (await send(CAST.member, "GET", "/api/v1/me/overview")).json();
      expect(overview.moments.find((m: { id: string }) => m.id === id)).toMatchObject({
        giverName: nameOf.get(CAST.mentor),
        receiverName: nameOf.get(CAST.member),
      });
    });
  });
});
