/**
 * Private notes over HTTP, whole bodies: the response schema is also the serialiser, which drops
 * any field it does not declare, so every field the service returns must arrive.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CAST } from "../../../app/testing/privacy-cast.fixture.js";
import { forEachEngine } from "../../../store/testing/test-engines.js";
import { buildCastApp, type SendAs, sendAs } from "../../testing/http-cast.js";
import type { TestApp } from "../../testing/test-app.js";

forEachEngine((engine) => {
  describe("private notes over HTTP", () => {
    let test: TestApp;

    const send = async (as: string, ...request: Parameters<SendAs>) => (await sendAs(test, as))(...request);

    beforeAll(async () => {
      test = await buildCastApp(engine);
    });
    afterAll(() => test.app.close());

    it("answers every field of a note on write, read and edit", async () => {
      const written = await send(CAST.mentor, "POST", "/api/v1/notes", {
        personId: CAST.member,
        body: "Ready for a bigger scope",
      });
      expect(written.statusCode, written.body).toBe(201);
      const noteId: string = written.json().note.id;
      const note = {
        id: noteId,
        authorId: CAST.mentor,
        personId: CAST.member,
        body: "Ready for a bigger scope",
        createdAt: "2026-06-01T09:00:00.000Z",
        updatedAt: "2026-06-01T09:00:00.000Z",
      };
      expect(written.json()).toEqual({ note, version: 1 });

      const read = await send(CAST.mentor, "GET", `/api/v1/notes/${noteId}`);
      expect(read.statusCode, read.body).toBe(200);
      expect(read.json()).toEqual({ note, version: 1 });

      test.clock.advance(60_000);
      const edited = await send(CAST.mentor, "PATCH", `/api/v1/notes/${noteId}`, {
        version: 1,
        body: "Ready for a bigger scope; ask about the on-call rota",
      });
      expect(edited.statusCode, edited.body).toBe(200);
      expect(edited.json()).toEqual({
        note: {
          ...note,
          body: "Ready for a bigger scope; ask about the on-call rota",
          updatedAt: "2026-06-01T09:01:00.000Z",
        },
        version: 2,
      });

      // Its author alone: the person it is about gets the answer a missing note gets.
      expect((await send(CAST.member, "GET", `/api/v1/notes/${noteId}`)).statusCode).toBe(404);
    });
  });
});
