/**
 * The organisation's framework: `GET /api/v1/framework` (the active one, for everyone signed in)
 * and `POST /api/v1/framework` (an admin loads a new version; others get 404). The POST takes YAML
 * or JSON text — as `application/yaml`, or as JSON `{ source, format }` — in its own scope, the
 * only place YAML bodies are accepted.
 */
import type { FastifyInstance } from "fastify";
import { getActiveFramework } from "../../../app/framework/get-active-framework.service.js";
import { loadFrameworkVersion } from "../../../app/framework/load-framework-version.service.js";
import { errorResponses } from "../../errors/error-body.js";
import type { RouteDeps, ZodApp } from "../../route-deps.js";
import { actorOfRequest } from "../principal-of.js";
import {
  activeFrameworkResultSchema,
  FRAMEWORK_BODY_LIMIT,
  frameworkBodySchema,
  frameworkLoadResultSchema,
  frameworkQuerySchema,
  YAML_MEDIA_TYPES,
} from "./framework.schema.js";

/** Registers the framework routes. */
export function registerFrameworkRoutes(app: ZodApp, deps: RouteDeps): void {
  app.get(
    "/api/v1/framework",
    {
      schema: {
        tags: ["framework"],
        summary: "The active framework (the default Technical Leadership Progression until an admin loads another)",
        response: { 200: activeFrameworkResultSchema, ...errorResponses(401, 403) },
      },
    },
    async () => ({ framework: await getActiveFramework(deps.ctx.db) }),
  );

  app.register(async (scoped: FastifyInstance) => {
    const child = scoped as unknown as ZodApp;
    child.addContentTypeParser(
      [...YAML_MEDIA_TYPES],
      { parseAs: "string", bodyLimit: FRAMEWORK_BODY_LIMIT },
      (_request, body, done) => done(null, body),
    );
    child.post(
      "/api/v1/framework",
      {
        bodyLimit: FRAMEWORK_BODY_LIMIT,
        config: { adminOnly: true },
        schema: {
          tags: ["framework"],
          summary: "Load a new version of the framework from YAML or JSON text, or check one with ?dryRun=1 (admin)",
          description:
            "Every problem is answered at once: 400 validation_failed with one detail per problem, `field` the path " +
            'in the document (e.g. `levels[1].stages[0].name`; `source` for the whole text) and `reason` starting "line N: " ' +
            "when the line is known. When check-ins exist, the version must succeed the active one (same framework id, a " +
            "higher version, every dropped stage replaced). On success the version is kept, becomes the active one and " +
            "positions are recomputed under it (201; 200 when that content already was the active version).",
          consumes: ["application/json", ...YAML_MEDIA_TYPES],
          querystring: frameworkQuerySchema,
          body: frameworkBodySchema,
          response: {
            200: frameworkLoadResultSchema,
            201: frameworkLoadResultSchema,
            ...errorResponses(400, 401, 403, 404, 409, 413, 415),
          },
        },
      },
      async (request, reply) => {
        const body = request.body;
        const { source, format } = typeof body === "string" ? { source: body, format: "yaml" as const } : body;
        const result = await loadFrameworkVersion(deps.ctx, actorOfRequest(request), {
          source,
          format,
          dryRun: request.query.dryRun === "1" || request.query.dryRun === "true",
          basedOn: request.query.basedOn,
        });
        return reply.code(result.created ? 201 : 200).send(result);
      },
    );
  });
}
