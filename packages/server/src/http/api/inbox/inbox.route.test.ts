/**
 * My inbox over HTTP: whole bodies (the response schema is the serialiser), one's own items only
 * (404 for anyone else's), and a 400 naming the field on bad input.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CAST } from "../../../app/testing/privacy-cast.fixture.js";
import { forEachEngine } from "../../../store/testing/test-engines.js";
import { buildCastApp, type SendAs, sendAs } from "../../testing/http-cast.js";
import type { TestApp } from "../../testing/test-app.js";

forEachEngine((engine) => {
  describe("inbox over HTTP", () => {
    let test: TestApp;

    const send = async (as: string, ...request: Parameters<SendAs>) => (await sendAs(test, as))(...request);

    beforeAll(async () => {
      test = await buildCastApp(engine);
    });
    afterAll(() => test.app.close());

    it("answers my items and their count, lets me dismiss and snooze them, and no one else", async () => {
      expect((await send(CAST.member, "POST", "/api/v1/me/check-in-requests", {})).statusCode).toBe(201);
      const inbox = await send(CAST.mentor, "GET", "/api/v1/me/inbox");
      expect(inbox.statusCode, inbox.body).toBe(200);
      const body = inbox.json();
      expect(body.count).toBe(body.items.length);
      const request = body.items.find((i: { kind: string }) => i.kind === "check_in_request");
      expect(request).toEqual({
        key: expect.stringMatching(/^check_in_request:/),
        kind: "check_in_request",
        personId: CAST.member,
        personName: expect.any(String),
        at: "2026-06-01T09:00:00.000Z",
        summary: expect.stringContaining("asked you for a check-in on 2026-06-01"),
        path: `/check-in?person=${CAST.member}&kind=mentor`,
      });
      const url = (key: string, verb: string) => `/api/v1/me/inbox/${encodeURIComponent(key)}/${verb}`;

      // Someone else's item is "not found", to the member who asked and to an admin alike.
      for (const other of [CAST.member, CAST.admin]) {
        const refused = await send(other, "POST", url(request.key, "dismiss"));
        expect(refused.statusCode, refused.body).toBe(404);
        expect(refused.json().error.code).toBe("not_found");
      }

      const bad = await send(CAST.mentor, "POST", url(request.key, "snooze"), { days: "soon" });
      expect(bad.statusCode, bad.body).toBe(400);
      expect(bad.json().error.details).toEqual([expect.objectContaining({ field: "days" })]);

      const snoozed = await send(CAST.mentor, "POST", url(request.key, "snooze"), { days: 2 });
      expect(snoozed.statusCode, snoozed.body).toBe(200);
      expect(snoozed.json().items.map((i: { key: string }) => i.key)).not.toContain(request.key);
      expect(snoozed.json().count).toBe(body.count - 1);

      test.clock.advance(3 * 86_400_000);
      const back = await send(CAST.mentor, "GET", "/api/v1/me/inbox");
      expect(back.json().items.map((i: { key: string }) => i.key)).toContain(request.key);
      const dismissed = await send(CAST.mentor, "POST", url(request.key, "dismiss"));
      expect(dismissed.statusCode, dismissed.body).toBe(200);
      expect(dismissed.json().count).toBe(body.count - 1);
      expect((await send(CAST.mentor, "POST", url(request.key, "dismiss"))).statusCode).toBe(404);
    });

    it("refuses anonymous callers", async () => {
      const response = await test.app.inject({ method: "GET", url: "/api/v1/me/inbox" });
      expect(response.statusCode).toBe(401);
    });
  });
});
