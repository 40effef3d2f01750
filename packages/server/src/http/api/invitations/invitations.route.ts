/**
 * Invitations: admins create, list and withdraw them; the invited person accepts with the link's
 * token and a password, and is signed in.
 */
import { z } from "zod";
import { acceptInvitation } from "../../../app/identity/invitations/accept-invitation.service.js";
import { createInvitation } from "../../../app/identity/invitations/create-invitation.service.js";
import { listInvitations } from "../../../app/identity/invitations/list-invitations.service.js";
import { revokeInvitation } from "../../../app/identity/invitations/revoke-invitation.service.js";
import { csrfTokenFor, setSessionCookies } from "../../auth/session-cookies.js";
import { errorResponses } from "../../errors/error-body.js";
import type { RouteDeps, ZodApp } from "../../route-deps.js";
import { sessionStartedSchema } from "../common.schema.js";
import { principalOf } from "../principal-of.js";
import {
  acceptInvitationBodySchema,
  createdInvitationSchema,
  invitationParamsSchema,
  inviteBodySchema,
  pendingInvitationSchema,
} from "./invitations.schema.js";

/** Registers the invitation routes. */
export function registerInvitationRoutes(app: ZodApp, deps: RouteDeps): void {
  app.post(
    "/api/v1/invitations",
    {
      config: { adminOnly: true },
      schema: {
        tags: ["accounts"],
        summary: "Invite someone (admin)",
        description: "Returns a one-time link to copy; it is also mailed when ASCENT_SMTP_URL is set.",
        body: inviteBodySchema,
        response: { 201: createdInvitationSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createInvitation(deps.ctx, principalOf(request), request.body)),
  );

  app.get(
    "/api/v1/invitations",
    {
      config: { adminOnly: true },
      schema: {
        tags: ["accounts"],
        summary: "Pending invitations (admin)",
        response: {
          200: z.object({ invitations: z.array(pendingInvitationSchema) }),
          ...errorResponses(401, 403, 404),
        },
      },
    },
    async (request) => ({ invitations: await listInvitations(deps.ctx, principalOf(request)) }),
  );

  app.delete(
    "/api/v1/invitations/:invitationId",
    {
      config: { adminOnly: true },
      schema: {
        tags: ["accounts"],
        summary: "Withdraw a pending invitation (admin)",
        params: invitationParamsSchema,
        response: { 204: z.null(), ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await revokeInvitation(deps.ctx, principalOf(request), request.params.invitationId);
      return reply.code(204).send(null);
    },
  );

  app.post(
    "/api/v1/auth/invitations/accept",
    {
      config: { access: "public" },
      schema: {
        tags: ["accounts"],
        summary: "Accept an invitation: choose a password and sign in",
        body: acceptInvitationBodySchema,
        response: { 201: sessionStartedSchema, ...errorResponses(400, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const session = await acceptInvitation(deps.ctx, request.body);
      setSessionCookies(reply, session.token, deps.secureCookies);
      return reply
        .code(201)
        .send({ accountId: session.accountId, expiresAt: session.expiresAt, csrfToken: csrfTokenFor(session.token) });
    },
  );
}
