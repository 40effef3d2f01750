/** Runs work in one transaction, joining the caller's when there already is one. */
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../store/schema/database.js";

/**
 * Runs `work` inside a transaction. When `db` already is a transaction, the work joins it:
 * Kysely does not nest transactions, and a service called from another service must commit or
 * roll back with its caller.
 */
export async function inTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Kysely<Database> | Transaction<Database>) => Promise<T>,
): Promise<T> {
  if (db.isTransaction) return work(db);
  return db.transaction().execute((trx) => work(trx));
}
