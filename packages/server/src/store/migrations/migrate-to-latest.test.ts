import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { forEachEngine } from "../testing/test-engines.js";
import { appliedMigrations, databaseSchemaVersion, migrateToLatest } from "./migrate-to-latest.js";
import { CODE_SCHEMA_VERSION, MIGRATIONS } from "./migration-provider.js";

forEachEngine((engine) => {
  describe("migrateToLatest", () => {
    it("creates every table on an empty database and is idempotent", async () => {
      const database = await engine.create({ migrate: false });
      expect(await databaseSchemaVersion(database)).toBe(0);
      await migrateToLatest(database);
      await migrateToLatest(database);
      expect(await appliedMigrations(database)).toEqual(Object.keys(MIGRATIONS));
      expect(await databaseSchemaVersion(database)).toBe(CODE_SCHEMA_VERSION);
      const tables = (await database.db.introspection.getTables()).map((t) => t.name);
      expect(tables).toEqual(expect.arrayContaining(["person", "check_in", "current_position", "audit_log", "group"]));
    });

    it("refuses a database migrated by a newer Ascent with one clear line", async () => {
      const database = await engine.create();
      await sql`insert into kysely_migration (name, timestamp) values ('999-from-the-future', '2030-01-01T00:00:00.000Z')`.execute(
        database.db,
      );
      await expect(migrateToLatest(database)).rejects.toThrow(
        `database schema 999 is newer than this Ascent (${CODE_SCHEMA_VERSION}): upgrade Ascent`,
      );
    });

    it("enforces foreign keys", async () => {
      const database = await engine.create();
      await expect(
        database.db.insertInto("team").values({ id: "t1", name: "Team", group_id: "missing" }).execute(),
      ).rejects.toThrow();
    });
  });
});
