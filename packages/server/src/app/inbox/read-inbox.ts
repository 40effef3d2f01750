/**
 * The inbox of one person, from the one inbox read: every source's items, less those dismissed
 * or snoozed, oldest first within each kind. Shared by get-inbox, dismiss, snooze and the digest.
 */
import type { InboxFactRow } from "../../store/queries/inbox.queries.js";
import { inboxFacts } from "../../store/queries/inbox.queries.js";
import type { AppContext } from "../context/app-context.js";
import { CHECK_IN_REQUESTED } from "../people/ask-mentor-for-check-in.service.js";
import type { InboxItem } from "./inbox-item.js";
import { INBOX_SOURCES } from "./inbox-sources.js";

const DAY = 86_400_000;

/** Requests older than this are left to the weekly digest's history: 90 days, like the nudges. */
export const REQUEST_WITHIN_DAYS = 90;
/** Goals show from this many days before they are due. */
export const GOAL_DUE_WITHIN_DAYS = 14;

/** The person's standing items. No access check: callers check InboxUse first. */
export async function readInbox(ctx: AppContext, personId: string): Promise<InboxItem[]> {
  const now = ctx.now();
  const at = (days: number) => new Date(Date.parse(now) + days * DAY).toISOString();
  const rows = await inboxFacts(ctx.db, {
    personId,
    now,
    requestsSince: at(-REQUEST_WITHIN_DAYS),
    goalsDueBy: at(GOAL_DUE_WITHIN_DAYS),
    requestAction: CHECK_IN_REQUESTED,
  });
  const byKind = new Map<InboxFactRow["kind"], InboxFactRow[]>();
  for (const row of rows) byKind.set(row.kind, [...(byKind.get(row.kind) ?? []), row]);
  const hidden = new Set((byKind.get("dismissal") ?? []).map((d) => d.id));
  const facts = { now, rows: byKind };
  return INBOX_SOURCES.flatMap((source) =>
    source
      .items(facts)
      .filter((item) => !hidden.has(item.key))
      .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.key < b.key ? -1 : 1)),
  );
}
