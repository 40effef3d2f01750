/** An admin creates a reset link for an account, to hand over. */
import { findAccount } from "../../../store/repositories/account.repository.js";
import { OrganisationPermission, requireOrganisationPermission } from "../../access/organisation-permission.js";
import { notFound } from "../../errors/app-error.js";
import type { Principal } from "../accounts/principal.js";
import type { AuthContext } from "../auth-context.js";
import { type CreatedReset, issueReset } from "./issue-password-reset.js";

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
