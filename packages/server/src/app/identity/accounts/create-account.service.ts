/**
 * An admin creates an account with a password now (for a terminal, where nobody can open a link):
 * the invitation is created and accepted in one go, so it is recorded as both, and the granted
 * roles asked for are set after.
 */
import type { GrantedRole } from "@ascent/core";
import type { AuthContext } from "../auth-context.js";
import { acceptInvitation } from "../invitations/accept-invitation.service.js";
import { createInvitation } from "../invitations/create-invitation.service.js";
import type { InviteInput } from "../invitations/invitation.js";
import { setRoles } from "../roles/set-roles.service.js";
import { tokenOfLink } from "../tokens/one-time-link.js";
import type { Principal } from "./principal.js";

/** The new account. */
export interface CreatedAccount {
  readonly accountId: string;
  readonly personId: string;
  readonly roles: readonly GrantedRole[];
}

/** Creates the account of `input.email` (an existing person or a new one by name) with `password`. */
export async function createAccount(
  ctx: AuthContext,
  principal: Principal,
  input: InviteInput & { readonly password: string; readonly roles: readonly GrantedRole[] },
): Promise<CreatedAccount> {
  const invitation = await createInvitation(ctx, principal, {
    email: input.email,
    ...(input.personId ? { personId: input.personId } : { name: input.name }),
  });
  const accepted = await acceptInvitation(ctx, { token: tokenOfLink(invitation.link), password: input.password });
  if (input.roles.length > 0) await setRoles(ctx, principal, invitation.personId, input.roles);
  return { accountId: accepted.accountId, personId: invitation.personId, roles: input.roles };
}
