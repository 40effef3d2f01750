/**
 * Hides one standing item of the actor's inbox, for good or until an instant. An item that is not
 * in the actor's inbox now — someone else's, done, or already hidden — is "not found".
 */
import { putInboxDismissal } from "../../store/queries/inbox.queries.js";
import type { Actor } from "../access/actor.js";
import { Permission } from "../access/permission.js";
import { requireAccess } from "../access/require-access.js";
import type { AppContext } from "../context/app-context.js";
import { notFound } from "../errors/app-error.js";
import { readInbox } from "./read-inbox.js";

/** Hides `itemKey` until `until` (null: for good). */
export async function hideInboxItem(
  ctx: AppContext,
  actor: Actor,
  itemKey: string,
  until: string | null,
): Promise<void> {
  await requireAccess(ctx, actor, Permission.InboxUse, [actor.personId]);
  const items = await readInbox(ctx, actor.personId);
  if (!items.some((item) => item.key === itemKey)) throw notFound("inbox item");
  await putInboxDismissal(ctx.db, { personId: actor.personId, itemKey, until, at: ctx.now() });
}
