/**
 * How long a person has spent working on each stage, read from their progress series. A
 * stage counts from the point it became "working on" until the next point (or `now`).
 */
import type { StageId } from "../framework/framework.types.js";
import { daysBetween, fromMillis, toMillis } from "./iso-time.helper.js";
import type { ProgressSeries } from "./progress-series.js";
import type { IsoDateTime } from "./progression.types.js";

/** Days spent with one stage as "working on". */
export interface StageTime {
  readonly stageId: StageId;
  readonly days: number;
}

/** Days with each stage as "working on", in the order the stages first appear; time after `now` is not counted. */
export function timeAtStages(series: ProgressSeries, now: IsoDateTime): readonly StageTime[] {
  const days = new Map<StageId, number>();
  const nowMs = toMillis(now);
  series.forEach((point, index) => {
    const next = series[index + 1];
    const endMs = Math.min(next === undefined ? nowMs : toMillis(next.at), nowMs);
    const span = Math.max(0, daysBetween(point.at, fromMillis(endMs)));
    // Every stage reached: there is nothing left to work on, so the time belongs to no stage.
    if (point.workingOnStageId === null) return;
    days.set(point.workingOnStageId, (days.get(point.workingOnStageId) ?? 0) + span);
  });
  return [...days].map(([stageId, total]) => ({ stageId, days: total }));
}

/**
 * Days since the person started working on the stage they are working on now (the start of the
 * trailing run of points with that stage); null with no points or when every stage is reached.
 */
export function daysOnCurrentStage(series: ProgressSeries, now: IsoDateTime): number | null {
  const last = series.at(-1);
  if (last === undefined || last.workingOnStageId === null) return null;
  let start = series.length - 1;
  while (start > 0 && series[start - 1]?.workingOnStageId === last.workingOnStageId) start -= 1;
  return Math.max(0, daysBetween(series[start]!.at, now));
}
