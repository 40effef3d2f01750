/** Schemas of check-ins. */
import { z } from "zod";
import { idParam } from "../common.schema.js";
import { idListField, ratingsField, signalTicksField, versionField } from "../domain.schema.js";

const changes = {
  ratings: ratingsField.optional().describe("Stage id → rating; unrated stages carry forward"),
  signalTicks: signalTicksField.optional(),
  notes: z.string().max(20_000).optional(),
  evidenceIds: idListField.optional(),
};

/** Starting a draft about oneself (self) or a mentee (mentor, joint). */
export const createCheckInBodySchema = z.object({
  personId: idParam,
  assessorKind: z.enum(["self", "mentor", "joint"]),
  ...changes,
});

/** Editing a draft. */
export const updateCheckInBodySchema = z.object({ version: versionField, ...changes });

/** Submitting a draft (it never changes again). */
export const submitCheckInBodySchema = z.object({ version: versionField });

/** A correction: a new check-in superseding the old one. */
export const correctCheckInBodySchema = z.object({ submit: z.boolean().optional(), ...changes });

/** `:checkInId`. */
export const checkInParamsSchema = z.object({ checkInId: idParam });
