/**
 * Use case: an edge (`ascent serve`, any database CLI command) opens the configured database ready to
 * use — opened, then migrated to the latest schema; closed again when the migration fails, so no
 * connection outlives the error.
 */
import { existsSync } from "node:fs";
import type { DatabaseConfig } from "../../store/engine/database-config.js";
import { type AscentDatabase, openDatabase } from "../../store/engine/open-database.js";
import { sqliteFilePath } from "../../store/engine/sqlite.engine.js";
import { migrateToLatest } from "../../store/migrations/migrate-to-latest.js";

export type { DatabaseConfig } from "../../store/engine/database-config.js";
export type { AscentDatabase } from "../../store/engine/open-database.js";

/** Opens the database `config` names and migrates it to the latest schema. */
export async function openAscentDatabase(config: DatabaseConfig): Promise<AscentDatabase> {
  const database = await openDatabase(config);
  try {
    await migrateToLatest(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

/** True when the data folder holds an embedded (SQLite) database already. */
export function hasEmbeddedDatabase(dataDir: string): boolean {
  return existsSync(sqliteFilePath(dataDir));
}
