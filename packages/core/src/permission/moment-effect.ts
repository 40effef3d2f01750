/**
 * The effect of a moment: how fast the receiver's current-position progress moved in the window
 * before permission was extended versus the window after. A positive difference is the
 * "take-off" the model describes. It shows what followed, not proof of what caused it.
 */
import { addMonths, toMillis } from "../progression/iso-time.helper.js";
import type { ProgressSeries } from "../progression/progress-series.js";
import { pointsWithin, progressVelocity } from "../progression/progress-velocity.js";
import type { IsoDateTime } from "../progression/progression.types.js";
import type { Moment } from "./moment.types.js";
import { extendedAt } from "./moment-lifecycle.js";

/** The default length of each window, in months. */
export const DEFAULT_EFFECT_WINDOW_MONTHS = 12;

/** Progress velocity over one window. */
export interface VelocityWindow {
  readonly from: IsoDateTime;
  readonly to: IsoDateTime;
  /** Progress per year, or null when the series says nothing about the window. */
  readonly velocity: number | null;
  /** Check-in points dated inside the window (both ends included). */
  readonly points: number;
}

/** Before vs after a moment was extended. */
export interface MomentEffect {
  readonly momentId: string;
  readonly receiverId: string;
  readonly extendedAt: IsoDateTime;
  readonly before: VelocityWindow;
  readonly after: VelocityWindow;
  /** After minus before, in progress per year; null when either velocity is unknown. */
  readonly difference: number | null;
  /** True when a window has no point of its own, so its velocity rests on carried-over values or none. */
  readonly insufficientData: boolean;
}

/** Options: window length, and `now` so the after window never reaches into the future. */
export interface MomentEffectOptions {
  readonly windowMonths?: number;
  readonly now?: IsoDateTime;
}

/** The effect of a moment on the receiver's progress series; null when it was never extended. */
export function momentEffect(
  moment: Moment,
  receiverSeries: ProgressSeries,
  options: MomentEffectOptions = {},
): MomentEffect | null {
  const extended = extendedAt(moment);
  if (extended === null) return null;
  const months = options.windowMonths ?? DEFAULT_EFFECT_WINDOW_MONTHS;
  const afterEnd = addMonths(extended, months);
  const before = windowOf(receiverSeries, addMonths(extended, -months), extended);
  const after = windowOf(
    receiverSeries,
    extended,
    options.now !== undefined && toMillis(options.now) < toMillis(afterEnd) ? options.now : afterEnd,
  );
  return {
    momentId: moment.id,
    receiverId: moment.receiverId,
    extendedAt: extended,
    before,
    after,
    difference: before.velocity !== null && after.velocity !== null ? after.velocity - before.velocity : null,
    insufficientData: before.points === 0 || after.points === 0,
  };
}

function windowOf(series: ProgressSeries, from: IsoDateTime, to: IsoDateTime): VelocityWindow {
  // A window that closes before it opens (`now` before the extension) has nothing to measure.
  if (toMillis(to) <= toMillis(from)) return { from, to, velocity: null, points: 0 };
  return { from, to, velocity: progressVelocity(series, from, to), points: pointsWithin(series, from, to) };
}
