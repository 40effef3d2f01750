import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, Migrator, sql } from "kysely";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../engine/open-database.js";
import { sqliteDialect, sqliteFilePath } from "../engine/sqlite.engine.js";
import { migrateToLatest } from "./migrate-to-latest.js";
import { migrationProvider } from "./migration-provider.js";

/**
 * A SQLite database made by an Ascent from before migration 011 built its text-key indexes with
 * SQLite's A–Z-only lower(). Upgrading must rebuild them, or a search through the index would miss
 * "Émile" for "émile" (and integrity_check would call the index corrupt).
 */
describe("migration 011 on a SQLite database from before it", () => {
  it("rebuilds the text-key indexes so every alphabet's case folds", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "ascent-011-"));
    try {
      const file = sqliteFilePath(dataDir);
      // The old Ascent: SQLite's own lower(), schema up to 010, a person with a non-ASCII name.
      const old = new BetterSqlite3(file);
      const oldDb = new Kysely({ dialect: sqliteDialect(old) });
      const migrated = await new Migrator({ db: oldDb, provider: migrationProvider }).migrateTo(
        "010-organisation-admin",
      );
      expect(migrated.error).toBeUndefined();
      old
        .prepare("insert into person (id, name, email, title, status, joined_at, version) values (?, ?, ?, ?, ?, ?, 1)")
        .run("p-emile", "Émile Durand", "emile@corp.test", "Engineer", "active", "2026-01-01T00:00:00.000Z");
      await oldDb.destroy();

      const database = await openDatabase({ dataDir });
      try {
        await migrateToLatest(database);
        const found = await sql<{ id: string }>`select id from person indexed by person_name_key_idx
          where status = 'active' and lower(name) >= lower('émile') and lower(name) < lower('émile') || char(1114111)`.execute(
          database.db,
        );
        expect(found.rows.map((row) => row.id)).toEqual(["p-emile"]);
        const integrity = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(database.db);
        expect(integrity.rows.map((row) => row.integrity_check)).toEqual(["ok"]);
      } finally {
        await database.close();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
