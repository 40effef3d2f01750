/** Use case: dismiss an item of my inbox for good (it comes back only as a new item). */
import type { Actor } from "../access/actor.js";
import type { AppContext } from "../context/app-context.js";
import { getInbox, type Inbox } from "./get-inbox.service.js";
import { hideInboxItem } from "./hide-inbox-item.js";

/** Dismisses `itemKey`; answers the inbox as it now stands. */
export async function dismissInboxItem(ctx: AppContext, actor: Actor, itemKey: string): Promise<Inbox> {
  await hideInboxItem(ctx, actor, itemKey, null);
  return getInbox(ctx, actor);
}
