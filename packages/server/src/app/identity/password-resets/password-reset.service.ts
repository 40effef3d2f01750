/**
 * Password resets through one-time expiring links (stored hashed). An admin can create one and
 * copy the link; anyone can ask for one by email, which is mailed when SMTP is configured. The
 * answer to "reset my email" never says whether the address has an account.
 */

import { passwordResetMail } from "../../../mail/account-mail.js";
import { accountHolderStatus, findAccount, setPasswordHash } from "../../../store/repositories/account.repository.js";
import { inTransaction } from "../../../store/repositories/in-transaction.js";
import { claimPasswordReset, insertPasswordReset } from "../../../store/repositories/password-reset.repository.js";
import { accountWithEmail } from "../../../store/repositories/person-account.repository.js";
import { OrganisationPermission, requireOrganisationPermission } from "../../access/organisation-permission.js";
import { audit } from "../../audit/audit-log.js";
import { notFound, validationFailed } from "../../errors/app-error.js";
import type { Principal } from "../accounts/principal.js";
import { type AuthContext, isoPlus, normaliseEmail } from "../auth-context.js";
import { passwordIssue } from "../passwords/password-policy.js";
import { assertNotBlocked, type RateLimitPolicy, recordFailure } from "../rate-limit/rate-limiter.js";
import { endOtherSessions } from "../sessions/session.service.js";
import { oneTimeLink } from "../tokens/one-time-link.js";
import { hashToken, newSecretToken } from "../tokens/secret-token.js";

/** A reset link works for two hours. */
export const RESET_TTL_MS = 2 * 60 * 60 * 1000;

/** Self-service requests per email: 3 an hour, so nobody can flood a mailbox. */
const REQUEST_POLICY: RateLimitPolicy = {
  limit: 3,
  windowMs: 60 * 60_000,
  baseBlockMs: 60 * 60_000,
  maxBlockMs: 60 * 60_000,
};

/** A reset link as an admin sees it once. */
export interface CreatedReset {
  readonly id: string;
  readonly accountId: string;
  readonly link: string;
  readonly expiresAt: string;
  readonly mailed: boolean;
}

async function issueReset(ctx: AuthContext, accountId: string, email: string, actorId: string | null) {
  const token = newSecretToken();
  const now = ctx.now();
  const id = ctx.newId();
  const expiresAt = isoPlus(now, RESET_TTL_MS);
  await inTransaction(ctx.db, async (trx) => {
    await insertPasswordReset(trx, { id, accountId, tokenHash: hashToken(token), createdAt: now, expiresAt });
    await audit(ctx, trx, {
      actorId,
      action: "password_reset.created",
      targetKind: "account",
      targetId: accountId,
    });
  });
  const link = oneTimeLink(ctx.publicUrl, "/reset-password", token);
  let mailed = false;
  if (ctx.mailer) {
    await ctx.mailer.send(passwordResetMail(email, link, expiresAt));
    mailed = true;
  }
  return { id, accountId, link, expiresAt, mailed };
}

/** An admin creates a reset link for an account to hand over. */
export async function createPasswordReset(
  ctx: AuthContext,
  principal: Principal,
  accountId: string,
): Promise<CreatedReset> {
  requireOrganisationPermission(principal, OrganisationPermission.Administer, "account");
  const account = await findAccount(ctx.db, accountId);
  if (!account) throw notFound("account");
  return issueReset(ctx, account.id, account.email, principal.accountId);
}

/** Someone asks for a reset of `email`: mailed when the account exists and SMTP is set; silent otherwise. */
export async function requestPasswordReset(ctx: AuthContext, rawEmail: string): Promise<void> {
  const email = normaliseEmail(rawEmail);
  const key = `reset:email:${email}`;
  await assertNotBlocked(ctx.db, [key], ctx.now());
  await recordFailure(ctx.db, key, ctx.now(), REQUEST_POLICY);
  // Without a mailer nobody could receive the link: creating one would only add a live secret.
  if (!ctx.mailer) return;
  const account = await accountWithEmail(ctx.db, email);
  if (!account) return;
  await issueReset(ctx, account.id, email, null);
}

/** Completing a reset: the link's token and the new password. */
export interface CompleteResetInput {
  readonly token: string;
  readonly password: string;
}

/** Sets the new password, uses up the link and ends every session of the account. */
export async function completePasswordReset(ctx: AuthContext, input: CompleteResetInput): Promise<void> {
  const issue = passwordIssue(input.password);
  if (issue) throw validationFailed([issue]);
  const passwordHash = await ctx.hasher.hash(input.password);
  const now = ctx.now();
  await inTransaction(ctx.db, async (trx) => {
    const claimed = await claimPasswordReset(trx, hashToken(input.token), now);
    if (!claimed) throw notFound("password reset");
    // A link outlives nothing: a deactivated or erased person's account gets no password back.
    const holder = await accountHolderStatus(trx, claimed.accountId);
    if (!holder || (holder.status !== null && holder.status !== "active")) throw notFound("password reset");
    await setPasswordHash(trx, claimed.accountId, passwordHash);
    await endOtherSessions(trx, claimed.accountId);
    await audit(ctx, trx, {
      actorId: claimed.accountId,
      action: "password_reset.completed",
      targetKind: "account",
      targetId: claimed.accountId,
    });
  });
}
