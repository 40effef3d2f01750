/**
 * The org-chart import over HTTP (admin): preview reports what a CSV would do, by line and column,
 * writing nothing; commit does it all-or-nothing and can invite the people it added (both are app
 * use cases: the route parses the body, calls and answers). The body is
 * the CSV itself (`text/csv`) or JSON `{ csv, columns }`; these two routes alone accept text/csv,
 * and up to 16 MiB. Non-admins get 404, like every admin route.
 */
import type { FastifyInstance } from "fastify";
import { importOrgChart, MAX_IMPORT_INVITATIONS } from "../../../app/organisation/import-org-chart.service.js";
import { type OrgChartColumnMapping, previewOrgChartImport } from "../../../import/index.js";
import { errorResponses } from "../../errors/error-body.js";
import type { RouteDeps, ZodApp } from "../../route-deps.js";
import { actorOfRequest, principalOf } from "../principal-of.js";
import {
  IMPORT_BODY_LIMIT,
  importBodySchema,
  importQuerySchema,
  importReportSchema,
  importResultSchema,
} from "./import.schema.js";

const TAGS = ["organisation"];
const CONSUMES = ["application/json", "text/csv"];

type ImportBody = string | { csv: string; columns?: Record<string, string | undefined>; invite?: boolean };

function readBody(body: ImportBody): { bytes: Uint8Array; columns: OrgChartColumnMapping; invite: boolean | null } {
  if (typeof body === "string") return { bytes: new TextEncoder().encode(body), columns: {}, invite: null };
  const columns = Object.fromEntries(
    Object.entries(body.columns ?? {}).filter(([, header]) => header !== undefined),
  ) as OrgChartColumnMapping;
  return { bytes: new TextEncoder().encode(body.csv), columns, invite: body.invite ?? null };
}

/** Registers the import routes, in their own scope so text/csv is accepted here and nowhere else. */
export function registerImportRoutes(app: ZodApp, deps: RouteDeps): void {
  app.register(async (scoped: FastifyInstance) => {
    const child = scoped as unknown as ZodApp;
    child.addContentTypeParser("text/csv", { parseAs: "string", bodyLimit: IMPORT_BODY_LIMIT }, (_req, body, done) =>
      done(null, body),
    );

    child.post(
      "/api/v1/import/org-chart/preview",
      {
        bodyLimit: IMPORT_BODY_LIMIT,
        config: { adminOnly: true },
        schema: {
          tags: TAGS,
          summary: "Preview an org-chart CSV import: what it would do, and every error by line and column (admin)",
          description: "Writes nothing. The body is the CSV (text/csv) or JSON { csv, columns }.",
          consumes: CONSUMES,
          body: importBodySchema,
          response: { 200: importReportSchema, ...errorResponses(400, 401, 403, 404, 413, 415) },
        },
      },
      async (request) => {
        const { bytes, columns } = readBody(request.body as ImportBody);
        return previewOrgChartImport(deps.ctx.db, bytes, { actor: actorOfRequest(request), columns });
      },
    );

    child.post(
      "/api/v1/import/org-chart",
      {
        bodyLimit: IMPORT_BODY_LIMIT,
        config: { adminOnly: true },
        schema: {
          tags: TAGS,
          summary: "Import an org-chart CSV, all or nothing (admin)",
          description:
            "Creates teams, groups and people, updates people matched by email, moves mentors and team leads. " +
            "Any error refuses the whole file (400, each detail naming `line N, column C`) and writes nothing. " +
            `With invite (JSON) or ?invite=true, invites up to ${MAX_IMPORT_INVITATIONS} of the people it added.`,
          consumes: CONSUMES,
          querystring: importQuerySchema,
          body: importBodySchema,
          response: { 200: importResultSchema, ...errorResponses(400, 401, 403, 404, 413, 415) },
        },
      },
      async (request) => {
        const { bytes, columns, invite } = readBody(request.body as ImportBody);
        return importOrgChart(deps.ctx, principalOf(request), {
          csv: bytes,
          columns,
          invite: invite ?? request.query.invite === "true",
        });
      },
    );
  });
}
