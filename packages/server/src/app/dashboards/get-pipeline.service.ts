/**
 * Use case: the pipeline — people per stage at the end of each month (the stage each person
 * worked on after their latest change up to then) — as running sums of the monthly deltas kept in
 * pipeline_month: a row per month, never a row per change.
 */
import type { StageId } from "@ascent/core";
import { pipelineDeltas } from "../../store/queries/dashboard.queries.js";
import { REACHED_ALL_KEY } from "../../store/read-models/dashboard-counts.js";
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
  const ends = monthEnds(ctx.now(), Math.min(count!, 240));
  const deltas = await pipelineDeltas(ctx.db, peopleScope(scope), ends[0]!.month, ends.at(-1)!.month);
  const running = new Map<string, number>();
  const add = (row: (typeof deltas)[number]) => {
    for (const [stage, delta] of Object.entries(row.perStage)) running.set(stage, (running.get(stage) ?? 0) + delta);
  };
  // Rows before the window (month null) give the counts it starts from.
  for (const row of deltas) if (row.month === null) add(row);
  const byMonth = new Map<string, (typeof deltas)[number][]>();
  for (const row of deltas) if (row.month !== null) byMonth.set(row.month, [...(byMonth.get(row.month) ?? []), row]);
  const months: PipelineMonth[] = [];
  for (const { month } of ends) {
    for (const row of byMonth.get(month) ?? []) add(row);
    const perStage = emptyStageCounts(framework);
    for (const [key, people] of running) {
      if (people === 0) continue;
      const stage = countedStage(framework, key === REACHED_ALL_KEY ? null : key);
      perStage[stage] = (perStage[stage] ?? 0) + people;
    }
    months.push({ month, perStage });
  }
  return { scope, months };
}

/**
 * The last `count` months up to `now`'s month: label and last instant (the current month ends now;
 * the aggregate counts by calendar month, so a change dated later in the current month than `now`
 * — only imported or generated data can hold one — is counted in it).
 */
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
