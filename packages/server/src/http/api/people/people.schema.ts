/** Schemas of people. */
import { z } from "zod";
import { versionField } from "../domain.schema.js";

/** Marking or clearing "staying here by choice". */
export const stayingByChoiceBodySchema = z.object({
  version: versionField,
  staying: z.boolean(),
  note: z.string().max(2000).optional(),
});

/** Deactivating or erasing: the version read, so a stale screen cannot act. */
export const personVersionBodySchema = z.object({ version: versionField });

/** Asking one's mentor for a check-in. */
export const askMentorBodySchema = z.object({ message: z.string().max(200).optional() });

/** The people I mentor now, each with their current position (or null before any check-in). */
export const menteesSchema = z
  .object({
    mentees: z.array(
      z.object({
        personId: z.string(),
        name: z.string(),
        position: z
          .object({ at: z.string(), source: z.string(), position: z.any().describe("A Position (docs/model.md)") })
          .nullable(),
      }),
    ),
  })
  .meta({ id: "Mentees" });

/** One view of a position as the read model keeps it. */
const positionReadingSchema = z.object({
  reached: z.number().int().describe("Stage k: stages 1..k are all established (0 when stage 1 is not)"),
  progress: z.number().describe("k, plus 0.5 when stage k+1 is emerging"),
});

/** A person's position: the one that counts, and the self and mentor views side by side. */
export const personPositionSchema = z
  .object({
    personId: z.string(),
    relationship: z.string().describe("How you relate to the person: owner, mentor, lead, leader or admin"),
    current: positionReadingSchema
      .extend({
        source: z.string().describe("Assessor kind of the check-in it comes from: self, mentor or joint"),
        checkInId: z.string(),
        workingOnStageId: z.string().nullable().describe("Stage k+1; null once every stage is reached"),
      })
      .nullable()
      .describe("The position that counts: the mentor view when there is one, else the self view"),
    self: positionReadingSchema.nullable().describe("From the latest self check-in"),
    mentor: positionReadingSchema.nullable().describe("From the latest mentor or joint check-in"),
    updatedAt: z.string().nullable().describe("When the latest submitted check-in updated these"),
  })
  .meta({ id: "PersonPosition" });
