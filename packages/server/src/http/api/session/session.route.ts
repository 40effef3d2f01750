/** Signing in and out: `POST /api/v1/auth/login`, `POST /api/v1/auth/logout`. */
import { z } from "zod";
import { audit } from "../../../app/audit/audit-log.js";
import { login } from "../../../app/identity/login/login.service.js";
import { endSession } from "../../../app/identity/sessions/end-session.service.js";
import { clearSessionCookies, csrfTokenFor, setSessionCookies } from "../../auth/session-cookies.js";
import { errorResponses } from "../../errors/error-body.js";
import type { RouteDeps, ZodApp } from "../../route-deps.js";
import { sessionStartedSchema } from "../common.schema.js";
import { principalOf } from "../principal-of.js";
import { loginBodySchema } from "./session.schema.js";

/** Registers login and logout. */
export function registerSessionRoutes(app: ZodApp, deps: RouteDeps): void {
  app.post(
    "/api/v1/auth/login",
    {
      config: { access: "public" },
      schema: {
        tags: ["accounts"],
        summary: "Sign in with email and password",
        description:
          "Sets the ascent_session and ascent_csrf cookies. Repeated failures are answered 429 with Retry-After.",
        body: loginBodySchema,
        response: { 200: sessionStartedSchema, ...errorResponses(400, 401, 403, 429) },
      },
    },
    async (request, reply) => {
      const session = await login(deps.ctx, { ...request.body, ip: request.ip });
      // A session the browser already had is ended, not reused: no session fixation across sign-ins.
      if (request.principal?.via === "session") await endSession(deps.ctx.db, request.principal.credentialId);
      setSessionCookies(reply, session.token, deps.secureCookies);
      return { accountId: session.accountId, expiresAt: session.expiresAt, csrfToken: csrfTokenFor(session.token) };
    },
  );

  app.post(
    "/api/v1/auth/logout",
    {
      config: { access: "session" },
      schema: {
        tags: ["accounts"],
        summary: "Sign out: ends this session",
        response: { 204: z.null().describe("Signed out"), ...errorResponses(401, 403) },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      await endSession(deps.ctx.db, principal.credentialId);
      await audit(deps.ctx, deps.ctx.db, {
        actorId: principal.accountId,
        action: "logout",
        targetKind: "account",
        targetId: principal.accountId,
      });
      clearSessionCookies(reply, deps.secureCookies);
      return reply.code(204).send(null);
    },
  );
}
