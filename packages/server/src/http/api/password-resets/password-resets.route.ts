/**
 * Password resets: anyone may ask by email (the answer never says whether the account exists),
 * an admin may create a link to hand over, and the link's token sets a new password.
 */
import { z } from "zod";
import { completePasswordReset } from "../../../app/identity/password-resets/complete-password-reset.service.js";
import { createPasswordReset } from "../../../app/identity/password-resets/create-password-reset.service.js";
import { requestPasswordReset } from "../../../app/identity/password-resets/request-password-reset.service.js";
import { errorResponses } from "../../errors/error-body.js";
import type { RouteDeps, ZodApp } from "../../route-deps.js";
import { principalOf } from "../principal-of.js";
import {
  accountParamsSchema,
  completeResetBodySchema,
  createdResetSchema,
  requestResetBodySchema,
} from "./password-resets.schema.js";

/** Registers the password reset routes. */
export function registerPasswordResetRoutes(app: ZodApp, deps: RouteDeps): void {
  app.post(
    "/api/v1/auth/password-resets",
    {
      config: { access: "public" },
      schema: {
        tags: ["accounts"],
        summary: "Ask for a password reset link by email",
        description: "Always 202, whether or not the address has an account.",
        body: requestResetBodySchema,
        response: { 202: z.null(), ...errorResponses(400, 403, 429) },
      },
    },
    async (request, reply) => {
      await requestPasswordReset(deps.ctx, request.body.email);
      return reply.code(202).send(null);
    },
  );

  app.post(
    "/api/v1/auth/password-resets/complete",
    {
      config: { access: "public" },
      schema: {
        tags: ["accounts"],
        summary: "Set a new password with a reset link's token (ends every session)",
        body: completeResetBodySchema,
        response: { 204: z.null(), ...errorResponses(400, 403, 404) },
      },
    },
    async (request, reply) => {
      await completePasswordReset(deps.ctx, request.body);
      return reply.code(204).send(null);
    },
  );

  app.post(
    "/api/v1/accounts/:accountId/password-reset",
    {
      config: { adminOnly: true },
      schema: {
        tags: ["accounts"],
        summary: "Create a reset link for an account (admin)",
        params: accountParamsSchema,
        response: { 201: createdResetSchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createPasswordReset(deps.ctx, principalOf(request), request.params.accountId)),
  );
}
