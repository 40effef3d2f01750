/** Schemas of sharing. */
import { z } from "zod";
import type { SharingResult } from "../../../app/sharing/set-sharing.service.js";
import { idParam } from "../common.schema.js";
import { schemaDescribes } from "../schema-describes.js";

/** Widening or narrowing what one audience sees of one item; null returns to the default. */
export const setSharingBodySchema = z.object({
  itemKind: z.enum(["check_in", "evidence", "plan"]),
  itemId: idParam,
  audience: z.enum(["mentor", "lead"]),
  allowed: z.boolean().nullable(),
});

/** The sharing now in force for one item and audience. */
export const sharingResultSchema = z
  .object({
    itemKind: z.enum(["check_in", "evidence", "plan"]),
    itemId: z.string(),
    audience: z.enum(["mentor", "lead"]),
    allowed: z.boolean().nullable().describe("The explicit choice; null when the default applies"),
  })
  .meta({ id: "SharingResult" });
schemaDescribes<typeof sharingResultSchema, SharingResult>(true);
