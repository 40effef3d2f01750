/**
 * What the count upkeep (dashboard-counts.ts, team-coverage-counts.ts) shares: the person filter
 * of a contribution query, batching and key order (the lock they take is lock-people.ts).
 */
import { sql } from "kysely";

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

/** Rows in one total order (by their key), so concurrent upserts lock shared rows in the same order. */
export function inKeyOrder<T>(rows: readonly T[], keyOf: (row: T) => string): T[] {
  return [...rows].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
}
