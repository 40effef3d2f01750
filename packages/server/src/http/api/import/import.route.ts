/**
 * The org-chart import over HTTP (admin): preview reports what a CSV would do, by line and column,
 * writing nothing; commit does it all-or-nothing and can invite the people it added. The body is
 * the CSV itself (`text/csv`) or JSON `{ csv, columns }`; these two routes alone accept text/csv,
 * and up to 16 MiB. Non-admins get 404, like every admin route.
 */
import type { FastifyInstance } from "fastify";
import { AppError, AppErrorCode } from "../../../app/errors/app-error.js";
import { createInvitation } from "../../../app/identity/invitations/invitation.service.js";
import { commitOrgChartImport, type OrgChartColumnMapping, previewOrgChartImport } from "../../../import/index.js";
import { errorResponses } from "../../errors/error-body.js";
import type { RouteDeps, ZodApp } from "../../route-deps.js";
import { actorOfRequest, principalOf } from "../principal-of.js";
import {
  IMPORT_BODY_LIMIT,
  importBodySchema,
  importQuerySchema,
  importReportSchema,
  importResultSchema,
  MAX_IMPORT_INVITATIONS,
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
        const wantsInvitations = invite ?? request.query.invite === "true";
        // Every id the commit makes; the people among them are the ones it added.
        const newIds: string[] = [];
        const result = await commitOrgChartImport(deps.ctx.db, bytes, {
          actor: actorOfRequest(request),
          columns,
          now: deps.ctx.now,
          newId: () => {
            const id = deps.ctx.newId();
            newIds.push(id);
            return id;
          },
        });
        const added = result.written.peopleCreated;
        const invitations = wantsInvitations && added > 0 ? await inviteAdded(deps, request, newIds) : [];
        return { ...result, invitations, invitationsSkipped: added - invitations.length };
      },
    );
  });
}

/** Invites the people the import just added (by the ids it made), up to the limit. */
async function inviteAdded(deps: RouteDeps, request: Parameters<typeof principalOf>[0], newIds: readonly string[]) {
  const invited = [];
  for (let i = 0; i < newIds.length && invited.length < MAX_IMPORT_INVITATIONS; i += 500) {
    const people = await deps.ctx.db
      .selectFrom("person")
      .select(["id", "email"])
      .where("id", "in", newIds.slice(i, i + 500))
      .orderBy("email")
      .execute();
    for (const person of people) {
      if (invited.length >= MAX_IMPORT_INVITATIONS) break;
      if (!person.email) continue;
      try {
        invited.push(
          await createInvitation(deps.ctx, principalOf(request), { email: person.email, personId: person.id }),
        );
      } catch (error) {
        // An account already uses this email: the import stands; this one is invited by hand.
        if (!(error instanceof AppError && error.code === AppErrorCode.Conflict)) throw error;
      }
    }
  }
  return invited;
}
