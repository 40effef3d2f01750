/**
 * The tables of a database as the engine itself describes them (not as the code believes they
 * are), in an order where every table comes after the tables it references. Backup and restore
 * copy tables generically through this catalogue, so a table a later migration adds is kept
 * without anyone remembering to add it here.
 */
import { sql } from "kysely";
import type { DialectName } from "../engine/database-config.js";
import type { Db } from "../repositories/store.types.js";

/** One table: its columns in declared order, its primary key, and the columns that point at itself. */
export interface TableInfo {
  readonly name: string;
  readonly columns: readonly string[];
  readonly primaryKey: readonly string[];
  /** Foreign-key columns referencing this same table (check_in.supersedes): restored in a second pass. */
  readonly selfReferences: readonly string[];
}

/** Kysely's bookkeeping: recorded in a backup's header as the migration list, never copied as rows. */
const BOOKKEEPING = new Set(["kysely_migration", "kysely_migration_lock"]);

interface RawTable {
  name: string;
  columns: string[];
  primaryKey: string[];
  references: { column: string; table: string }[];
}

/** Every application table, referenced tables first. */
export async function describeTables(db: Db, dialect: DialectName): Promise<TableInfo[]> {
  const raw = dialect === "sqlite" ? await sqliteTables(db) : await postgresTables(db);
  return orderByReferences(raw.filter((t) => !BOOKKEEPING.has(t.name)));
}

async function sqliteTables(db: Db): Promise<RawTable[]> {
  const names = await sql<{ name: string }>`
    select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`.execute(db);
  const tables: RawTable[] = [];
  for (const { name } of names.rows) {
    const columns = await sql<{ name: string; pk: number }>`
      select name, pk from pragma_table_info(${name}) order by cid`.execute(db);
    const keys = await sql<{ from: string; table: string }>`
      select "from", "table" from pragma_foreign_key_list(${name})`.execute(db);
    tables.push({
      name,
      columns: columns.rows.map((c) => c.name),
      primaryKey: columns.rows
        .filter((c) => c.pk > 0)
        .sort((a, b) => a.pk - b.pk)
        .map((c) => c.name),
      references: keys.rows.map((k) => ({ column: k.from, table: k.table })),
    });
  }
  return tables;
}

async function postgresTables(db: Db): Promise<RawTable[]> {
  // The connection's current schema: each test database on PGlite is a schema of its own.
  const columns = await sql<{ table: string; column: string }>`
    select c.relname as "table", a.attname as "column"
    from pg_class c join pg_attribute a on a.attrelid = c.oid
    where c.relnamespace = current_schema()::regnamespace and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped
    order by c.relname, a.attnum`.execute(db);
  const keys = await sql<{ table: string; column: string; kind: string; ref: string | null; position: number }>`
    select c.relname as "table", a.attname as "column", k.contype as kind, r.relname as ref,
           array_position(k.conkey, a.attnum) as position
    from pg_constraint k
    join pg_class c on c.oid = k.conrelid
    join pg_attribute a on a.attrelid = k.conrelid and a.attnum = any(k.conkey)
    left join pg_class r on r.oid = k.confrelid
    where c.relnamespace = current_schema()::regnamespace and k.contype in ('p', 'f')`.execute(db);
  const byName = new Map<string, RawTable>();
  for (const row of columns.rows) {
    const table = byName.get(row.table) ?? { name: row.table, columns: [], primaryKey: [], references: [] };
    table.columns.push(row.column);
    byName.set(row.table, table);
  }
  const primary = keys.rows.filter((k) => k.kind === "p").sort((a, b) => a.position - b.position);
  for (const key of primary) byName.get(key.table)?.primaryKey.push(key.column);
  for (const key of keys.rows.filter((k) => k.kind === "f" && k.ref !== null)) {
    byName.get(key.table)?.references.push({ column: key.column, table: key.ref! });
  }
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Kahn's algorithm by name order, so the order is the same on both engines and on every run. */
function orderByReferences(tables: readonly RawTable[]): TableInfo[] {
  const known = new Set(tables.map((t) => t.name));
  const pending = new Map(
    tables.map((t) => [t.name, new Set(t.references.map((r) => r.table).filter((n) => n !== t.name && known.has(n)))]),
  );
  const ordered: TableInfo[] = [];
  while (pending.size > 0) {
    const ready = tables.find((t) => pending.get(t.name)?.size === 0);
    if (!ready) throw new Error(`tables reference each other in a cycle: ${[...pending.keys()].join(", ")}`);
    pending.delete(ready.name);
    for (const waiting of pending.values()) waiting.delete(ready.name);
    ordered.push({
      name: ready.name,
      columns: ready.columns,
      primaryKey: ready.primaryKey,
      selfReferences: ready.references.filter((r) => r.table === ready.name).map((r) => r.column),
    });
  }
  return ordered;
}

/**
 * PostgreSQL: the names of every table, view and foreign table in the current schema, whoever made
 * them, Kysely's bookkeeping included (a target that holds tables Ascent did not create is refused).
 */
export async function postgresSchemaTableNames(db: Db): Promise<string[]> {
  const found = await sql<{ name: string }>`
    select c.relname as name from pg_class c
    where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p', 'v', 'm', 'f')
    order by c.relname`.execute(db);
  return found.rows.map((row) => row.name);
}
