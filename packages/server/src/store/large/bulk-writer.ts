/**
 * Bulk inserts for the large load, per engine. SQLite: prepared multi-row statements reused for
 * every full chunk (prepare once, bind many — inside the caller's transaction on the same
 * handle). PostgreSQL: one `INSERT … SELECT * FROM unnest($1::text[], …)` per chunk, which binds
 * one array per column — a few parameters for thousands of rows, so no parameter limit and far
 * less parsing than a VALUES list (COPY would need another dependency).
 */
import type BetterSqlite3 from "better-sqlite3";
import { sql } from "kysely";
import type { NativeHandle } from "../engine/open-database.js";
import type { Db } from "../repositories/store.types.js";
import type { BulkTable } from "./large-rows.js";

/** Appends rows to a table; `flush` writes what is still buffered. */
export interface BulkWriter {
  add(table: BulkTable, values: unknown[]): Promise<void>;
  flush(): Promise<void>;
}

/** Rows per SQLite statement: 100 × 14 columns stays far below its 32,766 parameters. */
const SQLITE_ROWS = 100;
/** Rows per PostgreSQL statement. */
const POSTGRES_ROWS = 5000;

const quote = (name: string) => `"${name}"`;

/**
 * The buffers of tables first used before `table`, then its own: a full buffer flushes those of
 * the tables it references first (a read-model row after its check-in), so foreign keys hold
 * at every statement without deferring them.
 */
function upTo(buffers: Map<BulkTable, unknown[][]>, table: BulkTable): [BulkTable, unknown[][]][] {
  const entries = [...buffers];
  return entries.slice(0, entries.findIndex(([t]) => t === table) + 1);
}

/** A writer for the engine of `native`; `trx` is the transaction the load runs in. */
export function bulkWriter(trx: Db, native: NativeHandle): BulkWriter {
  return native.dialect === "sqlite" ? sqliteWriter(native.sqlite) : postgresWriter(trx);
}

function sqliteWriter(sqlite: BetterSqlite3.Database): BulkWriter {
  const statements = new Map<string, BetterSqlite3.Statement>();
  const buffers = new Map<BulkTable, unknown[][]>();
  const statement = (table: BulkTable, rows: number) => {
    const key = `${table.name}:${rows}`;
    let prepared = statements.get(key);
    if (!prepared) {
      const row = `(${table.columns.map(() => "?").join(", ")})`;
      const columns = table.columns.map(([name]) => quote(name)).join(", ");
      prepared = sqlite.prepare(
        `insert into ${quote(table.name)} (${columns}) values ${Array.from({ length: rows }, () => row).join(", ")}`,
      );
      statements.set(key, prepared);
    }
    return prepared;
  };
  const write = (table: BulkTable, rows: unknown[][]) => {
    if (rows.length > 0) statement(table, rows.length).run(rows.flat());
  };
  return {
    async add(table, values) {
      const buffer = buffers.get(table) ?? [];
      buffers.set(table, buffer);
      buffer.push(values);
      if (buffer.length === SQLITE_ROWS) for (const [t, b] of upTo(buffers, table)) write(t, b.splice(0));
    },
    async flush() {
      for (const [table, buffer] of buffers) write(table, buffer.splice(0));
    },
  };
}

function postgresWriter(trx: Db): BulkWriter {
  const buffers = new Map<BulkTable, unknown[][]>();
  const write = async (table: BulkTable, rows: unknown[][]) => {
    if (rows.length === 0) return;
    const arrays = table.columns.map(([, type], i) => sql`${rows.map((row) => row[i])}::${sql.raw(type)}[]`);
    const columns = table.columns.map(([name]) => sql.id(name));
    await sql`insert into ${sql.table(table.name)} (${sql.join(columns)}) select * from unnest(${sql.join(arrays)})`.execute(
      trx,
    );
  };
  return {
    async add(table, values) {
      const buffer = buffers.get(table) ?? [];
      buffers.set(table, buffer);
      buffer.push(values);
      if (buffer.length === POSTGRES_ROWS) for (const [t, b] of upTo(buffers, table)) await write(t, b.splice(0));
    },
    async flush() {
      for (const [table, buffer] of buffers) await write(table, buffer.splice(0));
    },
  };
}
