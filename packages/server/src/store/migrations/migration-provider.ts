/**
 * The migrations, listed in code rather than read from a folder, so a bundled build (esbuild) and
 * the TypeScript sources run the very same set. Names start with a 3-digit schema version.
 */
import type { Migration, MigrationProvider } from "kysely";
import * as organisation from "./001-organisation.migration.js";
import * as progression from "./002-progression.migration.js";
import * as moments from "./003-moments.migration.js";
import * as accounts from "./004-accounts.migration.js";
import * as readModels from "./005-read-models.migration.js";
import * as privateNotes from "./006-private-notes.migration.js";
import * as dashboardCounts from "./007-dashboard-counts.migration.js";
import * as dashboardReads from "./008-dashboard-reads.migration.js";
import * as weeklyDigest from "./009-weekly-digest.migration.js";
import * as organisationAdmin from "./010-organisation-admin.migration.js";
import * as unicodeTextKeys from "./011-unicode-text-keys.migration.js";
import * as inbox from "./012-inbox.migration.js";

/** Every migration by name, oldest first. */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  "001-organisation": organisation,
  "002-progression": progression,
  "003-moments": moments,
  "004-accounts": accounts,
  "005-read-models": readModels,
  "006-private-notes": privateNotes,
  "007-dashboard-counts": dashboardCounts,
  "008-dashboard-reads": dashboardReads,
  "009-weekly-digest": weeklyDigest,
  "010-organisation-admin": organisationAdmin,
  "011-unicode-text-keys": unicodeTextKeys,
  "012-inbox": inbox,
};

/** The schema version of a migration name ("004-accounts" → 4). */
export function schemaVersionOf(migrationName: string): number {
  return Number.parseInt(migrationName.slice(0, 3), 10);
}

/** The schema version this build of Ascent brings. */
export const CODE_SCHEMA_VERSION = Math.max(...Object.keys(MIGRATIONS).map(schemaVersionOf));

/** Kysely's provider over MIGRATIONS. */
export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return { ...MIGRATIONS };
  },
};
