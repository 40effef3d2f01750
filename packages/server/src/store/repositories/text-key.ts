/**
 * Case-insensitive sort and search keys that mean the same on both engines: `lower(column)`
 * compared in code-point order. SQLite compares text byte by byte already; PostgreSQL would use
 * the database's collation (e.g. en_US, where punctuation is ignored and prefix ranges break), so
 * there the key carries `collate "C"`. Migration 010 indexes these very expressions, and a query
 * must spell the key exactly like the index for the planner to use it. On SQLite, lower() is
 * Ascent's own (engine/unicode-lower.ts), so every alphabet folds there as on PostgreSQL.
 */
import { type Kysely, PostgresAdapter, type RawBuilder, sql } from "kysely";

/** True on PostgreSQL (the one engine whose default text order is not code-point order). */
export function isPostgres<DB>(db: Kysely<DB>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** The case-insensitive key of `column` (e.g. "person.name"), as migration 010 indexes it. */
export function textKey<DB>(db: Kysely<DB>, column: string): RawBuilder<string> {
  return isPostgres(db) ? sql<string>`(lower(${sql.ref(column)}) collate "C")` : sql<string>`lower(${sql.ref(column)})`;
}

/**
 * The highest code point: every key starting with `prefix` sorts in `[prefix, prefix + MAX)` in
 * code-point order, so a prefix search is an index range scan.
 */
const MAX_CODE_POINT = String.fromCodePoint(0x10ffff);

/** The key of a value, folded by the engine's own lower() so it compares like the stored keys. */
export function keyOfValue<DB>(db: Kysely<DB>, value: string): RawBuilder<string> {
  return isPostgres(db) ? sql<string>`(lower(${value}) collate "C")` : sql<string>`lower(${value})`;
}

/** `key` starts with lower(`prefix`): a range the key's index answers. */
export function startsWith<DB>(db: Kysely<DB>, key: RawBuilder<string>, prefix: string): RawBuilder<boolean> {
  const high = isPostgres(db)
    ? sql`((lower(${prefix}) || ${MAX_CODE_POINT}) collate "C")`
    : sql`(lower(${prefix}) || ${MAX_CODE_POINT})`;
  return sql<boolean>`(${key} >= ${keyOfValue(db, prefix)} and ${key} < ${high})`;
}
