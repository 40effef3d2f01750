/**
 * `GET /api/v1/me/export`: everything a person has, theirs to take (product.md), as one JSON
 * document, audited as an export.
 *
 * Until the services helper's dedicated export service lands, the document is the person's own
 * overview (their check-ins, evidence, plans, moments and private notes: all visible to them),
 * which is exactly "all of their own records" of the privacy table.
 */
import { getPersonOverview } from "../../../app/people/get-person-overview.service.js";
import { audit } from "../../../auth/audit/audit-log.js";
import { errorResponses } from "../../errors/error-body.js";
import type { RouteDeps, ZodApp } from "../../route-deps.js";
import { recordResultSchema } from "../domain.schema.js";
import { actorOfRequest } from "../principal-of.js";

/** The format marker, so an importer knows what it reads. */
export const PERSONAL_EXPORT_FORMAT = "ascent.personal-export";

/** Registers the personal export route. */
export function registerExportRoutes(app: ZodApp, deps: RouteDeps): void {
  app.get(
    "/api/v1/me/export",
    {
      schema: {
        tags: ["export"],
        summary: "Download my own records as JSON (portable export)",
        response: { 200: recordResultSchema, ...errorResponses(401, 403) },
      },
    },
    async (request, reply) => {
      const actor = actorOfRequest(request);
      const overview = await getPersonOverview(deps.ctx, actor, actor.personId);
      const exportedAt = deps.ctx.now();
      await audit(deps.ctx, deps.ctx.db, {
        actorId: actor.accountId,
        action: "export.created",
        targetKind: "person",
        targetId: actor.personId,
        details: { kind: "personal" },
      });
      reply.header("content-disposition", `attachment; filename="ascent-export-${exportedAt.slice(0, 10)}.json"`);
      return { format: PERSONAL_EXPORT_FORMAT, formatVersion: 1, exportedAt, ...overview };
    },
  );
}
