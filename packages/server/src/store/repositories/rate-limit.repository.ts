/**
 * Failure counters per key (`rate_limit`), shared by every instance so all apply the same limit.
 * The policy (limits, backoff) is the app's (app/identity/rate-limit/rate-limiter.ts).
 */
import type { Db } from "./store.types.js";

/** The latest `blocked_until` among `keys` still in the future at `now`, or undefined. */
export async function latestBlockAmong(db: Db, keys: readonly string[], now: string): Promise<string | undefined> {
  const rows = await db
    .selectFrom("rate_limit")
    .select("blocked_until")
    .where("key", "in", keys)
    .where("blocked_until", ">", now)
    .execute();
  const until = rows.map((r) => Date.parse(r.blocked_until ?? now)).reduce((a, b) => Math.max(a, b), 0);
  return until > 0 ? new Date(until).toISOString() : undefined;
}

/**
 * Counts one failure for `key` and returns the count in the current window; a window opened
 * before `windowOpenedBefore` starts again at 1. One upsert, so two instances counting at once never lose one.
 */
export async function countFailure(db: Db, key: string, now: string, windowOpenedBefore: string): Promise<number> {
  const row = await db
    .insertInto("rate_limit")
    .values({ key, count: 1, window_start: now, blocked_until: null })
    .onConflict((oc) =>
      oc.column("key").doUpdateSet((eb) => {
        const expired = eb("rate_limit.window_start", "<", windowOpenedBefore);
        return {
          count: eb
            .case()
            .when(expired)
            .then(1)
            .else(eb("rate_limit.count", "+", 1))
            .end(),
          window_start: eb.case().when(expired).then(now).else(eb.ref("rate_limit.window_start")).end(),
        };
      }),
    )
    .returning(["count"])
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Blocks `key` until `until`. */
export async function blockKey(db: Db, key: string, until: string): Promise<void> {
  await db.updateTable("rate_limit").set({ blocked_until: until }).where("key", "=", key).execute();
}

/** Forgets the failures of `key`. */
export async function clearKey(db: Db, key: string): Promise<void> {
  await db.deleteFrom("rate_limit").where("key", "=", key).execute();
}
