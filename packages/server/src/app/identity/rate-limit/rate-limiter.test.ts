import { describe, expect, it } from "vitest";
import { forEachEngine } from "../../../store/testing/test-engines.js";
import { isAppError } from "../../errors/app-error.js";
import { assertNotBlocked, blockFor, clearFailures, type RateLimitPolicy, recordFailure } from "./rate-limiter.js";

const POLICY: RateLimitPolicy = { limit: 3, windowMs: 60_000, baseBlockMs: 10_000, maxBlockMs: 40_000 };
const T0 = Date.parse("2026-03-01T09:00:00.000Z");
const at = (ms: number) => new Date(T0 + ms).toISOString();

describe("blockFor", () => {
  it("blocks from the limit on, doubling up to the maximum", () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => blockFor(POLICY, n))).toEqual([
      0, 0, 10_000, 20_000, 40_000, 40_000, 40_000,
    ]);
  });
});

forEachEngine((engine) => {
  describe("rate limiter", () => {
    it("blocks a key after the limit, for the backoff, and forgets after a success", async () => {
      const { db } = await engine.create();
      for (let i = 0; i < 2; i++) await recordFailure(db, "k", at(i), POLICY);
      await assertNotBlocked(db, ["k"], at(2));
      await recordFailure(db, "k", at(2), POLICY);
      const refusal = await assertNotBlocked(db, ["k", "other"], at(3)).catch((e: unknown) => e);
      expect(isAppError(refusal, "rate_limited")).toBe(true);
      expect((refusal as { retryAfterSeconds: number }).retryAfterSeconds).toBe(10);
      await assertNotBlocked(db, ["k"], at(10_003));
      await clearFailures(db, "k");
      await recordFailure(db, "k", at(10_004), POLICY);
      await assertNotBlocked(db, ["k"], at(10_005));
    });

    it("starts a new window once the old one has passed", async () => {
      const { db } = await engine.create();
      await recordFailure(db, "w", at(0), POLICY);
      await recordFailure(db, "w", at(1), POLICY);
      await recordFailure(db, "w", at(70_000), POLICY);
      const row = await db.selectFrom("rate_limit").selectAll().where("key", "=", "w").executeTakeFirstOrThrow();
      expect(Number(row.count)).toBe(1);
      expect(row.window_start).toBe(at(70_000));
      expect(row.blocked_until).toBeNull();
    });

    it("counts failures from two connections (two app instances) without losing any", async () => {
      const first = await engine.create();
      const second = await engine.connectAgain(first);
      await Promise.all(
        Array.from({ length: 10 }, (_, i) => recordFailure(i % 2 ? first.db : second.db, "shared", at(i), POLICY)),
      );
      const row = await first.db
        .selectFrom("rate_limit")
        .select("count")
        .where("key", "=", "shared")
        .executeTakeFirstOrThrow();
      expect(Number(row.count)).toBe(10);
      await expect(assertNotBlocked(second.db, ["shared"], at(11))).rejects.toMatchObject({ code: "rate_limited" });
    });
  });
});
