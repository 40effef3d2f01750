/** Schemas of Awesome Permission moments. */
import { z } from "zod";
import { idParam } from "../common.schema.js";
import { idListField, versionField } from "../domain.schema.js";

/** Recording a moment (it starts in `aware`, the giver's private note). */
export const recordMomentBodySchema = z.object({
  receiverId: idParam,
  variant: z.enum(["struggling", "instinct_of_potential"]),
  ingredientIds: idListField.optional(),
  evidenceIds: idListField.optional(),
});

/** Moving a moment to its next state. */
export const moveMomentBodySchema = z.object({
  version: versionField,
  to: z.enum(["extended", "accepted", "result", "no_change"]),
  at: z.string().optional().describe("When it happened (ISO-8601 UTC); now when left out"),
  outcome: z.string().max(20_000).optional(),
});

/** A follow-up note. */
export const followUpBodySchema = z.object({ version: versionField, note: z.string().max(20_000) });

/** `:momentId`. */
export const momentParamsSchema = z.object({ momentId: idParam });
