/**
 * Inserts, updates and deletes of many rows in the caller's transaction: the one place where the
 * engines differ for bulk writes, so callers keep one code path.
 *
 * - SQLite: statements prepared once on the better-sqlite3 handle and run in a loop, multi-row for
 *   inserts. The handle is the connection the Kysely transaction holds, so they join it; running
 *   them directly skips building and compiling a query object per batch, which cost more than
 *   SQLite's own work.
 * - PostgreSQL: one statement per chunk that binds one array per column and reads the rows back
 *   with `unnest`: a few parameters for thousands of rows, so no parameter limit, little parsing
 *   and few round trips. (COPY would need another dependency.)
 *
 * Values are passed as arrays in column order; `null` for SQL NULL.
 */
import type BetterSqlite3 from "better-sqlite3";
import { type RawBuilder, sql } from "kysely";
import { nativeHandleOf } from "../engine/native-handle.registry.js";
import { bulkIndexes, createIndexes, dropIndexes } from "../large/bulk-indexes.js";
import type { Db } from "../repositories/store.types.js";
import type { BulkColumn, BulkTable } from "./bulk-table.js";

/** A row's values in column order. */
export type BulkRow = readonly unknown[];

/** Told how many rows each statement wrote, as the write goes on. */
export type BulkProgress = (rows: number) => void;

/** Rows that update a table: each row holds the `key` values, then the `set` values. */
export interface BulkUpdate {
  readonly table: string;
  readonly key: readonly BulkColumn[];
  readonly set: readonly BulkColumn[];
  /** A constant assignment added to every update (trusted SQL, e.g. `version = version + 1`). */
  readonly alsoSet?: string;
}

/** Rows that delete from a table: each row holds the `key` values. */
export interface BulkDelete {
  readonly table: string;
  readonly key: readonly BulkColumn[];
}

/**
 * Rows per SQLite insert statement: enough to make the per-statement cost vanish, few enough that
 * 14 columns stay far below SQLite's 32,766 bound parameters.
 */
const SQLITE_INSERT_ROWS = 100;
/** Rows per PostgreSQL statement (one array per column, so no parameter limit applies). */
const POSTGRES_ROWS = 10_000;

const quote = (name: string) => `"${name}"`;

/** Below this many new rows, keeping the indexes up to date row by row costs less than rebuilding them. */
const REBUILD_INDEXES_FROM = 10_000;

/**
 * Runs `work`, which adds `newRows[table]` rows to each table, building the tables' secondary
 * indexes once afterwards instead of row by row when that is cheaper: on SQLite, for a table
 * that gets at least REBUILD_INDEXES_FROM rows and at least as many as it has. Done inside the
 * caller's transaction, so a failure brings the indexes back and readers (who see the last
 * commit) never miss one. PostgreSQL keeps its indexes: dropping one would lock the table
 * against every reader until the commit.
 */
export async function withIndexesBuiltAfter<T>(
  db: Db,
  newRows: Readonly<Record<string, number>>,
  work: () => Promise<T>,
): Promise<T> {
  if (sqliteOf(db) === null) return work();
  const tables: string[] = [];
  for (const [table, adding] of Object.entries(newRows)) {
    if (adding < REBUILD_INDEXES_FROM) continue;
    const { rows } = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(db);
    if (adding >= Number(rows[0]?.n ?? 0)) tables.push(table);
  }
  if (tables.length === 0) return work();
  const indexes = await bulkIndexes(db, "sqlite", tables);
  await dropIndexes(db, indexes);
  const result = await work();
  await createIndexes(db, indexes);
  return result;
}

/** Inserts `rows` into `table`. */
export async function bulkInsert(
  db: Db,
  table: BulkTable,
  rows: readonly BulkRow[],
  onProgress?: BulkProgress,
): Promise<void> {
  if (rows.length === 0) return;
  const sqlite = sqliteOf(db);
  if (sqlite) {
    sqliteInsert(sqlite, table, rows, onProgress);
    return;
  }
  const columns = sql.join(table.columns.map(([name]) => sql.id(name)));
  await inChunks(rows, async (chunk) => {
    await sql`insert into ${sql.table(table.name)} (${columns}) select * from ${unnest(table.columns, chunk)}`.execute(
      db,
    );
    onProgress?.(chunk.length);
  });
}

/** Updates the rows matching each row's key to its values. */
export async function bulkUpdate(db: Db, update: BulkUpdate, rows: readonly BulkRow[]): Promise<void> {
  if (rows.length === 0) return;
  const also = update.alsoSet ? `, ${update.alsoSet}` : "";
  const sqlite = sqliteOf(db);
  if (sqlite) {
    const assignments = update.set.map(([name]) => `${quote(name)} = ?`).join(", ");
    const statement = sqlite.prepare(
      `update ${quote(update.table)} set ${assignments}${also} where ${keyMatch(update.key)}`,
    );
    const keys = update.key.length;
    // Bound in statement order: the set values first, then the key.
    for (const row of rows) statement.run([...row.slice(keys), ...row.slice(0, keys)]);
    return;
  }
  const columns = [...update.key, ...update.set];
  const assignments = update.set.map(([name]) => `${quote(name)} = u.${quote(name)}`).join(", ");
  const matches = update.key.map(([name]) => `t.${quote(name)} = u.${quote(name)}`).join(" and ");
  await inChunks(rows, async (chunk) => {
    await sql`update ${sql.table(update.table)} as t set ${sql.raw(assignments + also)}
      from ${unnest(columns, chunk)} as u(${sql.raw(columns.map(([name]) => quote(name)).join(", "))})
      where ${sql.raw(matches)}`.execute(db);
  });
}

/** Deletes the rows matching each row's key. */
export async function bulkDelete(db: Db, target: BulkDelete, rows: readonly BulkRow[]): Promise<void> {
  if (rows.length === 0) return;
  const sqlite = sqliteOf(db);
  if (sqlite) {
    const statement = sqlite.prepare(`delete from ${quote(target.table)} where ${keyMatch(target.key)}`);
    for (const row of rows) statement.run(row);
    return;
  }
  const names = target.key.map(([name]) => quote(name));
  const matches = target.key.map(([name]) => `t.${quote(name)} = u.${quote(name)}`).join(" and ");
  await inChunks(rows, async (chunk) => {
    await sql`delete from ${sql.table(target.table)} as t
      using ${unnest(target.key, chunk)} as u(${sql.raw(names.join(", "))})
      where ${sql.raw(matches)}`.execute(db);
  });
}

/**
 * The better-sqlite3 handle behind `db`, or null on PostgreSQL. Bulk statements must run inside
 * the caller's transaction: on SQLite that is what makes them all-or-nothing.
 */
function sqliteOf(db: Db): BetterSqlite3.Database | null {
  if (!db.isTransaction) throw new Error("bulk writes run inside a transaction");
  const native = nativeHandleOf(db);
  if (native === undefined) throw new Error("bulk writes need a database opened by openDatabase");
  return native.dialect === "sqlite" ? native.sqlite : null;
}

function keyMatch(key: readonly BulkColumn[]): string {
  return key.map(([name]) => `${quote(name)} = ?`).join(" and ");
}

/** Multi-row statements for the full chunks, one for the rest, all prepared once. */
function sqliteInsert(
  sqlite: BetterSqlite3.Database,
  table: BulkTable,
  rows: readonly BulkRow[],
  onProgress?: BulkProgress,
): void {
  const width = table.columns.length;
  const prepare = (count: number) => {
    const row = `(${table.columns.map(() => "?").join(", ")})`;
    const columns = table.columns.map(([name]) => quote(name)).join(", ");
    return sqlite.prepare(
      `insert into ${quote(table.name)} (${columns}) values ${Array.from({ length: count }, () => row).join(", ")}`,
    );
  };
  const run = (statement: BetterSqlite3.Statement, start: number, count: number) => {
    // One flat array per statement: better-sqlite3 binds it to the placeholders in order.
    const values = new Array<unknown>(count * width);
    let at = 0;
    for (let r = start; r < start + count; r++) {
      const row = rows[r]!;
      for (let c = 0; c < width; c++) values[at++] = row[c];
    }
    statement.run(values);
    onProgress?.(count);
  };
  const full = Math.floor(rows.length / SQLITE_INSERT_ROWS) * SQLITE_INSERT_ROWS;
  if (full > 0) {
    const statement = prepare(SQLITE_INSERT_ROWS);
    for (let start = 0; start < full; start += SQLITE_INSERT_ROWS) run(statement, start, SQLITE_INSERT_ROWS);
  }
  if (full < rows.length) run(prepare(rows.length - full), full, rows.length - full);
}

/** `unnest($1::text[], $2::integer[], …)`: the rows of `chunk`, one array per column. */
function unnest(columns: readonly BulkColumn[], chunk: readonly BulkRow[]): RawBuilder<unknown> {
  const arrays = columns.map(([, type], i) => sql`${chunk.map((row) => row[i] ?? null)}::${sql.raw(type)}[]`);
  return sql`unnest(${sql.join(arrays)})`;
}

async function inChunks(rows: readonly BulkRow[], run: (chunk: readonly BulkRow[]) => Promise<void>): Promise<void> {
  for (let start = 0; start < rows.length; start += POSTGRES_ROWS) await run(rows.slice(start, start + POSTGRES_ROWS));
}
