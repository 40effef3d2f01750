/**
 * The audit log: logins, role changes, exports and every admin read of private content. Written
 * in the same transaction as the action where there is one, so an action never goes unrecorded.
 */
import type { Kysely } from "kysely";
import type { Database } from "../../../store/schema/database.js";
import type { AppContext } from "../../context/app-context.js";

/** The actions recorded, by stable name. */
export type AuditAction =
  | "setup.completed"
  | "login.succeeded"
  | "login.failed"
  | "logout"
  | "password.changed"
  | "password_reset.created"
  | "password_reset.completed"
  | "invitation.created"
  | "invitation.accepted"
  | "api_token.created"
  | "api_token.revoked"
  | "role.changed"
  | "export.created"
  | "private_content.read";

/** One entry. */
export interface AuditEntry {
  readonly actorId: string | null;
  readonly action: AuditAction;
  readonly targetKind: string;
  readonly targetId: string | null;
  readonly details?: Record<string, unknown>;
  /** A fixed id, for entries that must exist at most once (setup). */
  readonly id?: string;
}

/** Appends an entry, on `db` (which may be the caller's transaction). */
export async function audit(
  ctx: Pick<AppContext, "now" | "newId">,
  db: Kysely<Database>,
  entry: AuditEntry,
): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({
      id: entry.id ?? ctx.newId(),
      at: ctx.now(),
      actor_id: entry.actorId,
      action: entry.action,
      target_kind: entry.targetKind,
      target_id: entry.targetId,
      details: JSON.stringify(entry.details ?? {}),
    })
    .execute();
}
