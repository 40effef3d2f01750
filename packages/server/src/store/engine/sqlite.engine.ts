/** The embedded engine: one SQLite file through better-sqlite3. */
import { accessSync, constants, existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { type Driver, SqliteDialect } from "kysely";
import { SQLITE_FILE_NAME } from "./database-config.js";
import { DatabaseUnreachableError } from "./database-unreachable.error.js";
import { AscentSqliteDriver } from "./sqlite-driver.js";
import { installUnicodeLower } from "./unicode-lower.js";

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
    assertWritable(file);
    const sqlite = new BetterSqlite3(file);
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("foreign_keys = ON");
    sqlite.pragma("busy_timeout = 5000");
    sqlite.pragma("synchronous = NORMAL");
    installUnicodeLower(sqlite);
    return sqlite;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseUnreachableError(`Cannot open the database file ${file}: ${reason}`, { cause: error });
  }
}

/**
 * WAL mode writes beside the file (`-wal`, `-shm`), so the folder and the file must take writes.
 * Checked up front because SQLite would otherwise open a read-only folder half-way and fail later,
 * vaguely ("unable to open database file"); this names the cause. (As root, only a read-only
 * mount fails this check: permissions do not stop root.)
 */
function assertWritable(file: string): void {
  for (const path of existsSync(file) ? [join(file, ".."), file] : [join(file, "..")]) {
    try {
      accessSync(path, constants.W_OK);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === "EROFS" ? "is on a read-only file system" : "is not writable by this user";
      throw new Error(`${path === file ? "the file" : `its folder ${path}`} ${why} (${code})`, { cause: error });
    }
  }
}

/** A Kysely dialect over an open SQLite handle: Kysely's SQLite SQL, Ascent's driver (sqlite-driver.ts). */
export function sqliteDialect(sqlite: BetterSqlite3.Database): SqliteDialect {
  return new (class extends SqliteDialect {
    override createDriver(): Driver {
      return new AscentSqliteDriver(sqlite);
    }
  })({ database: sqlite });
}
