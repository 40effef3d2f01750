/**
 * Diagrams as SVG, PNG (through resvg, with the fonts shipped in the repository) or their text
 * equivalent: the framework's pictures, and any person, team or the organisation as the viewer may
 * see them. One renderer everywhere (core's scene → SVG) and one subject → scene path shared with
 * the CLI (diagram/subject-scene.ts), so the API draws what `ascent diagram` and the web app draw.
 */
import {
  type DiagramKind,
  type DiagramOptions,
  diagramText,
  layoutAxis,
  layoutDiagonal,
  layoutLevels,
  layoutZigzag,
  type Scene,
  sceneToSvg,
} from "@ascent/core";
import type { FastifyReply } from "fastify";
import type { z } from "zod";
import {
  getOrganisationDiagramSubject,
  getPersonDiagramSubject,
  getTeamDiagramSubject,
} from "../../../app/diagrams/get-diagram-subject.service.js";
import { getActiveFramework } from "../../../app/framework/get-active-framework.service.js";
import { renderPng } from "../../../diagram/render-png.js";
import { subjectScene } from "../../../diagram/subject-scene.js";
import { errorResponses } from "../../errors/error-body.js";
import type { RouteDeps, ZodApp } from "../../route-deps.js";
import { actorOfRequest } from "../principal-of.js";
import { contentDisposition, fileNamePart } from "./content-disposition.js";
import {
  diagramQuerySchema,
  frameworkDiagramParamsSchema,
  organisationDiagramParamsSchema,
  personDiagramParamsSchema,
  teamDiagramParamsSchema,
} from "./diagrams.schema.js";

type DiagramQuery = z.infer<typeof diagramQuerySchema>;

const LAYOUTS = { levels: layoutLevels, axis: layoutAxis, zigzag: layoutZigzag, diagonal: layoutDiagonal } as const;

const FORMATS = {
  svg: { type: "image/svg+xml; charset=utf-8", extension: "svg" },
  png: { type: "image/png", extension: "png" },
  txt: { type: "text/plain; charset=utf-8", extension: "txt" },
} as const;

const DELIVERY =
  "SVG by default (image/svg+xml); PNG with ?format=png (&scale=2 for slides); the text equivalent with " +
  "?format=txt. The answer names the file (Content-Disposition inline); ?download=1 makes it an attachment.";

function optionsOf(query: DiagramQuery): DiagramOptions {
  return {
    ...(query.theme ? { theme: query.theme } : {}),
    ...(query.width ? { width: query.width } : {}),
    ...(query.labels ? { labels: query.labels === "true" } : {}),
  };
}

/** `ascent-<kind>-<what it shows>`, e.g. `ascent-person-dana-lee`. */
function baseName(kind: DiagramKind, subject: string, fallback: string): string {
  return `ascent-${kind}-${fileNamePart(subject) || fallback}`;
}

/** Sends the scene as SVG, PNG or text, named for saving. */
function sendDiagram(reply: FastifyReply, scene: Scene, query: DiagramQuery, name: string): FastifyReply {
  const format = FORMATS[query.format];
  const download = query.download === "1" || query.download === "true";
  reply.header(
    "content-disposition",
    contentDisposition(download ? "attachment" : "inline", `${name}.${format.extension}`),
  );
  const svg = sceneToSvg(scene);
  if (query.format === "png")
    return reply.type(format.type).send(renderPng(svg, query.scale ? { scale: query.scale } : {}));
  if (query.format === "txt") return reply.type(format.type).send(`${diagramText(scene)}\n`);
  return reply.type(format.type).send(svg);
}

/** Registers the diagram routes. */
export function registerDiagramRoutes(app: ZodApp, deps: RouteDeps): void {
  const now = () => new Date(deps.ctx.now());

  app.get(
    "/api/v1/diagrams/:kind",
    {
      schema: {
        tags: ["diagrams"],
        summary: "A picture of the framework: levels, the awareness → ownership axis, the zig-zag, the diagonal",
        description: DELIVERY,
        params: frameworkDiagramParamsSchema,
        querystring: diagramQuerySchema,
        response: errorResponses(400, 401, 403),
      },
    },
    async (request, reply) => {
      const framework = await getActiveFramework(deps.ctx.db);
      const { kind } = request.params;
      const scene = LAYOUTS[kind]({ framework }, optionsOf(request.query));
      return sendDiagram(reply as FastifyReply, scene, request.query, `ascent-${kind}`);
    },
  );

  app.get(
    "/api/v1/people/:personId/diagrams/:kind",
    {
      schema: {
        tags: ["diagrams"],
        summary:
          "A person as I may see them: person (self vs mentor view and path), zigzag (current position), timeline (progress with Awesome Permission moments)",
        description: `Who may look: the person, their mentor, their leads, leaders and admins (others get 404). Moments appear only past \`extended\`, and only those I may see. ${DELIVERY}`,
        params: personDiagramParamsSchema,
        querystring: diagramQuerySchema,
        response: errorResponses(400, 401, 403, 404),
      },
    },
    async (request, reply) => {
      const { personId, kind } = request.params;
      const subject = await getPersonDiagramSubject(deps.ctx, actorOfRequest(request), personId);
      const scene = subjectScene(subject, kind, optionsOf(request.query), now());
      return sendDiagram(reply as FastifyReply, scene, request.query, baseName(kind, subject.person.name, personId));
    },
  );

  app.get(
    "/api/v1/teams/:teamId/diagrams/:kind",
    {
      schema: {
        tags: ["diagrams"],
        summary:
          "A team: team (its people on the grid, with leadership coverage) or pipeline (people per stage, last 12 months)",
        description: `Who may look: leads of the team or its group, leaders and admins (others get 404). ${DELIVERY}`,
        params: teamDiagramParamsSchema,
        querystring: diagramQuerySchema,
        response: errorResponses(400, 401, 403, 404),
      },
    },
    async (request, reply) => {
      const { teamId, kind } = request.params;
      const subject = await getTeamDiagramSubject(deps.ctx, actorOfRequest(request), teamId, kind);
      const scene = subjectScene(subject, kind, optionsOf(request.query), now());
      return sendDiagram(reply as FastifyReply, scene, request.query, baseName(kind, subject.name, teamId));
    },
  );

  app.get(
    "/api/v1/organisation/diagrams/:kind",
    {
      schema: {
        tags: ["diagrams"],
        summary:
          "The organisation: team (everyone on the grid), pipeline, chain (Awesome Permission givers → receivers), or the framework's levels, axis, zigzag, diagonal",
        description: `Who may look: leaders and admins (others get 404). The chain shows names and links, never moment text. ${DELIVERY}`,
        params: organisationDiagramParamsSchema,
        querystring: diagramQuerySchema,
        response: errorResponses(400, 401, 403, 404),
      },
    },
    async (request, reply) => {
      const { kind } = request.params;
      const subject = await getOrganisationDiagramSubject(deps.ctx, actorOfRequest(request), kind);
      const scene = subjectScene(subject, kind, optionsOf(request.query), now());
      return sendDiagram(reply as FastifyReply, scene, request.query, baseName(kind, subject.name, "organisation"));
    },
  );
}
