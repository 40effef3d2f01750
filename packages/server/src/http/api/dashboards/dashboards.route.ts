/**
 * Dashboards: what a lead sees of their teams, and what leaders and admins see of the
 * organisation. The scope follows from the actor (dashboard-scope in the access module).
 */
import { getCalibrationGaps } from "../../../app/dashboards/get-calibration-gaps.service.js";
import { getLeadershipCoverage } from "../../../app/dashboards/get-leadership-coverage.service.js";
import { getMomentEffects } from "../../../app/dashboards/get-moment-effects.service.js";
import { getNudges } from "../../../app/dashboards/get-nudges.service.js";
import { getPermissionChain } from "../../../app/dashboards/get-permission-chain.service.js";
import { getPipeline } from "../../../app/dashboards/get-pipeline.service.js";
import { getStageDistribution } from "../../../app/dashboards/get-stage-distribution.service.js";
import { errorResponses } from "../../errors/error-body.js";
import type { RouteDeps, ZodApp } from "../../route-deps.js";
import { actorOfRequest } from "../principal-of.js";
import {
  calibrationGapsSchema,
  coverageQuerySchema,
  leadershipCoverageSchema,
  momentEffectsQuerySchema,
  momentEffectsSchema,
  nudgesQuerySchema,
  nudgesSchema,
  permissionChainSchema,
  pipelineQuerySchema,
  pipelineSchema,
  stageDistributionSchema,
} from "./dashboards.schema.js";

const TAGS = ["dashboards"];
const errors = errorResponses(400, 401, 403, 404);

/** Registers the dashboard routes. */
export function registerDashboardRoutes(app: ZodApp, deps: RouteDeps): void {
  const { ctx } = deps;

  app.get(
    "/api/v1/dashboards/stage-distribution",
    {
      schema: {
        tags: TAGS,
        summary: "People per stage in my scope",
        response: { 200: stageDistributionSchema, ...errors },
      },
    },
    async (request) => getStageDistribution(ctx, actorOfRequest(request)),
  );

  app.get(
    "/api/v1/dashboards/pipeline",
    {
      schema: {
        tags: TAGS,
        summary: "People per stage over time",
        querystring: pipelineQuerySchema,
        response: { 200: pipelineSchema, ...errors },
      },
    },
    async (request) => getPipeline(ctx, actorOfRequest(request), request.query),
  );

  app.get(
    "/api/v1/dashboards/leadership-coverage",
    {
      schema: {
        tags: TAGS,
        summary: "Does every team have someone at team ownership? Figures, and one page of teams, least covered first",
        querystring: coverageQuerySchema,
        response: { 200: leadershipCoverageSchema, ...errors },
      },
    },
    async (request) => getLeadershipCoverage(ctx, actorOfRequest(request), request.query),
  );

  app.get(
    "/api/v1/dashboards/calibration",
    {
      schema: {
        tags: TAGS,
        summary: "Where self and mentor views disagree",
        response: { 200: calibrationGapsSchema, ...errors },
      },
    },
    async (request) => getCalibrationGaps(ctx, actorOfRequest(request)),
  );

  app.get(
    "/api/v1/dashboards/nudges",
    {
      schema: {
        tags: TAGS,
        summary: "Overdue check-ins, stuck and candidate people",
        querystring: nudgesQuerySchema,
        response: { 200: nudgesSchema, ...errors },
      },
    },
    async (request) => getNudges(ctx, actorOfRequest(request), request.query),
  );

  app.get(
    "/api/v1/dashboards/moment-effects",
    {
      schema: {
        tags: TAGS,
        summary: "Progress velocity before vs after moments were extended",
        querystring: momentEffectsQuerySchema,
        response: { 200: momentEffectsSchema, ...errors },
      },
    },
    async (request) => getMomentEffects(ctx, actorOfRequest(request), request.query),
  );

  app.get(
    "/api/v1/dashboards/permission-chain",
    {
      schema: {
        tags: TAGS,
        summary: "The giver → receiver chain (names and links, never moment text)",
        response: { 200: permissionChainSchema, ...errors },
      },
    },
    async (request) => getPermissionChain(ctx, actorOfRequest(request)),
  );
}
