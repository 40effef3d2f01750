/**
 * `GET /api/v1/me/export`: everything a person may see about themselves, theirs to take
 * (product.md), as JSON or as one self-contained HTML page (their zig-zag, person and timeline
 * diagrams inline as SVG, rendered like `ascent report`). Audited as an export; never cached.
 */
import type { z } from "zod";
import { getPersonDiagramSubject } from "../../../app/diagrams/get-diagram-subject.service.js";
import { exportOrganisationForAdmin } from "../../../app/export/export-organisation.service.js";
import { exportPersonalRecord } from "../../../app/export/export-personal-record.service.js";
import { personalRecordReport } from "../../../report/personal-record.report.js";
import { REPORT_CSS, reportHtml } from "../../../report/render-html.js";
import { errorResponses } from "../../errors/error-body.js";
import type { RouteDeps, ZodApp } from "../../route-deps.js";
import { pageCsp } from "../../security/security-headers.js";
import { contentDisposition, fileNamePart } from "../diagrams/content-disposition.js";
import { actorOfRequest } from "../principal-of.js";
import { organisationExportSchema, personalExportQuerySchema, personalExportResponse } from "./export.schema.js";

/** Registers the personal and the organisation export routes. */
export function registerExportRoutes(app: ZodApp, deps: RouteDeps): void {
  app.get(
    "/api/v1/organisation/export",
    {
      schema: {
        tags: ["export"],
        summary:
          "Download the organisation export (admin; only when the privacy policy lets admins read private content)",
        description:
          "The JSON document `ascent export` writes: everything of the organisation with ids kept and no credential, " +
          "byte-identical from either engine; `ascent import` takes it back. It holds everyone's private content, so it " +
          "is refused (409 forbidden_state) unless Settings → Privacy lets admins read private content; each download " +
          "is audited. Always an attachment.",
        response: { 200: organisationExportSchema, ...errorResponses(401, 403, 404, 409) },
      },
      config: { adminOnly: true },
    },
    async (request, reply) => {
      const json = await exportOrganisationForAdmin(deps.ctx, actorOfRequest(request));
      const day = deps.ctx.now().slice(0, 10);
      // Sent as the export's own text (Fastify passes a string through its serialiser untouched), so the
      // bytes are those of `ascent export`; the schema above documents the document. The type provider only
      // knows objects, hence the cast.
      return reply
        .header("content-disposition", contentDisposition("attachment", `ascent-organisation-${day}.json`))
        .type("application/json; charset=utf-8")
        .send(json as unknown as z.output<typeof organisationExportSchema>);
    },
  );

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
      const record = await exportPersonalRecord(deps.ctx, actor, {
        accountId: actor.accountId,
        details: { format: request.query.format },
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
