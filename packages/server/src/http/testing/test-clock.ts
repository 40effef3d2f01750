/** A clock tests move by hand. */

/** A controllable clock: `now()` for createServer, `advance(ms)` to jump ahead. */
export interface TestClock {
  (): Date;
  advance(ms: number): void;
  set(iso: string): void;
}

/** A clock starting at `start`. */
export function testClock(start = "2026-03-01T09:00:00.000Z"): TestClock {
  let now = Date.parse(start);
  const clock = (() => new Date(now)) as TestClock;
  clock.advance = (ms) => {
    now += ms;
  };
  clock.set = (iso) => {
    now = Date.parse(iso);
  };
  return clock;
}
