/** The health checks and, when the web app is not built, the welcome page: public, outside /api. */
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database } from "../../app/context/app-context.js";
import { checkReadiness } from "../../app/health/check-readiness.service.js";
import { errorBody, errorResponses } from "../errors/error-body.js";
import { HttpErrorCode } from "../errors/http-error.js";
import type { ZodApp } from "../route-deps.js";
import { pageCsp } from "../security/security-headers.js";
import { WELCOME_CSS, welcomePage } from "./welcome-page.js";

const statusSchema = z.object({ status: z.literal("ok") });

/** Registers `/healthz`, `/readyz` and (when `welcome`) the welcome page at `/`. */
export function registerPageRoutes(
  app: ZodApp,
  options: { db: Kysely<Database>; version: string; welcome: boolean },
): void {
  app.get(
    "/healthz",
    {
      config: { access: "public" },
      schema: { tags: ["health"], summary: "The process is up", response: { 200: statusSchema } },
    },
    async () => ({ status: "ok" as const }),
  );

  app.get(
    "/readyz",
    {
      config: { access: "public" },
      schema: {
        tags: ["health"],
        summary: "The database answers (select 1)",
        response: { 200: statusSchema, ...errorResponses(503) },
      },
    },
    async (request, reply) => {
      try {
        await checkReadiness(options.db);
        return { status: "ok" as const };
      } catch (error) {
        request.log.warn({ err: error }, "readiness check failed");
        return reply.code(503).send(errorBody(HttpErrorCode.DatabaseUnavailable, "The database does not answer"));
      }
    },
  );

  if (!options.welcome) return;
  app.get("/", { schema: { hide: true }, config: { access: "public" } }, async (_request, reply) => {
    reply
      .type("text/html; charset=utf-8")
      .header("content-security-policy", pageCsp([WELCOME_CSS]))
      .send(welcomePage(options.version));
  });
}
