/**
 * `POST /api/v1/demo-organisation`: an admin loads the demo organisation beside their own account
 * (the first-run page's "load the demo"). Non-admins get 404, like every admin route; a second load
 * gets 409 `forbidden_state`.
 */
import { loadDemoOrganisation } from "../../../app/organisation/load-demo-organisation.service.js";
import { errorResponses } from "../../errors/error-body.js";
import type { RouteDeps, ZodApp } from "../../route-deps.js";
import { actorOfRequest } from "../principal-of.js";
import { loadDemoBodySchema, loadedDemoSchema } from "./demo-organisation.schema.js";

/** Registers the demo route. */
export function registerDemoOrganisationRoutes(app: ZodApp, deps: RouteDeps): void {
  app.post(
    "/api/v1/demo-organisation",
    {
      config: { adminOnly: true },
      schema: {
        tags: ["organisation"],
        summary: "Load the demo organisation (60 people, two years of history) beside my admin account (admin)",
        body: loadDemoBodySchema,
        response: { 201: loadedDemoSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const loaded = await loadDemoOrganisation(deps.ctx, actorOfRequest(request));
      return reply.code(201).send(loaded);
    },
  );
}
