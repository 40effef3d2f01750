/** Use case: my inbox — what needs me now, with where to act on each item, and how many. */
import type { Actor } from "../access/actor.js";
import { Permission } from "../access/permission.js";
import { requireAccess } from "../access/require-access.js";
import type { AppContext } from "../context/app-context.js";
import type { InboxItem } from "./inbox-item.js";
import { readInbox } from "./read-inbox.js";

/** My inbox. */
export interface Inbox {
  readonly items: InboxItem[];
  readonly count: number;
}

/** The actor's inbox (one read of the database). */
export async function getInbox(ctx: AppContext, actor: Actor): Promise<Inbox> {
  await requireAccess(ctx, actor, Permission.InboxUse, [actor.personId]);
  const items = await readInbox(ctx, actor.personId);
  return { items, count: items.length };
}
