/** Schemas of the people list and of people administration. */
import { z } from "zod";
import { emailField, idParam, nameField } from "../common.schema.js";
import { versionField } from "../domain.schema.js";

/** A team, group or person by id and name. */
export const namedRefSchema = z.object({ id: z.string(), name: z.string() }).meta({ id: "NamedRef" });

const roleSchema = z.enum(["admin", "leader"]);

/** `GET /api/v1/people` query. */
export const peopleListQuerySchema = z.object({
  q: z.string().max(200).optional().describe("Name prefix, case-insensitive (admins: email prefix too)"),
  teamId: idParam.optional(),
  groupId: idParam.optional(),
  stage: z.string().max(64).optional().describe("A stage id: people whose current position works on it"),
  status: z.enum(["active", "deactivated"]).optional().describe("Default active"),
  cursor: z.string().max(2000).optional().describe("`nextCursor` of the previous page"),
  limit: z.coerce.number().int().min(1).max(100).optional().describe("Rows per page, 1–100 (default 50)"),
});

/** One view of a position in a list row. */
export const listPositionSchema = z
  .object({
    progress: z.number().describe("Stages reached, + 0.5 when the next is emerging"),
    reachedStageId: z.string().nullable(),
    workingOnStageId: z.string().nullable(),
  })
  .meta({ id: "ListPosition" });

/** One person in the list. */
export const directoryPersonSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string().nullable().describe("Admins see everyone's, others only their own"),
    title: z.string(),
    status: z.enum(["active", "deactivated"]),
    team: namedRefSchema.nullable(),
    positions: z.object({ self: listPositionSchema.nullable(), mentor: listPositionSchema.nullable() }),
    roles: z.array(roleSchema).nullable().describe("Granted roles, for admins only"),
    version: z.number().int(),
  })
  .meta({ id: "DirectoryPerson" });

/** A page of the people list. */
export const peoplePageSchema = z
  .object({
    people: z.array(directoryPersonSchema),
    nextCursor: z.string().nullable(),
    total: z
      .object({ count: z.number().int(), exact: z.boolean() })
      .describe("Counted up to 1000: beyond, count is 1000 and exact false"),
    scope: z.enum(["organisation", "related", "self"]),
  })
  .meta({ id: "PeoplePage" });

const mentorshipRefSchema = z.object({
  mentorshipId: z.string(),
  personId: z.string(),
  name: z.string(),
  cadenceDays: z.number().int(),
  startedAt: z.string(),
  version: z.number().int(),
});

/** A person as the admin edits them. */
export const adminPersonSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    title: z.string(),
    status: z.enum(["active", "deactivated", "erased"]),
    roles: z.array(roleSchema),
    joinedAt: z.string(),
    team: namedRefSchema.nullable(),
    leads: z.object({ teams: z.array(namedRefSchema), groups: z.array(namedRefSchema) }),
    mentors: z.array(mentorshipRefSchema).describe("Open mentorships as mentee"),
    mentees: z.array(mentorshipRefSchema).describe("Open mentorships as mentor"),
    account: z.object({
      exists: z.boolean(),
      lastLoginAt: z.string().nullable(),
      invitationExpiresAt: z.string().nullable(),
    }),
    version: z.number().int(),
  })
  .meta({ id: "AdminPerson" });

/** Adding a person (admin). */
export const createPersonBodySchema = z.object({
  name: nameField,
  email: emailField,
  title: z.string().max(200).optional(),
  teamId: idParam.nullable().optional(),
  roles: z.array(roleSchema).max(2).optional(),
  invite: z.boolean().optional().describe("Also create a one-time invitation link (mailed when SMTP is set)"),
});

/** The person added, and their invitation when one was asked for. */
export const createdPersonSchema = z
  .object({
    person: adminPersonSchema,
    invitation: z
      .object({
        id: z.string(),
        link: z.string().describe("The one-time link; shown only now"),
        expiresAt: z.string(),
        mailed: z.boolean(),
      })
      .nullable(),
  })
  .meta({ id: "CreatedPerson" });

/** Editing a person (admin): the fields to change and the version read. */
export const updatePersonBodySchema = z.object({
  version: versionField,
  name: nameField.optional(),
  email: emailField.optional(),
  title: z.string().max(200).optional(),
  teamId: idParam.nullable().optional().describe("null: no team"),
});
