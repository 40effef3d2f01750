/** The embedded engine: one SQLite file through better-sqlite3. */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { SqliteDialect } from "kysely";
import { SQLITE_FILE_NAME } from "./database-config.js";
import { DatabaseUnreachableError } from "./database-unreachable.error.js";

/** The path of the embedded database inside a data folder. */
export function sqliteFilePath(dataDir: string): string {
  return join(dataDir, SQLITE_FILE_NAME);
}

/**
 * Opens (creating if needed) the SQLite file with the settings Ascent relies on: WAL so readers
 * never block the writer, foreign keys enforced (SQLite leaves them off by default), a 5 s busy
 * timeout so a second connection waits for a write lock instead of failing at once, and
 * synchronous=NORMAL, which in WAL mode is durable across application crashes and much faster.
 */
export function openSqliteFile(file: string): BetterSqlite3.Database {
  try {
    mkdirSync(join(file, ".."), { recursive: true });
    const sqlite = new BetterSqlite3(file);
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("foreign_keys = ON");
    sqlite.pragma("busy_timeout = 5000");
    sqlite.pragma("synchronous = NORMAL");
    return sqlite;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseUnreachableError(`Cannot open the database file ${file}: ${reason}`, { cause: error });
  }
}

/** A Kysely dialect over an open SQLite handle. */
export function sqliteDialect(sqlite: BetterSqlite3.Database): SqliteDialect {
  return new SqliteDialect({ database: sqlite });
}
