/** `PUT /api/v1/sharing`: share one of my items with my mentor or lead, or stop sharing it. */
import { setSharing } from "../../../app/sharing/set-sharing.service.js";
import { errorResponses } from "../../errors/error-body.js";
import type { RouteDeps, ZodApp } from "../../route-deps.js";
import { actorOfRequest } from "../principal-of.js";
import { setSharingBodySchema, sharingResultSchema } from "./sharing.schema.js";

/** Registers the sharing route. */
export function registerSharingRoutes(app: ZodApp, deps: RouteDeps): void {
  app.put(
    "/api/v1/sharing",
    {
      schema: {
        tags: ["sharing"],
        summary: "Set who sees one of my items (null = the default)",
        body: setSharingBodySchema,
        response: { 200: sharingResultSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => setSharing(deps.ctx, actorOfRequest(request), request.body),
  );
}
