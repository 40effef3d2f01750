/**
 * Invitations: an admin invites an email address; the link (one-time, expiring, stored hashed)
 * is shown to the admin to copy and, when SMTP is configured, mailed. Accepting sets a password.
 */

import { invitationMail } from "../../../mail/account-mail.js";
import { withDashboardCounts } from "../../../store/read-models/dashboard-counts.js";
import { inTransaction } from "../../../store/repositories/in-transaction.js";
import { AppError, AppErrorCode, notFound, validationFailed } from "../../errors/app-error.js";
import type { Principal } from "../accounts/principal.js";
import { audit } from "../audit/audit-log.js";
import { type AuthContext, isoPlus, normaliseEmail } from "../auth-context.js";
import { passwordIssue } from "../passwords/password-policy.js";
import { createSession } from "../sessions/session.service.js";
import { oneTimeLink } from "../tokens/one-time-link.js";
import { hashToken, newSecretToken } from "../tokens/secret-token.js";

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

/** Creates an invitation (admins only; others get not_found, as for any route they cannot see). */
export async function createInvitation(
  ctx: AuthContext,
  principal: Principal,
  input: InviteInput,
): Promise<CreatedInvitation> {
  if (!principal.roles.includes("admin")) throw notFound("invitation");
  const email = normaliseEmail(input.email);
  const now = ctx.now();
  const token = newSecretToken();
  const id = ctx.newId();
  const expiresAt = isoPlus(now, INVITATION_TTL_MS);
  const personId = await inTransaction(ctx.db, async (trx) => {
    const taken = await trx.selectFrom("account").select("id").where("email", "=", email).executeTakeFirst();
    if (taken) throw new AppError(AppErrorCode.Conflict, "An account with this email already exists");
    let personId = input.personId;
    if (personId) {
      const person = await trx
        .selectFrom("person")
        .select(["id", "status"])
        .where("id", "=", personId)
        .executeTakeFirst();
      if (person?.status !== "active") throw notFound("person");
      const hasAccount = await trx
        .selectFrom("account")
        .select("id")
        .where("person_id", "=", personId)
        .executeTakeFirst();
      if (hasAccount) throw new AppError(AppErrorCode.Conflict, "This person already has an account");
    } else {
      const name = input.name?.trim();
      if (!name) throw validationFailed([{ field: "name", reason: "is required when personId is not given" }]);
      const newPersonId = ctx.newId();
      personId = newPersonId;
      // Counted as not yet assessed in the dashboard aggregates.
      await withDashboardCounts(trx, [newPersonId], () =>
        trx
          .insertInto("person")
          .values({
            id: newPersonId,
            name,
            email,
            team_id: null,
            title: "",
            status: "active",
            roles: "[]",
            joined_at: now,
            staying_by_choice: null,
            version: 1,
          })
          .execute(),
      );
    }
    await trx
      .insertInto("invitation")
      .values({
        id,
        email,
        person_id: personId,
        token_hash: hashToken(token),
        invited_by: principal.accountId,
        created_at: now,
        expires_at: expiresAt,
        used_at: null,
      })
      .execute();
    await audit(ctx, trx, {
      actorId: principal.accountId,
      action: "invitation.created",
      targetKind: "invitation",
      targetId: id,
      details: { email, personId },
    });
    return personId;
  });
  const link = oneTimeLink(ctx.publicUrl, "/invitation", token);
  let mailed = false;
  if (ctx.mailer) {
    await ctx.mailer.send(invitationMail(email, link, expiresAt, principal.name));
    mailed = true;
  }
  return { id, email, personId, link, expiresAt, mailed };
}

/** Pending (unused, unexpired) invitations, newest first (admins only). */
export async function listInvitations(ctx: AuthContext, principal: Principal): Promise<PendingInvitation[]> {
  if (!principal.roles.includes("admin")) throw notFound("invitation");
  const rows = await ctx.db
    .selectFrom("invitation")
    .select(["id", "email", "person_id", "created_at", "expires_at"])
    .where("used_at", "is", null)
    .where("expires_at", ">", ctx.now())
    .orderBy("created_at", "desc")
    .orderBy("id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    personId: r.person_id,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
  }));
}

/** Withdraws a pending invitation (admins only): its link stops working. */
export async function revokeInvitation(ctx: AuthContext, principal: Principal, invitationId: string): Promise<void> {
  if (!principal.roles.includes("admin")) throw notFound("invitation");
  const result = await ctx.db
    .updateTable("invitation")
    .set({ expires_at: ctx.now() })
    .where("id", "=", invitationId)
    .where("used_at", "is", null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw notFound("invitation");
}

/** Accepting: the token from the link and a password of one's own. */
export interface AcceptInvitationInput {
  readonly token: string;
  readonly password: string;
}

/** Creates the account, marks the invitation used and signs the person in. */
export async function acceptInvitation(
  ctx: AuthContext,
  input: AcceptInvitationInput,
): Promise<{ token: string; expiresAt: string; accountId: string }> {
  const issue = passwordIssue(input.password);
  if (issue) throw validationFailed([issue]);
  const passwordHash = await ctx.hasher.hash(input.password);
  const now = ctx.now();
  return inTransaction(ctx.db, async (trx) => {
    // Marking it used first, conditionally, makes the link single-use even under concurrent accepts.
    const claimed = await trx
      .updateTable("invitation")
      .set({ used_at: now })
      .where("token_hash", "=", hashToken(input.token))
      .where("used_at", "is", null)
      .where("expires_at", ">", now)
      .returning(["id", "email", "person_id"])
      .executeTakeFirst();
    if (!claimed?.person_id) throw notFound("invitation");
    const taken = await trx.selectFrom("account").select("id").where("email", "=", claimed.email).executeTakeFirst();
    if (taken) throw new AppError(AppErrorCode.Conflict, "An account with this email already exists");
    const accountId = ctx.newId();
    await trx
      .insertInto("account")
      .values({
        id: accountId,
        person_id: claimed.person_id,
        email: claimed.email,
        password_hash: passwordHash,
        created_at: now,
        last_login_at: now,
      })
      .execute();
    await audit(ctx, trx, {
      actorId: accountId,
      action: "invitation.accepted",
      targetKind: "invitation",
      targetId: claimed.id,
    });
    const session = await createSession(ctx, trx, accountId);
    return { ...session, accountId };
  });
}
