/** Awesome Permission moments: record, read, move through their states, follow up. */
import { addFollowUp } from "../../../app/moments/add-follow-up.service.js";
import { getMoment } from "../../../app/moments/get-moment.service.js";
import { moveMoment } from "../../../app/moments/move-moment.service.js";
import { recordMoment } from "../../../app/moments/record-moment.service.js";
import { errorResponses } from "../../errors/error-body.js";
import type { RouteDeps, ZodApp } from "../../route-deps.js";
import { actorOfRequest } from "../principal-of.js";
import {
  followUpBodySchema,
  momentParamsSchema,
  momentResultSchema,
  moveMomentBodySchema,
  recordMomentBodySchema,
} from "./moments.schema.js";

const TAGS = ["moments"];

/** Registers the moment routes. */
export function registerMomentRoutes(app: ZodApp, deps: RouteDeps): void {
  const { ctx } = deps;

  app.post(
    "/api/v1/moments",
    {
      schema: {
        tags: TAGS,
        summary: "Record a moment (I am its giver)",
        body: recordMomentBodySchema,
        response: { 201: momentResultSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => reply.code(201).send(await recordMoment(ctx, actorOfRequest(request), request.body)),
  );

  app.get(
    "/api/v1/moments/:momentId",
    {
      schema: {
        tags: TAGS,
        summary: "Read a moment (its giver; its receiver once extended)",
        params: momentParamsSchema,
        response: { 200: momentResultSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => getMoment(ctx, actorOfRequest(request), request.params.momentId),
  );

  app.post(
    "/api/v1/moments/:momentId/transitions",
    {
      schema: {
        tags: TAGS,
        summary: "Move a moment: aware → extended → accepted → result, or no_change",
        params: momentParamsSchema,
        body: moveMomentBodySchema,
        response: { 200: momentResultSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => moveMoment(ctx, actorOfRequest(request), { ...request.body, momentId: request.params.momentId }),
  );

  app.post(
    "/api/v1/moments/:momentId/follow-ups",
    {
      schema: {
        tags: TAGS,
        summary: "Add a follow-up note to a moment",
        params: momentParamsSchema,
        body: followUpBodySchema,
        response: { 200: momentResultSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      addFollowUp(ctx, actorOfRequest(request), { ...request.body, momentId: request.params.momentId }),
  );
}
