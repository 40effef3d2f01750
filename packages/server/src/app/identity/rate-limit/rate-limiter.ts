/**
 * Failure counters with backoff, kept in the `rate_limit` table so every instance behind a load
 * balancer applies the same limit (product.md, Scale). A key counts failures in a window; from
 * `limit` failures on, each further failure blocks the key for twice as long as the last.
 */
import {
  blockKey,
  clearKey,
  countFailure,
  latestBlockAmong,
} from "../../../store/repositories/rate-limit.repository.js";
import type { Db } from "../../../store/repositories/store.types.js";
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
export async function assertNotBlocked(db: Db, keys: readonly string[], now: string): Promise<void> {
  const until = await latestBlockAmong(db, keys, now);
  if (until === undefined) return;
  throw new RateLimitedError(Math.max(1, Math.ceil((Date.parse(until) - Date.parse(now)) / 1000)));
}

/** The block that the `count`-th failure earns (0 below the limit). */
export function blockFor(policy: RateLimitPolicy, count: number): number {
  if (count < policy.limit) return 0;
  return Math.min(policy.maxBlockMs, policy.baseBlockMs * 2 ** (count - policy.limit));
}

/** Counts one failure for `key` and blocks it when the policy says so. */
export async function recordFailure(db: Db, key: string, now: string, policy: RateLimitPolicy): Promise<void> {
  const windowOpenedBefore = new Date(Date.parse(now) - policy.windowMs).toISOString();
  const count = await countFailure(db, key, now, windowOpenedBefore);
  const block = blockFor(policy, count);
  if (block > 0) await blockKey(db, key, new Date(Date.parse(now) + block).toISOString());
}

/** Forgets the failures of `key` (after a success). */
export async function clearFailures(db: Db, key: string): Promise<void> {
  await clearKey(db, key);
}
