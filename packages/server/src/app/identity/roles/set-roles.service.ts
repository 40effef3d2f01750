/** An admin grants or withdraws the admin and leader roles; every change is audited. */
import type { GrantedRole } from "@ascent/core";
import { inTransaction } from "../../../store/repositories/in-transaction.js";
import { AppError, AppErrorCode, notFound } from "../../errors/app-error.js";
import { type Principal, parseRoles } from "../accounts/principal.js";
import { audit } from "../audit/audit-log.js";
import type { AuthContext } from "../auth-context.js";

/** Sets a person's granted roles; refuses to remove the last admin, so the organisation is never locked out. */
export async function setRoles(
  ctx: AuthContext,
  principal: Principal,
  personId: string,
  roles: readonly GrantedRole[],
): Promise<GrantedRole[]> {
  if (!principal.roles.includes("admin")) throw notFound("person");
  const wanted: GrantedRole[] = (["admin", "leader"] as const).filter((r) => roles.includes(r));
  return inTransaction(ctx.db, async (trx) => {
    const person = await trx
      .selectFrom("person")
      .select(["id", "roles", "status"])
      .where("id", "=", personId)
      .executeTakeFirst();
    if (!person || person.status === "erased") throw notFound("person");
    const before = parseRoles(person.roles);
    if (before.includes("admin") && !wanted.includes("admin")) {
      const admins = await trx.selectFrom("person").select(["id", "roles"]).where("status", "=", "active").execute();
      const others = admins.filter((p) => p.id !== personId && parseRoles(p.roles).includes("admin"));
      if (others.length === 0)
        throw new AppError(AppErrorCode.ForbiddenState, "The last admin cannot lose the admin role");
    }
    await trx
      .updateTable("person")
      .set((eb) => ({ roles: JSON.stringify(wanted), version: eb("version", "+", 1) }))
      .where("id", "=", personId)
      .execute();
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
