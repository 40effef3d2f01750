/** Schemas of my inbox: what needs me, dismissing and snoozing its items. */
import { z } from "zod";
import type { Inbox } from "../../../app/inbox/get-inbox.service.js";
import { INBOX_ITEM_KINDS } from "../../../app/inbox/inbox-item.js";
import { MAX_SNOOZE_DAYS } from "../../../app/inbox/snooze-inbox-item.service.js";
import { schemaDescribes } from "../schema-describes.js";

/** `:itemKey` — an item's key as the inbox answered it. */
export const inboxItemParamsSchema = z.object({
  itemKey: z.string().min(1).max(200).describe("The item's key, as GET /api/v1/me/inbox answered it"),
});

/** `POST /api/v1/me/inbox/{itemKey}/snooze`. */
export const snoozeInboxItemBodySchema = z.object({
  days: z
    .number()
    .int()
    .min(1)
    .max(MAX_SNOOZE_DAYS)
    .describe("Hide the item for this many days; it comes back then if it still stands"),
});

/** One item of the inbox. */
export const inboxItemSchema = z
  .object({
    key: z.string().describe("Stable while the item stands; what dismiss and snooze name"),
    kind: z.enum(INBOX_ITEM_KINDS),
    personId: z.string().nullable().describe("The other person the item is about (mentee, giver…), if any"),
    personName: z.string().nullable(),
    at: z.string().describe("When it was asked, extended, created, or when it is due"),
    summary: z.string().describe("One line: names, dates and kinds only"),
    path: z.string().describe("Where in the web app it is acted on"),
  })
  .meta({ id: "InboxItem" });

/** My inbox. */
export const inboxSchema = z
  .object({
    items: z.array(inboxItemSchema),
    count: z.number().int().describe("How many items stand (for the header's count)"),
  })
  .meta({ id: "Inbox" });
schemaDescribes<typeof inboxSchema, Inbox>(true);
