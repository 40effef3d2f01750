/** Multi-row inserts sized to stay under both engines' bound-parameter limits. */
import type { Insertable } from "kysely";
import type { Database } from "../schema/database.js";
import type { Db } from "./store.types.js";

/**
 * SQLite allows 32 766 bound parameters per statement, PostgreSQL 65 535; staying well below
 * the smaller keeps one code path for both.
 */
const MAX_PARAMETERS = 30_000;
const MAX_ROWS = 1000;

/** Inserts rows in as few statements as the parameter limits allow. */
export async function insertInBatches<T extends keyof Database & string>(
  db: Db,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0] as object).length || 1;
  const size = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMETERS / columns)));
  for (let start = 0; start < rows.length; start += size) {
    // Kysely's generic insert types cannot follow a table name chosen at run time.
    await db
      .insertInto(table)
      .values(rows.slice(start, start + size) as never)
      .execute();
  }
}
