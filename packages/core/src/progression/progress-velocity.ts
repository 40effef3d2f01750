/**
 * Progress velocity: how fast the progress number moves, in stages per year, over a window.
 * The series is a step function — the value at a date is the latest point at or before it.
 */
import { toMillis, yearsBetween } from "./iso-time.helper.js";
import { type ProgressSeries, progressAt } from "./progress-series.js";
import type { IsoDateTime } from "./progression.types.js";

/**
 * Change in progress per year from `from` to `to`. When the series starts inside the window the
 * velocity is measured from its first point (the part of the window we can see); null when no
 * point lies at or before `to`, or the observed span is empty.
 */
export function progressVelocity(series: ProgressSeries, from: IsoDateTime, to: IsoDateTime): number | null {
  const end = progressAt(series, to);
  if (end === null) return null;
  let startAt = from;
  let start = progressAt(series, from);
  if (start === null) {
    const first = series[0]!;
    startAt = first.at;
    start = first.progress;
  }
  const years = yearsBetween(startAt, to);
  return years > 0 ? (end - start) / years : null;
}

/** The number of points dated within [from, to]. */
export function pointsWithin(series: ProgressSeries, from: IsoDateTime, to: IsoDateTime): number {
  const [a, b] = [toMillis(from), toMillis(to)];
  return series.filter((p) => {
    const at = toMillis(p.at);
    return at >= a && at <= b;
  }).length;
}
