/** The organisation's settings: everyone signed in reads the name and privacy policy; admins change them. */
import { getOrganisationSettings } from "../../../app/organisation-settings/get-organisation-settings.service.js";
import { updateOrganisationSettings } from "../../../app/organisation-settings/update-organisation-settings.service.js";
import { errorResponses } from "../../errors/error-body.js";
import type { RouteDeps, ZodApp } from "../../route-deps.js";
import { actorOfRequest } from "../principal-of.js";
import { organisationSettingsSchema, updateOrganisationSettingsBodySchema } from "./organisation-settings.schema.js";

const TAGS = ["organisation"];

/** Registers the organisation settings routes. */
export function registerOrganisationSettingsRoutes(app: ZodApp, deps: RouteDeps): void {
  const { ctx } = deps;

  app.get(
    "/api/v1/organisation/settings",
    {
      schema: {
        tags: TAGS,
        summary: "The organisation's name and privacy policy",
        response: { 200: organisationSettingsSchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => getOrganisationSettings(ctx, actorOfRequest(request)),
  );

  app.put(
    "/api/v1/organisation/settings",
    {
      config: { adminOnly: true },
      schema: {
        tags: TAGS,
        summary: "Change the organisation's name or privacy policy (admin)",
        body: updateOrganisationSettingsBodySchema,
        response: { 200: organisationSettingsSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => updateOrganisationSettings(ctx, actorOfRequest(request), request.body),
  );
}
