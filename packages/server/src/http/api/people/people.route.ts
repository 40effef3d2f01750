/**
 * People: overviews and positions (mine and others', shaped by the relationship), staying by choice, asking my
 * mentor for a check-in, and the admin's offboarding (deactivate, erase).
 */
import { askMentorForCheckIn } from "../../../app/people/ask-mentor-for-check-in.service.js";
import { deactivatePerson } from "../../../app/people/deactivate-person.service.js";
import { erasePerson } from "../../../app/people/erase-person.service.js";
import { getPersonOverview } from "../../../app/people/get-person-overview.service.js";
import { getPersonPosition } from "../../../app/people/get-person-position.service.js";
import { listMyMentees } from "../../../app/people/list-my-mentees.service.js";
import { markStayingByChoice } from "../../../app/people/mark-staying-by-choice.service.js";
import { compiledSerializerCompiler } from "../../compiled-serializer.js";
import { errorResponses } from "../../errors/error-body.js";
import type { RouteDeps, ZodApp } from "../../route-deps.js";
import { personIdParams } from "../domain.schema.js";
import { actorOfRequest } from "../principal-of.js";
import {
  askMentorBodySchema,
  checkInRequestSchema,
  menteesSchema,
  personOverviewSchema,
  personPositionSchema,
  personResultSchema,
  personVersionBodySchema,
  stayingByChoiceBodySchema,
} from "./people.schema.js";

const TAGS = ["people"];

/** Registers the people routes. */
export function registerPeopleRoutes(app: ZodApp, deps: RouteDeps): void {
  const { ctx } = deps;

  app.get(
    "/api/v1/me/overview",
    {
      schema: {
        tags: TAGS,
        summary: "My overview: positions (self and mentor), check-ins, evidence, plans, moments, notes",
        response: { 200: personOverviewSchema, ...errorResponses(401, 403) },
      },
    },
    async (request) => {
      const actor = actorOfRequest(request);
      return getPersonOverview(ctx, actor, actor.personId);
    },
  );

  app.get(
    "/api/v1/me/mentees",
    {
      schema: {
        tags: TAGS,
        summary: "The people I mentor now, each with their current position",
        response: { 200: menteesSchema, ...errorResponses(401, 403) },
      },
    },
    async (request) => listMyMentees(ctx, actorOfRequest(request)),
  );

  app.get(
    "/api/v1/people/:personId/overview",
    {
      schema: {
        tags: TAGS,
        summary: "A person's overview, as far as my relationship to them allows",
        params: personIdParams,
        response: { 200: personOverviewSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => getPersonOverview(ctx, actorOfRequest(request), request.params.personId),
  );

  app.get(
    "/api/v1/people/:personId/position",
    {
      schema: {
        tags: TAGS,
        summary: "A person's current position, with the self and mentor views side by side",
        description:
          "Read from the current-position read model (updated when a check-in is submitted): the cheap read to poll. " +
          "Who may read it is who may read the overview; anyone else gets 404.",
        params: personIdParams,
        response: { 200: personPositionSchema, ...errorResponses(400, 401, 403, 404) },
      },
      // The read clients poll: plain data, so a compiled serialiser instead of zod's checking one.
      serializerCompiler: compiledSerializerCompiler,
    },
    async (request) => getPersonPosition(ctx, actorOfRequest(request), request.params.personId),
  );

  app.put(
    "/api/v1/people/:personId/staying-by-choice",
    {
      schema: {
        tags: TAGS,
        summary: "Mark or clear 'staying here by choice' (the person, or their mentor with them)",
        params: personIdParams,
        body: stayingByChoiceBodySchema,
        response: { 200: personResultSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      markStayingByChoice(ctx, actorOfRequest(request), { ...request.body, personId: request.params.personId }),
  );

  app.post(
    "/api/v1/me/check-in-requests",
    {
      schema: {
        tags: TAGS,
        summary: "Ask my mentor(s) for a check-in",
        body: askMentorBodySchema,
        response: { 201: checkInRequestSchema, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await askMentorForCheckIn(ctx, actorOfRequest(request), request.body)),
  );

  app.post(
    "/api/v1/people/:personId/deactivate",
    {
      // Admin-only: everyone else gets the unknown-route answer, before the body is validated.
      config: { adminOnly: true },
      schema: {
        tags: TAGS,
        summary: "Deactivate a person (offboarding; admin)",
        params: personIdParams,
        body: personVersionBodySchema,
        response: { 200: personResultSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      deactivatePerson(ctx, actorOfRequest(request), { ...request.body, personId: request.params.personId }),
  );

  app.post(
    "/api/v1/people/:personId/erase",
    {
      // Admin-only: everyone else gets the unknown-route answer, before the body is validated.
      config: { adminOnly: true },
      schema: {
        tags: TAGS,
        summary: "Erase a person's personal text, keeping their place in aggregates anonymously (admin)",
        params: personIdParams,
        body: personVersionBodySchema,
        response: { 200: personResultSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      erasePerson(ctx, actorOfRequest(request), { ...request.body, personId: request.params.personId }),
  );
}
