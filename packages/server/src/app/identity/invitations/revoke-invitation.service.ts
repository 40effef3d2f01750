/** An admin withdraws a pending invitation. */
import { expireInvitation } from "../../../store/repositories/invitation.repository.js";
import { OrganisationPermission, requireOrganisationPermission } from "../../access/organisation-permission.js";
import { notFound } from "../../errors/app-error.js";
import type { Principal } from "../accounts/principal.js";
import type { AuthContext } from "../auth-context.js";

/** Withdraws a pending invitation (admins only): its link stops working. */
export async function revokeInvitation(ctx: AuthContext, principal: Principal, invitationId: string): Promise<void> {
  requireOrganisationPermission(principal, OrganisationPermission.Administer, "invitation");
  if (!(await expireInvitation(ctx.db, invitationId, ctx.now()))) throw notFound("invitation");
}
