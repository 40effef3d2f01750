/**
 * A small seeded pseudo-random generator for demo data. The core may not use Math.random():
 * the same seed must give the same organisation, byte for byte. Not for anything secret.
 */

/** Draws from a seeded stream; every helper consumes the stream, so call order matters. */
export interface SeededRandom {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** A float in [min, max). */
  between(min: number, max: number): number;
  /** True with the given probability. */
  chance(probability: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy of the list. */
  shuffle<T>(items: readonly T[]): T[];
  /** `count` distinct elements, in random order (all of them when count exceeds the list). */
  sample<T>(items: readonly T[], count: number): T[];
  /** An independent stream derived from this seed and a label, so adding draws elsewhere does not shift it. */
  fork(label: string): SeededRandom;
}

/** sfc32: a fast 32-bit generator with a 128-bit state; good enough statistics for fake data. */
function sfc32(a: number, b: number, c: number, d: number): () => number {
  let s0 = a >>> 0;
  let s1 = b >>> 0;
  let s2 = c >>> 0;
  let s3 = d >>> 0;
  return () => {
    const t = (((s0 + s1) >>> 0) + s3) >>> 0;
    s3 = (s3 + 1) >>> 0;
    s0 = s1 ^ (s1 >>> 9);
    s1 = (s2 + (s2 << 3)) >>> 0;
    s2 = (s2 << 21) | (s2 >>> 11);
    s2 = (s2 + t) >>> 0;
    return t / 4294967296;
  };
}

/** FNV-1a over a string, so a text label can become part of a seed. */
export function hashLabel(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** Creates a seeded stream; the seed may be any integer (or a label hashed into one). */
export function createRandom(seed: number | string): SeededRandom {
  const base = typeof seed === "number" ? seed >>> 0 : hashLabel(seed);
  const raw = sfc32(0x9e3779b9, 0x243f6a88, 0xb7e15162, base);
  // Discard the first outputs: sfc32 needs a few rounds to mix a low-entropy seed.
  for (let i = 0; i < 15; i++) raw();
  return wrap(raw, base);
}

function wrap(raw: () => number, base: number): SeededRandom {
  const random: SeededRandom = {
    next: raw,
    int(min, max) {
      return min + Math.floor(raw() * (max - min + 1));
    },
    between(min, max) {
      return min + raw() * (max - min);
    },
    chance(probability) {
      return raw() < probability;
    },
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error("pick() needs a non-empty list");
      return items[Math.floor(raw() * items.length)] as T;
    },
    shuffle<T>(items: readonly T[]): T[] {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(raw() * (i + 1));
        [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
      }
      return copy;
    },
    sample<T>(items: readonly T[], count: number): T[] {
      return random.shuffle(items).slice(0, Math.max(0, count));
    },
    fork(label) {
      return createRandom((base ^ hashLabel(label)) >>> 0 || 1);
    },
  };
  return random;
}
