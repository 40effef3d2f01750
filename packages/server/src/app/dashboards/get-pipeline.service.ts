/**
 * Use case: the pipeline — people per stage at the end of each month — replayed from the
 * position_change log alone (the stage each person worked on after their latest change that month).
 */
import type { StageId } from "@ascent/core";
import { positionChanges } from "../../store/queries/dashboard.queries.js";
import { activeFramework } from "../../store/repositories/framework-version.repository.js";
import type { Actor } from "../access/actor.js";
import { type DashboardScope, requireDashboardScope } from "../access/dashboard-scope.js";
import type { AppContext } from "../context/app-context.js";
import { IssueList } from "../validation/issue-list.js";
import { countedStage, emptyStageCounts, peopleScope } from "./dashboard-scope.helpers.js";

/** People per stage at one month end. */
export interface PipelineMonth {
  /** "YYYY-MM". */
  readonly month: string;
  readonly perStage: Readonly<Record<StageId, number>>;
}

/** The pipeline over time, oldest month first. */
export interface Pipeline {
  readonly scope: DashboardScope;
  readonly months: readonly PipelineMonth[];
}

/** Options: how many months back from now (default 24). */
export interface PipelineOptions {
  readonly months?: number;
}

/** The pipeline for the actor's scope, one entry per month up to the current month. */
export async function getPipeline(ctx: AppContext, actor: Actor, options: PipelineOptions = {}): Promise<Pipeline> {
  const issues = new IssueList();
  const count = options.months === undefined ? 24 : issues.positiveInteger("months", options.months);
  issues.throwIfAny();
  const scope = await requireDashboardScope(ctx, actor);
  const framework = await activeFramework(ctx.db);
  const changes = await positionChanges(ctx.db, peopleScope(scope));
  const ends = monthEnds(ctx.now(), Math.min(count!, 240));
  const stageOf = new Map<string, StageId>();
  const months: PipelineMonth[] = [];
  let next = 0;
  for (const { month, end } of ends) {
    // Changes are oldest first: apply those up to this month end, then count.
    while (next < changes.length && changes[next]!.at <= end) {
      const change = changes[next++]!;
      stageOf.set(change.person_id, countedStage(framework, change.stage_id));
    }
    const perStage = emptyStageCounts(framework);
    for (const stage of stageOf.values()) perStage[stage] = (perStage[stage] ?? 0) + 1;
    months.push({ month, perStage });
  }
  return { scope, months };
}

/** The last `count` months up to `now`'s month: label and last instant (the current month ends now). */
function monthEnds(now: string, count: number): { month: string; end: string }[] {
  const at = new Date(now);
  const result: { month: string; end: string }[] = [];
  for (let back = count - 1; back >= 0; back--) {
    const firstOfNext = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() - back + 1, 1));
    const end = back === 0 ? now : new Date(firstOfNext.getTime() - 1).toISOString();
    const label = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() - back, 1)).toISOString().slice(0, 7);
    result.push({ month: label, end });
  }
  return result;
}
