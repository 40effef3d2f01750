/**
 * What the count upkeep (dashboard-counts.ts, team-coverage-counts.ts) shares: the person filter
 * of a contribution query, batching, and the lock that makes a person's contribution stable
 * while it is counted.
 */
import { sql } from "kysely";
import type { Db } from "../repositories/store.types.js";
import { isPostgres } from "../repositories/text-key.js";

/** People per contribution query or lock statement (bound parameters). */
export const BATCH = 500;

/** `and <column> in (ids)`, or nothing for everyone. */
export function personFilter(column: string, personIds: readonly string[] | null) {
  return personIds === null ? sql`` : sql`and ${sql.ref(column)} in (${sql.join([...personIds])})`;
}

/** Splits `items` into consecutive slices of at most BATCH. */
export function batches<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += BATCH) result.push(items.slice(start, start + BATCH));
  return result;
}

/**
 * Locks the people's rows until the caller's transaction ends, so no other writer can move their
 * position, team or status between the contribution counted before a change and the one after.
 * Without it, two check-ins of one person committed at the same time on PostgreSQL would each
 * count from the state before the other and the aggregates would drift. Ids are locked in sorted
 * order so two writers of overlapping people wait for each other instead of deadlocking; the lock
 * is FOR NO KEY UPDATE, which two such writers cannot share but which leaves alone the key-share
 * locks a transaction already holds from inserting rows that reference the person (a check-in):
 * FOR UPDATE would have to upgrade past the other writer's key-share lock, and both would deadlock.
 * SQLite needs no statement: a writing transaction holds the whole database's write lock (and
 * every transaction that records a check-in starts with a write, which waits for that lock
 * before it reads anything).
 */
export async function lockPeople(db: Db, personIds: readonly string[]): Promise<void> {
  if (!isPostgres(db)) return;
  for (const batch of batches([...personIds].sort())) {
    await db.selectFrom("person").select("id").where("id", "in", batch).orderBy("id").forNoKeyUpdate().execute();
  }
}

/** Rows in one total order (by their key), so concurrent upserts lock shared rows in the same order. */
export function inKeyOrder<T>(rows: readonly T[], keyOf: (row: T) => string): T[] {
  return [...rows].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
}
