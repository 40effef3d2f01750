/** The signed-in account: `GET /api/v1/me`, `PUT /api/v1/me/password`. */
import { z } from "zod";
import { hasOrganisationPermission, OrganisationPermission } from "../../../app/access/organisation-permission.js";
import { changePassword } from "../../../app/identity/passwords/change-password.service.js";
import { csrfTokenFor } from "../../auth/session-cookies.js";
import { errorResponses } from "../../errors/error-body.js";
import type { RouteDeps, ZodApp } from "../../route-deps.js";
import { principalOf } from "../principal-of.js";
import { changePasswordBodySchema, meSchema } from "./me.schema.js";

/** Registers the me routes. */
export function registerMeRoutes(app: ZodApp, deps: RouteDeps): void {
  app.get(
    "/api/v1/me",
    {
      schema: {
        tags: ["accounts"],
        summary: "Who is signed in",
        response: { 200: meSchema, ...errorResponses(401, 403) },
      },
    },
    async (request) => {
      const p = principalOf(request);
      return {
        accountId: p.accountId,
        personId: p.personId,
        email: p.email,
        name: p.name,
        roles: [...p.roles],
        may: {
          administer: hasOrganisationPermission(p, OrganisationPermission.Administer),
          oversee: hasOrganisationPermission(p, OrganisationPermission.Oversee),
        },
        via: p.via,
        scopes: [...p.scopes],
        csrfToken: request.sessionToken ? csrfTokenFor(request.sessionToken) : null,
      };
    },
  );

  app.put(
    "/api/v1/me/password",
    {
      config: { access: "session" },
      schema: {
        tags: ["accounts"],
        summary: "Change my password (ends my other sessions)",
        body: changePasswordBodySchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      await changePassword(deps.ctx, principalOf(request), request.body);
      return reply.code(204).send(null);
    },
  );
}
