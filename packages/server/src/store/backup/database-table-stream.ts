/**
 * Reading every table of a database as a row stream: PostgreSQL through a server-side cursor
 * inside the caller's (repeatable-read) transaction, SQLite through better-sqlite3's lazy
 * iterator. Neither holds a whole table in memory.
 */
import type BetterSqlite3 from "better-sqlite3";
import { sql } from "kysely";
import type { Db } from "../repositories/store.types.js";
import type { TableInfo } from "./table-catalog.js";
import { ROW_BATCH, type TableRows } from "./table-rows.types.js";

/** A double-quoted identifier; names come from the catalogue, quoting keeps `group` legal. */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function selectAll(table: TableInfo): string {
  // Primary-key order makes two backups of the same data identical, line for line.
  const order = table.primaryKey.length > 0 ? ` order by ${table.primaryKey.map(quoteIdentifier).join(", ")}` : "";
  return `select ${table.columns.map(quoteIdentifier).join(", ")} from ${quoteIdentifier(table.name)}${order}`;
}

/** Tables read through one cursor at a time; `trx` must be a transaction (cursors live in one). */
export async function* postgresTableRows(trx: Db, tables: readonly TableInfo[]): AsyncGenerator<TableRows> {
  for (const table of tables) {
    yield { table: table.name, columns: table.columns, batches: postgresBatches(trx, table) };
  }
}

async function* postgresBatches(trx: Db, table: TableInfo): AsyncGenerator<unknown[][]> {
  await sql.raw(`declare ascent_backup no scroll cursor for ${selectAll(table)}`).execute(trx);
  try {
    for (;;) {
      const { rows } = await sql
        .raw<Record<string, unknown>>(`fetch forward ${ROW_BATCH} from ascent_backup`)
        .execute(trx);
      if (rows.length === 0) return;
      yield rows.map((row) => table.columns.map((column) => row[column]));
    }
  } finally {
    await sql.raw("close ascent_backup").execute(trx);
  }
}

/** Tables of a SQLite handle nobody else writes to (a private copy being restored from). */
export async function* sqliteTableRows(
  sqlite: BetterSqlite3.Database,
  tables: readonly TableInfo[],
): AsyncGenerator<TableRows> {
  for (const table of tables) {
    yield { table: table.name, columns: table.columns, batches: sqliteBatches(sqlite, table) };
  }
}

async function* sqliteBatches(sqlite: BetterSqlite3.Database, table: TableInfo): AsyncGenerator<unknown[][]> {
  let batch: unknown[][] = [];
  for (const row of sqlite.prepare(selectAll(table)).raw().iterate() as IterableIterator<unknown[]>) {
    batch.push(row);
    if (batch.length === ROW_BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
