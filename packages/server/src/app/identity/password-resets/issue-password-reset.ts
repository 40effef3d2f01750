/**
 * Password resets through one-time expiring links (stored hashed). An admin can create one and
 * copy the link; anyone can ask for one by email, which is mailed when SMTP is configured.
 */
import { passwordResetMail } from "../../../mail/account-mail.js";
import { inTransaction } from "../../../store/repositories/in-transaction.js";
import { insertPasswordReset } from "../../../store/repositories/password-reset.repository.js";
import { audit } from "../../audit/audit-log.js";
import { type AuthContext, isoPlus } from "../auth-context.js";
import { oneTimeLink } from "../tokens/one-time-link.js";
import { hashToken, newSecretToken } from "../tokens/secret-token.js";

/** A reset link works for two hours. */
export const RESET_TTL_MS = 2 * 60 * 60 * 1000;

/** A reset link as an admin sees it once. */
export interface CreatedReset {
  readonly id: string;
  readonly accountId: string;
  readonly link: string;
  readonly expiresAt: string;
  readonly mailed: boolean;
}

export async function issueReset(ctx: AuthContext, accountId: string, email: string, actorId: string | null) {
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
