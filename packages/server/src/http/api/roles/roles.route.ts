/** `PUT /api/v1/people/:personId/roles`: an admin grants or withdraws admin and leader (audited). */
import { setRoles } from "../../../app/identity/roles/set-roles.service.js";
import { errorResponses } from "../../errors/error-body.js";
import type { RouteDeps, ZodApp } from "../../route-deps.js";
import { principalOf } from "../principal-of.js";
import { personParamsSchema, setRolesBodySchema } from "./roles.schema.js";

/** Registers the roles route. */
export function registerRoleRoutes(app: ZodApp, deps: RouteDeps): void {
  app.put(
    "/api/v1/people/:personId/roles",
    {
      config: { adminOnly: true },
      schema: {
        tags: ["accounts"],
        summary: "Set a person's granted roles (admin)",
        params: personParamsSchema,
        body: setRolesBodySchema,
        response: { 200: setRolesBodySchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => ({
      roles: await setRoles(deps.ctx, principalOf(request), request.params.personId, request.body.roles),
    }),
  );
}
