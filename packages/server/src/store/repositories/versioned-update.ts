/** The optimistic-concurrency guard shared by every versioned table. */
import type { UpdateResult } from "kysely";
import { ConflictError, NotFoundError } from "../errors/store-error.js";
import type { Db } from "./store.types.js";

type VersionedTable =
  | "person"
  | "check_in"
  | "evidence"
  | "growth_plan"
  | "moment"
  | "organisation"
  | "goal"
  | "private_note"
  | "team"
  | "group"
  | "mentorship";

/**
 * Bumps a row's version from `expectedVersion` to the next, as the *first* write of the caller's
 * transaction. Being a single conditional UPDATE, it is atomic on both engines: PostgreSQL holds
 * the row lock and re-checks the version after a concurrent commit; SQLite takes its write lock
 * here, before anything was read in the transaction, so it cannot fail on a stale snapshot.
 * Zero rows updated means stale (ConflictError) or missing (NotFoundError).
 */
export async function bumpVersion(db: Db, table: VersionedTable, id: string, expectedVersion: number): Promise<number> {
  const result: UpdateResult = await db
    .updateTable(table)
    .set({ version: expectedVersion + 1 })
    .where("id", "=", id)
    .where("version", "=", expectedVersion)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 1) return expectedVersion + 1;
  const exists = await db.selectFrom(table).select("id").where("id", "=", id).executeTakeFirst();
  if (exists === undefined) throw new NotFoundError(table, id);
  throw new ConflictError(table, id, expectedVersion);
}
