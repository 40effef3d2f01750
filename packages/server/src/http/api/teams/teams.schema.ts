/** Schemas of teams, groups, team membership and leads. */
import { z } from "zod";
import { namedRefSchema } from "../admin-people/admin-people.schema.js";
import { idParam, nameField } from "../common.schema.js";
import { versionField } from "../domain.schema.js";

/** A team with its group, counts and leads. */
export const teamSummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    group: namedRefSchema.nullable(),
    memberCount: z.number().int().describe("Active people whose team it is"),
    leadCount: z.number().int(),
    leads: z.array(namedRefSchema),
    version: z.number().int(),
  })
  .meta({ id: "TeamSummary" });

/** A group with its counts and leads. */
export const groupSummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    teamCount: z.number().int(),
    memberCount: z.number().int().describe("Active people of its teams"),
    leadCount: z.number().int(),
    leads: z.array(namedRefSchema),
    version: z.number().int(),
  })
  .meta({ id: "GroupSummary" });

/** `GET /api/v1/teams`. */
export const teamListSchema = z.object({ teams: z.array(teamSummarySchema) }).meta({ id: "TeamList" });

/** `GET /api/v1/groups`. */
export const groupListSchema = z.object({ groups: z.array(groupSummarySchema) }).meta({ id: "GroupList" });

/** Creating a team. */
export const createTeamBodySchema = z.object({ name: nameField, groupId: idParam.nullable().optional() });

/** Renaming a team and/or moving it to a group (null: no group). */
export const updateTeamBodySchema = z.object({
  version: versionField,
  name: nameField.optional(),
  groupId: idParam.nullable().optional(),
});

/** Creating a group. */
export const createGroupBodySchema = z.object({ name: nameField });

/** Renaming a group. */
export const updateGroupBodySchema = z.object({ version: versionField, name: nameField });

/** The version read, for a change that takes no body (a deletion, a removal). */
export const versionQuerySchema = z.object({
  version: z.coerce.number().int().positive().describe("The version you read; a stale one gets 409 conflict"),
});

/** The person's version, for moving them into a team. */
export const personVersionBodySchema = z.object({ version: versionField.describe("The person's version") });

/** `:teamId`. */
export const teamParamsSchema = z.object({ teamId: idParam });
/** `:groupId`. */
export const groupParamsSchema = z.object({ groupId: idParam });
/** `:teamId/…/:personId`. */
export const teamPersonParamsSchema = z.object({ teamId: idParam, personId: idParam });
/** `:groupId/…/:personId`. */
export const groupPersonParamsSchema = z.object({ groupId: idParam, personId: idParam });
