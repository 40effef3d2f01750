/** Schemas of people. */
import { z } from "zod";
import type { CheckInRequest } from "../../../app/people/ask-mentor-for-check-in.service.js";
import type { PersonOverview } from "../../../app/people/get-person-overview.service.js";
import type { PersonPosition } from "../../../app/people/get-person-position.service.js";
import type { listMyMentees } from "../../../app/people/list-my-mentees.service.js";
import type { PersonResult } from "../../../app/people/mark-staying-by-choice.service.js";
import { checkInSchema } from "../check-ins/check-ins.schema.js";
import { versionField } from "../domain.schema.js";
import { evidenceSchema } from "../evidence/evidence.schema.js";
import { momentSchema } from "../moments/moments.schema.js";
import { privateNoteSchema } from "../notes/notes.schema.js";
import { planSchema } from "../plans/plans.schema.js";
import { schemaDescribes } from "../schema-describes.js";

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

/** Where a set of ratings puts a person on the path (the core's `Position`). */
export const positionSchema = z
  .object({
    reached: z.number().int().describe("Stage k: stages 1..k are all established (0 when stage 1 is not)"),
    reachedStageId: z.string().nullable().describe("Stage k; null when stage 1 is not established"),
    workingOnStageId: z.string().nullable().describe("Stage k+1; null once every stage is reached"),
    progress: z.number().describe("k, plus 0.5 when stage k+1 is emerging"),
    foundationGaps: z
      .array(z.string())
      .readonly()
      .describe("Stages rated established above one that is not: shown, never hidden"),
  })
  .meta({ id: "Position" });

/** Where one kind of assessor places a person, and since when. */
export const positionSummarySchema = z
  .object({
    at: z.string().describe("When the check-in it comes from was submitted"),
    source: z.string().describe("Assessor kind of that check-in: self, mentor or joint"),
    position: positionSchema,
  })
  .meta({ id: "PositionSummary" });

/** The people I mentor now, each with their current position (or null before any check-in). */
export const menteesSchema = z
  .object({
    mentees: z.array(
      z.object({
        personId: z.string(),
        name: z.string(),
        position: positionSummarySchema
          .nullable()
          .describe("From the read model, which keeps no foundation gaps (always empty here)"),
      }),
    ),
  })
  .meta({ id: "Mentees" });
schemaDescribes<typeof menteesSchema, Awaited<ReturnType<typeof listMyMentees>>>(true);

/** How the reader relates to a person (or record): the relationship that lets them see it. */
export const relationshipField = z
  .enum(["owner", "author", "giver", "receiver", "mentor", "lead", "leader", "admin", "admin_policy"])
  .describe("admin_policy: the organisation's privacy policy let an admin read it (audited)");

/** One view of a position as the read model keeps it. */
const positionReadingSchema = z.object({
  reached: z.number().int().describe("Stage k: stages 1..k are all established (0 when stage 1 is not)"),
  progress: z.number().describe("k, plus 0.5 when stage k+1 is emerging"),
});

/** A person's position: the one that counts, and the self and mentor views side by side. */
export const personPositionSchema = z
  .object({
    personId: z.string(),
    relationship: relationshipField.describe("How you relate to the person: owner, mentor, lead, leader or admin"),
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
schemaDescribes<typeof personPositionSchema, PersonPosition>(true);

/** Marked when a person chose to stay at their stage: no "stuck" nudge names them. */
const stayingByChoiceSchema = z
  .object({ since: z.string(), note: z.string() })
  .describe("Set when the person (or their mentor, with them) chose to stay at their stage");

/** A person as the core keeps them. */
export const personSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    teamId: z.string().nullable(),
    title: z.string(),
    status: z.enum(["active", "deactivated", "erased"]),
    roles: z
      .array(z.enum(["leader", "admin"]))
      .readonly()
      .describe("Granted roles (mentor and lead come from relationships)"),
    joinedAt: z.string(),
    stayingByChoice: stayingByChoiceSchema.nullable(),
  })
  .meta({ id: "Person" });

/** A person and the version their next edit must quote. */
export const personResultSchema = z
  .object({ person: personSchema, version: z.number().int() })
  .meta({ id: "PersonResult" });
schemaDescribes<typeof personResultSchema, PersonResult>(true);

/** A request for a check-in: which mentors were asked, and when. */
export const checkInRequestSchema = z
  .object({ mentorIds: z.array(z.string()).readonly(), at: z.string() })
  .meta({ id: "CheckInRequest" });
schemaDescribes<typeof checkInRequestSchema, CheckInRequest>(true);

/** Everything about a person the reader may see; each list holds only what the reader may see of it. */
export const personOverviewSchema = z
  .object({
    person: z.object({
      id: z.string(),
      name: z.string(),
      email: z.string().nullable().describe("Only for the person themselves and admins"),
      teamId: z.string().nullable(),
      title: z.string(),
      status: z.string().describe("active, deactivated or erased"),
      stayingByChoice: stayingByChoiceSchema.nullable(),
      version: z.number().int().describe("Quote it to edit the person (e.g. staying by choice)"),
    }),
    relationship: relationshipField.describe("How you relate to the person"),
    positions: z
      .object({ self: positionSummarySchema.nullable(), mentor: positionSummarySchema.nullable() })
      .describe("The self view and the mentor view (mentor or joint check-ins), side by side and never mixed"),
    checkIns: z.array(checkInSchema).readonly().describe("Oldest first"),
    evidence: z.array(evidenceSchema).readonly().describe("Newest first"),
    plans: z.array(planSchema).readonly().describe("Newest first"),
    moments: z.array(momentSchema).readonly().describe("Moments the person gave or received"),
    privateNotes: z.array(privateNoteSchema).readonly().describe("Your own private notes about the person"),
  })
  .meta({ id: "PersonOverview" });
schemaDescribes<typeof personOverviewSchema, PersonOverview>(true);
