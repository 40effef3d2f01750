/**
 * The one transaction helper. It lives in the store, not in app/, because the repositories need it
 * too (a repository function is atomic on its own) and the store may not import from app/; the app
 * services call this same function to group several repository calls into one unit of work.
 */
import type { Db } from "./store.types.js";

/**
 * Joins the caller's transaction when `db` is one (Kysely cannot nest them), else opens one.
 * Lets a repository function be atomic on its own and still compose into a larger transaction:
 * a service called from another service commits or rolls back with its caller.
 */
export async function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db);
  return db.transaction().execute(work);
}
