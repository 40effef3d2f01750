/**
 * Use case: create a growth plan for oneself or a mentee, for the stage they work on (or a chosen
 * one), seeded with one goal per suggested action the framework gives for that stage.
 */
import { findPathStage, type Goal, type GrowthPlan, orderedStageIds } from "@ascent/core";
import { workingOnStageOf } from "../../store/queries/current-position.queries.js";
import { activeFramework } from "../../store/repositories/framework-version.repository.js";
import { insertPlans } from "../../store/repositories/growth-plan.repository.js";
import { inTransaction } from "../../store/repositories/in-transaction.js";
import type { Actor } from "../access/actor.js";
import { Permission } from "../access/permission.js";
import { requireAccess } from "../access/require-access.js";
import type { AppContext } from "../context/app-context.js";
import { IssueList } from "../validation/issue-list.js";

/** Input of createGrowthPlan; without `targetStageId` the plan aims at the stage the person works on. */
export interface CreateGrowthPlanInput {
  readonly personId: unknown;
  readonly targetStageId?: unknown;
}

/** A plan and the version the next edit must quote. */
export interface PlanResult {
  readonly plan: GrowthPlan;
  readonly version: number;
}

/** Creates the plan with goals seeded from the framework's suggested actions. */
export async function createGrowthPlan(
  ctx: AppContext,
  actor: Actor,
  input: CreateGrowthPlanInput,
): Promise<PlanResult> {
  const issues = new IssueList();
  const personId = issues.text("personId", input.personId);
  const requested = input.targetStageId === undefined ? undefined : issues.text("targetStageId", input.targetStageId);
  issues.throwIfAny();
  await requireAccess(ctx, actor, Permission.PlanCreate, [personId!]);
  return inTransaction(ctx.db, async (db) => {
    const framework = await activeFramework(db);
    const current = await workingOnStageOf(db, personId!);
    // Someone with no check-in yet starts at the beginning of the path; someone past the end has no next stage.
    const targetStageId = requested ?? (current ? current.workingOnStageId : orderedStageIds(framework)[0]);
    const stage = targetStageId ? findPathStage(framework, targetStageId) : undefined;
    if (!stage) {
      issues.add(
        "targetStageId",
        targetStageId ? "is not a stage of the framework" : "is required: every stage is reached",
      );
      issues.throwIfAny();
    }
    const goals = stage!.stage.actions.map(
      (action): Goal => ({
        id: ctx.newId(),
        title: action,
        fromAction: action,
        status: "planned",
        dueOn: null,
        reviewNotes: "",
      }),
    );
    const plan: GrowthPlan = {
      id: ctx.newId(),
      personId: personId!,
      targetStageId: stage!.stage.id,
      createdAt: ctx.now(),
      goals,
    };
    await insertPlans(db, [plan]);
    return { plan, version: 1 };
  });
}
