/** An admin grants or withdraws the admin and leader roles; every change is audited. */
import type { GrantedRole } from "@ascent/core";
import {
  activePeopleRoles,
  findGrantedRoles,
  setGrantedRoles,
} from "../../../store/repositories/granted-role.repository.js";
import { inTransaction } from "../../../store/repositories/in-transaction.js";
import { hasRole } from "../../access/granted-role.js";
import { OrganisationPermission, requireOrganisationPermission } from "../../access/organisation-permission.js";
import { audit } from "../../audit/audit-log.js";
import { AppError, AppErrorCode, notFound } from "../../errors/app-error.js";
import type { Principal } from "../accounts/principal.js";
import type { AuthContext } from "../auth-context.js";

/** Sets a person's granted roles; refuses to remove the last admin, so the organisation is never locked out. */
export async function setRoles(
  ctx: AuthContext,
  principal: Principal,
  personId: string,
  roles: readonly GrantedRole[],
): Promise<GrantedRole[]> {
  requireOrganisationPermission(principal, OrganisationPermission.Administer, "person");
  const wanted: GrantedRole[] = (["admin", "leader"] as const).filter((r) => hasRole(roles, r));
  return inTransaction(ctx.db, async (trx) => {
    const person = await findGrantedRoles(trx, personId);
    if (!person || person.status === "erased") throw notFound("person");
    const before = person.roles;
    if (hasRole(before, "admin") && !hasRole(wanted, "admin")) {
      const others = (await activePeopleRoles(trx)).filter((p) => p.id !== personId && hasRole(p.roles, "admin"));
      if (others.length === 0)
        throw new AppError(AppErrorCode.ForbiddenState, "The last admin cannot lose the admin role");
    }
    await setGrantedRoles(trx, personId, wanted);
    await audit(ctx, trx, {
      actorId: principal.accountId,
      action: "role.changed",
      targetKind: "person",
      targetId: personId,
      details: { before, after: wanted },
    });
    return wanted;
  });
}
