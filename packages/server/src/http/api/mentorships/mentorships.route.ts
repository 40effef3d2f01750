/**
 * Mentorships (admin): list them (running, ended or all; of one person), start one with a
 * cadence, change the cadence, end one. Ended mentorships stay as history.
 */
import { changeMentorshipCadence } from "../../../app/mentorships/change-mentorship-cadence.service.js";
import { endMentorship } from "../../../app/mentorships/end-mentorship.service.js";
import { listMentorships } from "../../../app/mentorships/list-mentorships.service.js";
import { startMentorship } from "../../../app/mentorships/start-mentorship.service.js";
import { errorResponses } from "../../errors/error-body.js";
import type { RouteDeps, ZodApp } from "../../route-deps.js";
import { actorOfRequest } from "../principal-of.js";
import {
  changeCadenceBodySchema,
  endMentorshipBodySchema,
  mentorshipListQuerySchema,
  mentorshipPageSchema,
  mentorshipParamsSchema,
  mentorshipSchema,
  startMentorshipBodySchema,
} from "./mentorships.schema.js";

const TAGS = ["mentorships"];
const ADMIN = { adminOnly: true } as const;

/** Registers the mentorship routes. */
export function registerMentorshipRoutes(app: ZodApp, deps: RouteDeps): void {
  const { ctx } = deps;

  app.get(
    "/api/v1/mentorships",
    {
      config: ADMIN,
      schema: {
        tags: TAGS,
        summary: "Mentorships, newest start first, in pages (admin)",
        querystring: mentorshipListQuerySchema,
        response: { 200: mentorshipPageSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => listMentorships(ctx, actorOfRequest(request), request.query),
  );

  app.post(
    "/api/v1/mentorships",
    {
      config: ADMIN,
      schema: {
        tags: TAGS,
        summary: "Start a mentorship (admin)",
        description: "A person has one mentor at a time; a mentor cycle is refused.",
        body: startMentorshipBodySchema,
        response: { 201: mentorshipSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await startMentorship(ctx, actorOfRequest(request), request.body)),
  );

  app.patch(
    "/api/v1/mentorships/:mentorshipId",
    {
      config: ADMIN,
      schema: {
        tags: TAGS,
        summary: "Change a running mentorship's cadence (admin)",
        params: mentorshipParamsSchema,
        body: changeCadenceBodySchema,
        response: { 200: mentorshipSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      changeMentorshipCadence(ctx, actorOfRequest(request), {
        ...request.body,
        mentorshipId: request.params.mentorshipId,
      }),
  );

  app.post(
    "/api/v1/mentorships/:mentorshipId/end",
    {
      config: ADMIN,
      schema: {
        tags: TAGS,
        summary: "End a mentorship, now or at a past date (admin)",
        params: mentorshipParamsSchema,
        body: endMentorshipBodySchema,
        response: { 200: mentorshipSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      endMentorship(ctx, actorOfRequest(request), { ...request.body, mentorshipId: request.params.mentorshipId }),
  );
}
