/** Schemas of growth plans. */
import { z } from "zod";
import { idParam } from "../common.schema.js";
import { versionField } from "../domain.schema.js";

/** A new plan, seeded from the framework's suggested actions for the target stage. */
export const createPlanBodySchema = z.object({ personId: idParam, targetStageId: z.string().max(64).optional() });

/** One goal; without an id it is new (and then needs a title). */
const goalSchema = z.object({
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
  goals: z.array(goalSchema).max(100).optional(),
});

/** `:planId`. */
export const planParamsSchema = z.object({ planId: idParam });
