/**
 * Use case: calibration — where a person's self view and their mentor's view disagree, read from
 * current_position (self_progress vs mentor_progress). Compared, never averaged.
 */
import { peopleWithPositions } from "../../store/queries/dashboard.queries.js";
import type { Actor } from "../access/actor.js";
import { type DashboardScope, requireDashboardScope } from "../access/dashboard-scope.js";
import type { AppContext } from "../context/app-context.js";
import { peopleScope, toNumber } from "./dashboard-scope.helpers.js";

/** One person whose views disagree. */
export interface CalibrationGapRow {
  readonly personId: string;
  readonly name: string;
  readonly selfProgress: number;
  readonly mentorProgress: number;
  /** Self minus mentor: positive when people place themselves further than their mentor does. */
  readonly difference: number;
}

/** The gaps in scope, largest first. */
export interface CalibrationGaps {
  readonly scope: DashboardScope;
  readonly gaps: readonly CalibrationGapRow[];
}

/** Active people in scope whose self and mentor progress differ, largest difference first. */
export async function getCalibrationGaps(ctx: AppContext, actor: Actor): Promise<CalibrationGaps> {
  const scope = await requireDashboardScope(ctx, actor);
  const people = await peopleWithPositions(ctx.db, peopleScope(scope));
  const gaps = people.flatMap((p): CalibrationGapRow[] => {
    const self = toNumber(p.self_progress);
    const mentor = toNumber(p.mentor_progress);
    if (p.status !== "active" || self === null || mentor === null || self === mentor) return [];
    return [{ personId: p.id, name: p.name, selfProgress: self, mentorProgress: mentor, difference: self - mentor }];
  });
  gaps.sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference) || (a.personId < b.personId ? -1 : 1));
  return { scope, gaps };
}
