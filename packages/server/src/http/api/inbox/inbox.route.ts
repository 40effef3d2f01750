/**
 * My inbox: `GET /api/v1/me/inbox`, `POST /api/v1/me/inbox/{itemKey}/dismiss`,
 * `POST /api/v1/me/inbox/{itemKey}/snooze`. Only ever one's own: an item not in my inbox is 404.
 */
import { dismissInboxItem } from "../../../app/inbox/dismiss-inbox-item.service.js";
import { getInbox } from "../../../app/inbox/get-inbox.service.js";
import { snoozeInboxItem } from "../../../app/inbox/snooze-inbox-item.service.js";
import { errorResponses } from "../../errors/error-body.js";
import type { RouteDeps, ZodApp } from "../../route-deps.js";
import { actorOfRequest } from "../principal-of.js";
import { inboxItemParamsSchema, inboxSchema, snoozeInboxItemBodySchema } from "./inbox.schema.js";

const TAGS = ["inbox"];

/** Registers the inbox routes. */
export function registerInboxRoutes(app: ZodApp, deps: RouteDeps): void {
  const { ctx } = deps;

  app.get(
    "/api/v1/me/inbox",
    {
      schema: {
        tags: TAGS,
        summary: "What needs me now, with where to act on each item",
        description:
          "Check-in requests from my mentees, mentees overdue by cadence (never someone staying by choice), moments extended to me, moments I gave awaiting a follow-up, my plan goals coming due and drafts I left. An item leaves when done, dismissed, or while snoozed.",
        response: { 200: inboxSchema, ...errorResponses(401, 403) },
      },
    },
    async (request) => getInbox(ctx, actorOfRequest(request)),
  );

  app.post(
    "/api/v1/me/inbox/:itemKey/dismiss",
    {
      schema: {
        tags: TAGS,
        summary: "Dismiss an item of my inbox for good",
        params: inboxItemParamsSchema,
        response: { 200: inboxSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => dismissInboxItem(ctx, actorOfRequest(request), request.params.itemKey),
  );

  app.post(
    "/api/v1/me/inbox/:itemKey/snooze",
    {
      schema: {
        tags: TAGS,
        summary: "Snooze an item of my inbox for some days",
        params: inboxItemParamsSchema,
        body: snoozeInboxItemBodySchema,
        response: { 200: inboxSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => snoozeInboxItem(ctx, actorOfRequest(request), request.params.itemKey, request.body),
  );
}
