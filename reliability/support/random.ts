/**
 * A seeded random source, so a failing run can be repeated: the seed is RELIABILITY_SEED when set,
 * else taken from the clock, and tests print it with their figures.
 */

/** Random numbers in [0, 1) from a seed (mulberry32: small, fast, good enough for test schedules). */
export interface Random {
  readonly seed: number;
  next(): number;
  /** A whole number in [min, max]. */
  between(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
}

/** RELIABILITY_SEED when it is a whole number, else one from the clock. */
export function seedFromEnv(): number {
  const raw = process.env.RELIABILITY_SEED?.trim();
  if (raw && /^\d+$/.test(raw)) return Number(raw) >>> 0;
  return (Date.now() ^ (process.pid << 16)) >>> 0;
}

export function seededRandom(seed: number = seedFromEnv()): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    seed,
    next,
    between: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => {
      if (items.length === 0) throw new Error("pick from an empty list");
      return items[Math.floor(next() * items.length)]!;
    },
  };
}
