/** An admin grants some granted roles and withdraws others, keeping the rest as they are. */
import type { GrantedRole } from "@ascent/core";
import { findGrantedRoles } from "../../../store/repositories/granted-role.repository.js";
import { hasRole } from "../../access/granted-role.js";
import { OrganisationPermission, requireOrganisationPermission } from "../../access/organisation-permission.js";
import { notFound } from "../../errors/app-error.js";
import type { Principal } from "../accounts/principal.js";
import type { AuthContext } from "../auth-context.js";
import { setRoles } from "./set-roles.service.js";

const GRANTED_ROLES: readonly GrantedRole[] = ["admin", "leader"];

/** The person's granted roles after the change (unchanged, and not written, when nothing is asked). */
export async function changeRoles(
  ctx: AuthContext,
  principal: Principal,
  personId: string,
  change: { readonly grant: readonly GrantedRole[]; readonly revoke: readonly GrantedRole[] },
): Promise<GrantedRole[]> {
  requireOrganisationPermission(principal, OrganisationPermission.Administer, "person");
  const person = await findGrantedRoles(ctx.db, personId);
  if (!person) throw notFound("person");
  if (change.grant.length + change.revoke.length === 0) return person.roles;
  const wanted = GRANTED_ROLES.filter(
    (r) => (hasRole(person.roles, r) || hasRole(change.grant, r)) && !hasRole(change.revoke, r),
  );
  return setRoles(ctx, principal, personId, wanted);
}
