import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRandom } from "./seeded-random.js";

describe("seeded random", () => {
  it("repeats the same stream for the same seed, and a different one for another seed", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const a = createRandom(seed);
        const b = createRandom(seed);
        const c = createRandom(seed + 1);
        const drawsA = Array.from({ length: 8 }, () => a.next());
        expect(Array.from({ length: 8 }, () => b.next())).toEqual(drawsA);
        expect(Array.from({ length: 8 }, () => c.next())).not.toEqual(drawsA);
      }),
    );
  });

  it("keeps every draw inside the range asked for", () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: -50, max: 50 }),
        fc.integer({ min: 0, max: 50 }),
        (seed, min, extra) => {
          const random = createRandom(seed);
          for (let i = 0; i < 20; i++) {
            const n = random.int(min, min + extra);
            expect(Number.isInteger(n) && n >= min && n <= min + extra).toBe(true);
            const x = random.next();
            expect(x >= 0 && x < 1).toBe(true);
          }
        },
      ),
    );
  });

  it("shuffles without losing or inventing items, and samples distinct ones", () => {
    const random = createRandom(9);
    const items = Array.from({ length: 30 }, (_, i) => i);
    expect([...random.shuffle(items)].sort((a, b) => a - b)).toEqual(items);
    const sample = random.sample(items, 10);
    expect(new Set(sample).size).toBe(10);
    expect(random.sample(items, 99)).toHaveLength(30);
  });

  it("gives forks their own stream, unaffected by draws on the parent", () => {
    const a = createRandom(3);
    const b = createRandom(3);
    b.next();
    b.next();
    expect(a.fork("evidence").next()).toBe(b.fork("evidence").next());
    expect(a.fork("evidence").next()).not.toBe(a.fork("people").next());
  });

  it("spreads draws roughly evenly", () => {
    const random = createRandom(123);
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 10_000; i++) buckets[Math.floor(random.next() * 10)]!++;
    for (const count of buckets) expect(Math.abs(count - 1_000)).toBeLessThan(150);
  });
});
