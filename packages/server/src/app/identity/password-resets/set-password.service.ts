/**
 * An admin sets an account's password at once (a terminal, where nobody can open a link): a reset
 * is created and completed in one go, so it is audited as both and every session of the account ends.
 */
import type { Principal } from "../accounts/principal.js";
import type { AuthContext } from "../auth-context.js";
import { tokenOfLink } from "../tokens/one-time-link.js";
import { completePasswordReset } from "./complete-password-reset.service.js";
import { createPasswordReset } from "./create-password-reset.service.js";

/** Sets `password` on the account. */
export async function setPasswordNow(
  ctx: AuthContext,
  principal: Principal,
  accountId: string,
  password: string,
): Promise<void> {
  const reset = await createPasswordReset(ctx, principal, accountId);
  await completePasswordReset(ctx, { token: tokenOfLink(reset.link), password });
}
