/**
 * Where the binary's tests keep their data: a temporary SQLite data folder, and a fresh PostgreSQL
 * database (on TEST_DATABASE_URL's server when set, else on PGlite over a socket), passed to the
 * binary as ASCENT_DATABASE_URL exactly as an operator would.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freshPgliteDatabase, freshServerDatabase } from "../../store/testing/postgres-test-server.js";

/** One fresh, empty database for the binary, and how to remove it. */
export interface CliTarget {
  /** Environment for the binary: ASCENT_DATABASE_URL, or ASCENT_DATA_DIR. */
  readonly env: NodeJS.ProcessEnv;
  /** A scratch folder for files (CSV, exports, backups). */
  readonly dir: string;
  drop(): Promise<void>;
}

/** An engine the binary is tested against. */
export interface CliEngine {
  readonly name: string;
  fresh(): Promise<CliTarget>;
}

/** Makes a scratch folder. */
export function scratchDir(): string {
  return mkdtempSync(join(tmpdir(), "ascent-cli-"));
}

const sqlite: CliEngine = {
  name: "sqlite",
  async fresh() {
    const dir = scratchDir();
    return {
      env: { ASCENT_DATA_DIR: join(dir, "data"), ASCENT_DATABASE_URL: "" },
      dir,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
};

const postgres: CliEngine = {
  name: process.env.TEST_DATABASE_URL ? "postgres (server)" : "postgres (pglite)",
  async fresh() {
    const serverUrl = process.env.TEST_DATABASE_URL?.trim();
    const database = serverUrl ? await freshServerDatabase(serverUrl) : await freshPgliteDatabase();
    const dir = scratchDir();
    return {
      env: { ASCENT_DATABASE_URL: database.url, ASCENT_DATA_DIR: join(dir, "data") },
      dir,
      async drop() {
        rmSync(dir, { recursive: true, force: true });
        await database.drop();
      },
    };
  },
};

/** SQLite and PostgreSQL. */
export const CLI_ENGINES: readonly CliEngine[] = [sqlite, postgres];
