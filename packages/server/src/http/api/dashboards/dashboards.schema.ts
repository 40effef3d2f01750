/** Schemas of dashboards. */
import { z } from "zod";

const positive = z.coerce.number().int().positive().max(1200);

/** `?months=` of the pipeline (default 24). */
export const pipelineQuerySchema = z.object({ months: positive.optional() });

/** `?limit=&cursor=` of leadership coverage: teams per page (default 10, at most 100), and the page to start at. */
export const coverageQuerySchema = z.object({
  limit: z.coerce.number().int().positive().max(100).optional(),
  cursor: z.string().min(1).max(400).optional(),
});

/** `?windowMonths=` of moment effects (default 12). */
export const momentEffectsQuerySchema = z.object({ windowMonths: positive.optional() });

/** Thresholds of nudges, in days (defaults in the service). */
export const nudgesQuerySchema = z.object({
  mentorInactiveDays: positive.optional(),
  candidateAfterDays: positive.optional(),
  stuckAfterDays: positive.optional(),
  dropWithinDays: positive.optional(),
  requestWithinDays: positive.optional(),
});
