/**
 * Ascent's Kysely driver for better-sqlite3. It does what Kysely's SqliteDriver does, with three
 * differences that matter under load or failure:
 *
 * - statements are prepared once and kept (statement-cache.ts) instead of on every query;
 * - waiters for the one connection are served in arrival order (connection-queue.ts);
 * - ROLLBACK is skipped when SQLite has already rolled the transaction back by itself, as it does
 *   after some failures (SQLITE_FULL at COMMIT on a full disk). Otherwise that ROLLBACK fails ("no
 *   transaction is active") and its error replaces the real one, so the HTTP edge could not answer
 *   "disk full" (503) and would answer a bare 500.
 */
import type BetterSqlite3 from "better-sqlite3";
import {
  CompiledQuery,
  createQueryId,
  type DatabaseConnection,
  type Driver,
  IdentifierNode,
  type QueryCompiler,
  type QueryResult,
  RawNode,
  SelectQueryNode,
} from "kysely";
import { ConnectionQueue } from "./connection-queue.js";
import { StatementCache } from "./statement-cache.js";

/** SQL that may change the schema: statements prepared before it are dropped from the cache. */
const SCHEMA_CHANGE = /^\s*(create|alter|drop)\b/i;

/** The one connection: runs compiled queries through the statement cache. */
class SqliteConnection implements DatabaseConnection {
  readonly #sqlite: BetterSqlite3.Database;
  readonly #statements: StatementCache;

  constructor(sqlite: BetterSqlite3.Database, statements: StatementCache) {
    this.#sqlite = sqlite;
    this.#statements = statements;
  }

  executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    try {
      return Promise.resolve(this.#run<R>(compiledQuery));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  #run<R>({ sql, parameters }: CompiledQuery): QueryResult<R> {
    const statement = this.#statements.prepare(sql);
    if (statement.reader) return { rows: statement.all(parameters as unknown[]) as R[] };
    const { changes, lastInsertRowid } = statement.run(parameters as unknown[]);
    if (SCHEMA_CHANGE.test(sql)) this.#statements.clear();
    return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
  }

  async *streamQuery<R>({ sql, parameters, query }: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    if (!SelectQueryNode.is(query)) throw new Error("Sqlite driver only supports streaming of select queries");
    // Its own statement: a kept one would be busy for the whole iteration.
    for (const row of this.#sqlite.prepare(sql).iterate(parameters as unknown[])) yield { rows: [row as R] };
  }

  /** Transaction control: never a schema change, so it bypasses the SCHEMA_CHANGE test. */
  control(compiledQuery: CompiledQuery): void {
    this.#statements.prepare(compiledQuery.sql).run(compiledQuery.parameters as unknown[]);
  }
}

function savepointCommand(command: string, name: string): RawNode {
  // The identifier node quotes the name, as Kysely's own driver does.
  return RawNode.createWithChildren([RawNode.createWithSql(`${command} `), IdentifierNode.create(name)]);
}

/** The driver over an open handle; `init` takes the handle as it is. */
export class AscentSqliteDriver implements Driver {
  readonly #sqlite: BetterSqlite3.Database;
  readonly #statements: StatementCache;
  readonly #connection: SqliteConnection;
  readonly #queue = new ConnectionQueue();

  constructor(sqlite: BetterSqlite3.Database) {
    this.#sqlite = sqlite;
    this.#statements = new StatementCache(sqlite);
    this.#connection = new SqliteConnection(sqlite, this.#statements);
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.#queue.acquire();
    return this.#connection;
  }

  async releaseConnection(): Promise<void> {
    this.#queue.release();
  }

  async beginTransaction(): Promise<void> {
    this.#connection.control(CompiledQuery.raw("begin"));
  }

  async commitTransaction(): Promise<void> {
    this.#connection.control(CompiledQuery.raw("commit"));
  }

  async rollbackTransaction(): Promise<void> {
    if (this.#sqlite.inTransaction) this.#connection.control(CompiledQuery.raw("rollback"));
  }

  async savepoint(_: DatabaseConnection, name: string, compile: QueryCompiler["compileQuery"]): Promise<void> {
    this.#connection.control(compile(savepointCommand("savepoint", name), createQueryId()));
  }

  async rollbackToSavepoint(_: DatabaseConnection, name: string, compile: QueryCompiler["compileQuery"]) {
    this.#connection.control(compile(savepointCommand("rollback to", name), createQueryId()));
  }

  async releaseSavepoint(_: DatabaseConnection, name: string, compile: QueryCompiler["compileQuery"]) {
    this.#connection.control(compile(savepointCommand("release", name), createQueryId()));
  }

  async destroy(): Promise<void> {
    this.#statements.clear();
    this.#sqlite.close();
  }
}
