/**
 * Writing a row stream into a database inside the caller's transaction, tables in reference
 * order. Self-references (a correction's `supersedes`) are inserted empty and set once the whole
 * table is in, since PostgreSQL checks foreign keys per statement and rows need not come in an
 * order that satisfies them.
 */
import { sql } from "kysely";
import type { Db } from "../repositories/store.types.js";
import { quoteIdentifier } from "./database-table-stream.js";
import type { TableInfo } from "./table-catalog.js";
import type { TableRows } from "./table-rows.types.js";

/** Stays below SQLite's 32,766 bound parameters (PostgreSQL allows 65,535). */
const MAX_PARAMETERS = 30_000;

/** True when no application table holds a row. */
export async function holdsNoRows(trx: Db, tables: readonly TableInfo[]): Promise<boolean> {
  for (const table of tables) {
    const found = await sql.raw(`select 1 from ${quoteIdentifier(table.name)} limit 1`).execute(trx);
    if (found.rows.length > 0) return false;
  }
  return true;
}

/** Deletes every row, referencing tables first. */
export async function deleteAllRows(trx: Db, tables: readonly TableInfo[]): Promise<void> {
  for (const table of [...tables].reverse()) await sql.raw(`delete from ${quoteIdentifier(table.name)}`).execute(trx);
}

/** Inserts every table of `source` into `trx`; returns the rows written per table. */
export async function writeTableRows(
  trx: Db,
  targetTables: readonly TableInfo[],
  source: AsyncIterable<TableRows>,
): Promise<Record<string, number>> {
  const byName = new Map(targetTables.map((t) => [t.name, t]));
  const counts: Record<string, number> = {};
  for await (const rows of source) {
    const target = byName.get(rows.table);
    if (!target) throw new Error(`the backup has a table this database does not: ${rows.table}`);
    const missing = rows.columns.filter((c) => !target.columns.includes(c));
    if (missing.length > 0) throw new Error(`the backup has columns ${rows.table} lacks here: ${missing.join(", ")}`);
    counts[rows.table] = await writeOneTable(trx, target, rows);
  }
  return counts;
}

async function writeOneTable(trx: Db, target: TableInfo, rows: TableRows): Promise<number> {
  const columns = rows.columns;
  const deferred = target.selfReferences.map((column) => columns.indexOf(column)).filter((index) => index >= 0);
  const keys = target.primaryKey.map((column) => columns.indexOf(column));
  const later: unknown[][] = [];
  const size = Math.max(1, Math.min(1000, Math.floor(MAX_PARAMETERS / columns.length)));
  let written = 0;
  for await (const batch of rows.batches) {
    for (let start = 0; start < batch.length; start += size) {
      const values = batch.slice(start, start + size).map((row) => {
        if (deferred.some((i) => row[i] !== null)) later.push(row);
        const record: Record<string, unknown> = {};
        columns.forEach((column, i) => {
          record[column] = deferred.includes(i) ? null : row[i];
        });
        return record;
      });
      // Table names are chosen at run time, which Kysely's insert types cannot follow.
      await trx
        .insertInto(target.name as never)
        .values(values as never)
        .execute();
      written += values.length;
    }
  }
  for (const row of later) {
    const sets = deferred.map((i) => sql`${sql.id(columns[i]!)} = ${row[i]}`);
    const where = keys.map((i) => sql`${sql.id(columns[i]!)} = ${row[i]}`);
    await sql`update ${sql.table(target.name)} set ${sql.join(sets)} where ${sql.join(where, sql` and `)}`.execute(trx);
  }
  return written;
}

/** Deletes every row of `tables` in one transaction of its own: all are emptied, or none. */
export async function emptyTables(db: Db, tables: readonly TableInfo[]): Promise<void> {
  await db.transaction().execute((trx) => deleteAllRows(trx, tables));
}
