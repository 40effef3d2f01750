/**
 * One submission at a time per person, so the read models stay what a replay of the check-ins
 * gives.
 *
 * Why: a submission recomputes the person's current position from their stored check-ins. On
 * PostgreSQL (READ COMMITTED), two submissions for one person at the same moment (the person and
 * their mentor, two app instances, a retrying client) each read a history without the other's
 * uncommitted check-in; the last to commit then leaves a current position and a position-change
 * log that no replay of the stored check-ins gives (found by reliability/crash-safety.test.ts:
 * "position changes 25 stored, 26 replayed"). SQLite in one process was never affected: its
 * transactions already run one at a time.
 *
 * How: a no-op UPDATE of the person's row. PostgreSQL holds that row lock (FOR NO KEY UPDATE
 * strength: no key column changes) until commit, so a second submitter waits and then reads the
 * first one's committed check-in (each statement of a READ COMMITTED transaction sees what committed
 * before it); SQLite takes its write lock, which also orders submitters in other processes. Call it
 * before taking the submission time, so that submission order is commit order, and before the
 * transaction writes rows that reference the person (their key-share locks would not conflict, but
 * taking the person first keeps one lock order for every submitter).
 */
import type { Db } from "../repositories/store.types.js";

export async function lockPersonPosition(db: Db, personId: string): Promise<void> {
  await db
    .updateTable("person")
    .set((eb) => ({ version: eb.ref("version") }))
    .where("id", "=", personId)
    .execute();
}
