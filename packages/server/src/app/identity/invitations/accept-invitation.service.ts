/** The invited person accepts: their account is created with their password, and they are signed in. */
import { insertAccount } from "../../../store/repositories/account.repository.js";
import { inTransaction } from "../../../store/repositories/in-transaction.js";
import { claimInvitation } from "../../../store/repositories/invitation.repository.js";
import { accountWithEmail } from "../../../store/repositories/person-account.repository.js";
import { audit } from "../../audit/audit-log.js";
import { AppError, AppErrorCode, notFound, validationFailed } from "../../errors/app-error.js";
import type { AuthContext } from "../auth-context.js";
import { passwordIssue } from "../passwords/password-policy.js";
import { createSession } from "../sessions/create-session.service.js";
import { hashToken } from "../tokens/secret-token.js";
import type { AcceptInvitationInput } from "./invitation.js";

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
