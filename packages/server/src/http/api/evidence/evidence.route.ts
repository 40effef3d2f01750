/** Evidence: dated, titled notes and links attached to stages. */
import { z } from "zod";
import { addEvidence } from "../../../app/evidence/add-evidence.service.js";
import { deleteEvidence } from "../../../app/evidence/delete-evidence.service.js";
import { editEvidence } from "../../../app/evidence/edit-evidence.service.js";
import { getEvidence } from "../../../app/evidence/get-evidence.service.js";
import { errorResponses } from "../../errors/error-body.js";
import type { RouteDeps, ZodApp } from "../../route-deps.js";
import { actorOfRequest } from "../principal-of.js";
import {
  addEvidenceBodySchema,
  deleteEvidenceQuerySchema,
  editEvidenceBodySchema,
  evidenceParamsSchema,
  evidenceResultSchema,
} from "./evidence.schema.js";

const TAGS = ["evidence"];

/** Registers the evidence routes. */
export function registerEvidenceRoutes(app: ZodApp, deps: RouteDeps): void {
  const { ctx } = deps;

  app.post(
    "/api/v1/evidence",
    {
      schema: {
        tags: TAGS,
        summary: "Add evidence of my own",
        body: addEvidenceBodySchema,
        response: { 201: evidenceResultSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => reply.code(201).send(await addEvidence(ctx, actorOfRequest(request), request.body)),
  );

  app.get(
    "/api/v1/evidence/:evidenceId",
    {
      schema: {
        tags: TAGS,
        summary: "Read evidence (subject to its owner's sharing)",
        params: evidenceParamsSchema,
        response: { 200: evidenceResultSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => getEvidence(ctx, actorOfRequest(request), request.params.evidenceId),
  );

  app.patch(
    "/api/v1/evidence/:evidenceId",
    {
      schema: {
        tags: TAGS,
        summary: "Edit my evidence",
        params: evidenceParamsSchema,
        body: editEvidenceBodySchema,
        response: { 200: evidenceResultSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      editEvidence(ctx, actorOfRequest(request), { ...request.body, evidenceId: request.params.evidenceId }),
  );

  app.delete(
    "/api/v1/evidence/:evidenceId",
    {
      schema: {
        tags: TAGS,
        summary: "Delete my evidence for good (with its stage links and sharing)",
        params: evidenceParamsSchema,
        querystring: deleteEvidenceQuerySchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await deleteEvidence(ctx, actorOfRequest(request), {
        evidenceId: request.params.evidenceId,
        version: request.query.version,
      });
      return reply.code(204).send(null);
    },
  );
}
