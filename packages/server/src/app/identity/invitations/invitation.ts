/**
 * Invitations: an admin invites an email address; the link (one-time, expiring, stored hashed)
 * is shown to the admin to copy and, when SMTP is configured, mailed. Accepting sets a password.
 */
/** An invitation link works for a week. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** Who to invite: an existing person (from the org chart) or a new one by name. */
export interface InviteInput {
  readonly email: string;
  readonly name?: string | undefined;
  readonly personId?: string | undefined;
}

/** The invitation as the admin sees it once: the link to copy. */
export interface CreatedInvitation {
  readonly id: string;
  readonly email: string;
  readonly personId: string;
  readonly link: string;
  readonly expiresAt: string;
  readonly mailed: boolean;
}

/** A pending invitation in a list (no token: it is shown only once). */
export interface PendingInvitation {
  readonly id: string;
  readonly email: string;
  readonly personId: string | null;
  readonly createdAt: string;
  readonly expiresAt: string;
}

/** Accepting: the token from the link and a password of one's own. */
export interface AcceptInvitationInput {
  readonly token: string;
  readonly password: string;
}
