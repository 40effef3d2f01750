/** Use case: read a growth plan, subject to its owner's sharing. */
import { findPlan } from "../../store/repositories/growth-plan.repository.js";
import type { Actor } from "../access/actor.js";
import { Permission } from "../access/permission.js";
import { requireAccess } from "../access/require-access.js";
import type { AppContext } from "../context/app-context.js";
import { notFound } from "../errors/app-error.js";
import type { PlanResult } from "./create-growth-plan.service.js";

/** The plan, or `not_found` when missing or not shared with the actor. */
export async function getGrowthPlan(ctx: AppContext, actor: Actor, planId: string): Promise<PlanResult> {
  await requireAccess(ctx, actor, Permission.PlanRead, [planId]);
  const stored = await findPlan(ctx.db, planId);
  if (!stored) throw notFound("plan");
  return { plan: stored.value, version: stored.version };
}
