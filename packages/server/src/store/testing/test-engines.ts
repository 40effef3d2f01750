/**
 * One test suite, every engine: `forEachEngine((engine) => { ... })` runs the same tests on
 * SQLite and on PostgreSQL (the real server when TEST_DATABASE_URL is set, PGlite otherwise),
 * each test asking for fresh databases that are removed after the file.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe } from "vitest";
import type { DatabaseConfig, DialectName } from "../engine/database-config.js";
import { type AscentDatabase, openDatabase } from "../engine/open-database.js";
import { migrateToLatest } from "../migrations/migrate-to-latest.js";
import { freshPgliteDatabase, freshServerDatabase } from "./postgres-test-server.js";

/** An engine under test. */
export interface TestEngine {
  /** "sqlite", "postgres (server)" or "postgres (pglite)". */
  readonly name: string;
  readonly dialect: DialectName;
  /** True on PGlite, which runs one transaction at a time across all connections. */
  readonly serialisesTransactions: boolean;
  /** A fresh, empty database, migrated unless `migrate: false`. */
  create(options?: { readonly migrate?: boolean }): Promise<AscentDatabase>;
  /** A second, independent connection (pool or handle) to the same database. */
  connectAgain(database: AscentDatabase): Promise<AscentDatabase>;
  /** The configuration that opens `database` (e.g. from another process). */
  configOf(database: AscentDatabase): DatabaseConfig;
  /** Closes and removes every database this engine created. */
  disposeAll(): Promise<void>;
}

/** Each engine keeps what it opened so the file's afterAll can remove it. */
function engine(
  name: string,
  dialect: DialectName,
  fresh: () => Promise<{ config: DatabaseConfig; drop(): Promise<void> }>,
): TestEngine {
  const configs = new WeakMap<AscentDatabase, DatabaseConfig>();
  const open: AscentDatabase[] = [];
  const drops: (() => Promise<void>)[] = [];
  const connect = async (config: DatabaseConfig) => {
    const database = await openDatabase(config);
    configs.set(database, config);
    open.push(database);
    return database;
  };
  return {
    name,
    dialect,
    serialisesTransactions: name.includes("pglite"),
    async create(options = {}) {
      const { config, drop } = await fresh();
      drops.push(drop);
      const database = await connect(config);
      if (options.migrate !== false) await migrateToLatest(database);
      return database;
    },
    connectAgain(database) {
      return connect(this.configOf(database));
    },
    configOf(database) {
      const config = configs.get(database);
      if (!config) throw new Error("not a database of this engine");
      return config;
    },
    async disposeAll() {
      await Promise.all(open.splice(0).map((d) => d.close()));
      await Promise.all(drops.splice(0).map((drop) => drop()));
    },
  };
}

/** SQLite in a temporary folder. */
function sqliteEngine(): TestEngine {
  return engine("sqlite", "sqlite", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "ascent-test-"));
    return { config: { dataDir }, drop: () => rm(dataDir, { recursive: true, force: true }) };
  });
}

/** PostgreSQL: the real server when TEST_DATABASE_URL is set, else PGlite over a socket. */
function postgresEngine(): TestEngine {
  const serverUrl = process.env.TEST_DATABASE_URL?.trim();
  // PGlite runs one transaction at a time; a small pool keeps queued work bounded.
  const poolSize = serverUrl ? 4 : 2;
  return engine(serverUrl ? "postgres (server)" : "postgres (pglite)", "postgres", async () => {
    const fresh = serverUrl ? await freshServerDatabase(serverUrl) : await freshPgliteDatabase();
    return { config: { url: fresh.url, poolSize, retry: { attempts: 1 } }, drop: fresh.drop };
  });
}

/** Every engine, fresh instances: SQLite and PostgreSQL. */
export function testEngines(): TestEngine[] {
  return [sqliteEngine(), postgresEngine()];
}

/** Declares `body` once per engine inside a describe named after it; databases are removed afterwards. */
export function forEachEngine(body: (engine: TestEngine) => void): void {
  for (const each of testEngines()) {
    describe(each.name, () => {
      afterAll(() => each.disposeAll());
      body(each);
    });
  }
}
