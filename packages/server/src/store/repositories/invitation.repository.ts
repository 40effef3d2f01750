/** Invitations: one-time links (stored by the hash of their token) that let a person create their account. */
import type { Db } from "./store.types.js";

/** An invitation as stored (never its token). */
export interface InvitationRecord {
  readonly id: string;
  readonly email: string;
  readonly personId: string | null;
  readonly invitedBy: string | null;
  readonly createdAt: string;
  readonly expiresAt: string;
}

/** Stores a new, unused invitation. */
export async function insertInvitation(db: Db, invitation: InvitationRecord & { readonly tokenHash: string }) {
  await db
    .insertInto("invitation")
    .values({
      id: invitation.id,
      email: invitation.email,
      person_id: invitation.personId,
      token_hash: invitation.tokenHash,
      invited_by: invitation.invitedBy,
      created_at: invitation.createdAt,
      expires_at: invitation.expiresAt,
      used_at: null,
    })
    .execute();
}

/** Unused invitations still valid at `now`, newest first. */
export async function listPendingInvitations(
  db: Db,
  now: string,
): Promise<Pick<InvitationRecord, "id" | "email" | "personId" | "createdAt" | "expiresAt">[]> {
  return db
    .selectFrom("invitation")
    .select(["id", "email", "person_id as personId", "created_at as createdAt", "expires_at as expiresAt"])
    .where("used_at", "is", null)
    .where("expires_at", ">", now)
    .orderBy("created_at", "desc")
    .orderBy("id")
    .execute();
}

/** Ends an unused invitation at `at`; false when there is none unused with that id. */
export async function expireInvitation(db: Db, invitationId: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable("invitation")
    .set({ expires_at: at })
    .where("id", "=", invitationId)
    .where("used_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * Marks the unused, unexpired invitation with `tokenHash` used at `now` and returns it. One
 * conditional update, so of two concurrent claims only one gets it.
 */
export async function claimInvitation(
  db: Db,
  tokenHash: string,
  now: string,
): Promise<{ id: string; email: string; personId: string | null } | undefined> {
  return db
    .updateTable("invitation")
    .set({ used_at: now })
    .where("token_hash", "=", tokenHash)
    .where("used_at", "is", null)
    .where("expires_at", ">", now)
    .returning(["id", "email", "person_id as personId"])
    .executeTakeFirst();
}
