/** The invitations still waiting to be accepted (admins only). */
import { listPendingInvitations } from "../../../store/repositories/invitation.repository.js";
import { OrganisationPermission, requireOrganisationPermission } from "../../access/organisation-permission.js";
import type { Principal } from "../accounts/principal.js";
import type { AuthContext } from "../auth-context.js";
import type { PendingInvitation } from "./invitation.js";

/** Pending (unused, unexpired) invitations, newest first (admins only). */
export async function listInvitations(ctx: AuthContext, principal: Principal): Promise<PendingInvitation[]> {
  requireOrganisationPermission(principal, OrganisationPermission.Administer, "invitation");
  return listPendingInvitations(ctx.db, ctx.now());
}
