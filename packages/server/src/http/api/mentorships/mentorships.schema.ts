/** Schemas of mentorships (admin). */
import { z } from "zod";
import { namedRefSchema } from "../admin-people/admin-people.schema.js";
import { idParam } from "../common.schema.js";
import { versionField } from "../domain.schema.js";

const cadenceField = z.number().int().min(1).max(365).describe("A check-in is expected every this many days");
const isoField = z.string().max(40).describe("ISO-8601 UTC with milliseconds, not in the future");

/** One mentorship. */
export const mentorshipSchema = z
  .object({
    id: z.string(),
    mentor: namedRefSchema,
    mentee: namedRefSchema,
    startedAt: z.string(),
    endedAt: z.string().nullable(),
    cadenceDays: z.number().int(),
    active: z.boolean().describe("Running now"),
    version: z.number().int(),
  })
  .meta({ id: "Mentorship" });

/** `GET /api/v1/mentorships` query. */
export const mentorshipListQuerySchema = z.object({
  personId: idParam.optional().describe("Only this person's mentorships, as mentor or mentee"),
  state: z.enum(["active", "ended", "all"]).optional().describe("Default active"),
  cursor: z.string().max(2000).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional().describe("Default 50"),
});

/** A page of mentorships, newest start first. */
export const mentorshipPageSchema = z
  .object({ mentorships: z.array(mentorshipSchema), nextCursor: z.string().nullable() })
  .meta({ id: "MentorshipPage" });

/** Starting a mentorship. */
export const startMentorshipBodySchema = z.object({
  mentorId: idParam,
  menteeId: idParam,
  cadenceDays: cadenceField,
  startedAt: isoField.optional().describe("Default now; not in the future"),
  replaceCurrent: z.boolean().optional().describe("End the mentee's current mentorship at this one's start"),
});

/** Changing the cadence. */
export const changeCadenceBodySchema = z.object({ version: versionField, cadenceDays: cadenceField });

/** Ending. */
export const endMentorshipBodySchema = z.object({
  version: versionField,
  endedAt: isoField.optional().describe("Default now; not before the start, not in the future"),
});

/** `:mentorshipId`. */
export const mentorshipParamsSchema = z.object({ mentorshipId: idParam });
