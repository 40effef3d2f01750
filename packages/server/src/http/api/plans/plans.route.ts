/** Growth plans and their goals. */
import { createGrowthPlan } from "../../../app/plans/create-growth-plan.service.js";
import { getGrowthPlan } from "../../../app/plans/get-growth-plan.service.js";
import { updateGrowthPlan } from "../../../app/plans/update-growth-plan.service.js";
import { errorResponses } from "../../errors/error-body.js";
import type { RouteDeps, ZodApp } from "../../route-deps.js";
import { actorOfRequest } from "../principal-of.js";
import { createPlanBodySchema, planParamsSchema, planResultSchema, updatePlanBodySchema } from "./plans.schema.js";

const TAGS = ["plans"];

/** Registers the plan routes. */
export function registerPlanRoutes(app: ZodApp, deps: RouteDeps): void {
  const { ctx } = deps;

  app.post(
    "/api/v1/plans",
    {
      schema: {
        tags: TAGS,
        summary: "Create a growth plan (for myself or a mentee)",
        body: createPlanBodySchema,
        response: { 201: planResultSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => reply.code(201).send(await createGrowthPlan(ctx, actorOfRequest(request), request.body)),
  );

  app.get(
    "/api/v1/plans/:planId",
    {
      schema: {
        tags: TAGS,
        summary: "Read a growth plan (subject to its owner's sharing)",
        params: planParamsSchema,
        response: { 200: planResultSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => getGrowthPlan(ctx, actorOfRequest(request), request.params.planId),
  );

  app.patch(
    "/api/v1/plans/:planId",
    {
      schema: {
        tags: TAGS,
        summary: "Edit a growth plan and its goals (owner or their mentor)",
        params: planParamsSchema,
        body: updatePlanBodySchema,
        response: { 200: planResultSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      updateGrowthPlan(ctx, actorOfRequest(request), { ...request.body, planId: request.params.planId }),
  );
}
