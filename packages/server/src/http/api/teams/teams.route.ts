/**
 * Teams: lists (everyone signed in sees their own and led teams; admins and leaders all), and the
 * admin's changes — create, rename or move to a group, delete when empty, put people in and take
 * them out, make and unmake leads.
 */
import { z } from "zod";
import { addLead } from "../../../app/teams/add-lead.service.js";
import { addTeamMember } from "../../../app/teams/add-team-member.service.js";
import { createTeam } from "../../../app/teams/create-team.service.js";
import { deleteTeam } from "../../../app/teams/delete-team.service.js";
import { listTeams } from "../../../app/teams/list-teams.service.js";
import { removeLead } from "../../../app/teams/remove-lead.service.js";
import { removeTeamMember } from "../../../app/teams/remove-team-member.service.js";
import { updateTeam } from "../../../app/teams/update-team.service.js";
import { errorResponses } from "../../errors/error-body.js";
import type { RouteDeps, ZodApp } from "../../route-deps.js";
import { adminPersonSchema } from "../admin-people/admin-people.schema.js";
import { actorOfRequest } from "../principal-of.js";
import {
  createTeamBodySchema,
  personVersionBodySchema,
  teamListSchema,
  teamParamsSchema,
  teamPersonParamsSchema,
  teamSummarySchema,
  updateTeamBodySchema,
  versionQuerySchema,
} from "./teams.schema.js";

const TAGS = ["teams"];
const ADMIN = { adminOnly: true } as const;

/** Registers the team routes (groups are in groups.route.ts). */
export function registerTeamRoutes(app: ZodApp, deps: RouteDeps): void {
  const { ctx } = deps;

  app.get(
    "/api/v1/teams",
    {
      schema: {
        tags: TAGS,
        summary: "Teams I may see, with member and lead counts",
        response: { 200: teamListSchema, ...errorResponses(401, 403) },
      },
    },
    async (request) => listTeams(ctx, actorOfRequest(request)),
  );

  app.post(
    "/api/v1/teams",
    {
      config: ADMIN,
      schema: {
        tags: TAGS,
        summary: "Create a team (admin)",
        body: createTeamBodySchema,
        response: { 201: teamSummarySchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await createTeam(ctx, actorOfRequest(request), request.body)),
  );

  app.patch(
    "/api/v1/teams/:teamId",
    {
      config: ADMIN,
      schema: {
        tags: TAGS,
        summary: "Rename a team or move it to a group (admin)",
        params: teamParamsSchema,
        body: updateTeamBodySchema,
        response: { 200: teamSummarySchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => updateTeam(ctx, actorOfRequest(request), { ...request.body, teamId: request.params.teamId }),
  );

  app.delete(
    "/api/v1/teams/:teamId",
    {
      config: ADMIN,
      schema: {
        tags: TAGS,
        summary: "Delete a team nobody belongs to (admin)",
        params: teamParamsSchema,
        querystring: versionQuerySchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await deleteTeam(ctx, actorOfRequest(request), { ...request.query, teamId: request.params.teamId });
      return reply.code(204).send(null);
    },
  );

  app.put(
    "/api/v1/teams/:teamId/members/:personId",
    {
      config: ADMIN,
      schema: {
        tags: TAGS,
        summary: "Put a person in a team, moving them out of their previous one (admin)",
        params: teamPersonParamsSchema,
        body: personVersionBodySchema,
        response: { 200: adminPersonSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => addTeamMember(ctx, actorOfRequest(request), { ...request.params, ...request.body }),
  );

  app.delete(
    "/api/v1/teams/:teamId/members/:personId",
    {
      config: ADMIN,
      schema: {
        tags: TAGS,
        summary: "Take a person out of a team (admin)",
        params: teamPersonParamsSchema,
        querystring: versionQuerySchema.describe("The person's version"),
        response: { 200: adminPersonSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => removeTeamMember(ctx, actorOfRequest(request), { ...request.params, ...request.query }),
  );

  app.put(
    "/api/v1/teams/:teamId/leads/:personId",
    {
      config: ADMIN,
      schema: {
        tags: TAGS,
        summary: "Make a person a lead of a team (admin)",
        params: teamPersonParamsSchema,
        response: { 200: teamSummarySchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      addLead(ctx, actorOfRequest(request), {
        kind: "team",
        unitId: request.params.teamId,
        personId: request.params.personId,
      }),
  );

  app.delete(
    "/api/v1/teams/:teamId/leads/:personId",
    {
      config: ADMIN,
      schema: {
        tags: TAGS,
        summary: "Stop a person leading a team (admin)",
        params: teamPersonParamsSchema,
        response: { 200: teamSummarySchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      removeLead(ctx, actorOfRequest(request), {
        kind: "team",
        unitId: request.params.teamId,
        personId: request.params.personId,
      }),
  );
}
