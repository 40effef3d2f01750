/** Completing a reset: a new password through the link; every session of the account ends. */
import { accountHolderStatus, setPasswordHash } from "../../../store/repositories/account.repository.js";
import { inTransaction } from "../../../store/repositories/in-transaction.js";
import { claimPasswordReset } from "../../../store/repositories/password-reset.repository.js";
import { audit } from "../../audit/audit-log.js";
import { notFound, validationFailed } from "../../errors/app-error.js";
import type { AuthContext } from "../auth-context.js";
import { passwordIssue } from "../passwords/password-policy.js";
import { endOtherSessions } from "../sessions/end-session.service.js";
import { hashToken } from "../tokens/secret-token.js";

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
