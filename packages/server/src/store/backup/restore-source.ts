/**
 * Turning a backup file of either kind into a row stream at this code's schema version. A backup
 * from an older Ascent goes through a private SQLite copy brought up to date by the real
 * migrations (so their data steps run too); one from a newer Ascent is refused.
 */
import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Migrator } from "kysely";
import { SQLITE_FILE_NAME } from "../engine/database-config.js";
import { type AscentDatabase, openDatabase } from "../engine/open-database.js";
import { migrateToLatest } from "../migrations/migrate-to-latest.js";
import {
  CODE_SCHEMA_VERSION,
  MIGRATIONS,
  migrationProvider,
  schemaVersionOf,
} from "../migrations/migration-provider.js";
import { SchemaTooNewError } from "../migrations/schema-too-new.error.js";
import { backupKindOf } from "./backup-format.js";
import { sqliteTableRows } from "./database-table-stream.js";
import { readSnapshotFile, readSnapshotHeader } from "./snapshot-file.js";
import { describeTables } from "./table-catalog.js";
import type { TableStream } from "./table-rows.types.js";
import { writeTableRows } from "./write-table-rows.js";

/** A stream of the backup's rows, and the clean-up of whatever it needed. */
export interface RestoreSource {
  readonly kind: "sqlite" | "snapshot";
  readonly stream: TableStream;
  dispose(): Promise<void>;
}

/** Opens `file` (either kind) as rows at the current schema version. */
export async function openRestoreSource(file: string): Promise<RestoreSource> {
  const kind = await backupKindOf(file);
  if (kind === "sqlite") {
    // A copy: migrating it must not touch the operator's backup file.
    return fromTemporarySqlite(kind, async (temp) => {
      await copyFile(file, join(temp, SQLITE_FILE_NAME));
      const copy = await openDatabase({ dataDir: temp });
      await migrateToLatest(copy);
      return copy;
    });
  }
  const header = await readSnapshotHeader(file);
  const unknown = header.migrations.filter((name) => !(name in MIGRATIONS));
  if (unknown.length > 0) throw new SchemaTooNewError(Math.max(...unknown.map(schemaVersionOf)), CODE_SCHEMA_VERSION);
  const current = Object.keys(MIGRATIONS).sort();
  if (header.migrations.join() === current.join()) {
    const stream = await readSnapshotFile(file);
    return { kind, stream, dispose: async () => {} };
  }
  return fromTemporarySqlite(kind, async (temp) => {
    const copy = await openDatabase({ dataDir: temp });
    const last = header.migrations.at(-1);
    if (last !== undefined) {
      const { error } = await new Migrator({ db: copy.db, provider: migrationProvider }).migrateTo(last);
      if (error !== undefined) throw error;
    }
    const stream = await readSnapshotFile(file);
    const tables = await describeTables(copy.db, "sqlite");
    await copy.db.transaction().execute((trx) => writeTableRows(trx, tables, stream.tables));
    await migrateToLatest(copy);
    return copy;
  });
}

async function fromTemporarySqlite(
  kind: "sqlite" | "snapshot",
  prepare: (folder: string) => Promise<AscentDatabase>,
): Promise<RestoreSource> {
  const folder = await mkdtemp(join(tmpdir(), "ascent-restore-"));
  let copy: AscentDatabase | undefined;
  const dispose = async () => {
    await copy?.close();
    await rm(folder, { recursive: true, force: true });
  };
  try {
    copy = await prepare(folder);
    if (copy.native.dialect !== "sqlite") throw new Error("the private copy must be SQLite");
    const tables = await describeTables(copy.db, "sqlite");
    const migrations = Object.keys(MIGRATIONS).sort();
    return { kind, stream: { migrations, tables: sqliteTableRows(copy.native.sqlite, tables) }, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}
