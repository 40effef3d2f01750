/** My API tokens: create, list, revoke. Browser sessions only: a token cannot mint tokens. */
import { z } from "zod";
import { createApiToken } from "../../../app/identity/api-tokens/create-api-token.service.js";
import { listApiTokens } from "../../../app/identity/api-tokens/list-api-tokens.service.js";
import { revokeApiToken } from "../../../app/identity/api-tokens/revoke-api-token.service.js";
import { errorResponses } from "../../errors/error-body.js";
import type { RouteDeps, ZodApp } from "../../route-deps.js";
import { principalOf } from "../principal-of.js";
import {
  createdTokenSchema,
  createTokenBodySchema,
  tokenParamsSchema,
  tokenSummarySchema,
} from "./api-tokens.schema.js";

/** Registers the API token routes. */
export function registerApiTokenRoutes(app: ZodApp, deps: RouteDeps): void {
  app.post(
    "/api/v1/me/api-tokens",
    {
      config: { access: "session" },
      schema: {
        tags: ["accounts"],
        summary: "Create an API token",
        body: createTokenBodySchema,
        response: { 201: createdTokenSchema, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await createApiToken(deps.ctx, principalOf(request), request.body)),
  );

  app.get(
    "/api/v1/me/api-tokens",
    {
      config: { access: "session" },
      schema: {
        tags: ["accounts"],
        summary: "My API tokens (never their secrets)",
        response: { 200: z.object({ tokens: z.array(tokenSummarySchema) }), ...errorResponses(401, 403) },
      },
    },
    async (request) => ({ tokens: await listApiTokens(deps.ctx, principalOf(request)) }),
  );

  app.delete(
    "/api/v1/me/api-tokens/:tokenId",
    {
      config: { access: "session" },
      schema: {
        tags: ["accounts"],
        summary: "Revoke one of my API tokens",
        params: tokenParamsSchema,
        response: { 204: z.null(), ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await revokeApiToken(deps.ctx, principalOf(request), request.params.tokenId);
      return reply.code(204).send(null);
    },
  );
}
