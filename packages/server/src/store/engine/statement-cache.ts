/**
 * Prepared SQLite statements, kept by their SQL text. Preparing (parsing and planning) costs more
 * than running a point lookup — measured ~16 µs against ~7 µs — and Kysely's driver prepares every
 * statement anew; a request that runs a handful of queries pays for it each time.
 *
 * Staying correct:
 * - SQLite itself re-prepares a statement whose tables changed (sqlite3_prepare_v3 semantics),
 *   and better-sqlite3 reads column names per row, so a kept statement never runs against a stale
 *   schema. The cache is still emptied after any statement that may change the schema (DDL,
 *   pragmas, raw SQL that writes) so nothing outlives what it was prepared for, and when the
 *   database closes.
 * - A statement still being iterated (a stream) is `busy`: a fresh one is prepared instead.
 * - At most `maxEntries` statements; the oldest goes first. Query text is built by Kysely from a
 *   fixed set of query shapes, so a few hundred cover the app.
 * - Statements with a list of parameters (`in (?, ?, …)`) are not kept: their text changes with the
 *   list's length, so they rarely repeat, and keeping them grew the server's memory by ~30 MiB in a
 *   60 s load test (reliability/load.test.ts) without making anything faster.
 */
import type BetterSqlite3 from "better-sqlite3";

/** Statements kept by default: every query shape the app has, with room to spare. */
export const STATEMENT_CACHE_MAX_ENTRIES = 500;

/** `in (?, ?` — a list of two or more parameters. */
const PARAMETER_LIST = /\(\s*\?\s*,\s*\?/;

export class StatementCache {
  readonly #sqlite: BetterSqlite3.Database;
  readonly #maxEntries: number;
  readonly #statements = new Map<string, BetterSqlite3.Statement>();

  constructor(sqlite: BetterSqlite3.Database, maxEntries = STATEMENT_CACHE_MAX_ENTRIES) {
    this.#sqlite = sqlite;
    this.#maxEntries = maxEntries;
  }

  /** A statement for `sql`: the kept one when it is free, else a newly prepared one (kept if new). */
  prepare(sql: string): BetterSqlite3.Statement {
    const kept = this.#statements.get(sql);
    if (kept !== undefined && !kept.busy) return kept;
    const statement = this.#sqlite.prepare(sql);
    if (kept === undefined && !PARAMETER_LIST.test(sql)) {
      if (this.#statements.size >= this.#maxEntries) {
        const oldest = this.#statements.keys().next();
        if (!oldest.done) this.#statements.delete(oldest.value);
      }
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  /** Forgets every statement (after a schema change, and on close). */
  clear(): void {
    this.#statements.clear();
  }

  /** How many statements are kept (for tests). */
  get size(): number {
    return this.#statements.size;
  }
}
