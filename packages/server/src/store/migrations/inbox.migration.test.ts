/**
 * Migration 012 (the inbox) on both engines: it upgrades a database of schema 011 that holds data,
 * keeps one dismissal per person and item, drops a person's dismissals with the person, and undoes
 * cleanly.
 */
import { Migrator } from "kysely";
import { describe, expect, it } from "vitest";
import { forEachEngine } from "../testing/test-engines.js";
import { migrateToLatest } from "./migrate-to-latest.js";
import { migrationProvider } from "./migration-provider.js";

forEachEngine((engine) => {
  describe("migration 012 (inbox)", () => {
    it("upgrades a database of schema 011 with data, keys dismissals by person and item, and undoes", async () => {
      const database = await engine.create({ migrate: false });
      const { db } = database;
      const migrator = new Migrator({ db, provider: migrationProvider });
      expect((await migrator.migrateTo("011-unicode-text-keys")).error).toBeUndefined();
      await db
        .insertInto("person")
        .values(
          ["p-1", "p-2"].map((id) => ({
            id,
            name: id,
            email: `${id}@corp.test`,
            team_id: null,
            title: "Engineer",
            status: "active",
            roles: "[]",
            joined_at: "2026-01-01T00:00:00.000Z",
            staying_by_choice: null,
            version: 1,
          })),
        )
        .execute();

      await migrateToLatest(database);
      const dismissal = (personId: string, itemKey: string) => ({
        person_id: personId,
        item_key: itemKey,
        until: null,
        at: "2026-06-01T00:00:00.000Z",
      });
      await db
        .insertInto("inbox_dismissal")
        .values([dismissal("p-1", "draft:c-1"), dismissal("p-2", "draft:c-1")])
        .execute();
      await expect(db.insertInto("inbox_dismissal").values(dismissal("p-1", "draft:c-1")).execute()).rejects.toThrow();
      await db.deleteFrom("person").where("id", "=", "p-2").execute();
      expect(await db.selectFrom("inbox_dismissal").select(["person_id", "item_key"]).execute()).toEqual([
        { person_id: "p-1", item_key: "draft:c-1" },
      ]);
      const hasTable = async () => (await db.introspection.getTables()).some((t) => t.name === "inbox_dismissal");
      expect(await hasTable()).toBe(true);

      expect((await migrator.migrateTo("011-unicode-text-keys")).error).toBeUndefined();
      expect(await hasTable()).toBe(false);
      expect(await db.selectFrom("person").select("id").execute()).toEqual([{ id: "p-1" }]);
    });
  });
});
