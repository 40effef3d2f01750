/** Brings a database to the schema this code expects, refusing one that a newer Ascent migrated. */
import { Migrator, sql } from "kysely";
import type { AscentDatabase } from "../engine/open-database.js";
import { CODE_SCHEMA_VERSION, MIGRATIONS, migrationProvider, schemaVersionOf } from "./migration-provider.js";
import { SchemaTooNewError } from "./schema-too-new.error.js";

const MIGRATION_TABLE = "kysely_migration";

/** The migrations already applied to the database, by name (none for a new database). */
export async function appliedMigrations(database: AscentDatabase): Promise<string[]> {
  const schema = await migrationSchemaOf(database);
  const tables = await database.db.introspection.getTables({ withInternalKyselyTables: true });
  if (!tables.some((t) => t.name === MIGRATION_TABLE && (schema === undefined || t.schema === schema))) return [];
  const rows = await sql<{ name: string }>`select name from ${sql.table(MIGRATION_TABLE)} order by name`.execute(
    database.db,
  );
  return rows.rows.map((row) => row.name);
}

/** The database's schema version: that of its latest applied migration (0 when new). */
export async function databaseSchemaVersion(database: AscentDatabase): Promise<number> {
  return Math.max(0, ...(await appliedMigrations(database)).map(schemaVersionOf));
}

/**
 * Applies every pending migration. Throws SchemaTooNewError when the database holds a migration
 * this code does not know — checked first, since Kysely would otherwise report it as corruption.
 */
export async function migrateToLatest(database: AscentDatabase): Promise<void> {
  const unknown = (await appliedMigrations(database)).filter((name) => !(name in MIGRATIONS));
  if (unknown.length > 0) {
    throw new SchemaTooNewError(Math.max(...unknown.map(schemaVersionOf)), CODE_SCHEMA_VERSION);
  }
  const migrator = new Migrator({
    db: database.db,
    provider: migrationProvider,
    // On PostgreSQL the bookkeeping lives beside the tables (the connection's current schema);
    // without this Kysely would find another schema's migration table and skip creating ours.
    migrationTableSchema: await migrationSchemaOf(database),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName;
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Migration ${failed ?? "(unknown)"} failed on ${database.location}: ${reason}`, { cause: error });
  }
}

/** The schema holding the tables: PostgreSQL's current schema; SQLite has none. */
async function migrationSchemaOf(database: AscentDatabase): Promise<string | undefined> {
  if (database.dialect !== "postgres") return undefined;
  const result = await sql<{ schema: string }>`select current_schema() as schema`.execute(database.db);
  return result.rows[0]?.schema;
}
