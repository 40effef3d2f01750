/** Use case: snooze an item of my inbox for some days; it comes back then if it still stands. */
import type { Actor } from "../access/actor.js";
import type { AppContext } from "../context/app-context.js";
import { IssueList } from "../validation/issue-list.js";
import { getInbox, type Inbox } from "./get-inbox.service.js";
import { hideInboxItem } from "./hide-inbox-item.js";

/** The longest snooze, in days: longer is a dismissal. */
export const MAX_SNOOZE_DAYS = 90;

/** Snoozes `itemKey` for `input.days` days; answers the inbox as it now stands. */
export async function snoozeInboxItem(
  ctx: AppContext,
  actor: Actor,
  itemKey: string,
  input: { readonly days?: unknown },
): Promise<Inbox> {
  const issues = new IssueList();
  const days = issues.positiveInteger("days", input.days);
  if (days !== undefined && days > MAX_SNOOZE_DAYS) issues.add("days", `must be at most ${MAX_SNOOZE_DAYS}`);
  issues.throwIfAny();
  const until = new Date(Date.parse(ctx.now()) + days! * 86_400_000).toISOString();
  await hideInboxItem(ctx, actor, itemKey, until);
  return getInbox(ctx, actor);
}
