/**
 * Use case: how many people work on each stage now — from the stage_count aggregate, maintained
 * with every check-in and every change of a person's team or status (a few rows, never per person).
 */
import type { StageId } from "@ascent/core";
import { stageCounts } from "../../store/queries/dashboard.queries.js";
import { NOT_ASSESSED_KEY, REACHED_ALL_KEY } from "../../store/read-models/dashboard-counts.js";
import { activeFramework } from "../../store/repositories/framework-version.repository.js";
import type { Actor } from "../access/actor.js";
import { type DashboardScope, requireDashboardScope } from "../access/dashboard-scope.js";
import type { AppContext } from "../context/app-context.js";
import { countedStage, emptyStageCounts, peopleScope } from "./dashboard-scope.helpers.js";

/** People per stage among active people in scope. */
export interface StageDistribution {
  readonly scope: DashboardScope;
  /** Stage id → people working on it (those who reached every stage count at the last), in path order. */
  readonly perStage: Readonly<Record<StageId, number>>;
  /** Of those at the last stage, how many have reached it too. */
  readonly reachedAll: number;
  /** Active people without any submitted check-in yet. */
  readonly notAssessed: number;
  readonly total: number;
}

/** The distribution for the actor's dashboard scope. */
export async function getStageDistribution(ctx: AppContext, actor: Actor): Promise<StageDistribution> {
  const scope = await requireDashboardScope(ctx, actor);
  const framework = await activeFramework(ctx.db);
  const rows = await stageCounts(ctx.db, peopleScope(scope));
  const perStage = emptyStageCounts(framework);
  let reachedAll = 0;
  let notAssessed = 0;
  let total = 0;
  for (const row of rows) {
    const people = Number(row.people);
    if (people === 0) continue;
    total += people;
    if (row.stage === NOT_ASSESSED_KEY) {
      notAssessed += people;
      continue;
    }
    if (row.stage === REACHED_ALL_KEY) reachedAll += people;
    const stage = countedStage(framework, row.stage === REACHED_ALL_KEY ? null : row.stage);
    perStage[stage] = (perStage[stage] ?? 0) + people;
  }
  return { scope, perStage, reachedAll, notAssessed, total };
}
