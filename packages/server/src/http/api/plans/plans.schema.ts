/** Schemas of growth plans. */
import { z } from "zod";
import type { PlanResult } from "../../../app/plans/create-growth-plan.service.js";
import { idParam } from "../common.schema.js";
import { versionField } from "../domain.schema.js";
import { schemaDescribes } from "../schema-describes.js";

/** A new plan, seeded from the framework's suggested actions for the target stage. */
export const createPlanBodySchema = z.object({ personId: idParam, targetStageId: z.string().max(64).optional() });

/** One goal; without an id it is new (and then needs a title). */
const goalBodySchema = z.object({
  id: idParam.optional(),
  title: z.string().max(200).optional(),
  status: z.enum(["planned", "in_progress", "done", "dropped"]).optional(),
  dueOn: z.string().nullable().optional(),
  reviewNotes: z.string().max(20_000).optional(),
});

/** Editing a plan: its target and the full list of goals. */
export const updatePlanBodySchema = z.object({
  version: versionField,
  targetStageId: z.string().max(64).optional(),
  goals: z.array(goalBodySchema).max(100).optional(),
});

/** `:planId`. */
export const planParamsSchema = z.object({ planId: idParam });

/** One goal of a plan as the services return it (the core's `Goal`). */
export const goalSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    fromAction: z.string().nullable().describe("The framework's suggested action it was seeded from, if any"),
    status: z.enum(["planned", "in_progress", "done", "dropped"]),
    dueOn: z.string().nullable(),
    reviewNotes: z.string(),
  })
  .meta({ id: "Goal" });

/** A growth plan as the services return it (the core's `GrowthPlan`). */
export const planSchema = z
  .object({
    id: z.string(),
    personId: z.string().describe("Whose plan it is"),
    targetStageId: z.string().describe("The stage the plan works towards"),
    createdAt: z.string(),
    goals: z.array(goalSchema).readonly().describe("In the order the plan lists them"),
  })
  .meta({ id: "GrowthPlan" });

/** A plan and the version an edit must quote. */
export const planResultSchema = z
  .object({ plan: planSchema, version: z.number().int().describe("Quote it to edit") })
  .meta({ id: "PlanResult" });
schemaDescribes<typeof planResultSchema, PlanResult>(true);
