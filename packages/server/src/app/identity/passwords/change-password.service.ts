/** A signed-in person changes their password; their other sessions end. */
import { passwordHashOf, setPasswordHash } from "../../../store/repositories/account.repository.js";
import { inTransaction } from "../../../store/repositories/in-transaction.js";
import { audit } from "../../audit/audit-log.js";
import { AppError, AppErrorCode, validationFailed } from "../../errors/app-error.js";
import type { Principal } from "../accounts/principal.js";
import type { AuthContext } from "../auth-context.js";
import { endOtherSessions } from "../sessions/end-session.service.js";
import { passwordIssue } from "./password-policy.js";

/** The form: the current password proves it is really them, not someone at an unlocked screen. */
export interface ChangePasswordInput {
  readonly currentPassword: string;
  readonly newPassword: string;
}

/** Checks the current password, stores the new hash and ends every other session of the account. */
export async function changePassword(
  ctx: AuthContext,
  principal: Principal,
  input: ChangePasswordInput,
): Promise<void> {
  const issue = passwordIssue(input.newPassword, "newPassword");
  if (issue) throw validationFailed([issue]);
  const currentHash = await passwordHashOf(ctx.db, principal.accountId);
  const ok = currentHash ? await ctx.hasher.verify(currentHash, input.currentPassword) : false;
  if (!ok) {
    throw new AppError(AppErrorCode.ValidationFailed, "The current password is wrong", [
      { field: "currentPassword", reason: "is wrong" },
    ]);
  }
  const passwordHash = await ctx.hasher.hash(input.newPassword);
  await inTransaction(ctx.db, async (trx) => {
    await setPasswordHash(trx, principal.accountId, passwordHash);
    await endOtherSessions(trx, principal.accountId, principal.via === "session" ? principal.credentialId : undefined);
    await audit(ctx, trx, {
      actorId: principal.accountId,
      action: "password.changed",
      targetKind: "account",
      targetId: principal.accountId,
    });
  });
}
