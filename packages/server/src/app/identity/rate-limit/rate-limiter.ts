/**
 * Failure counters with backoff, kept in the `rate_limit` table so every instance behind a load
 * balancer applies the same limit (product.md, Scale). A key counts failures in a window; from
 * `limit` failures on, each further failure blocks the key for twice as long as the last.
 */
import type { Kysely } from "kysely";
import type { Database } from "../../../store/schema/database.js";
import { AppError, AppErrorCode } from "../../errors/app-error.js";

/** How many failures, in what window, and how long the blocks last. */
export interface RateLimitPolicy {
  readonly limit: number;
  readonly windowMs: number;
  /** The first block; doubles with each further failure. */
  readonly baseBlockMs: number;
  readonly maxBlockMs: number;
}

/** A refusal that also says when to come back (sent as Retry-After). */
export class RateLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super(AppErrorCode.RateLimited, `Too many attempts; try again in ${retryAfterSeconds} seconds`);
  }
}

/** Throws RateLimitedError when any of `keys` is blocked at `now`. */
export async function assertNotBlocked(db: Kysely<Database>, keys: readonly string[], now: string): Promise<void> {
  const rows = await db
    .selectFrom("rate_limit")
    .select("blocked_until")
    .where("key", "in", keys)
    .where("blocked_until", ">", now)
    .execute();
  const until = rows.map((r) => Date.parse(r.blocked_until ?? now)).reduce((a, b) => Math.max(a, b), 0);
  if (until > 0) throw new RateLimitedError(Math.max(1, Math.ceil((until - Date.parse(now)) / 1000)));
}

/** The block that the `count`-th failure earns (0 below the limit). */
export function blockFor(policy: RateLimitPolicy, count: number): number {
  if (count < policy.limit) return 0;
  return Math.min(policy.maxBlockMs, policy.baseBlockMs * 2 ** (count - policy.limit));
}

/**
 * Counts one failure for `key` and blocks it when the policy says so. The increment is one
 * upsert, so two instances counting at once never lose a failure.
 */
export async function recordFailure(
  db: Kysely<Database>,
  key: string,
  now: string,
  policy: RateLimitPolicy,
): Promise<void> {
  const windowOpenedBefore = new Date(Date.parse(now) - policy.windowMs).toISOString();
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
  const block = blockFor(policy, Number(row.count));
  if (block > 0) {
    await db
      .updateTable("rate_limit")
      .set({ blocked_until: new Date(Date.parse(now) + block).toISOString() })
      .where("key", "=", key)
      .execute();
  }
}

/** Forgets the failures of `key` (after a success). */
export async function clearFailures(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom("rate_limit").where("key", "=", key).execute();
}
