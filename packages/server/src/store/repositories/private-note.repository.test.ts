import { describe, expect, it } from "vitest";
import { isStoreError } from "../errors/store-error.js";
import { seedPeople } from "../testing/store-fixtures.js";
import { forEachEngine } from "../testing/test-engines.js";
import {
  findPrivateNote,
  insertPrivateNotes,
  listPrivateNotesByAuthor,
  updatePrivateNote,
} from "./private-note.repository.js";

const note = {
  id: "n1",
  authorId: "m1",
  personId: "p1",
  body: "First thoughts",
  createdAt: "2024-05-01T00:00:00.000Z",
  updatedAt: "2024-05-01T00:00:00.000Z",
};

forEachEngine((engine) => {
  describe("private notes", () => {
    it("are stored by the registered migration and edited under a version check", async () => {
      const { db } = await engine.create();
      await seedPeople(db);
      await insertPrivateNotes(db, [note]);
      expect(await findPrivateNote(db, "n1")).toEqual({ value: note, version: 1 });
      expect(await updatePrivateNote(db, "n1", "Second thoughts", "2024-05-02T00:00:00.000Z", 1)).toBe(2);
      const stale = await updatePrivateNote(db, "n1", "Lost", "2024-05-03T00:00:00.000Z", 1).catch((e: unknown) => e);
      expect(isStoreError(stale, "conflict")).toBe(true);
      const missing = await updatePrivateNote(db, "nope", "x", "2024-05-03T00:00:00.000Z", 1).catch((e: unknown) => e);
      expect(isStoreError(missing, "not_found")).toBe(true);
      expect(await listPrivateNotesByAuthor(db, "m1", "p1")).toEqual([
        { value: { ...note, body: "Second thoughts", updatedAt: "2024-05-02T00:00:00.000Z" }, version: 2 },
      ]);
      expect(await listPrivateNotesByAuthor(db, "p1")).toEqual([]);
    });
  });
});
