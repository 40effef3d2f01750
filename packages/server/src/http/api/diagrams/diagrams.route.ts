/**
 * Diagrams as SVG (or PNG through resvg): the framework's pictures, and a person's place on the
 * zig-zag. One renderer everywhere (core's scene → SVG), so the API draws what the web app draws.
 */
import { type DiagramOptions, layoutAxis, layoutDiagonal, layoutLevels, layoutZigzag, sceneToSvg } from "@ascent/core";
import type { FastifyReply } from "fastify";
import type { z } from "zod";
import { getPersonOverview } from "../../../app/people/get-person-overview.service.js";
import { renderPng } from "../../../diagram/render-png.js";
import { activeFramework } from "../../../store/repositories/framework-version.repository.js";
import { errorResponses } from "../../errors/error-body.js";
import type { RouteDeps, ZodApp } from "../../route-deps.js";
import { personIdParams } from "../domain.schema.js";
import { actorOfRequest } from "../principal-of.js";
import { diagramQuerySchema, frameworkDiagramParamsSchema } from "./diagrams.schema.js";

type DiagramQuery = z.infer<typeof diagramQuerySchema>;

const LAYOUTS = { levels: layoutLevels, axis: layoutAxis, zigzag: layoutZigzag, diagonal: layoutDiagonal } as const;

function optionsOf(query: DiagramQuery): DiagramOptions {
  return {
    ...(query.theme ? { theme: query.theme } : {}),
    ...(query.width ? { width: query.width } : {}),
    ...(query.labels ? { labels: query.labels === "true" } : {}),
  };
}

/** Sends an SVG, or its PNG rendering. */
function sendDiagram(reply: FastifyReply, svg: string, query: DiagramQuery): FastifyReply {
  if (query.format === "png") {
    return reply.type("image/png").send(renderPng(svg, query.scale ? { scale: query.scale } : {}));
  }
  return reply.type("image/svg+xml; charset=utf-8").send(svg);
}

/** Registers the diagram routes. */
export function registerDiagramRoutes(app: ZodApp, deps: RouteDeps): void {
  app.get(
    "/api/v1/diagrams/:kind",
    {
      schema: {
        tags: ["diagrams"],
        summary: "A picture of the framework: levels, the awareness → ownership axis, the zig-zag, the diagonal",
        description: "SVG by default (image/svg+xml); PNG with ?format=png.",
        params: frameworkDiagramParamsSchema,
        querystring: diagramQuerySchema,
        response: errorResponses(400, 401, 403),
      },
    },
    async (request, reply) => {
      const framework = await activeFramework(deps.ctx.db);
      const scene = LAYOUTS[request.params.kind]({ framework }, optionsOf(request.query));
      return sendDiagram(reply as FastifyReply, sceneToSvg(scene), request.query);
    },
  );

  app.get(
    "/api/v1/people/:personId/diagrams/zigzag",
    {
      schema: {
        tags: ["diagrams"],
        summary: "A person's place on the zig-zag (their current position), as far as I may see it",
        params: personIdParams,
        querystring: diagramQuerySchema,
        response: errorResponses(400, 401, 403, 404),
      },
    },
    async (request, reply) => {
      const overview = await getPersonOverview(deps.ctx, actorOfRequest(request), request.params.personId);
      // The current position: the mentor's (or joint) view when there is one, else the person's own.
      const current = overview.positions.mentor ?? overview.positions.self;
      const framework = await activeFramework(deps.ctx.db);
      const scene = layoutZigzag(
        { framework, progress: current?.position.progress ?? null },
        { ...optionsOf(request.query), highlight: current?.position.workingOnStageId ?? undefined },
      );
      return sendDiagram(reply as FastifyReply, sceneToSvg(scene), request.query);
    },
  );
}
