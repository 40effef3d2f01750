/**
 * The one place where the dialect is chosen. Everything above the store receives a
 * `Kysely<Database>` and never asks which engine it is talking to — except backup, which uses each
 * engine's own consistent-copy mechanism and so gets the native handle.
 */
import type BetterSqlite3 from "better-sqlite3";
import { Kysely } from "kysely";
import type pg from "pg";
import type { Database } from "../schema/database.js";
import type { DatabaseConfig, DialectName } from "./database-config.js";
import { rememberNativeHandle } from "./native-handle.registry.js";
import { describePostgresUrl, openPostgresPool, postgresDialect } from "./postgres.engine.js";
import { openSqliteFile, sqliteDialect, sqliteFilePath } from "./sqlite.engine.js";

/** The engine's own handle, for the few jobs (backup) that need more than SQL. */
export type NativeHandle =
  | { readonly dialect: "sqlite"; readonly sqlite: BetterSqlite3.Database; readonly file: string }
  | { readonly dialect: "postgres"; readonly pool: pg.Pool };

/** An open database: the query builder, which engine, where, and how to close it. */
export interface AscentDatabase {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  /** The file, or `host:port/database` (never a password): for messages and `/readyz`. */
  readonly location: string;
  readonly native: NativeHandle;
  /** Closes every connection; the object is unusable afterwards. */
  close(): Promise<void>;
}

/** Default pool size for PostgreSQL: a few connections per stateless app instance. */
const DEFAULT_POOL_SIZE = 10;

/**
 * Opens the database the configuration names: PostgreSQL when `url` is given, else the SQLite
 * file `ascent.db` in `dataDir`. Unreachable databases are retried with backoff, then reported as
 * one DatabaseUnreachableError line. Does not migrate: call `migrateToLatest` next.
 */
export async function openDatabase(config: DatabaseConfig): Promise<AscentDatabase> {
  if (config.url !== undefined) {
    const pool = await openPostgresPool(config.url, config.poolSize ?? DEFAULT_POOL_SIZE, config.retry);
    const db = new Kysely<Database>({ dialect: postgresDialect(pool) });
    return wrap(db, "postgres", describePostgresUrl(config.url), { dialect: "postgres", pool });
  }
  const file = sqliteFilePath(config.dataDir);
  const sqlite = openSqliteFile(file);
  const db = new Kysely<Database>({ dialect: sqliteDialect(sqlite) });
  return wrap(db, "sqlite", file, { dialect: "sqlite", sqlite, file });
}

function wrap(db: Kysely<Database>, dialect: DialectName, location: string, native: NativeHandle): AscentDatabase {
  let closed = false;
  rememberNativeHandle(db, native);
  return {
    db,
    dialect,
    location,
    native,
    async close() {
      if (closed) return;
      closed = true;
      // Kysely's destroy ends the pg pool or closes the SQLite handle.
      await db.destroy();
    },
  };
}
