/**
 * Use case: the effect of Awesome Permission moments — each receiver's progress velocity in the
 * window before permission was extended vs after — per moment and in aggregate. Reads moments
 * (without their text) and the receivers' position_change log, never the check-in history.
 */
import {
  aggregateEffect,
  type EffectAggregate,
  type MomentEffect,
  momentEffect,
  type ProgressPoint,
} from "@ascent/core";
import { momentSkeletons, positionChanges } from "../../store/queries/dashboard.queries.js";
import type { Actor } from "../access/actor.js";
import { isMomentBeyondGiver } from "../access/content-for-reader.js";
import { type DashboardScope, requireDashboardScope } from "../access/dashboard-scope.js";
import type { AppContext } from "../context/app-context.js";
import { IssueList } from "../validation/issue-list.js";
import { peopleScope, toNumber } from "./dashboard-scope.helpers.js";

/** One moment's effect, with who gave and received it (names and links, never text). */
export interface MomentEffectRow extends MomentEffect {
  readonly giverId: string;
}

/** Effects in scope. */
export interface MomentEffects {
  readonly scope: DashboardScope;
  /** Moments past `aware`, by state (counts only; an aware moment is its giver's alone). */
  readonly countsByState: Readonly<Record<string, number>>;
  readonly effects: readonly MomentEffectRow[];
  readonly aggregate: EffectAggregate;
}

/** Options: the window length in months (default 12). */
export interface MomentEffectOptions {
  readonly windowMonths?: number;
}

/** Effects of every extended moment whose receiver is in scope. */
export async function getMomentEffects(
  ctx: AppContext,
  actor: Actor,
  options: MomentEffectOptions = {},
): Promise<MomentEffects> {
  const issues = new IssueList();
  const windowMonths =
    options.windowMonths === undefined ? 12 : issues.positiveInteger("windowMonths", options.windowMonths);
  issues.throwIfAny();
  const scope = await requireDashboardScope(ctx, actor);
  const [allMoments, changes] = await Promise.all([
    momentSkeletons(ctx.db, peopleScope(scope)),
    positionChanges(ctx.db, peopleScope(scope)),
  ]);
  // Aware moments are their giver's private note: never counted (access/content-for-reader.ts).
  const moments = allMoments.filter((m) => isMomentBeyondGiver(m.state));
  const series = new Map<string, ProgressPoint[]>();
  for (const change of changes) {
    const progress = toNumber(change.to_progress)!;
    const point: ProgressPoint = {
      at: change.at,
      progress,
      workingOnStageId: change.stage_id,
      // Only `at` and `progress` feed velocities; the log keeps no more of the position.
      position: {
        reached: Math.floor(progress),
        reachedStageId: null,
        workingOnStageId: change.stage_id,
        progress,
        foundationGaps: [],
      },
      checkInId: change.check_in_id,
      source: "joint",
    };
    series.set(change.person_id, [...(series.get(change.person_id) ?? []), point]);
  }
  const now = ctx.now();
  const countsByState: Record<string, number> = {};
  const effects: MomentEffectRow[] = [];
  for (const moment of moments) {
    countsByState[moment.state] = (countsByState[moment.state] ?? 0) + 1;
    const effect = momentEffect(moment, series.get(moment.receiverId) ?? [], { windowMonths: windowMonths!, now });
    if (effect) effects.push({ ...fromChangeLog(effect), giverId: moment.giverId });
  }
  return { scope, countsByState, effects, aggregate: aggregateEffect(effects) };
}

/**
 * The change log holds a point only when the position moved, so a window without a point means
 * "no change", not "no data": data is insufficient only when a velocity cannot be known at all.
 */
function fromChangeLog(effect: MomentEffect): MomentEffect {
  return { ...effect, insufficientData: effect.before.velocity === null || effect.after.velocity === null };
}
