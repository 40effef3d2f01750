/**
 * A person's progress over time: one dated point per submitted check-in, each giving the
 * position that counted right after that check-in. Superseded check-ins are left out
 * entirely — a correction replaces the record, it does not add a second one.
 */
import type { Framework, StageId } from "../framework/framework.types.js";
import { activeCheckIns } from "./active-check-ins.js";
import { MENTOR_VIEW_KINDS, type PositionView, positionFromActive } from "./current-position.js";
import { toMillis } from "./iso-time.helper.js";
import type { AssessorKind, CheckIn, IsoDateTime, Position } from "./progression.types.js";

/** Which view a series follows: the current-position rule, or only the self or only the mentor view. */
export type SeriesAssessor = "current" | "self" | "mentor";

/** One dated point of a progress series. */
export interface ProgressPoint {
  readonly at: IsoDateTime;
  readonly progress: number;
  readonly workingOnStageId: StageId | null;
  readonly position: Position;
  /** The check-in whose position this point shows (for `current`, the one the rule picked). */
  readonly checkInId: string;
  readonly source: AssessorKind;
}

/** Points oldest first; two points may share a date when check-ins were submitted together. */
export type ProgressSeries = readonly ProgressPoint[];

/** The progress series of one person, following the chosen view. */
export function progressSeries(
  framework: Framework,
  checkInsOfPerson: readonly CheckIn[],
  options: { readonly assessor?: SeriesAssessor } = {},
): ProgressSeries {
  const assessor = options.assessor ?? "current";
  const active = activeCheckIns(checkInsOfPerson);
  const points: ProgressPoint[] = [];
  active.forEach((checkIn, index) => {
    const current = positionFromActive(framework, active.slice(0, index + 1), checkInsOfPerson);
    const view = assessor === "current" ? current.primary : assessor === "self" ? current.self : current.mentor;
    // Only check-ins of the followed kind add a point to a self or mentor series.
    const followed = assessor === "current" || kindsOf(assessor).includes(checkIn.assessorKind);
    if (view !== null && followed) points.push(pointAt(checkIn.submittedAt, view));
  });
  return points;
}

/** The progress value of a series at a date: the latest point at or before it, or null before the first point. */
export function progressAt(series: ProgressSeries, at: IsoDateTime): number | null {
  const cutoff = toMillis(at);
  const point = series.findLast((p) => toMillis(p.at) <= cutoff);
  return point === undefined ? null : point.progress;
}

function kindsOf(assessor: "self" | "mentor"): readonly AssessorKind[] {
  return assessor === "self" ? ["self"] : MENTOR_VIEW_KINDS;
}

function pointAt(at: IsoDateTime, view: PositionView): ProgressPoint {
  return {
    at,
    progress: view.position.progress,
    workingOnStageId: view.position.workingOnStageId,
    position: view.position,
    checkInId: view.checkInId,
    source: view.source,
  };
}
