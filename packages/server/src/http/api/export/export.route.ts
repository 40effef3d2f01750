/**
 * `GET /api/v1/me/export`: everything a person may see about themselves, theirs to take
 * (product.md), as JSON or as one self-contained HTML page (their zig-zag, person and timeline
 * diagrams inline as SVG, rendered like `ascent report`). Audited as an export; never cached.
 */
import { getPersonDiagramSubject } from "../../../app/diagrams/get-diagram-subject.service.js";
import { getPersonalExport } from "../../../app/export/get-personal-export.service.js";
import { audit } from "../../../auth/audit/audit-log.js";
import { personalRecordReport } from "../../../report/personal-record.report.js";
import { REPORT_CSS, reportHtml } from "../../../report/render-html.js";
import { errorResponses } from "../../errors/error-body.js";
import type { RouteDeps, ZodApp } from "../../route-deps.js";
import { pageCsp } from "../../security/security-headers.js";
import { contentDisposition, fileNamePart } from "../diagrams/content-disposition.js";
import { actorOfRequest } from "../principal-of.js";
import { personalExportQuerySchema, personalExportResponse } from "./export.schema.js";

/** Registers the personal export route. */
export function registerExportRoutes(app: ZodApp, deps: RouteDeps): void {
  app.get(
    "/api/v1/me/export",
    {
      schema: {
        tags: ["export"],
        summary: "Download my own record: JSON (?format=json, the default) or a readable HTML page (?format=html)",
        description:
          "Everything I may see about myself: my person record, positions and their history, check-ins, evidence, " +
          "plans, moments, my private notes about myself, mentorships, sharing choices and account settings. The " +
          "HTML page is self-contained (diagrams as inline SVG, no external requests) and prints well. " +
          "Content-Disposition attachment unless ?download=0.",
        querystring: personalExportQuerySchema,
        response: { 200: personalExportResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const actor = actorOfRequest(request);
      const record = await getPersonalExport(deps.ctx, actor);
      await audit(deps.ctx, deps.ctx.db, {
        actorId: actor.accountId,
        action: "export.created",
        targetKind: "person",
        targetId: actor.personId,
        details: { kind: "personal", format: request.query.format },
      });
      const disposition =
        request.query.download === "0" || request.query.download === "false" ? "inline" : "attachment";
      const name = `ascent-record-${fileNamePart(record.person.name) || "me"}-${record.exportedAt.slice(0, 10)}`;
      if (request.query.format === "json") {
        reply.header("content-disposition", contentDisposition(disposition, `${name}.json`));
        return record;
      }
      const subject = await getPersonDiagramSubject(deps.ctx, actor, actor.personId);
      const html = reportHtml(personalRecordReport(record, subject, new Date(record.exportedAt)));
      return (
        reply
          .header("content-disposition", contentDisposition(disposition, `${name}.html`))
          // Shown in the browser, the page may use its own style block and nothing else.
          .header("content-security-policy", pageCsp([REPORT_CSS]))
          .type("text/html; charset=utf-8")
          .send(html)
      );
    },
  );
}
