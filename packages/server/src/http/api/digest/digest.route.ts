/** My weekly digest of nudges: `GET /api/v1/me/digest`, `PUT /api/v1/me/digest`. */
import { getDigestSettings, setDigestSettings } from "../../../app/digest/digest-settings.service.js";
import { errorResponses } from "../../errors/error-body.js";
import type { RouteDeps, ZodApp } from "../../route-deps.js";
import { principalOf } from "../principal-of.js";
import { digestSettingsBodySchema, digestSettingsSchema } from "./digest.schema.js";

/** Registers the digest routes. */
export function registerDigestRoutes(app: ZodApp, deps: RouteDeps): void {
  app.get(
    "/api/v1/me/digest",
    {
      schema: {
        tags: ["accounts"],
        summary: "Whether I get the weekly digest of my nudges by mail",
        response: { 200: digestSettingsSchema, ...errorResponses(401, 403) },
      },
    },
    async (request) => getDigestSettings(deps.ctx, principalOf(request)),
  );

  app.put(
    "/api/v1/me/digest",
    {
      schema: {
        tags: ["accounts"],
        summary: "Turn my weekly digest on or off",
        description:
          "The digest lists my inbox (the items of GET /api/v1/me/inbox) and, as a lead, leader or admin, my dashboard's nudges once a week, with links; weeks with nothing to do bring no mail.",
        body: digestSettingsBodySchema,
        response: { 200: digestSettingsSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => setDigestSettings(deps.ctx, principalOf(request), request.body),
  );
}
