/**
 * A fresh, empty database per test for the spawned server, on either engine:
 *   - "sqlite": a temporary data folder (the server creates ascent.db in it);
 *   - "postgres": a new database on the real server when TEST_DATABASE_URL is set, else a new
 *     schema on the run's PGlite (started by the global setup when TEST_DATABASE_URL is unset).
 *
 *   const database = await freshDatabase("sqlite");
 *   const server = await startAscent({ env: database.env });
 *   ...
 *   await database.dispose();           // after the server is gone
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { type AscentDatabase, openDatabase } from "../../packages/server/src/store/engine/open-database.js";
import { sqliteFilePath } from "../../packages/server/src/store/engine/sqlite.engine.js";
import { installUnicodeLower } from "../../packages/server/src/store/engine/unicode-lower.js";
import {
  freshPgliteDatabase,
  freshServerDatabase,
} from "../../packages/server/src/store/testing/postgres-test-server.js";

export type EngineKind = "sqlite" | "postgres";

/** Both engines, SQLite first. */
export const ENGINE_KINDS: readonly EngineKind[] = ["sqlite", "postgres"];

/** True when PostgreSQL tests reach a real server (TEST_DATABASE_URL), false on PGlite. */
export function hasRealPostgres(): boolean {
  return Boolean(process.env.TEST_DATABASE_URL?.trim());
}

/** A database for one test. */
export interface ReliabilityDatabase {
  readonly kind: EngineKind;
  /** "sqlite", "postgres (server)" or "postgres (pglite)": for test names and printed figures. */
  readonly name: string;
  /** Environment that points `ascent serve` at it: ASCENT_DATA_DIR, and ASCENT_DATABASE_URL for postgres. */
  readonly env: Readonly<Record<string, string>>;
  /** The data folder (always set: the SQLite file lives there; PostgreSQL servers get an empty one). */
  readonly dataDir: string;
  /** The SQLite file, or null on PostgreSQL. */
  readonly sqliteFile: string | null;
  /** The PostgreSQL URL, or null on SQLite. */
  readonly databaseUrl: string | null;
  /** A direct connection (Kysely) for checks from the test; close it when done. */
  open(): Promise<AscentDatabase>;
  /** Removes the database and the data folder; call once every server using it is gone. */
  dispose(): Promise<void>;
}

/** A fresh, empty database (not migrated: the server migrates it on start). */
export async function freshDatabase(kind: EngineKind): Promise<ReliabilityDatabase> {
  const dataDir = await mkdtemp(join(tmpdir(), "ascent-reliability-"));
  const removeDir = () => rm(dataDir, { recursive: true, force: true });
  if (kind === "sqlite") {
    return {
      kind,
      name: "sqlite",
      env: { ASCENT_DATA_DIR: dataDir },
      dataDir,
      sqliteFile: sqliteFilePath(dataDir),
      databaseUrl: null,
      open: () => openDatabase({ dataDir }),
      dispose: removeDir,
    };
  }
  const serverUrl = process.env.TEST_DATABASE_URL?.trim();
  const fresh = serverUrl ? await freshServerDatabase(serverUrl) : await freshPgliteDatabase();
  return {
    kind,
    name: serverUrl ? "postgres (server)" : "postgres (pglite)",
    env: { ASCENT_DATA_DIR: dataDir, ASCENT_DATABASE_URL: fresh.url },
    dataDir,
    sqliteFile: null,
    databaseUrl: fresh.url,
    // PGlite runs one transaction at a time: a small pool is plenty for checks.
    open: () => openDatabase({ url: fresh.url, poolSize: 2, retry: { attempts: 3 } }),
    async dispose() {
      await fresh.drop();
      await removeDir();
    },
  };
}

/**
 * `PRAGMA integrity_check` of a SQLite file, run with its own better-sqlite3 handle (as after a
 * crash: opening it replays the WAL). "ok" when the file is sound, else SQLite's list of problems.
 * Call it while no server has the file open.
 */
export function sqliteIntegrity(file: string): string {
  const sqlite = new BetterSqlite3(file);
  // The indexes were built with Ascent's lower(): check them with the same one.
  installUnicodeLower(sqlite);
  try {
    const rows = sqlite.pragma("integrity_check") as { integrity_check: string }[];
    return rows.map((row) => row.integrity_check).join("\n");
  } finally {
    sqlite.close();
  }
}
