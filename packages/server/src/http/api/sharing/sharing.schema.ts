/** Schemas of sharing. */
import { z } from "zod";
import { idParam } from "../common.schema.js";

/** Widening or narrowing what one audience sees of one item; null returns to the default. */
export const setSharingBodySchema = z.object({
  itemKind: z.enum(["check_in", "evidence", "plan"]),
  itemId: idParam,
  audience: z.enum(["mentor", "lead"]),
  allowed: z.boolean().nullable(),
});
