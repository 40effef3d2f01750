/** `GET /api/v1/framework`: the organisation's active framework (levels, stages, signals, pitfalls, actions). */
import { activeFramework } from "../../../store/repositories/framework-version.repository.js";
import { errorResponses } from "../../errors/error-body.js";
import type { RouteDeps, ZodApp } from "../../route-deps.js";
import { recordResultSchema } from "../domain.schema.js";

/** Registers the framework route. */
export function registerFrameworkRoutes(app: ZodApp, deps: RouteDeps): void {
  app.get(
    "/api/v1/framework",
    {
      schema: {
        tags: ["framework"],
        summary: "The active framework (the default Technical Leadership Progression until an admin loads another)",
        response: { 200: recordResultSchema, ...errorResponses(401, 403) },
      },
    },
    async () => ({ framework: await activeFramework(deps.ctx.db) }),
  );
}
