/**
 * Invitations: an admin invites an email address; the link (one-time, expiring, stored hashed)
 * is shown to the admin to copy and, when SMTP is configured, mailed. Accepting sets a password.
 */

import type { Person } from "@ascent/core";
import { invitationMail } from "../../../mail/account-mail.js";
import { withDashboardCounts } from "../../../store/read-models/dashboard-counts.js";
import { insertAccount } from "../../../store/repositories/account.repository.js";
import { inTransaction } from "../../../store/repositories/in-transaction.js";
import {
  claimInvitation,
  expireInvitation,
  insertInvitation,
  listPendingInvitations,
} from "../../../store/repositories/invitation.repository.js";
import { findPerson, insertPeople } from "../../../store/repositories/person.repository.js";
import { accountOfPerson, accountWithEmail } from "../../../store/repositories/person-account.repository.js";
import { OrganisationPermission, requireOrganisationPermission } from "../../access/organisation-permission.js";
import { audit } from "../../audit/audit-log.js";
import { AppError, AppErrorCode, notFound, validationFailed } from "../../errors/app-error.js";
import type { Principal } from "../accounts/principal.js";
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
  requireOrganisationPermission(principal, OrganisationPermission.Administer, "invitation");
  const email = normaliseEmail(input.email);
  const now = ctx.now();
  const token = newSecretToken();
  const id = ctx.newId();
  const expiresAt = isoPlus(now, INVITATION_TTL_MS);
  const personId = await inTransaction(ctx.db, async (trx) => {
    if (await accountWithEmail(trx, email)) {
      throw new AppError(AppErrorCode.Conflict, "An account with this email already exists");
    }
    let personId = input.personId;
    if (personId) {
      const person = await findPerson(trx, personId);
      if (person?.value.status !== "active") throw notFound("person");
      if (await accountOfPerson(trx, personId))
        throw new AppError(AppErrorCode.Conflict, "This person already has an account");
    } else {
      const name = input.name?.trim();
      if (!name) throw validationFailed([{ field: "name", reason: "is required when personId is not given" }]);
      const newPersonId = ctx.newId();
      personId = newPersonId;
      // Counted as not yet assessed in the dashboard aggregates.
      const invited: Person = {
        id: newPersonId,
        name,
        email,
        teamId: null,
        title: "",
        status: "active",
        roles: [],
        joinedAt: now,
        stayingByChoice: null,
      };
      await withDashboardCounts(trx, [newPersonId], () => insertPeople(trx, [invited]));
    }
    await insertInvitation(trx, {
      id,
      email,
      personId,
      tokenHash: hashToken(token),
      invitedBy: principal.accountId,
      createdAt: now,
      expiresAt,
    });
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
  requireOrganisationPermission(principal, OrganisationPermission.Administer, "invitation");
  return listPendingInvitations(ctx.db, ctx.now());
}

/** Withdraws a pending invitation (admins only): its link stops working. */
export async function revokeInvitation(ctx: AuthContext, principal: Principal, invitationId: string): Promise<void> {
  requireOrganisationPermission(principal, OrganisationPermission.Administer, "invitation");
  if (!(await expireInvitation(ctx.db, invitationId, ctx.now()))) throw notFound("invitation");
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
    const claimed = await claimInvitation(trx, hashToken(input.token), now);
    if (!claimed?.personId) throw notFound("invitation");
    if (await accountWithEmail(trx, claimed.email))
      throw new AppError(AppErrorCode.Conflict, "An account with this email already exists");
    const accountId = ctx.newId();
    await insertAccount(trx, {
      id: accountId,
      personId: claimed.personId,
      email: claimed.email,
      passwordHash,
      createdAt: now,
      lastLoginAt: now,
    });
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
