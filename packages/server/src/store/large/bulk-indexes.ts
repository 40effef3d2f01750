/**
 * Secondary indexes of the bulk-loaded tables, dropped before a large load and recreated after:
 * building an index once over sorted data is much faster than maintaining it row by row. The
 * definitions are read from the engine's catalogue and replayed verbatim, so the schema after the
 * load is exactly the migrated one. Indexes that back constraints (primary keys, unique) stay.
 */
import { sql } from "kysely";
import type { DialectName } from "../engine/database-config.js";
import type { Db } from "../repositories/store.types.js";

/** The tables the large load fills in bulk. */
export const BULK_TABLES = ["person", "mentorship", "check_in", "current_position", "position_change"] as const;

/** One index: its name and the statement that creates it. */
export interface IndexDefinition {
  readonly name: string;
  readonly create: string;
}

/** Secondary (non-constraint) indexes of `tables` (by default the bulk tables of the large load). */
export async function bulkIndexes(
  db: Db,
  dialect: DialectName,
  tables: readonly string[] = BULK_TABLES,
): Promise<IndexDefinition[]> {
  if (dialect === "sqlite") {
    const { rows } = await sql<{ name: string; sql: string }>`
      select name, sql from sqlite_master
      where type = 'index' and sql is not null and tbl_name in (${sql.join([...tables])})
      order by name`.execute(db);
    return rows.map((r) => ({ name: r.name, create: r.sql }));
  }
  const { rows } = await sql<{ name: string; create: string }>`
    select i.indexname as name, i.indexdef as "create" from pg_indexes i
    where i.schemaname = current_schema() and i.tablename in (${sql.join([...tables])})
      and not exists (select 1 from pg_constraint c where c.conname = i.indexname and c.connamespace = current_schema()::regnamespace)
    order by i.indexname`.execute(db);
  return rows;
}

/** Drops the indexes (inside the load's transaction: a failed load brings them back). */
export async function dropIndexes(db: Db, indexes: readonly IndexDefinition[]): Promise<void> {
  for (const index of indexes) await sql`drop index ${sql.id(index.name)}`.execute(db);
}

/** Recreates the indexes from their recorded definitions. */
export async function createIndexes(db: Db, indexes: readonly IndexDefinition[]): Promise<void> {
  for (const index of indexes) await sql.raw(index.create).execute(db);
}
