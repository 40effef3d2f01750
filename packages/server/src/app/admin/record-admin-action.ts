/**
 * One audit entry per administrative change, written in the change's own transaction so no
 * change goes unrecorded. Role changes — granted roles, leads, mentorships, which decide what
 * someone may see — are always among them.
 */
import type { Db } from "../../store/repositories/store.types.js";
import type { Actor } from "../access/actor.js";
import { type AdminAction, audit } from "../audit/audit-log.js";
import type { AppContext } from "../context/app-context.js";

/** Appends the entry on `db` (the change's transaction). */
export async function recordAdminAction(
  ctx: AppContext,
  db: Db,
  actor: Actor,
  entry: {
    readonly action: AdminAction;
    readonly targetKind: string;
    readonly targetId: string | null;
    readonly details?: Readonly<Record<string, unknown>>;
  },
): Promise<void> {
  await audit(ctx, db, {
    actorId: actor.accountId,
    action: entry.action,
    targetKind: entry.targetKind,
    targetId: entry.targetId,
    details: { ...entry.details, actorPersonId: actor.personId },
  });
}
