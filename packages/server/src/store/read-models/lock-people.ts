/**
 * The one per-person lock of the store: whoever writes a person's position, team or status — or
 * reads their check-ins to compute a new position — holds it until their transaction ends.
 *
 * Why: a submission computes the person's new position from their stored check-ins. On PostgreSQL
 * (READ COMMITTED), two submissions for one person at the same moment (the person and their
 * mentor, two app instances, a retrying client) would each read a history without the other's
 * uncommitted check-in, and the last to commit would leave a current position and a
 * position-change log no replay of the stored check-ins gives (found by
 * reliability/crash-safety.test.ts: "position changes 25 stored, 26 replayed"). The dashboard
 * aggregates move by the difference of a person's contribution before and after a change, so that
 * contribution must not move under the writer either.
 *
 * How: on PostgreSQL, `select … for no key update` of the people's rows, in id order (two writers
 * of overlapping people wait for each other instead of deadlocking), in batches. FOR NO KEY UPDATE
 * is a lock two writers cannot share but which leaves alone the key-share locks a transaction
 * already holds from inserting rows that reference the person (a check-in): FOR UPDATE would have
 * to upgrade past the other writer's key-share lock, and both would deadlock. A waiting writer then
 * reads the first one's committed rows (each statement of a READ COMMITTED transaction sees what
 * committed before it). On SQLite, a no-op update of the people's rows, which takes the database's
 * write lock now — before the caller reads the history it computes from — so a second process
 * writing at the same time waits instead of failing on a stale snapshot; in one process
 * transactions already run one at a time.
 *
 * Take it before taking the submission time (so submission order is commit order) and before
 * reading what the change is computed from. Taking it again in the same transaction is harmless.
 */
import type { Db } from "../repositories/store.types.js";
import { isPostgres } from "../repositories/text-key.js";
import { batches } from "./count-upkeep.helpers.js";

/** Locks the people's rows until the caller's transaction ends (see above). */
export async function lockPeople(db: Db, personIds: readonly string[]): Promise<void> {
  for (const batch of batches([...new Set(personIds)].sort())) {
    if (isPostgres(db)) {
      await db.selectFrom("person").select("id").where("id", "in", batch).orderBy("id").forNoKeyUpdate().execute();
    } else {
      await db
        .updateTable("person")
        .set((eb) => ({ version: eb.ref("version") }))
        .where("id", "in", batch)
        .execute();
    }
  }
}
