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
