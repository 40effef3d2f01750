/** Check-ins: draft (private to its author), edit, submit, read, correct. */
import { correctCheckIn } from "../../../app/check-ins/correct-check-in.service.js";
import { createCheckInDraft } from "../../../app/check-ins/create-check-in-draft.service.js";
import { getCheckIn } from "../../../app/check-ins/get-check-in.service.js";
import { submitCheckIn } from "../../../app/check-ins/submit-check-in.service.js";
import { updateCheckInDraft } from "../../../app/check-ins/update-check-in-draft.service.js";
import { errorResponses } from "../../errors/error-body.js";
import type { RouteDeps, ZodApp } from "../../route-deps.js";
import { actorOfRequest } from "../principal-of.js";
import {
  checkInParamsSchema,
  checkInResultSchema,
  correctCheckInBodySchema,
  correctionResultSchema,
  createCheckInBodySchema,
  submitCheckInBodySchema,
  submitCheckInResultSchema,
  updateCheckInBodySchema,
} from "./check-ins.schema.js";

const TAGS = ["check-ins"];

/** Registers the check-in routes. */
export function registerCheckInRoutes(app: ZodApp, deps: RouteDeps): void {
  const { ctx } = deps;

  app.post(
    "/api/v1/check-ins",
    {
      schema: {
        tags: TAGS,
        summary: "Start a check-in draft",
        body: createCheckInBodySchema,
        response: { 201: checkInResultSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createCheckInDraft(ctx, actorOfRequest(request), request.body)),
  );

  app.get(
    "/api/v1/check-ins/:checkInId",
    {
      schema: {
        tags: TAGS,
        summary: "Read a check-in (drafts: their author only)",
        params: checkInParamsSchema,
        response: { 200: checkInResultSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => getCheckIn(ctx, actorOfRequest(request), request.params.checkInId),
  );

  app.patch(
    "/api/v1/check-ins/:checkInId",
    {
      schema: {
        tags: TAGS,
        summary: "Edit a draft",
        params: checkInParamsSchema,
        body: updateCheckInBodySchema,
        response: { 200: checkInResultSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      updateCheckInDraft(ctx, actorOfRequest(request), { ...request.body, checkInId: request.params.checkInId }),
  );

  app.post(
    "/api/v1/check-ins/:checkInId/submit",
    {
      schema: {
        tags: TAGS,
        summary: "Submit a draft; the current position is updated in the same transaction",
        params: checkInParamsSchema,
        body: submitCheckInBodySchema,
        response: { 200: submitCheckInResultSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      submitCheckIn(ctx, actorOfRequest(request), { ...request.body, checkInId: request.params.checkInId }),
  );

  app.post(
    "/api/v1/check-ins/:checkInId/corrections",
    {
      schema: {
        tags: TAGS,
        summary: "Correct a submitted check-in: a new one supersedes it",
        params: checkInParamsSchema,
        body: correctCheckInBodySchema,
        response: { 201: correctionResultSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await correctCheckIn(ctx, actorOfRequest(request), { ...request.body, checkInId: request.params.checkInId }),
        ),
  );
}
