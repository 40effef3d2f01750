/**
 * Staying by choice: many excellent engineers choose to stay at a stage, and that is respected.
 * Nobody who has said so is ever named by a "stuck" nudge.
 */
import type { Person } from "../organisation/organisation.types.js";
import type { ProgressSeries } from "./progress-series.js";
import type { IsoDateTime } from "./progression.types.js";
import { daysOnCurrentStage } from "./time-at-stages.js";

/** How long someone works on one stage before a "stuck" nudge may name them. */
export const DEFAULT_STUCK_AFTER_DAYS = 365;

/** True when the person (or their mentor, with them) marked that they stay at their stage by choice. */
export function isStayingByChoice(person: Person): boolean {
  return person.stayingByChoice !== null;
}

/**
 * True when a "stuck" nudge may name the person: active, not staying by choice, and working on the
 * same stage for at least `stuckAfterDays` as of `now`.
 */
export function eligibleForStuckNudge(
  person: Person,
  series: ProgressSeries,
  options: { readonly now: IsoDateTime; readonly stuckAfterDays?: number },
): boolean {
  if (person.status !== "active" || isStayingByChoice(person)) return false;
  const days = daysOnCurrentStage(series, options.now);
  return days !== null && days >= (options.stuckAfterDays ?? DEFAULT_STUCK_AFTER_DAYS);
}
