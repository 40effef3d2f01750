/**
 * The large organisation on SQLite, loaded once and kept as a file under a cache folder keyed by
 * seed, size, schema (version and fingerprint of the migrations) and a fingerprint of the
 * generator's output — so a rerun of the
 * benchmark copies a file instead of generating two million check-ins again, and any change to
 * the schema or the generator makes a new entry instead of reusing a stale one.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { copyFile, mkdir, rename } from "node:fs/promises";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { generateLargeOrganisation } from "@ascent/core";
import { SQLITE_FILE_NAME } from "../engine/database-config.js";
import { type AscentDatabase, openDatabase } from "../engine/open-database.js";
import { migrateToLatest } from "../migrations/migrate-to-latest.js";
import { CODE_SCHEMA_VERSION } from "../migrations/migration-provider.js";
import { type LargeLoadOptions, loadLargeOrganisation } from "./load-large-organisation.js";
import { schemaFingerprint } from "./schema-fingerprint.js";

/** The default cache folder, beside other tools' caches and ignored with node_modules. */
export const DEFAULT_LARGE_CACHE = join("node_modules", ".cache", "ascent-bench");

/** Options: the load's, the cache folder and the data folder to open the copy in. */
export interface CachedLargeOptions extends LargeLoadOptions {
  /** Where the working copy goes (a fresh temporary folder, typically). */
  readonly dataDir: string;
  readonly cacheDir?: string;
}

/** The opened copy, whether it came from the cache, and how long loading or copying took. */
export interface CachedLarge {
  readonly database: AscentDatabase;
  readonly fromCache: boolean;
  readonly ms: number;
  readonly cacheFile: string;
}

/** The cache file name for a load: readable parameters plus a short fingerprint. */
export function largeCacheName(options: LargeLoadOptions): string {
  const { seed = 1, people = 100_000, checkInsPerPerson = 20, now } = options;
  // Two people's records stand for the generator: a change to it changes these bytes.
  const sample = generateLargeOrganisation({ seed, people: Math.min(people, 2), checkInsPerPerson, now });
  const fingerprint = createHash("sha256")
    .update(JSON.stringify([[...sample.people()], [...sample.mentorships()], [...sample.checkIns()], now ?? null]))
    .digest("hex")
    .slice(0, 12);
  const schema = `${CODE_SCHEMA_VERSION}.${schemaFingerprint()}`;
  return `large-seed${seed}-people${people}-checkins${checkInsPerPerson}-schema${schema}-${fingerprint}.db`;
}

/** Opens a working copy of the cached large database, loading and caching it first when missing. */
export async function openCachedLargeSqlite(options: CachedLargeOptions): Promise<CachedLarge> {
  const { dataDir, cacheDir = DEFAULT_LARGE_CACHE, ...load } = options;
  const cacheFile = join(cacheDir, largeCacheName(load));
  const workingFile = join(dataDir, SQLITE_FILE_NAME);
  const start = performance.now();
  await mkdir(dataDir, { recursive: true });
  if (existsSync(cacheFile)) {
    await copyFile(cacheFile, workingFile);
    const database = await openDatabase({ dataDir });
    return { database, fromCache: true, ms: performance.now() - start, cacheFile };
  }
  const database = await openDatabase({ dataDir });
  await migrateToLatest(database);
  await loadLargeOrganisation(database, load);
  const ms = performance.now() - start;
  if (database.native.dialect === "sqlite") {
    // Everything into the main file, so a plain copy of it is the whole database.
    database.native.sqlite.pragma("wal_checkpoint(TRUNCATE)");
  }
  await mkdir(cacheDir, { recursive: true });
  await copyFile(workingFile, `${cacheFile}.partial`);
  await rename(`${cacheFile}.partial`, cacheFile);
  return { database, fromCache: false, ms, cacheFile };
}
