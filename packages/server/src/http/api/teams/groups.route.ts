/** Groups (several teams): lists for everyone signed in (scoped), and the admin's changes and leads. */
import { z } from "zod";
import { addLead } from "../../../app/teams/add-lead.service.js";
import { createGroup } from "../../../app/teams/create-group.service.js";
import { deleteGroup } from "../../../app/teams/delete-group.service.js";
import { listGroups } from "../../../app/teams/list-groups.service.js";
import { removeLead } from "../../../app/teams/remove-lead.service.js";
import { updateGroup } from "../../../app/teams/update-group.service.js";
import { errorResponses } from "../../errors/error-body.js";
import type { RouteDeps, ZodApp } from "../../route-deps.js";
import { actorOfRequest } from "../principal-of.js";
import {
  createGroupBodySchema,
  groupListSchema,
  groupParamsSchema,
  groupPersonParamsSchema,
  groupSummarySchema,
  updateGroupBodySchema,
  versionQuerySchema,
} from "./teams.schema.js";

const TAGS = ["teams"];
const ADMIN = { adminOnly: true } as const;

/** Registers the group routes. */
export function registerGroupRoutes(app: ZodApp, deps: RouteDeps): void {
  const { ctx } = deps;

  app.get(
    "/api/v1/groups",
    {
      schema: {
        tags: TAGS,
        summary: "Groups I may see, with team, member and lead counts",
        response: { 200: groupListSchema, ...errorResponses(401, 403) },
      },
    },
    async (request) => listGroups(ctx, actorOfRequest(request)),
  );

  app.post(
    "/api/v1/groups",
    {
      config: ADMIN,
      schema: {
        tags: TAGS,
        summary: "Create a group (admin)",
        body: createGroupBodySchema,
        response: { 201: groupSummarySchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await createGroup(ctx, actorOfRequest(request), request.body)),
  );

  app.patch(
    "/api/v1/groups/:groupId",
    {
      config: ADMIN,
      schema: {
        tags: TAGS,
        summary: "Rename a group (admin)",
        params: groupParamsSchema,
        body: updateGroupBodySchema,
        response: { 200: groupSummarySchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => updateGroup(ctx, actorOfRequest(request), { ...request.body, groupId: request.params.groupId }),
  );

  app.delete(
    "/api/v1/groups/:groupId",
    {
      config: ADMIN,
      schema: {
        tags: TAGS,
        summary: "Delete a group without teams (admin)",
        params: groupParamsSchema,
        querystring: versionQuerySchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await deleteGroup(ctx, actorOfRequest(request), { ...request.query, groupId: request.params.groupId });
      return reply.code(204).send(null);
    },
  );

  app.put(
    "/api/v1/groups/:groupId/leads/:personId",
    {
      config: ADMIN,
      schema: {
        tags: TAGS,
        summary: "Make a person a lead of a group (admin)",
        params: groupPersonParamsSchema,
        response: { 200: groupSummarySchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      addLead(ctx, actorOfRequest(request), {
        kind: "group",
        unitId: request.params.groupId,
        personId: request.params.personId,
      }),
  );

  app.delete(
    "/api/v1/groups/:groupId/leads/:personId",
    {
      config: ADMIN,
      schema: {
        tags: TAGS,
        summary: "Stop a person leading a group (admin)",
        params: groupPersonParamsSchema,
        response: { 200: groupSummarySchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      removeLead(ctx, actorOfRequest(request), {
        kind: "group",
        unitId: request.params.groupId,
        personId: request.params.personId,
      }),
  );
}
