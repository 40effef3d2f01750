/** Schemas of Awesome Permission moments. */
import { z } from "zod";
import type { MomentResult } from "../../../app/moments/record-moment.service.js";
import { idParam } from "../common.schema.js";
import { idListField, versionField } from "../domain.schema.js";
import { schemaDescribes } from "../schema-describes.js";

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

/** The states of a moment, in order; `result` and `no_change` are final. */
const momentStateField = z.enum(["aware", "extended", "accepted", "result", "no_change"]);

/**
 * A moment with its giver's and receiver's names (the service's `NamedMoment`). Only its giver
 * reads it while `aware`; its receiver too once permission is extended.
 */
export const momentSchema = z
  .object({
    id: z.string(),
    giverId: z.string(),
    receiverId: z.string(),
    variant: z
      .enum(["struggling", "instinct_of_potential"])
      .describe("struggling: told they can be more; instinct_of_potential: told they are already good"),
    state: momentStateField,
    transitions: z
      .array(z.object({ to: momentStateField, at: z.string() }))
      .readonly()
      .describe("Every change of state with its date, oldest first; the first is always aware"),
    ingredientIds: z.array(z.string()).readonly().describe("Ingredients of the checklist the giver saw present"),
    followUps: z
      .array(z.object({ at: z.string(), note: z.string() }))
      .readonly()
      .describe("The giver's dated notes, oldest first"),
    outcome: z.string().describe("What came of it; empty until recorded"),
    evidenceIds: z.array(z.string()).readonly().describe("Evidence of the giver or receiver linked to it"),
    giverName: z.string().nullable().describe("Null only when the person is no longer on record"),
    receiverName: z.string().nullable().describe("Null only when the person is no longer on record"),
  })
  .meta({ id: "Moment" });

/** A moment and the version its next change must quote. */
export const momentResultSchema = z
  .object({ moment: momentSchema, version: z.number().int().describe("Quote it to move the moment or follow up") })
  .meta({ id: "MomentResult" });
schemaDescribes<typeof momentResultSchema, MomentResult>(true);
