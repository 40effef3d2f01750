/**
 * How a demo person's progress moves over time, in half steps (h = 2 × progress). Trajectories
 * mostly rise slowly, are sometimes flat and rarely dip; take-offs stay flat until a moment and
 * then climb, so the Awesome Permission effect comes out positive.
 */
import type { Rating } from "../progression/progression.types.js";
import { addDays, DAY_MS } from "./demo-time.js";
import type { SeededRandom } from "./seeded-random.js";

/**
 * No step happens in the last SETTLE_DAYS of a record: the longest cadence (42 days) then always
 * leaves a check-in after the last step, so today's position is what the story says it is.
 */
const SETTLE_DAYS = 60;

/** A change of progress: from `at` on, the person is at `h` half steps. */
export interface TrajectoryPoint {
  readonly at: number;
  readonly h: number;
}

/** Progress over time; the first point is where the person's record starts. */
export type Trajectory = readonly TrajectoryPoint[];

/** Progress in half steps at instant `t` (the first point's value before it starts). */
export function hAt(trajectory: Trajectory, t: number): number {
  let h = trajectory[0]?.h ?? 0;
  for (const point of trajectory) {
    if (point.at > t) break;
    h = point.h;
  }
  return h;
}

/** A rising trajectory: `steps` half steps placed at random times between `from` and `to`. */
export function risingTrajectory(
  random: SeededRandom,
  from: number,
  to: number,
  finalH: number,
  steps: number,
): Trajectory {
  const rise = Math.min(steps, finalH);
  const startH = finalH - rise;
  const points: TrajectoryPoint[] = [{ at: from, h: startH }];
  // Keep the first month free so the first check-in shows the starting point; a short record
  // (a new joiner) keeps proportionally shorter margins so its steps still fall inside it.
  const span = Math.max(DAY_MS, to - from);
  const lo = from + Math.min(30 * DAY_MS, span * 0.25);
  const hi = Math.max(lo + 1, to - Math.min(SETTLE_DAYS * DAY_MS, span * 0.4));
  const times = Array.from({ length: rise }, () => lo + Math.floor(random.next() * (hi - lo))).sort((a, b) => a - b);
  times.forEach((at, i) => {
    points.push({ at, h: startH + i + 1 });
  });
  return points;
}

/** A take-off: flat at `fromH` until `turn`, then climbing to `finalH` over the following months. */
export function takeOffTrajectory(
  random: SeededRandom,
  from: number,
  turn: number,
  to: number,
  fromH: number,
  finalH: number,
): Trajectory {
  const points: TrajectoryPoint[] = [{ at: from, h: fromH }];
  const rise = finalH - fromH;
  // The first visible change comes a few weeks after the conversation, then keeps coming.
  const lo = addDays(turn, 35);
  const hi = Math.max(lo + DAY_MS, Math.min(addDays(turn, 330), addDays(to, -SETTLE_DAYS)));
  const span = (hi - lo) / Math.max(1, rise);
  for (let i = 0; i < rise; i++) {
    const at = lo + Math.floor(span * i + random.next() * span * 0.6);
    points.push({ at, h: fromH + i + 1 });
  }
  return points;
}

/** A dip: steady progress, a step back after a move to an unfamiliar system, then recovery. */
export function dipTrajectory(random: SeededRandom, from: number, to: number, finalH: number): Trajectory {
  const span = to - from;
  const at = (fraction: number) => from + Math.floor(span * (fraction + random.between(-0.03, 0.03)));
  return [
    { at: from, h: finalH - 2 },
    { at: at(0.22), h: finalH - 1 },
    { at: at(0.42), h: finalH },
    { at: at(0.6), h: finalH - 1 },
    { at: at(0.88), h: finalH },
  ];
}

/**
 * The true rating of each stage (1-based numbers 1..stageCount) at `h` half steps: stages up to
 * floor(h/2) established, the next one emerging when h is odd, the rest not yet.
 */
export function ratingsForH(h: number, stageCount: number): Rating[] {
  const reached = Math.min(stageCount, Math.floor(h / 2));
  return Array.from({ length: stageCount }, (_, i): Rating => {
    const number = i + 1;
    if (number <= reached) return "established";
    if (number === reached + 1 && h % 2 === 1) return "emerging";
    return "not_yet";
  });
}
