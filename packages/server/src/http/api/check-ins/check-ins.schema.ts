/** Schemas of check-ins. */
import { z } from "zod";
import type { CorrectionResult } from "../../../app/check-ins/correct-check-in.service.js";
import type { CheckInResult } from "../../../app/check-ins/create-check-in-draft.service.js";
import type { SubmitCheckInResult } from "../../../app/check-ins/submit-check-in.service.js";
import { idParam } from "../common.schema.js";
import { idListField, ratingsField, signalTicksField, versionField } from "../domain.schema.js";
import { schemaDescribes } from "../schema-describes.js";

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

/** One check-in as the services return it (the core's `CheckIn`). */
export const checkInSchema = z
  .object({
    id: z.string(),
    personId: z.string().describe("The person assessed"),
    authorId: z.string().describe("Who wrote it: the person themselves for self, else their mentor"),
    assessorKind: z.enum(["self", "mentor", "joint"]),
    status: z.enum(["draft", "submitted"]).describe("A draft is its author's alone; a submitted one never changes"),
    frameworkHash: z.string().describe("Content hash of the framework version it was made against"),
    createdAt: z.string(),
    submittedAt: z.string().optional().describe("Absent on drafts; the date every computation uses"),
    supersedes: z.string().optional().describe("The check-in this one corrects (which then no longer counts)"),
    ratings: z
      .record(z.string(), z.enum(["not_yet", "emerging", "established"]))
      .describe("Stage id → rating; stages it does not rate are absent"),
    signalTicks: z
      .record(z.string(), z.array(z.string()).readonly())
      .optional()
      .describe("Stage id → signal ids ticked"),
    notes: z.string().optional(),
    evidenceIds: z.array(z.string()).readonly().optional(),
  })
  .meta({ id: "CheckIn" });

/** A check-in and the version an edit must quote. */
export const checkInResultSchema = z
  .object({ checkIn: checkInSchema, version: z.number().int().describe("Quote it to edit or submit") })
  .meta({ id: "CheckInResult" });
schemaDescribes<typeof checkInResultSchema, CheckInResult>(true);

/** A submitted check-in and where it leaves the person. */
export const submitCheckInResultSchema = z
  .object({
    checkIn: checkInSchema,
    version: z.number().int(),
    progress: z.number().nullable().describe("Current-position progress afterwards; null while nothing counts yet"),
    positionChanged: z.boolean().describe("Whether this submission moved the current position"),
  })
  .meta({ id: "SubmitCheckInResult" });
schemaDescribes<typeof submitCheckInResultSchema, SubmitCheckInResult>(true);

/** A correction: a correction submitted at once answers as a submission does, one kept as a draft does not. */
export const correctionResultSchema = z
  .object({
    checkIn: checkInSchema,
    version: z.number().int(),
    progress: z.number().nullable().optional().describe("Present when the correction was submitted at once"),
    positionChanged: z.boolean().optional().describe("Present when the correction was submitted at once"),
  })
  .meta({ id: "CorrectionResult" });
schemaDescribes<typeof correctionResultSchema, CorrectionResult>(true);
