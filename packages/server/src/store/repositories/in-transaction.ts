/** Runs work atomically whether the caller passed a database or is already inside a transaction. */
import type { Db } from "./store.types.js";

/**
 * Joins the caller's transaction when `db` is one (Kysely cannot nest them), else opens one.
 * Lets a repository function be atomic on its own and still compose into a larger transaction.
 */
export async function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db);
  return db.transaction().execute(work);
}
