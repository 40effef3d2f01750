/**
 * Thinning the labels of a horizontal time axis so no two ever touch. Every candidate is measured
 * with the layouts' own width estimate and kept inside the axis; then the smallest calendar step
 * (every month, two, a quarter, four, half a year, a year, two years …) whose labels all fit with a
 * gap between them wins. Checking the actual labels — not a typical one — matters: "May 2026" is
 * wider than "Mar 2026", and a label pushed inwards at either end sits closer to its neighbour.
 */
import { textWidth } from "./text-measure.js";

/** A label the axis could show. */
export interface AxisTick {
  /** Where the label's centre belongs. */
  readonly x: number;
  readonly text: string;
  /**
   * A whole number counting calendar steps (months since year 0 for a month axis), so thinning
   * keeps Jan/Apr/Jul/Oct at a quarter's step rather than whichever months the data began with.
   */
  readonly key: number;
}

/** A label to draw, centred on `x`. */
export interface PlacedAxisLabel {
  readonly x: number;
  readonly text: string;
}

/** The axis: its left and right edge, the labels' font size and the least space between two. */
export interface AxisSpace {
  readonly left: number;
  readonly right: number;
  readonly size: number;
  readonly gap: number;
}

/** Steps in months: the calendar's own, then whole years. */
const STEPS = [1, 2, 3, 4, 6, 12];

function* steps(range: number): Generator<number> {
  yield* STEPS;
  for (let years = 2; years * 12 <= Math.max(24, range * 2); years++) yield years * 12;
}

/** Each tick centred on its place, moved inwards just enough to stay inside the axis. */
function placed(ticks: readonly AxisTick[], space: AxisSpace) {
  return ticks.map((t) => {
    const w = textWidth(t.text, space.size);
    const lo = space.left + w / 2;
    const hi = space.right - w / 2;
    const x = lo > hi ? (space.left + space.right) / 2 : Math.min(Math.max(t.x, lo), hi);
    return { x, text: t.text, w };
  });
}

function fits(labels: readonly { x: number; w: number }[], space: AxisSpace): boolean {
  for (let i = 0; i < labels.length; i++) {
    const a = labels[i]!;
    if (a.w > space.right - space.left) return false;
    const b = labels[i + 1];
    if (b && b.x - b.w / 2 - (a.x + a.w / 2) < space.gap) return false;
  }
  return true;
}

/**
 * The labels to draw (ticks ordered left to right): those whose key is a multiple of the smallest
 * step at which they all fit. When even a single label per step crowds, the first tick alone, or
 * nothing if it is wider than the axis itself.
 */
export function thinAxisLabels(ticks: readonly AxisTick[], space: AxisSpace): PlacedAxisLabel[] {
  if (ticks.length === 0) return [];
  const range = ticks[ticks.length - 1]!.key - ticks[0]!.key + 1;
  for (const step of steps(range)) {
    const kept = ticks.filter((t) => ((t.key % step) + step) % step === 0);
    if (kept.length === 0) break;
    const labels = placed(kept, space);
    if (fits(labels, space)) return labels.map(({ x, text }) => ({ x, text }));
  }
  const first = placed([ticks[0]!], space);
  return fits(first, space) ? first.map(({ x, text }) => ({ x, text })) : [];
}

/** Months since year 0 of a UTC time, the key of a month tick. */
export function monthKey(t: number): number {
  const d = new Date(t);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}
