/** Use case: how many people work on each stage now (from the current_position read model). */
import type { StageId } from "@ascent/core";
import { peopleWithPositions } from "../../store/queries/dashboard.queries.js";
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
  const people = (await peopleWithPositions(ctx.db, peopleScope(scope))).filter((p) => p.status === "active");
  const perStage = emptyStageCounts(framework);
  let reachedAll = 0;
  let notAssessed = 0;
  for (const person of people) {
    if (person.progress === null) {
      notAssessed += 1;
      continue;
    }
    if (person.working_on_stage_id === null) reachedAll += 1;
    const stage = countedStage(framework, person.working_on_stage_id);
    perStage[stage] = (perStage[stage] ?? 0) + 1;
  }
  return { scope, perStage, reachedAll, notAssessed, total: people.length };
}
