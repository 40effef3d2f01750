/**
 * Opening the configured database for one CLI command: ASCENT_DATABASE_URL (PostgreSQL) or the
 * SQLite file in the data folder (--data-dir, else ASCENT_DATA_DIR, else the per-user folder).
 */

import {
  type AscentDatabase,
  hasEmbeddedDatabase,
  openAscentDatabase,
} from "../../app/operations/open-ascent-database.service.js";
import { type AscentConfig, loadConfig } from "../../config/config.js";
import { UsageError } from "../usage-error.js";

/** The flag every database command takes. */
export interface DataDirFlag {
  readonly dataDir?: string;
}

/** Help line of the --data-dir flag. */
export const DATA_DIR_HELP = "folder of the embedded database (default: ASCENT_DATA_DIR, else ~/.local/share/ascent)";

/**
 * A CLI command answers within seconds: a person at a terminal wants to hear that the database is
 * down, not wait the ~18 s the server waits for a database starting beside it.
 */
export const CLI_RETRY = { attempts: 4, initialDelayMs: 200, maxDelayMs: 1000 } as const;

/** The configuration with the --data-dir flag applied over the environment. */
export function cliConfig(flags: DataDirFlag, env: NodeJS.ProcessEnv = process.env): AscentConfig {
  return loadConfig(flags.dataDir ? { ...env, ASCENT_DATA_DIR: flags.dataDir } : env);
}

/** How `open` treats a SQLite data folder that has no database yet. */
export type MissingDatabase = "create" | "refuse";

/**
 * Opens and migrates the database. With `missing: "refuse"` (every command but `init` and
 * `restore`) an absent SQLite file is an error rather than a new empty database in a mistyped folder.
 */
export async function openCliDatabase(
  config: AscentConfig,
  missing: MissingDatabase = "refuse",
): Promise<AscentDatabase> {
  if (!config.databaseUrl && missing === "refuse" && !hasEmbeddedDatabase(config.dataDir)) {
    throw new UsageError(`no Ascent database in ${config.dataDir}: run \`ascent init\` first (or pass --data-dir)`, 1);
  }
  return openAscentDatabase(
    config.databaseUrl ? { url: config.databaseUrl, poolSize: 2, retry: CLI_RETRY } : { dataDir: config.dataDir },
  );
}

/** Runs `body` with the database open, closing it afterwards whatever happens. */
export async function withDatabase<T>(
  flags: DataDirFlag,
  body: (database: AscentDatabase, config: AscentConfig) => Promise<T>,
  missing: MissingDatabase = "refuse",
): Promise<T> {
  const config = cliConfig(flags);
  const database = await openCliDatabase(config, missing);
  try {
    return await body(database, config);
  } finally {
    await database.close();
  }
}
