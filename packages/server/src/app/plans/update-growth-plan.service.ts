/**
 * Use case: update a growth plan and its goals (status, due dates, review notes, added or removed
 * goals) as one versioned edit: a stale version is refused with `conflict`, never overwritten.
 */
import { findPathStage, type Goal, type GoalStatus, type GrowthPlan } from "@ascent/core";
import { activeFramework } from "../../store/repositories/framework-version.repository.js";
import { findPlan, updatePlan } from "../../store/repositories/growth-plan.repository.js";
import { inTransaction } from "../../store/repositories/in-transaction.js";
import type { Actor } from "../access/actor.js";
import { Permission } from "../access/permission.js";
import { requireAccess } from "../access/require-access.js";
import type { AppContext } from "../context/app-context.js";
import { conflict, notFound } from "../errors/app-error.js";
import { translatingStoreErrors } from "../errors/from-store-error.js";
import { isRecord } from "../validation/is-record.js";
import { IssueList } from "../validation/issue-list.js";
import type { PlanResult } from "./create-growth-plan.service.js";

/** Input of updateGrowthPlan; `goals`, when sent, is the complete new list in order. */
export interface UpdateGrowthPlanInput {
  readonly planId: unknown;
  readonly version: unknown;
  readonly targetStageId?: unknown;
  /** Each `{id?, title, status, dueOn?, reviewNotes?}`; a goal without id is new. */
  readonly goals?: unknown;
}

const STATUSES: readonly GoalStatus[] = ["planned", "in_progress", "done", "dropped"];

/** Saves the plan by its owner or their mentor. */
export async function updateGrowthPlan(
  ctx: AppContext,
  actor: Actor,
  input: UpdateGrowthPlanInput,
): Promise<PlanResult> {
  const issues = new IssueList();
  const planId = issues.text("planId", input.planId);
  const version = issues.positiveInteger("version", input.version);
  issues.throwIfAny();
  await requireAccess(ctx, actor, Permission.PlanWrite, [planId!]);
  return inTransaction(ctx.db, async (db) => {
    const stored = await findPlan(db, planId!);
    if (!stored) throw notFound("plan");
    let targetStageId = stored.value.targetStageId;
    if (input.targetStageId !== undefined) {
      const id = issues.text("targetStageId", input.targetStageId);
      if (id && !findPathStage(await activeFramework(db), id))
        issues.add("targetStageId", "is not a stage of the framework");
      targetStageId = id ?? targetStageId;
    }
    const goals =
      input.goals === undefined ? stored.value.goals : readGoals(issues, input.goals, stored.value, ctx.newId);
    issues.throwIfAny();
    if (stored.version !== version) throw conflict("Growth plan", version!, stored.version);
    const plan: GrowthPlan = { ...stored.value, targetStageId, goals };
    return { plan, version: await translatingStoreErrors(() => updatePlan(db, plan, version!)) };
  });
}

/** The new goal list; a goal keeps its id and seed when it names an existing one. */
function readGoals(issues: IssueList, value: unknown, plan: GrowthPlan, newId: () => string): Goal[] {
  if (!Array.isArray(value)) {
    issues.add("goals", "must be a list");
    return [];
  }
  const existing = new Map(plan.goals.map((g) => [g.id, g]));
  return value.map((item, index): Goal => {
    const at = `goals[${index}]`;
    const goal = isRecord(item) ? item : {};
    if (!isRecord(item)) issues.add(at, "must be an object");
    const known = typeof goal.id === "string" ? existing.get(goal.id) : undefined;
    if (goal.id !== undefined && !known) issues.add(`${at}.id`, "is not a goal of this plan");
    return {
      id: known?.id ?? newId(),
      title: issues.text(`${at}.title`, goal.title ?? known?.title) ?? "",
      fromAction: known?.fromAction ?? null,
      status: issues.oneOf(`${at}.status`, goal.status ?? known?.status ?? "planned", STATUSES) ?? "planned",
      dueOn: issues.optionalIsoDate(`${at}.dueOn`, goal.dueOn === undefined ? known?.dueOn : goal.dueOn) ?? null,
      reviewNotes: issues.optionalText(`${at}.reviewNotes`, goal.reviewNotes ?? known?.reviewNotes ?? "") ?? "",
    };
  });
}
