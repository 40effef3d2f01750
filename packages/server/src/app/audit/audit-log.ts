/**
 * The audit log: logins, role changes, administrative changes, exports and every admin read of
 * private content. The one way the app writes it (the store's audit-log repository is the one writer).
 * Written in the same transaction as the action where there is one, so an action never goes unrecorded.
 */
import { type AuditEntry, appendAudits } from "../../store/repositories/audit-log.repository.js";
import type { Db } from "../../store/repositories/store.types.js";
import type { AppContext } from "../context/app-context.js";

/**
 * The administrative changes, by stable name: each recorded in the change's own transaction
 * (app/admin/record-admin-action.ts). Role changes — granted roles, leads, mentorships — are among them.
 */
export type AdminAction =
  | "person.created"
  | "person.updated"
  | "role.changed"
  | "team.created"
  | "team.updated"
  | "team.deleted"
  | "team_member.added"
  | "team_member.removed"
  | "group.created"
  | "group.updated"
  | "group.deleted"
  | "lead.added"
  | "lead.removed"
  | "mentorship.started"
  | "mentorship.changed"
  | "mentorship.ended"
  | "organisation.settings_changed";

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
  | "export.created"
  | "private_content.read"
  | "demo.loaded"
  | "person.deactivated"
  | "person.erased"
  | "framework.activated"
  | "check_in.requested"
  | AdminAction;

/** An entry to append: the store's entry, with `at` from the clock and `id` new unless fixed. */
export type NewAuditEntry = Omit<AuditEntry, "id" | "at" | "action" | "details"> & {
  readonly action: AuditAction;
  readonly details?: AuditEntry["details"];
  /** A fixed id, for entries that must exist at most once (setup). */
  readonly id?: string;
  /** When it happened, where the action already took its time from the clock (else now). */
  readonly at?: string;
};

/** Appends entries, on `db` (which may be the caller's transaction). */
export async function audit(
  ctx: Pick<AppContext, "now" | "newId">,
  db: Db,
  ...entries: readonly NewAuditEntry[]
): Promise<void> {
  const at = ctx.now();
  await appendAudits(
    db,
    entries.map((entry) => ({
      ...entry,
      id: entry.id ?? ctx.newId(),
      at: entry.at ?? at,
      details: entry.details ?? {},
    })),
  );
}
